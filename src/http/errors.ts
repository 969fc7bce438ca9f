/**
 * Every error the HTTP layer answers is JSON in GraphQL's error shape — never express's HTML
 * pages: unknown paths (404), unreadable or oversized bodies (400, 413), the database away (503,
 * e.g. an upload while the primary is down and a replica serves the reads) and anything unexpected
 * (500, details only when NODE_ENV=development) — in the request's language (src/http/language.ts).
 */
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from '../db/availability';
import { databaseUnavailable, errorBody } from '../graphql/requestErrors';
import { apiText } from '../i18n/api';
import type { Text } from '../i18n/language';
import { messageIn } from '../i18n/localizedError';
import { declareLanguage, languageOf, say } from './language';

export function sendError(res: Response, status: number, message: Text, code: string, extra: Record<string, unknown> = {}): void {
  if (res.headersSent) return;
  declareLanguage(res);
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify(errorBody(say(res, message), code, extra)));
}

/** A GraphQL error answered before or outside GraphQL execution, with its code. */
export function sendGraphQLError(res: Response, status: number, error: GraphQLError): void {
  if (res.headersSent) return;
  declareLanguage(res);
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify(errorBody(messageIn(error, languageOf(res)), String(error.extensions.code))));
}

export const notFound: RequestHandler = (req, res) => {
  sendError(res, 404, apiText.notFound(req.method, req.path), 'NOT_FOUND');
};

export function errorHandler(logger: Logger, development: boolean): ErrorRequestHandler {
  return (error: { type?: string; status?: number; message?: string; stack?: string }, req, res, _next) => {
    // The answer has already gone out (a request answered at its deadline): nothing to add.
    if (res.headersSent) {
      if (!res.writableEnded) res.end();
      return;
    }
    if (error.type === 'entity.too.large') {
      sendError(res, 413, apiText.bodyTooLarge(), 'PAYLOAD_TOO_LARGE');
    } else if (error.type === 'entity.parse.failed') {
      sendError(res, 400, apiText.bodyNotJson(), 'BAD_REQUEST');
    } else if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
      sendError(res, error.status, apiText.badRequest(error.message), 'BAD_REQUEST');
    } else if (isDatabaseUnavailable(error)) {
      logger.warn({ path: req.path }, 'database unavailable');
      res.setHeader('Retry-After', '1');
      sendGraphQLError(res, 503, databaseUnavailable());
    } else {
      logger.error({ err: error, path: req.path }, 'unexpected error');
      sendError(res, 500, apiText.internalError(), 'INTERNAL_SERVER_ERROR', development ? { stacktrace: error.stack?.split('\n') } : {});
    }
  };
}
