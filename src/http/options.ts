/** The HTTP server's protections as the app takes them, with the defaults of src/config.ts. */
import type { Config } from '../config';

export interface HttpOptions {
  /** Deadline of one request (ms); also the API's PostgreSQL statement_timeout. */
  requestTimeoutMs: number;
  /** GraphQL operations running at once. */
  maxConcurrent: number;
  /** How long a request may wait for its turn (ms) before a 503 "busy". */
  queueWaitMs: number;
  /** Rows one operation may load. */
  maxRows: number;
  /** Largest response body (bytes). */
  maxResponseBytes: number;
  /** Requests per minute per API key or address; 0: no limit. */
  rateLimitPerMinute: number;
  /** Origins allowed by CORS. */
  corsOrigins: string[];
  graphiql: boolean;
  introspection: boolean;
  /** Whole GraphQL responses cached until the data version moves (src/http/responseCache.ts). */
  responseCache: boolean;
}

export const DEFAULT_HTTP_OPTIONS: HttpOptions = {
  requestTimeoutMs: 10_000,
  maxConcurrent: 8,
  // Most of the deadline: 50 analysts comparing an indicator across a province's cities at once
  // (about 170 ms each at scale 1 on 2 cores) wait about 4.5 s for their turn, which 3 s refused
  // with 503 SERVER_BUSY; 2 s are left to run, and a request whose deadline comes first waits less.
  queueWaitMs: 8_000,
  maxRows: 50_000,
  maxResponseBytes: 8 * 1024 * 1024,
  rateLimitPerMinute: 600,
  corsOrigins: [],
  graphiql: true,
  introspection: true,
  responseCache: true,
};

export function httpOptionsFrom(config: Config): HttpOptions {
  return {
    requestTimeoutMs: config.JIXIAO_REQUEST_TIMEOUT_MS,
    maxConcurrent: config.JIXIAO_MAX_CONCURRENT,
    queueWaitMs: config.JIXIAO_QUEUE_WAIT_MS,
    maxRows: config.JIXIAO_MAX_ROWS,
    maxResponseBytes: config.JIXIAO_MAX_RESPONSE_BYTES,
    rateLimitPerMinute: config.JIXIAO_RATE_LIMIT,
    corsOrigins: config.JIXIAO_CORS_ORIGINS,
    graphiql: config.JIXIAO_GRAPHIQL,
    introspection: config.JIXIAO_INTROSPECTION,
    responseCache: config.JIXIAO_RESPONSE_CACHE,
  };
}
