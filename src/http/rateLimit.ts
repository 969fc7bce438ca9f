/**
 * Requests per minute per client: per API key (X-API-Key, or the Authorization header) when the
 * request carries one, else per address. Past the limit: 429 with a JSON error and Retry-After.
 */
import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { apiText } from '../i18n/api';
import { sendError } from './errors';

function clientKey(req: Parameters<RequestHandler>[0]): string {
  const key = req.get('x-api-key') ?? req.get('authorization');
  // Keys are kept hashed in memory, never as given.
  if (key) return `key:${createHash('sha256').update(key).digest('hex')}`;
  return `ip:${ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown')}`;
}

export function rateLimitPerClient(perMinute: number): RequestHandler {
  if (perMinute <= 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: clientKey,
    handler: (_req, res, _next, options) => {
      sendError(res, 429, apiText.rateLimited(Number(options.limit)), 'RATE_LIMITED');
    },
  });
}
