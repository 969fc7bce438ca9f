/**
 * The planner's statistics brought up to date (ANALYZE) after a bulk load. PostgreSQL plans each
 * statement by its tables' sizes and value distributions, which a load changes wholesale. A
 * server's autovacuum analyzes in its own time (once a tenth of a table has changed, on its next
 * round); the embedded PGlite runs no autovacuum, and its statistics stay those of the database
 * before the load until something analyzes it. Measured (bench:profile, PostgreSQL, scale 1 just
 * loaded by `npm run generate -- --load`): RegionProjects p50 54 ms before ANALYZE, 10.6 ms after;
 * the ANALYZE itself samples a bounded number of rows per table (about a second at that scale).
 */
import type { Logger } from 'pino';
import type { Database } from './database';

export async function refreshStatistics(db: Database): Promise<void> {
  await db.script.exec('ANALYZE');
}

/** Refreshes the statistics once loads have settled (see `statisticsAfterLoads`). */
export interface SettledStatistics {
  /** Documents were written: analyze once `quietMs` pass with no other load. */
  loaded(): void;
  /** No refresh after this (the server is closing). */
  close(): void;
}

/**
 * The server's ANALYZE after uploads: one, once `quietMs` pass with no further load — a folder
 * sent one document per request (`npm run import` through a running server) is analyzed once, at
 * its end — run through `serialize` (the uploads' queue) so that it never meets a load half-way.
 * Its timer keeps no process alive; a refresh that fails is logged, not thrown.
 */
export function statisticsAfterLoads(
  db: Database,
  logger: Logger,
  serialize: (task: () => Promise<void>) => Promise<void>,
  quietMs: number,
): SettledStatistics {
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  return {
    loaded() {
      if (closed) return;
      cancel();
      timer = setTimeout(() => {
        timer = null;
        serialize(() => (closed ? Promise.resolve() : refreshStatistics(db))).catch((error: unknown) =>
          logger.warn({ err: error }, 'the statistics could not be refreshed after the uploads (ANALYZE)'),
        );
      }, quietMs);
      timer.unref();
    },
    close() {
      closed = true;
      cancel();
    },
  };
}
