/**
 * Once per run, before any file: drop the per-file databases (test/support/fileDatabase.ts) that a
 * run killed half-way left on the PostgreSQL server, prepare the template databases the files
 * copy (test/support/templates.ts) and build the commands the tests start as processes
 * (test/support/commandBuilds.ts); after the run, remove them all.
 */
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { buildCommands } from './commandBuilds';
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
let removeCommandBuilds: (() => void) | undefined;

export async function setup(project: TestProject): Promise<void> {
  await dropLeftovers();
  const [{ templates, remove }, commands] = await Promise.all([prepareTemplates(serverUrl()), buildCommands()]);
  removeTemplates = remove;
  removeCommandBuilds = commands.remove;
  project.provide('templates', templates);
  project.provide('commandBuilds', commands.builds);
}

export async function teardown(): Promise<void> {
  removeCommandBuilds?.();
  await removeTemplates?.();
  await dropLeftovers();
}
