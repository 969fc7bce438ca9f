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

/** Called inside a document load's transaction: the new version becomes visible when the load commits. */
export async function bumpDataVersion(tx: SqlWriter): Promise<void> {
  await tx.$executeRaw`UPDATE data_version SET version = version + 1 WHERE id = 1`;
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
