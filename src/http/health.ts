/**
 * GET /health: 200 `{"status":"ok","database":…,"documents":n}` while the database answers (with
 * `"replica":true` when the reads go to a replica, which is then the database asked),
 * 503 `{"status":"unavailable","database":…}` while it does not — never the error itself (it may
 * name hosts or users).
 */
import type { RequestHandler } from 'express';
import type { Database } from '../db/database';
import type { DatabaseMonitor } from './databaseMonitor';

export function health(db: Database, monitor: DatabaseMonitor): RequestHandler {
  return async (_req, res) => {
    const unavailable = () => res.status(503).setHeader('Retry-After', '1').json({ status: 'unavailable', database: db.kind });
    if (!monitor.available) return void unavailable();
    try {
      // Counted where the reads go: with a replica, /health says whether reads are served.
      const [row] = await db.reader.$queryRaw<
        { documents: number }[]
      >`SELECT count(*)::int AS documents FROM source_document WHERE superseded_by_id IS NULL`;
      res.json({ status: 'ok', database: db.kind, ...(db.replica ? { replica: true } : {}), documents: row?.documents ?? 0 });
    } catch {
      monitor.markDown();
      unavailable();
    }
  };
}
