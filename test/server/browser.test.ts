/**
 * In headless Chromium, under the service's content security policy: GraphiQL starts (its scripts
 * and styles come from the service, no inline script), and the dashboard shows document text as
 * text — a project name that reads `<img src=x onerror=…>` (written as entities inside converter
 * markup, decoded once on import) appears as those characters and runs nothing.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard, dashboardStale } from '../../dashboard/build';
import type { Database } from '../../src/db/database';
import { importDocument } from '../../src/ingest/load';
import { emptyDatabase, seedFiles, seedText } from '../support/database';
import { CHROMIUM_SKIP_REASON, hasChromium, launchChromium } from '../support/chromium';
import { startServer, type TestServer } from '../support/server';

if (!hasChromium) console.warn(`browser.test.ts ${CHROMIUM_SKIP_REASON}`);

const NAME = '12333信息平台<img src=x onerror="window.__xss=1">建设经费';

describe.skipIf(!hasChromium)('in the browser, under the CSP', () => {
  let db: Database;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const violations: string[] = [];

  beforeAll(async () => {
    if (dashboardStale()) await buildDashboard();
    db = await emptyDatabase();
    const text = seedText('000_').replace(
      '项目名称\t12333信息平台建设经费',
      '项目名称\t<p>12333信息平台&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;建设经费</p>',
    );
    const report = await importDocument(db, seedFiles()[0]!, new TextEncoder().encode(text));
    expect(report.status).toBe('loaded');
    server = await startServer(db, { production: true });
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    page.on('pageerror', (error) => violations.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  it('GraphiQL starts with no CSP violation, its explorer open on the schema', async () => {
    await page.goto(`${server.url}/graphiql`);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    // The explorer plugin lists the query fields once the schema is introspected.
    await page.waitForSelector('.graphiql-explorer-root', { timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('.graphiql-explorer-root')?.textContent?.includes('searchRegions'), undefined, {
      timeout: 30_000,
    });
    expect(violations).toEqual([]);
  });

  it('the dashboard shows a name that looks like markup as text, and runs nothing', async () => {
    const body = (await (await server.post({ query: '{ projects(first: 50) { edges { node { id name } } } }' })).json()) as {
      data: { projects: { edges: { node: { id: string; name: string } }[] } };
    };
    const project = body.data.projects.edges.map((e) => e.node).find((p) => p.name.startsWith('12333'))!;
    expect(project.name).toBe(NAME);
    await page.goto(`${server.url}/dashboard/#/region?year=2021&region=420200&project=${encodeURIComponent(project.id)}`);
    await page.waitForSelector('#view[data-state]:not([data-state="loading"])', { timeout: 30_000 });
    expect(await page.getAttribute('#view', 'data-state')).toBe('ready');
    expect(await page.textContent('.view-title')).toContain(NAME);
    expect(await page.$$('#view img')).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(violations).toEqual([]);
  });
});
