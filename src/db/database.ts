/**
 * The database: an embedded PGlite in a data directory by default, a PostgreSQL server when
 * DATABASE_URL names one. Both speak the same SQL; the Prisma client reaches either through a
 * driver adapter, and migrations run through the same connection (src/db/migrate.ts).
 */
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma';
import { acquireDataDirLock, type DataDirLock } from './lock';

/** Runs a script of SQL statements (migrations) outside Prisma. */
export interface ScriptRunner {
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Database {
  kind: 'pglite' | 'postgresql';
  /** Where it lives: the data directory, or the server URL without its password. */
  location: string;
  prisma: PrismaClient;
  script: ScriptRunner;
  /** The lock this process holds on an embedded data directory (src/db/lock.ts); null otherwise. */
  lock: DataDirLock | null;
  /** SQL statements issued through Prisma since the database was opened (for tests and benchmarks). */
  statementCount(): number;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgresql:// URL; absent for the embedded PGlite. */
  url?: string;
  /** PGlite data directory; `memory://` for a throw-away in-memory database. */
  dataDir: string;
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgresql://(unparseable)';
  }
}

function withStatementCounter(prisma: PrismaClient): () => number {
  let count = 0;
  prisma.$on('query' as never, () => {
    count += 1;
  });
  return () => count;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    // One connection for scripts (migrations hold a session-level advisory lock on it).
    const pool = new pg.Pool({ connectionString: options.url, max: 1 });
    // Fail now, with the server's own words, rather than at the first query.
    const probe = await pool.connect().catch(async (error: Error) => {
      await pool.end();
      throw new Error(`cannot connect to ${redact(options.url!)}: ${error.message}`);
    });
    probe.release();
    const prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: options.url, max: 10 }),
      log: [{ emit: 'event', level: 'query' }],
    });
    const statementCount = withStatementCounter(prisma);
    return {
      kind: 'postgresql',
      location: redact(options.url),
      prisma,
      statementCount,
      lock: null,
      script: {
        async exec(sql) {
          await pool.query(sql);
        },
        async query<T>(sql: string, params: unknown[] = []) {
          const result = await pool.query(sql, params);
          return result.rows as T[];
        },
      },
      async close() {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }

  const inMemory = options.dataDir.startsWith('memory://');
  // One process at a time on a data directory: taken before PGlite touches it.
  const lock = inMemory ? null : acquireDataDirLock(options.dataDir);
  if (!inMemory) fs.mkdirSync(options.dataDir, { recursive: true });
  const lite = new PGlite(options.dataDir);
  await lite.waitReady.catch((error: unknown) => {
    lock?.release();
    throw error;
  });
  const prisma = new PrismaClient({
    // pglite-prisma-adapter is typed against an older @prisma/driver-adapter-utils; the interface it
    // implements at run time is the same.
    adapter: new PrismaPGlite(lite) as unknown as PrismaPg,
    log: [{ emit: 'event', level: 'query' }],
  });
  const statementCount = withStatementCounter(prisma);
  return {
    kind: 'pglite',
    location: options.dataDir,
    prisma,
    statementCount,
    lock,
    script: {
      async exec(sql) {
        await lite.exec(sql);
      },
      async query<T>(sql: string, params: unknown[] = []) {
        const result = await lite.query<T>(sql, params);
        return result.rows;
      },
    },
    async close() {
      await prisma.$disconnect();
      await lite.close();
      lock?.release();
    },
  };
}
