/**
 * ETags from the data version (src/db/dataVersion.ts). A read's answer depends only on the data
 * version, the request (method, path and query, body), who asks (their API key or role) and the
 * language it is answered in (chosen once per request: src/http/language.ts); its ETag is a hash of
 * those. A request whose If-None-Match holds the tag is answered 304 without running. GraphQL
 * responses carry the tag only when they have no errors (an error may be passing), set by
 * `etagPlugin`; other routes set `res.locals.etag` on their successful answers themselves.
 */
import crypto from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { callerOf } from '../api/auth';
import { keyIdOf, type Caller } from '../api/caller';
import { isDatabaseUnavailable } from '../db/availability';
import type { Database } from '../db/database';
import type { DatabaseMonitor } from './databaseMonitor';
import { languageOf } from './language';
import type { Context } from '../graphql/context';

/** Who asks, as far as it can change an answer. */
export function callerKey(caller: Caller): string {
  return `${caller.kind}:${caller.role ?? ''}:${keyIdOf(caller) ?? ''}`;
}

export function etagOf(parts: { version: string; method: string; url: string; body: unknown; caller: string; language: string }): string {
  const hash = crypto.createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 27);
  return `W/"v${parts.version}-${hash}"`;
}

/** Whether an If-None-Match header holds the tag (weak comparison, several tags or `*`). */
export function matches(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const weak = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || weak(t) === weak(tag));
}

/**
 * Reads the data version, gives the request its ETag (`res.locals.dataVersion`, `res.locals.etag`)
 * and answers 304 when the client holds it already. Mounted after authentication and body parsing.
 * A database found away while reading it is marked down and answered like the monitor's gate: 503.
 */
export function etagGate(db: Database, monitor: DatabaseMonitor): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    db.dataVersion().then(
      (version) => {
        const tag = etagOf({
          version,
          method: req.method,
          url: req.originalUrl,
          body: req.body ?? null,
          caller: callerKey(callerOf(res)),
          language: languageOf(res),
        });
        res.locals.dataVersion = version;
        res.locals.etag = tag;
        if (matches(req.get('if-none-match'), tag)) {
          res.setHeader('ETag', tag);
          res.status(304).end();
        } else next();
      },
      (error: unknown) => {
        if (!isDatabaseUnavailable(error)) return next(error);
        monitor.markDown();
        monitor.gate(req, res, next);
      },
    );
  };
}

/** Sets the request's ETag on a GraphQL response without errors. */
export const etagPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        const ok = response.body.kind === 'single' && !response.body.singleResult.errors?.length;
        if (ok && contextValue.etag) response.http.headers.set('etag', contextValue.etag);
      },
    };
  },
};
