/**
 * The real server, as `npm start` runs it: a child process on a free port that creates, migrates
 * and seeds its database on first start, answers over HTTP, and stops cleanly on SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { emptyDatabase } from '../support/database';
import { commandArgs } from '../support/process';

let child: ChildProcess;
let url: string;
let dataDir: string;
const output: string[] = [];

function waitForListening(process: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output.join('')}`)), 300_000);
    process.stdout!.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      for (const line of chunk.toString().split('\n')) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === 'listening' && entry.url) {
          clearTimeout(timer);
          resolve(entry.url.replace(/\/graphql$/, ''));
        }
      }
    });
    process.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    process.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output.join('')}`)));
  });
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-e2e-'));
  if (process.env.DATABASE_URL) {
    // A fresh server database: the server must create and seed it itself.
    const db = await emptyDatabase();
    await db.script.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    await db.close();
  }
  child = spawn(process.execPath, commandArgs('src/server.ts'), {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', JIXIAO_DATA_DIR: path.join(dataDir, 'pglite'), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  url = await waitForListening(child);
});

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('reports health with the seed documents loaded', async () => {
  const response = await fetch(`${url}/health`);
  expect(await response.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgresql' : 'pglite', documents: 4 });
});

it('answers a GraphQL query over HTTP with the seed regions', async () => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ regions(level: CITY) { code name } }' }),
  });
  const body = (await response.json()) as { data: { regions: { code: string; name: string }[] } };
  expect(body.data.regions.map((r) => r.code)).toEqual(['410700', '420200', '420300', '421200']);
});

it('serves the query IDE with its assets from the service itself', async () => {
  const page = await (await fetch(`${url}/graphiql`)).text();
  expect(page).toContain('/vendor/graphiql.js');
  expect(page).toContain('/vendor/graphiql-explorer.js');
  expect(page).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
  for (const asset of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css', 'graphiql-explorer.js', 'graphiql-explorer.css']) {
    const response = await fetch(`${url}/vendor/${asset}`);
    expect(response.status, asset).toBe(200);
  }
  // The explorer plugin, from node_modules, is what the page starts GraphiQL with.
  expect(await (await fetch(`${url}/vendor/graphiql-explorer.js`)).text()).toContain('GraphiQLPluginExplorer');
  expect(await (await fetch(`${url}/graphiql/boot.js`)).text()).toContain('GraphiQLPluginExplorer.explorerPlugin()');
  // The contract operations are offered as examples.
  expect(page).toContain('query CompareRegions');
});

it('logs each request as structured JSON with its statement count', () => {
  const requests = output
    .join('')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { msg: string; statements?: number })
    .filter((e) => e.msg === 'graphql request');
  expect(requests.length).toBeGreaterThan(0);
  expect(requests[0]!.statements).toBeGreaterThan(0);
});

it('stops cleanly on SIGTERM', async () => {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(output.join('')).toContain('"msg":"stopped"');
});

it('refuses a bad configuration with a message naming the variable', async () => {
  const bad = spawn(process.execPath, commandArgs('src/server.ts'), {
    env: { ...process.env, PORT: 'eighty', DATABASE_URL: 'mysql://x', LC_ALL: 'en_US.UTF-8', LANG: 'en_US.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  bad.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number | null>((resolve) => bad.once('exit', resolve));
  expect(code).toBe(1);
  expect(stderr).toContain('DATABASE_URL: must be a postgresql:// URL');
  expect(stderr).toContain('PORT');
});

it('refuses a bad configuration in Chinese by default', async () => {
  const bad = spawn(process.execPath, commandArgs('src/server.ts'), {
    env: { ...process.env, PORT: 'eighty', DATABASE_URL: 'mysql://x', LC_ALL: '', LANG: 'C.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  bad.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number | null>((resolve) => bad.once('exit', resolve));
  expect(code).toBe(1);
  expect(stderr).toContain('jixiao: 配置无效：DATABASE_URL: 应为 postgresql:// URL（不设置则使用内嵌的 PGlite）；PORT: ');
  expect(stderr).not.toMatch(/invalid configuration|Invalid input/);
});
