/** Databases on the PostgreSQL server the tests are given: names, URLs, and CREATE / DROP DATABASE. */
import pg from 'pg';

/** Prefix of every per-file database and template on a server, e.g. `test_file_3fa2…`. */
export function fileDatabasePrefix(serverUrl: string): string {
  return `${new URL(serverUrl).pathname.slice(1) || 'postgres'}_file_`;
}

/** Runs statements on the server's maintenance connection (CREATE and DROP DATABASE). */
export async function onServer(serverUrl: string, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The URL of another database on the same server. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
