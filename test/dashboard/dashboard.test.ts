/**
 * The dashboard end to end: the real page in headless Chromium (Debian's /usr/bin/chromium, driven
 * by playwright-core) against the real server on a free port, with the seed documents loaded.
 * Figures on the page are checked against what the public API returns for the same question.
 * Screenshots of every view are saved under test-results/dashboard/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard, dashboardStale } from '../../dashboard/build';
import { count, money, percent, score, unitValue } from '../../dashboard/src/format';
import type { Database } from '../../src/db/database';
import { seededDatabase } from '../support/database';
import { CHROMIUM_SKIP_REASON, hasChromium, launchChromium } from '../support/chromium';
import { startServer, type TestServer } from '../support/server';

if (!hasChromium) console.warn(`dashboard end-to-end test ${CHROMIUM_SKIP_REASON}`);

const SHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'dashboard');

interface Rollup {
  projectCount: number;
  organizationCount: number;
  budget: number | null;
  executed: number | null;
  executionRate: number | null;
  weightedScore: number | null;
  reportedWeightedScore: number | null;
  meanScore: number | null;
  ungradedCount: number;
  discrepancyCount: number;
  departmentEvaluationCount: number;
  departmentReportedMeanScore: number | null;
}

/** How the page writes each rollup figure of the comparison table (data-field → text). */
const ROLLUP_TEXT: Record<string, (r: Rollup) => string> = {
  projectCount: (r) => count(r.projectCount),
  organizationCount: (r) => count(r.organizationCount),
  budget: (r) => money(r.budget),
  executed: (r) => money(r.executed),
  executionRate: (r) => percent(r.executionRate),
  weightedScore: (r) => score(r.weightedScore),
  reportedWeightedScore: (r) => score(r.reportedWeightedScore),
  meanScore: (r) => score(r.meanScore),
  ungradedCount: (r) => count(r.ungradedCount),
  discrepancyCount: (r) => count(r.discrepancyCount),
  departmentEvaluationCount: (r) => count(r.departmentEvaluationCount),
  departmentReportedMeanScore: (r) => score(r.departmentReportedMeanScore),
};

describe.skipIf(!hasChromium)(`the dashboard in headless Chromium${hasChromium ? '' : ` — ${CHROMIUM_SKIP_REASON}`}`, () => {
  let db: Database;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await server.post({ query, variables });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  /** Opens a view and waits until it has left the loading state. */
  async function open(hash: string): Promise<string> {
    await leaving();
    await page.goto(`${server.url}/dashboard/${hash}`);
    return settled();
  }

  /** Marks the view on the page as the old one: a navigation within the page replaces it, and settled() waits for the new one. */
  async function leaving(): Promise<void> {
    await page.evaluate(() => document.getElementById('view')?.setAttribute('data-old', ''));
  }

  async function settled(): Promise<string> {
    await page.waitForSelector('#view[data-state]:not([data-old]):not([data-state="loading"])', { timeout: 20_000 });
    return (await page.getAttribute('#view', 'data-state'))!;
  }

  async function shot(name: string): Promise<void> {
    // Charts draw on the next frame.
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.chart')).every((c) => (c as HTMLElement).dataset.rendered));
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  }

  const text = async (selector: string) => ((await page.textContent(selector)) ?? '').trim();

  beforeAll(async () => {
    if (dashboardStale()) await buildDashboard();
    fs.mkdirSync(SHOTS, { recursive: true });
    db = await seededDatabase();
    server = await startServer(db);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Nothing but the server itself is reached: no CDN, no web font.
    await page.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => {
      pageErrors.push(`outside request: ${route.request().url()}`);
      return route.abort();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  it('compares 黄石市 and 十堰市 for 2021 with the figures the API returns', async () => {
    expect(await open('#/compare?year=2021&codes=420200,420300')).toBe('ready');
    const codes = ['420200', '420300'];

    const { compareRegions } = await api<{ compareRegions: { region: { code: string; name: string }; rollup: Rollup }[] }>(
      `query ($codes: [String!]!, $year: Int!) {
        compareRegions(codes: $codes, year: $year) {
          region { code name }
          rollup { ${Object.keys(ROLLUP_TEXT).join(' ')} }
        }
      }`,
      { codes, year: 2021 },
    );
    expect(compareRegions.map((c) => c.region.name)).toEqual(['黄石市', '十堰市']);
    expect(await text('.view-title')).toBe('黄石市 与 十堰市 · 2021 年度');
    for (const { region, rollup } of compareRegions) {
      expect(await text(`#compare-rollups tbody tr[data-key="${region.code}"] td[data-field="region"]`)).toBe(region.name);
      for (const [field, format] of Object.entries(ROLLUP_TEXT)) {
        const cell = `#compare-rollups tr[data-key="${region.code}"] td[data-field="${field}"]`;
        expect(await text(cell), `${region.name} ${field}`).toBe(format(rollup));
      }
    }
    // The figures a reader looks at first, written out: 黄石市 20 projects, 1,523.60 万元 budgeted.
    const huangshi = compareRegions[0]!.rollup;
    expect(await text('#compare-rollups tr[data-key="420200"] td[data-field="budget"]')).toBe(money(huangshi.budget));
    expect(huangshi.projectCount).toBeGreaterThan(0);

    // Every concept of the catalog, compared; those both regions report are the shared ones.
    const { indicatorConcepts } = await api<{ indicatorConcepts: { key: string }[] }>('{ indicatorConcepts { key } }');
    const shared: string[] = [];
    for (const { key } of indicatorConcepts) {
      const { indicatorComparison } = await api<{
        indicatorComparison: {
          concept: { key: string; name: string; unit: string };
          rows: { region: { code: string }; value: number | null; target: number | null; completionRate: number | null }[];
        };
      }>(
        `query ($codes: [String!]!, $year: Int!, $query: String!) {
          indicatorComparison(regionCodes: $codes, year: $year, query: $query) {
            concept { key name unit }
            rows { region { code } value target completionRate }
          }
        }`,
        { codes, year: 2021, query: key },
      );
      const { concept, rows } = indicatorComparison;
      if (!rows.every((r) => r.value !== null)) continue;
      shared.push(concept.key);
      for (const row of rows) {
        const cell = (field: string) =>
          `#compare-concepts tr[data-key="${concept.key}"] td[data-region="${row.region.code}"][data-field="${field}"]`;
        expect((await text(cell('value'))).startsWith(unitValue(row.value, concept.unit)), `${concept.name} ${row.region.code}`).toBe(true);
        expect(await text(cell('target'))).toBe(unitValue(row.target, concept.unit));
        expect(await text(cell('completionRate'))).toBe(percent(row.completionRate));
      }
    }
    expect(shared.length).toBeGreaterThan(0);
    expect(shared).toContain('urban_new_employment');
    const onPage = await page.$$eval('#compare-concepts tbody tr', (rows) => rows.map((r) => (r as HTMLElement).dataset.key));
    expect(onPage).toEqual(shared);
    // 城镇新增就业人数: 41,861 persons in 黄石市 against 49,700 (4.97万人) in 十堰市.
    expect(await text('#compare-concepts tr[data-key="urban_new_employment"] td[data-region="420300"][data-field="value"]')).toContain(
      '49,700 人',
    );

    expect(await page.$$eval('#view .chart canvas', (c) => c.length)).toBeGreaterThanOrEqual(3);
    await shot('compare');

    // Every column sorts, as in the other tables: a figure highest first at the first click, lowest first at the next.
    const figures = (table: string, column: string) =>
      page.$$eval(`${table} tbody tr td${column}`, (tds) =>
        tds.map((td) => {
          const value = Number.parseFloat((td.textContent ?? '').replace(/,/g, ''));
          return Number.isFinite(value) ? value : null;
        }),
      );
    const ordered = (values: (number | null)[], descending: boolean) => {
      const known = values.filter((v): v is number => v !== null);
      // Nulls (cannot be computed) last, whichever the direction.
      expect(values.slice(known.length).every((v) => v === null)).toBe(true);
      return known.every((v, i) => i === 0 || (descending ? known[i - 1]! >= v : known[i - 1]! <= v));
    };
    for (const field of ['executionRate', 'budget', 'discrepancyCount']) {
      const header = `#compare-rollups thead th[data-field="${field}"]`;
      await page.click(header);
      expect(await page.getAttribute(header, 'aria-sort')).toBe('descending');
      expect(ordered(await figures('#compare-rollups', `[data-field="${field}"]`), true), field).toBe(true);
      await page.click(header);
      expect(await page.getAttribute(header, 'aria-sort')).toBe('ascending');
      expect(ordered(await figures('#compare-rollups', `[data-field="${field}"]`), false), field).toBe(true);
    }
    const completion = '#compare-concepts thead th[data-field="completionRate"][data-region="420300"]';
    await page.click(completion);
    expect(await page.getAttribute(completion, 'aria-sort')).toBe('descending');
    expect(ordered(await figures('#compare-concepts', '[data-field="completionRate"][data-region="420300"]'), true)).toBe(true);
    await page.click('#compare-concepts thead th[data-field="concept"]');
    const names = await page.$$eval('#compare-concepts tbody tr td[data-field="concept"]', (tds) =>
      tds.map((td) => td.firstChild?.textContent ?? ''),
    );
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    if (process.env.DASHBOARD_DOCS_SCREENSHOT) {
      // The README's picture: `DASHBOARD_DOCS_SCREENSHOT=1 npx vitest run test/dashboard -t compares`.
      expect(await open('#/compare?year=2021&codes=420200,420300,410721')).toBe('ready');
      await page.waitForFunction(() => Array.from(document.querySelectorAll('.chart')).every((c) => (c as HTMLElement).dataset.rendered));
      const file = path.resolve(__dirname, '..', '..', 'docs', 'dashboard.png');
      await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: 1400, height: 1430 } });
    }
    expect(pageErrors).toEqual([]);
  });

  it('ranks the cities and counties of the province, with charts', async () => {
    expect(await open('#/province?year=2021&province=420000')).toBe('ready');
    const { regionRanking } = await api<{ regionRanking: { rank: number | null; region: { code: string }; rollup: Rollup }[] }>(
      `{ regionRanking(level: CITY, year: 2021, metric: EXECUTION_RATE, within: "420000") {
          rank region { code } rollup { executionRate weightedScore budget executed discrepancyCount } } }`,
    );
    const rows = await page.$$eval('.card table tbody tr', (trs) => trs.map((tr) => (tr as HTMLElement).dataset.key));
    for (const { rank, region, rollup } of regionRanking) {
      expect(rows).toContain(region.code);
      const cell = (field: string) => text(`tr[data-key="${region.code}"] td[data-field="${field}"]`);
      expect(await cell('rateRank')).toBe(rank === null ? '—' : String(rank));
      expect(await cell('executionRate')).toBe(percent(rollup.executionRate));
      expect(await cell('weightedScore')).toBe(score(rollup.weightedScore));
      expect(await cell('budget')).toBe(money(rollup.budget));
      expect(await cell('discrepancyCount')).toBe(count(rollup.discrepancyCount));
    }
    expect(await page.$$eval('#view .chart canvas', (c) => c.length)).toBe(3);
    await shot('province-2021');

    // The year is chosen on the page and kept in the URL.
    await leaving();
    await page.selectOption('#year', '2023');
    expect(await settled()).toBe('ready');
    expect(page.url()).toContain('year=2023');
    expect(await text('tr[data-key="421222"] td[data-field="name"]')).toBe('通城县');
    await shot('province-2023');
    expect(pageErrors).toEqual([]);
  });

  it('drills down region → organization → project → indicators, each discrepancy explained', async () => {
    expect(await open('#/region?year=2021&region=420200')).toBe('ready');
    // The weighted score says what it covers, and the reported score over the same projects (issue 12).
    const { region } = await api<{
      region: { rollup: { projectCount: number; reportedWeightedScoreOnComputed: number | null; computedScoreCoverage: { projects: number } } };
    }>('{ region(code: "420200") { rollup(year: 2021) { projectCount reportedWeightedScoreOnComputed computedScoreCoverage { projects } } } }');
    expect(region.rollup.computedScoreCoverage.projects).toBe(11);
    const hint = await text('.stat[data-field="weightedScore"] .stat-hint');
    expect(hint).toContain(`按 ${region.rollup.computedScoreCoverage.projects}/${region.rollup.projectCount} 个项目`);
    expect(hint).toContain(`同口径自评 ${score(region.rollup.reportedWeightedScoreOnComputed)}`);
    await shot('region');
    await leaving();
    // 人社局: its 专家津贴 reports a budget score the rules do not give (a problem; the 监察支队's one
    // project differs only within rounding, which is listed but flags nothing).
    await page.click('a:text-is("黄石市人力资源和社会保障局")');
    expect(await settled()).toBe('ready');
    expect(page.url()).toMatch(/[?&]org=/);
    await shot('organization');
    await leaving();
    await page.click('tbody tr.flagged td[data-field="name"] a');
    expect(await settled()).toBe('ready');
    const id = new URL(page.url()).hash.match(/project=([^&]+)/)![1]!;
    const { node } = await api<{ node: { name: string; indicators: unknown[]; discrepancies: { field: string; message: string }[] } }>(
      'query ($id: ID!) { node(id: $id) { ... on ProjectEvaluation { name indicators { name } discrepancies { field message } } } }',
      { id: decodeURIComponent(id) },
    );
    expect(await text('.view-title')).toContain(node.name);
    expect(node.discrepancies.length).toBeGreaterThan(0);
    const messages = await page.$$eval('ul.discrepancies li .message', (els) => els.map((e) => e.textContent));
    expect(messages).toEqual(node.discrepancies.map((d) => d.message));
    expect(await page.$$eval('table tbody tr', (trs) => trs.length)).toBeGreaterThanOrEqual(node.indicators.length);
    await shot('project');

    // The URL is the view: opened afresh, it shows the same project.
    const shared = page.url();
    await page.goto('about:blank');
    await page.goto(shared);
    expect(await settled()).toBe('ready');
    expect(await text('.view-title')).toContain(node.name);
  });

  it('marks the indicators a discrepancy names, and only the figures the API flags', async () => {
    expect(await open('#/region?year=2021&region=410721')).toBe('ready');
    await leaving();
    await page.click('td[data-field="name"] a:text-is("人事局工作经费")');
    expect(await settled()).toBe('ready');
    const messages = await page.$$eval('ul.discrepancies li .message', (els) => els.map((e) => e.textContent ?? ''));
    const flagged = await page.$$eval('tr.flagged td[data-field="name"]', (tds) => tds.map((td) => td.firstChild?.textContent ?? ''));
    // Messages are in Chinese (issue 12): an indicator's names it as 指标“…”.
    const indicatorMessages = messages.filter((m) => m.startsWith('指标“'));
    const kinds = await page.$$eval('section.discrepancy-kind h4', (els) => els.map((e) => e.textContent ?? ''));
    expect(kinds.some((k) => k.startsWith('评分规则不符'))).toBe(true);
    expect(indicatorMessages.length).toBeGreaterThan(0);
    // Each flagged indicator is the one its discrepancy's message names.
    expect(flagged.length).toBe(indicatorMessages.length);
    for (const name of flagged)
      expect(
        indicatorMessages.some((m) => m.includes(`“${name}”`)),
        name,
      ).toBe(true);
    // 总分 is flagged (the API lists totalScore); 执行率 is not.
    expect(await page.getAttribute('tr[data-key="totalScore"]', 'class')).toContain('flagged');
    expect(await page.getAttribute('tr[data-key="executionRate"]', 'class')).toBeNull();
    await shot('project-indicators');
  });

  it('shows a department-wide evaluation and its indicators where a region has no project evaluations (十堰市)', async () => {
    expect(await open('#/region?year=2021&region=420300')).toBe('ready');
    const { region } = await api<{
      region: { departmentEvaluations: { reportedScore: number | null; organization: { name: string }; indicators: { name: string }[] }[] };
    }>('{ region(code: "420300") { departmentEvaluations(year: 2021) { reportedScore organization { name } indicators { name } } } }');
    const [evaluation] = region.departmentEvaluations;
    expect(evaluation).toBeDefined();
    expect(await text('td[data-field="score"] .reported')).toBe(score(evaluation!.reportedScore));
    await leaving();
    await page.click(`td[data-field="name"] a:text-is("${evaluation!.organization.name}")`);
    expect(await settled()).toBe('ready');
    const names = await page.$$eval('td[data-field="name"]', (tds) => tds.map((td) => td.firstChild?.textContent ?? ''));
    expect(names).toEqual(expect.arrayContaining(evaluation!.indicators.map((i) => i.name)));
    await shot('department');
  });

  it('says so when a region has no data for the year', async () => {
    expect(await open('#/region?year=2021&region=421222')).toBe('empty');
    expect(await text('#view .state-empty')).toContain('通城县 2021 年无自评数据');
    await shot('empty');
  });

  it('shows loading, then an error when the API fails, and recovers on retry', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let fail = true;
    await page.route('**/graphql', async (route) => {
      await held;
      if (fail) return route.fulfill({ status: 500, contentType: 'text/plain', body: 'upstream failure' });
      return route.continue();
    });
    await page.goto(`${server.url}/dashboard/#/compare?year=2021&codes=420200,420300`);
    await page.waitForSelector('#view[data-state="loading"]');
    expect(await text('#view')).toContain('正在加载');
    await shot('loading');
    release();
    expect(await settled()).toBe('error');
    expect(await text('#view .state-error')).toContain('加载失败');
    await shot('error');
    fail = false;
    await page.click('#view .state-error button');
    expect(await settled()).toBe('ready');
    await page.unroute('**/graphql');
  });
});
