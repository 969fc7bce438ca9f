/**
 * Repeated reads cost nothing: every answer carries an ETag from the data version, If-None-Match
 * gets 304 until a document load moves the version, and whole responses are served from the cache
 * (no statement) until then; the cache can be turned off; automatic persisted queries work.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { importDocument } from '../../src/ingest/load';
import { SEED_DIR, seededDatabase, seedFiles } from '../support/database';
import { startServer, type TestServer } from '../support/server';

let db: Database;
let cached: TestServer;
let uncached: TestServer;

beforeAll(async () => {
  db = await seededDatabase();
  cached = await startServer(db);
  uncached = await startServer(db, { http: { responseCache: false } });
});

afterAll(async () => {
  await cached?.close();
  await uncached?.close();
  await db?.close();
});

const ROLLUP = { query: 'query R($code: String!) { region(code: $code) { rollup(year: 2021) { projectCount budget } } }', variables: { code: '420200' } };

function send(server: TestServer, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

/** A document of a department not loaded yet: a real change to the data. */
let copies = 0;
async function loadAnotherDocument(): Promise<void> {
  copies += 1;
  const file = seedFiles()[0]!;
  const text = fs.readFileSync(path.join(SEED_DIR, file), 'utf8').replaceAll('人力资源和社会保障局', `人力资源和社会保障局第${copies}分局`);
  const report = await importDocument(db, `etag-copy${copies}-${file}`, Buffer.from(text));
  expect(report.status).toBe('loaded');
}

it('answers If-None-Match with 304 until a document is loaded', async () => {
  const first = await send(uncached, ROLLUP);
  const tag = first.headers.get('etag');
  expect(first.status).toBe(200);
  expect(tag).toMatch(/^W\/"v\d+-[\w-]+"$/);
  const before = db.statementCount();
  const again = await send(uncached, ROLLUP, { 'if-none-match': tag! });
  expect(again.status).toBe(304);
  expect(await again.text()).toBe('');
  expect(db.statementCount()).toBe(before);
  // Another request, another language, another caller: other tags.
  const other = await send(uncached, { ...ROLLUP, variables: { code: '420300' } }, { 'if-none-match': tag! });
  expect(other.status).toBe(200);
  expect(other.headers.get('etag')).not.toBe(tag);
  const english = await send(uncached, ROLLUP, { 'if-none-match': tag!, 'accept-language': 'en' });
  expect(english.status).toBe(200);
  expect(english.headers.get('etag')).not.toBe(tag);
  // A load moves the version: the old tag no longer matches.
  await loadAnotherDocument();
  const after = await send(uncached, ROLLUP, { 'if-none-match': tag! });
  expect(after.status).toBe(200);
  expect(after.headers.get('etag')).not.toBe(tag);
  const body = (await after.json()) as { data: { region: { rollup: { projectCount: number } } } };
  const old = (await first.json()) as typeof body;
  expect(body.data.region.rollup.projectCount).toBeGreaterThan(old.data.region.rollup.projectCount);
});

it('gives no ETag to an answer with errors', async () => {
  const response = await send(uncached, { query: '{ region(code: "999999") { name } }' });
  expect(((await response.json()) as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0);
  // (Express may tag the bytes it sent; never with the data version.)
  expect(response.headers.get('etag') ?? '').not.toMatch(/^W\/"v/);
});

it('serves a repeated request from the response cache, without a statement, until a document is loaded', async () => {
  const first = await (await send(cached, ROLLUP)).text();
  const before = db.statementCount();
  const second = await send(cached, ROLLUP);
  expect(await second.text()).toBe(first);
  expect(db.statementCount()).toBe(before);
  // Another language is another entry.
  await send(cached, ROLLUP, { 'accept-language': 'en' });
  expect(db.statementCount()).toBeGreaterThan(before);
  await loadAnotherDocument();
  const afterLoad = db.statementCount();
  const third = await (await send(cached, ROLLUP)).text();
  expect(db.statementCount()).toBeGreaterThan(afterLoad);
  expect(third).not.toBe(first);
  // Turned off, every request runs.
  const off = db.statementCount();
  await send(uncached, ROLLUP);
  const once = db.statementCount() - off;
  await send(uncached, ROLLUP);
  expect(once).toBeGreaterThan(0);
  expect(db.statementCount() - off).toBe(2 * once);
});

it('answers automatic persisted queries by their hash once the query was sent with it', async () => {
  const query = '{ region(code: "420200") { name } }';
  const persistedQuery = { version: 1, sha256Hash: crypto.createHash('sha256').update(query).digest('hex') };
  const unknown = (await (await send(cached, { extensions: { persistedQuery } })).json()) as { errors?: { extensions?: { code?: string } }[] };
  expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  const registered = (await (await send(cached, { query, extensions: { persistedQuery } })).json()) as { data?: unknown };
  expect(registered.data).toEqual({ region: { name: '黄石市' } });
  const byHash = (await (await send(cached, { extensions: { persistedQuery } })).json()) as { data?: unknown };
  expect(byHash.data).toEqual({ region: { name: '黄石市' } });
});

it('gives exports an ETag and answers 304 for it', async () => {
  const url = `${cached.url}/api/export/rollups?region=420000&year=2021`;
  const first = await fetch(url);
  expect(first.status).toBe(200);
  const tag = first.headers.get('etag');
  expect(tag).toMatch(/^W\/"v\d+-/);
  const again = await fetch(url, { headers: { 'if-none-match': tag! } });
  expect(again.status).toBe(304);
});
