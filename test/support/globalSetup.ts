/**
 * Once per run, before any file: drop the per-file databases (test/support/fileDatabase.ts) that a
 * run killed half-way left on the PostgreSQL server, and prepare the template databases the files
 * copy (test/support/templates.ts); after the run, remove both.
 */
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { fileDatabasePrefix } from './serverDatabases';
import { prepareTemplates, type Templates } from './templates';

declare module 'vitest' {
  export interface ProvidedContext {
    templates: Templates;
  }
}

function serverUrl(): string | undefined {
  return process.env.JIXIAO_TEST_SERVER_URL || process.env.DATABASE_URL || undefined;
}

async function dropLeftovers(): Promise<void> {
  const server = serverUrl();
  if (!server) return;
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    const prefix = fileDatabasePrefix(server);
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [prefix]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

let removeTemplates: (() => Promise<void>) | undefined;

export async function setup(project: TestProject): Promise<void> {
  await dropLeftovers();
  const { templates, remove } = await prepareTemplates(serverUrl());
  removeTemplates = remove;
  project.provide('templates', templates);
}

export async function teardown(): Promise<void> {
  await removeTemplates?.();
  await dropLeftovers();
}
