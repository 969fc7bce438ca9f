/**
 * The finance officer's question, asked of the dashboard in headless Chromium at desktop
 * (1440×900) and phone (390×844) width: which city executes its budget worst, why, and which
 * projects drag it down — every figure and reason on the page checked against the public API.
 * Also: the landing view opens on the data's latest year and province, tables sort, a missing
 * score says why, exports download what the view shows, search finds a region (by name or 拼音),
 * the API's discrepancy and error messages appear as the API gives them — in Chinese for the
 * dashboard, whatever the browser's languages — and no view is wider than a phone. With DASHBOARD_DOCS_SCREENSHOT=1 every view is saved to docs/screenshots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard, dashboardStale } from '../../dashboard/build';
import { money, percent, score } from '../../dashboard/src/format';
import type { Database } from '../../src/db/database';
import { importDocument } from '../../src/ingest/load';
import { syntheticProvince } from '../../src/synthetic';
import { seededDatabase } from '../support/database';
import { CHROMIUM_SKIP_REASON, hasChromium, launchChromium } from '../support/chromium';
import { startServer, type TestServer } from '../support/server';

if (!hasChromium) console.warn(`finance officer end-to-end test ${CHROMIUM_SKIP_REASON}`);

const DOCS = Boolean(process.env.DASHBOARD_DOCS_SCREENSHOT);
const SHOTS = DOCS
  ? path.resolve(__dirname, '..', '..', 'docs', 'screenshots')
  : path.resolve(__dirname, '..', '..', 'test-results', 'officer');

const WIDTHS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

interface ProjectNode {
  id: string;
  name: string;
  executionRate: number | null;
  deviationAnalysis: string | null;
  improvementMeasures: string | null;
  totalScore: number | null;
  indicators: { scoreMethod: string | null }[];
}

describe.skipIf(!hasChromium)(
  `the finance officer's question in headless Chromium${hasChromium ? '' : ` — ${CHROMIUM_SKIP_REASON}`}`,
  () => {
    let db: Database;
    let server: TestServer;
    let browser: Browser;

    async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const response = await server.post({ query, variables });
      const body = (await response.json()) as { data?: T; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      return body.data!;
    }

    beforeAll(async () => {
      if (dashboardStale()) await buildDashboard();
      fs.mkdirSync(SHOTS, { recursive: true });
      db = await seededDatabase();
      // 2022 in 河南省 (synthetic, beside the seeds' 新乡县 2021): a year whose year before has data.
      for (const doc of syntheticProvince({ scale: 0.002, seed: 5 }).documents())
        expect((await importDocument(db, doc.fileName, Buffer.from(doc.text))).status).toBe('loaded');
      server = await startServer(db);
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await db?.close();
    });

    async function newPage(width: number, height: number): Promise<{ page: Page; errors: string[] }> {
      // A browser that prefers English: the dashboard still asks the API for Chinese.
      const page = await browser.newPage({ viewport: { width, height }, locale: 'en-US' });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => {
        errors.push(`outside request: ${route.request().url()}`);
        return route.abort();
      });
      return { page, errors };
    }

    /** Marks the view on the page as the old one, so that settled() waits for the next. */
    async function leaving(page: Page): Promise<void> {
      await page.evaluate(() => document.getElementById('view')?.setAttribute('data-old', ''));
    }

    /** Waits for a new view (not one marked by leaving()) that has finished loading. */
    async function settled(page: Page): Promise<string> {
      await page.waitForSelector('#view[data-state]:not([data-old]):not([data-state="loading"])', { timeout: 30_000 });
      await page.waitForFunction(() => Array.from(document.querySelectorAll('.chart')).every((c) => (c as HTMLElement).dataset.rendered));
      return (await page.getAttribute('#view', 'data-state'))!;
    }

    async function open(page: Page, hash: string): Promise<string> {
      await leaving(page);
      await page.goto(`${server.url}/dashboard/${hash}`);
      return settled(page);
    }

    /** The page is no wider than the window (nothing scrolls sideways but the tables inside their cards). */
    async function noOverflow(page: Page, what: string) {
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement!.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth, `${what}: page ${scrollWidth}px wide in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
    }

    /** The whole page; for the docs as JPEG (a repository holds them), otherwise PNG. */
    async function shot(page: Page, name: string) {
      if (DOCS) await page.screenshot({ path: path.join(SHOTS, `${name}.jpg`), fullPage: true, type: 'jpeg', quality: 60 });
      else await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
    }

    const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').trim();

    /** What the API says: the city with the lowest execution rate, and its projects lowest rate first. */
    async function worstOf(year: number, province: string) {
      const { regionRanking } = await api<{
        regionRanking: { region: { code: string; name: string }; rollup: { executionRate: number | null; projectCount: number } }[];
      }>(
        'query ($year: Int!, $p: String!) { regionRanking(level: CITY, year: $year, metric: EXECUTION_RATE, within: $p) { region { code name } rollup { executionRate projectCount } } }',
        {
          year,
          p: province,
        },
      );
      const ranked = regionRanking.filter((r) => r.rollup.executionRate !== null && r.rollup.projectCount > 0);
      if (!ranked.length) return null;
      const worst = ranked.reduce((a, b) => (b.rollup.executionRate! < a.rollup.executionRate! ? b : a));
      const { region } = await api<{ region: { projects: { edges: { node: ProjectNode }[] } } }>(
        `query ($code: String!, $year: Int!) { region(code: $code) { projects(year: $year, first: 3, orderBy: { field: EXECUTION_RATE, direction: ASC }) {
        edges { node { id name executionRate deviationAnalysis improvementMeasures totalScore indicators { scoreMethod } } } } } }`,
        { code: worst.region.code, year },
      );
      return { ...worst, projects: region.projects.edges.map((e) => e.node) };
    }

    for (const { name, width, height } of WIDTHS) {
      it(`answers "which city executes worst, why, which projects" at ${width}×${height}`, async () => {
        const { page, errors } = await newPage(width, height);

        // The landing page: the latest year with data and the province with data.
        const { fiscalYears, regions } = await api<{
          fiscalYears: number[];
          regions: { code: string; name: string; fiscalYears: number[] }[];
        }>('{ fiscalYears regions(level: PROVINCE) { code name fiscalYears } }');
        const latest = Math.max(...fiscalYears);
        const province = regions.find((r) => r.fiscalYears.includes(latest))!;
        expect(await open(page, '')).toBe('ready');
        expect(await page.inputValue('#year')).toBe(String(latest));
        expect(await text(page, '.view-title')).toBe(`${province.name} · ${latest} 年度`);
        await noOverflow(page, 'landing');
        await shot(page, `landing-${name}`);

        for (const year of [...province.fiscalYears].reverse()) {
          const worst = await worstOf(year, province.code);
          expect(await open(page, `#/province?year=${year}&province=${province.code}`)).toBe('ready');
          await noOverflow(page, `province ${year}`);
          await shot(page, `province-${year}-${name}`);
          if (!worst) {
            expect(await page.$('#worst')).toBeNull();
            continue;
          }
          // The region, its execution rate, its three worst projects in order, and their reasons as written.
          expect(await text(page, '#worst .worst-summary [data-field="region"]')).toBe(worst.region.name);
          expect(await text(page, '#worst .worst-summary [data-field="executionRate"]')).toBe(percent(worst.rollup.executionRate));
          const items = await page.$$eval('#worst ol.worst-projects > li', (lis) =>
            lis.map((li) => ({
              key: (li as HTMLElement).dataset.key,
              name: li.querySelector('[data-field="name"]')?.textContent,
              rate: li.querySelector('.worst-head [data-field="executionRate"]')?.textContent,
              reason:
                li.querySelector('[data-field="deviationAnalysis"] .reason')?.getAttribute('title') ??
                li.querySelector('[data-field="deviationAnalysis"] .reason')?.textContent,
              measures: li.querySelector('[data-field="improvementMeasures"] .reason')?.getAttribute('title') ?? null,
            })),
          );
          expect(items).toEqual(
            worst.projects.map((p) => ({
              key: p.id,
              name: p.name,
              rate: percent(p.executionRate),
              reason: p.deviationAnalysis?.trim() || '未说明',
              measures: p.improvementMeasures?.trim() || null,
            })),
          );
          if (year === 2021) expect(worst.region.name).toBe('黄石市');
        }

        // The landing view's link button copies the whole state.
        expect(await open(page, '')).toBe('ready');
        await page.click('#copy-link');
        await page.waitForSelector('#toolbar .copied[data-url]');
        expect(await page.getAttribute('#toolbar .copied', 'data-url')).toBe(
          `${server.url}/dashboard/#/province?year=${latest}&province=${province.code}`,
        );

        // Year over year where the year before has data: 河南省 2022 against 2021.
        const { region: henan } = await api<{
          region: {
            rollupChange: { budgetChange: number; executionRateChange: number; weightedScoreChange: number; projectCountChange: number };
          };
        }>(
          '{ region(code: "410000") { rollupChange(year: 2022) { budgetChange executionRateChange weightedScoreChange projectCountChange } } }',
        );
        expect(await open(page, '#/province?year=2022&province=410000')).toBe('ready');
        const change = henan.rollupChange;
        const sign = (v: number) => (v > 0 ? '+' : '');
        expect(await text(page, '.stat[data-field="budget"] .stat-hint')).toBe(
          `较 2021 年 ${sign(change.budgetChange)}${money(change.budgetChange)} 万元`,
        );
        expect(await text(page, '.stat[data-field="executionRate"] .stat-hint')).toContain(
          `较 2021 年 ${sign(change.executionRateChange)}${(change.executionRateChange * 100).toFixed(2)} 个百分点`,
        );
        expect(await text(page, '.stat[data-field="weightedScore"] .stat-hint')).toContain(
          `较 2021 年 ${sign(change.weightedScoreChange)}${score(change.weightedScoreChange)} 分`,
        );
        await noOverflow(page, 'province 2022');
        await shot(page, `province-henan-2022-${name}`);

        // Down to the worst project of 2021: its reasons beside its figures.
        const worst2021 = (await worstOf(2021, province.code))!;
        await open(page, `#/province?year=2021&province=${province.code}`);
        await leaving(page);
        await page.click('#worst ol.worst-projects > li:first-child [data-field="name"]');
        expect(await settled(page)).toBe('ready');
        expect(await text(page, '.view-title')).toContain(worst2021.projects[0]!.name);
        const deviation = worst2021.projects[0]!.deviationAnalysis?.trim();
        if (deviation) expect(await text(page, 'dd[data-field="偏差原因分析"]')).toContain(deviation.slice(0, 20));
        // Indicators stay in table order, each with its explanation as written; only a clicked column sorts.
        const { node } = await api<{ node: { indicators: { position: number; deviationNote: string | null }[] } }>(
          'query ($id: ID!) { node(id: $id) { ... on ProjectEvaluation { indicators { position deviationNote } } } }',
          { id: worst2021.projects[0]!.id },
        );
        const indicatorRows = await page.$$eval('tr:has(td[data-field="deviationNote"])', (trs) =>
          trs.map((tr) => ({
            position: Number(tr.querySelector('td[data-field="position"]')?.textContent),
            note: tr.querySelector('td[data-field="deviationNote"] .reason')?.textContent,
          })),
        );
        expect(indicatorRows).toEqual(node.indicators.map((i) => ({ position: i.position, note: i.deviationNote?.trim() || '未说明' })));
        expect(await page.$$('th[aria-sort]')).toHaveLength(0);
        await noOverflow(page, 'project');
        await shot(page, `project-${name}`);

        expect(errors).toEqual([]);
        await page.close();
      });

      it(`sorts, explains missing scores, exports, searches and fits the screen at ${width}×${height}`, async () => {
        const { page, errors } = await newPage(width, height);
        expect(await open(page, '#/region?year=2021&region=420200')).toBe('ready');
        const { region } = await api<{ region: { projects: { totalCount: number; edges: { node: ProjectNode }[] } } }>(
          `{ region(code: "420200") { projects(year: 2021, first: 100, orderBy: { field: EXECUTION_RATE, direction: ASC }) {
          totalCount edges { node { id name executionRate deviationAnalysis improvementMeasures totalScore indicators { scoreMethod } } } } } }`,
        );
        const projects = region.projects.edges.map((e) => e.node);
        // Default: lowest execution rate first, as the API orders them.
        const rates = await page.$$eval('#projects tbody tr td[data-field="executionRate"]', (tds) => tds.map((td) => td.textContent));
        expect(rates).toEqual(projects.map((p) => percent(p.executionRate)));
        // Every project without a computed total says why, from its indicators as the API gives them.
        const missing = projects.filter((p) => p.totalScore === null);
        expect(missing.length).toBe(9);
        for (const p of missing) {
          const unscored = p.indicators.filter((i) => i.scoreMethod === 'NOT_SCORED').length;
          expect(unscored).toBeGreaterThan(0);
          expect(await text(page, `#projects tr[data-key="${p.id}"] td[data-field="totalScore"] .why-missing`)).toBe(
            `${unscored} 项指标未填分值，规则无法计算指标得分`,
          );
        }
        await noOverflow(page, 'region');
        await shot(page, `region-${name}`);
        // Each discrepancy links down to its project and is told in the words of the API, grouped
        // by kind as the page groups them (rounding differences apart), in the API's order within a group.
        const { region: flagged } = await api<{
          region: { discrepancies: { edges: { node: { kind: string; severity: string; message: string; project: { id: string } | null } }[] } };
        }>('{ region(code: "420200") { discrepancies(year: 2021, first: 100) { edges { node { kind severity message project { id } } } } } }');
        const sections = await page.$$eval('section.discrepancy-kind', (els) => els.map((e) => (e as HTMLElement).dataset.kind!));
        const all = flagged.discrepancies.edges.map((e) => e.node);
        const grouped = sections.flatMap((kind) =>
          all.filter((d) => (kind === 'ROUNDING' ? d.severity === 'ROUNDING' : d.kind === kind && d.severity !== 'ROUNDING')),
        );
        expect(grouped.length).toBe(all.length);
        const linked = await page.$$eval('ul.discrepancies a[data-field="project"]', (as) =>
          as.map((a) => new URLSearchParams((a as HTMLAnchorElement).hash.split('?')[1]).get('project')),
        );
        expect(linked).toEqual(grouped.filter((d) => d.project).map((d) => d.project!.id));
        expect(linked.length).toBeGreaterThan(0);
        expect(await page.$$eval('ul.discrepancies li .message', (els) => els.map((e) => e.textContent))).toEqual(
          grouped.map((d) => d.message),
        );
        // Sorting by total score, highest first on the first click (a figure); a missing score stays last.
        // (On a phone the rows are cards, sorted by a selector instead of the headers.)
        const phone = width < 700;
        if (phone) await page.selectOption('#projects-sort', 'totalScore:desc');
        else await page.click('#projects th[data-field="totalScore"]');
        expect(await page.getAttribute('#projects th[data-field="totalScore"]', 'aria-sort')).toBe('descending');
        const scores = await page.$$eval('#projects tbody tr', (trs) => trs.map((tr) => (tr as HTMLElement).dataset.key!));
        const computed = projects.filter((p) => p.totalScore !== null).map((p) => p.totalScore!);
        const byKey = new Map(projects.map((p) => [p.id, p.totalScore]));
        expect(scores.map((k) => byKey.get(k))).toEqual([...computed.sort((a, b) => b - a), ...missing.map(() => null)]);
        if (phone) await page.selectOption('#projects-sort', 'totalScore:asc');
        else await page.click('#projects th[data-field="totalScore"]');
        expect(await page.getAttribute('#projects th[data-field="totalScore"]', 'aria-sort')).toBe('ascending');
        expect(await page.isVisible('#projects-sort')).toBe(phone);

        // The export button downloads the view's projects, as many as the API counts.
        const href = await page.getAttribute('#toolbar a[data-export="projects"][data-format="xlsx"]', 'href');
        expect(href).toContain('region=420200');
        const download = await fetch(href!);
        expect(download.status).toBe(200);
        expect(download.headers.get('x-export-rows')).toBe(String(region.projects.totalCount));

        // Search: initials or pinyin find the region too.
        // Each wait is for the list of the query just typed: the previous list stays until it comes
        // (a click on it could land where the new list has another entry, or none).
        await page.fill('#search', 'hs');
        await page.waitForSelector('#search-results[data-query="hs"] a[data-code="420200"]');
        expect(await text(page, '#search-results a[data-code="420200"]')).toContain('黄石市');
        await page.fill('#search', 'shiyan');
        await page.waitForSelector('#search-results[data-query="shiyan"] a[data-code="420300"]');
        // Search: a part of the name finds the region.
        await page.fill('#search', '十堰');
        await page.waitForSelector('#search-results[data-query="十堰"] a[data-code="420300"]');
        await leaving(page);
        await page.click('#search-results a[data-code="420300"]');
        expect(await settled(page)).toBe('ready');
        expect(page.url()).toContain('region=420300');

        // An error the API answers is shown in Chinese, its code unchanged, though the browser prefers English.
        expect(await open(page, '#/region?year=2021&region=999999')).toBe('error');
        expect(await text(page, '.state-error pre')).toBe('未知的地区代码“999999”：不是 GB/T 2260 行政区划代码。');

        // The other views fit the phone too.
        for (const [view, hash] of [
          ['compare', '#/compare?year=2021&codes=420200,420300,410721'],
          ['county', '#/region?year=2021&region=410721'],
          ['department', '#/region?year=2021&region=420300'],
        ] as const) {
          expect(await open(page, hash)).toBe('ready');
          await noOverflow(page, view);
          await shot(page, `${view}-${name}`);
        }
        // 十堰市's department-wide evaluation: its narrative beside its figures.
        const { region: shiyan } = await api<{ region: { departmentEvaluations: { narrative: string | null }[] } }>(
          '{ region(code: "420300") { departmentEvaluations(year: 2021) { narrative } } }',
        );
        expect(await page.$$eval('td[data-field="narrative"] .reason', (els) => els.map((e) => e.textContent))).toEqual(
          shiyan.departmentEvaluations.map((d) => d.narrative?.trim() || '未说明'),
        );
        await leaving(page);
        await page.click('td[data-field="name"] a >> nth=0');
        expect(await settled(page)).toBe('ready');
        await noOverflow(page, 'organization');
        await shot(page, `organization-${name}`);

        // Printed on A4 (794 px at 96 dpi): no controls, nothing wider than the paper.
        await page.setViewportSize({ width: 794, height: 1123 });
        await page.emulateMedia({ media: 'print' });
        for (const [view, hash] of [
          ['region', '#/region?year=2021&region=420200'],
          ['compare', '#/compare?year=2021&codes=420200,420300,410721'],
        ] as const) {
          expect(await open(page, hash)).toBe('ready');
          await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
          expect(await page.isVisible('#toolbar')).toBe(false);
          expect(await page.isVisible('header .controls')).toBe(false);
          await noOverflow(page, `${view} printed`);
          if (DOCS && width === 1440) await page.pdf({ path: path.join(SHOTS, `${view}-print.pdf`), format: 'A4', printBackground: true });
        }
        await page.emulateMedia({ media: 'screen' });
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  },
);
