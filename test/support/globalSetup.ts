/**
 * Once per run, before any file: drop the per-file databases (test/support/fileDatabase.ts) that a
 * run killed half-way left on the PostgreSQL server, and again after the run.
 */
import pg from 'pg';

/** Prefix of every per-file database (test/support/fileDatabase.ts), e.g. `test_file_3fa2…`. */
export function fileDatabasePrefix(serverUrl: string): string {
  return `${new URL(serverUrl).pathname.slice(1) || 'postgres'}_file_`;
}

async function dropLeftovers(): Promise<void> {
  const server = process.env.JIXIAO_TEST_SERVER_URL || process.env.DATABASE_URL;
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

export async function setup(): Promise<void> {
  await dropLeftovers();
}

export async function teardown(): Promise<void> {
  await dropLeftovers();
}
