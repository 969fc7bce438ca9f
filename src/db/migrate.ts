/**
 * Applies the committed SQL migrations in prisma/migrations/ (Prisma's own layout) to PGlite or a
 * PostgreSQL server, offline. Applied migrations are recorded in Prisma's `_prisma_migrations`
 * table with the same checksum Prisma computes, so `prisma migrate deploy` (where the native
 * engine is available) and this runner agree about what has been applied.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScriptRunner } from './database';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'prisma', 'migrations');

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: crypto.createHash('sha256').update(sql).digest('hex') };
    });
}

const LEDGER = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);`;

// Any fixed key: serialises concurrent migrators on one PostgreSQL server.
const ADVISORY_LOCK_KEY = 7_240_211;

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Applies every migration not yet recorded; returns the names applied. */
export async function migrate(db: ScriptRunner, migrations: Migration[] = readMigrations()): Promise<string[]> {
  await db.exec(LEDGER);
  await db.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK_KEY]);
  try {
    const applied = await db.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const known = new Map(applied.map((row) => [row.migration_name, row.checksum]));
    const done: string[] = [];
    for (const migration of migrations) {
      const checksum = known.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new MigrationError(
            `migration ${migration.name} was changed after it was applied (checksum ${checksum} in the database, ${migration.checksum} on disk)`,
          );
        }
        continue;
      }
      // The migration and its ledger row commit together, or neither does. The values are a UUID,
      // a hex digest and a folder name checked below: safe to inline.
      if (!/^[\w-]+$/.test(migration.name)) throw new MigrationError(`bad migration folder name: ${migration.name}`);
      const record = `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
        VALUES ('${crypto.randomUUID()}', '${migration.checksum}', now(), '${migration.name}', 1);`;
      try {
        await db.exec(`BEGIN;\n${migration.sql}\n;\n${record}\nCOMMIT;`);
      } catch (error) {
        await db.exec('ROLLBACK;').catch(() => undefined);
        throw new MigrationError(`migration ${migration.name} failed: ${(error as Error).message}`);
      }
      done.push(migration.name);
    }
    return done;
  } finally {
    await db.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY]);
  }
}
