/**
 * Text stays text: what a document says is stored and served as written. In a plain-text cell,
 * `&lt;img onerror=…&gt;` is those characters (never decoded into a tag); in converter markup
 * (`<p>…</p>`) the tags go and entities are decoded exactly once. Through importDocument and the API.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { importDocument } from '../../src/ingest/load';
import { emptyDatabase, seedFiles, seedText } from '../support/database';
import { startServer, type TestServer } from '../support/server';

const HOSTILE = '&lt;img src=x onerror=alert(1)&gt;';

let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = await emptyDatabase();
  const text = seedText('000_')
    .replace('项目名称\t12333信息平台建设经费', `项目名称\t12333信息平台${HOSTILE}建设经费`)
    .replace(
      '改进措施及结果应用方案\t预算编制时申请增加相应预算投入。',
      '改进措施及结果应用方案\t预算编制时申请&lt;b&gt;增加&lt;/b&gt;相应预算投入。',
    )
    .replace(
      '改进措施及结果应用方案\t<p>1、深入推进完善多元调解机制',
      '改进措施及结果应用方案\t<p>1、深入推进 &amp;lt;完善&amp;gt; 多元调解机制',
    );
  const report = await importDocument(db, seedFiles()[0]!, new TextEncoder().encode(text));
  expect(report.status).toBe('loaded');
  server = await startServer(db);
});

afterAll(async () => {
  await server?.close();
  await db?.close();
});

async function projects() {
  const response = await server.post({
    query: '{ region(code: "420200") { projects(year: 2021, first: 50) { edges { node { name improvementMeasures } } } } }',
  });
  const body = (await response.json()) as {
    data: { region: { projects: { edges: { node: { name: string; improvementMeasures: string | null } }[] } } };
  };
  return body.data.region.projects.edges.map((e) => e.node);
}

it('keeps entities written in a plain-text cell as written, never as a tag', async () => {
  const all = await projects();
  const project = all.find((p) => p.name.startsWith('12333信息平台'));
  expect(project?.name).toBe(`12333信息平台${HOSTILE}建设经费`);
  expect(project?.improvementMeasures).toBe('预算编制时申请&lt;b&gt;增加&lt;/b&gt;相应预算投入。');
  expect(JSON.stringify(all)).not.toMatch(/<img|<b>/);
});

it('removes converter markup and decodes its entities exactly once', async () => {
  const measures = (await projects()).map((p) => p.improvementMeasures ?? '').find((m) => m.includes('多元调解机制'));
  expect(measures).toContain('1、深入推进 &lt;完善&gt; 多元调解机制');
  expect(measures).not.toContain('<p>');
});
