/**
 * One PostgreSQL database per test file, so that files run in parallel (vitest's setupFiles: this
 * runs in each file's context before the file is imported). When DATABASE_URL names a server, a
 * database of its own is created for the file and DATABASE_URL is pointed at it for everything the
 * file runs — child processes included — and dropped after it (test/support/database.ts fills it
 * by copying a template). On the embedded PGlite every test opens an
 * in-memory database of its own already, and nothing is done.
 */
import { randomBytes } from 'node:crypto';
import { afterAll } from 'vitest';
import { databaseUrl, fileDatabasePrefix, onServer } from './serverDatabases';

/** The server URL CI gave, kept apart: a worker runs several files, each repoints DATABASE_URL. */
const server = (process.env.JIXIAO_TEST_SERVER_URL ??= process.env.DATABASE_URL ?? '');

if (server) {
  const name = `${fileDatabasePrefix(server)}${randomBytes(6).toString('hex')}`;
  await onServer(server, `CREATE DATABASE "${name}"`);
  process.env.DATABASE_URL = databaseUrl(server, name);
  afterAll(async () => {
    process.env.DATABASE_URL = server;
    await onServer(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}
