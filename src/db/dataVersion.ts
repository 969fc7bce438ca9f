/**
 * The data version (数据版本): the data changes only when a document load commits, and every
 * load bumps this number in its own transaction — so whatever was computed at version v stays
 * right until the version moves. Responses carry it in their ETag and the response cache is keyed
 * by it (src/http/etag.ts, src/http/responseCache.ts). Several API processes share it through the
 * database.
 */
import type { SqlWriter } from './transaction';

/** The version now: one row by its primary key. */
export const READ_DATA_VERSION = 'SELECT version::text AS version FROM data_version WHERE id = 1';

/** Where a new version is announced (NOTIFY), for the API processes listening (src/db/listenedVersion.ts). */
export const DATA_VERSION_CHANNEL = 'jixiao_data_version';

/**
 * Called inside a document load's transaction: the new version becomes visible, and is announced
 * on DATA_VERSION_CHANNEL, when the load commits (PostgreSQL sends a transaction's notifications
 * at its commit, none if it rolls back).
 */
export async function bumpDataVersion(tx: SqlWriter): Promise<void> {
  await tx.$executeRaw`
    WITH bumped AS (UPDATE data_version SET version = version + 1 WHERE id = 1 RETURNING version)
    SELECT pg_notify(${DATA_VERSION_CHANNEL}, version::text) FROM bumped`;
}

/**
 * One read serving every request that asks in the same turn of the event loop: a read always
 * starts after the requests it serves arrived, so none gets a version older than its arrival.
 */
export function sharedRead(read: () => Promise<string>): () => Promise<string> {
  let next: Promise<string> | null = null;
  return () => {
    next ??= new Promise<string>((resolve, reject) => {
      setImmediate(() => {
        next = null;
        read().then(resolve, reject);
      });
    });
    return next;
  };
}
