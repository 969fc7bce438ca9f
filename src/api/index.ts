/**
 * The writing side of the HTTP API and who may read: authentication for every request, the
 * upload and admin routes under /api, and the gate in front of /graphql when reading needs a key
 * (JIXIAO_READ_ACCESS=key). Mounted by src/app.ts.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { Database } from '../db/database';
import { say } from '../http/language';
import { apiText } from '../i18n/api';
import { adminRouter } from './admin';
import { callerOf, createAuthenticator } from './auth';
import { uploadRouter } from './upload';

export interface ApiOptions {
  /** `key`: reading (GraphQL) needs a key of any role too. */
  readAccess?: 'open' | 'key';
  /** Largest uploaded document, in MiB. */
  uploadLimitMb?: number;
  /** How long after the last upload that wrote documents the planner's statistics are refreshed (ANALYZE), ms. */
  statisticsQuietMs?: number;
  /** How long one uploaded document may take to read (JIXIAO_READ_TIMEOUT_MS), ms. */
  readTimeLimitMs?: number;
  /** The module the upload reading thread runs (src/ingest/readingWorker.ts); tests give one that misbehaves. */
  readingWorker?: URL;
}

export interface Api {
  authenticate: express.RequestHandler;
  router: express.Router;
  readGate: express.RequestHandler;
  /** The key this server's local clients read from its lock file. */
  localKey: string;
  /** Ends what the routes schedule and run (the statistics refresh after uploads, the upload reading thread). */
  close(): Promise<void>;
}

export function createApi(db: Database, logger: Logger, options: ApiOptions = {}): Api {
  const auth = createAuthenticator(db.prisma);
  const router = express.Router();
  const upload = uploadRouter(db, logger, {
    limitMb: options.uploadLimitMb ?? 50,
    statisticsQuietMs: options.statisticsQuietMs ?? 5_000,
    readTimeLimitMs: options.readTimeLimitMs,
    readingWorker: options.readingWorker,
  });
  router.use(upload.router);
  router.use(adminRouter(db));
  router.use((_req: Request, res: Response) => {
    res.status(404).json({ error: say(res, apiText.noSuchEndpoint()) });
  });
  return {
    authenticate: auth.middleware,
    router,
    localKey: auth.localKey,
    close: upload.close,
    readGate(_req: Request, res: Response, next: NextFunction) {
      if (options.readAccess === 'key' && callerOf(res).role === null) res.status(401).json({ error: say(res, apiText.readKeyRequired()) });
      else next();
    },
  };
}
