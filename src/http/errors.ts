/**
 * Every error the HTTP layer answers is JSON in GraphQL's error shape — never express's HTML
 * pages: unknown paths (404), unreadable or oversized bodies (400, 413), and anything unexpected
 * (500, details only when NODE_ENV=development).
 */
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { errorBody } from '../graphql/requestErrors';

export function sendError(res: Response, status: number, message: string, code: string, extra: Record<string, unknown> = {}): void {
  if (res.headersSent) return;
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify(errorBody(message, code, extra)));
}

export const notFound: RequestHandler = (req, res) => {
  sendError(res, 404, `Not found: ${req.method} ${req.path}`, 'NOT_FOUND');
};

export function errorHandler(logger: Logger, development: boolean): ErrorRequestHandler {
  return (error: { type?: string; status?: number; message?: string; stack?: string }, req, res, _next) => {
    // The answer has already gone out (a request answered at its deadline): nothing to add.
    if (res.headersSent) {
      if (!res.writableEnded) res.end();
      return;
    }
    if (error.type === 'entity.too.large') {
      sendError(res, 413, 'Request body too large.', 'PAYLOAD_TOO_LARGE');
    } else if (error.type === 'entity.parse.failed') {
      sendError(res, 400, 'The request body is not valid JSON.', 'BAD_REQUEST');
    } else if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
      sendError(res, error.status, error.message ?? 'Bad request.', 'BAD_REQUEST');
    } else {
      logger.error({ err: error, path: req.path }, 'unexpected error');
      sendError(res, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR', development ? { stacktrace: error.stack?.split('\n') } : {});
    }
  };
}
