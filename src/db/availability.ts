/**
 * Telling "the database is away" (restarting, failing over, refusing or dropping connections) from
 * every other error, and retrying a bounded number of times when it is. Connection strings, hosts
 * and passwords never appear in what is reported: the error says only that the database is away.
 */

/** Raised when the database could not be reached (after retries, where there were any). */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  constructor(detail?: string) {
    super(`the database is unavailable${detail ? ` (${detail})` : ''}`);
  }
}

/** Node socket errors of a connection that failed or broke. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** Prisma's codes for an unreachable server, a dropped connection, an exhausted pool. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1017', 'P2024']);
/** PostgreSQL SQLSTATEs: shutting down (57P01–57P03), too many connections (53300). Class 08 is a connection exception. */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const MESSAGES = [
  /Connection terminated/i,
  /connection error/i,
  /terminating connection/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /Can't reach database server/i,
  /Server has closed the connection/i,
  /timeout exceeded when trying to connect/i,
  /Client was closed and is not queryable/i,
  /Connection is closed/i,
];

function codesOf(error: unknown): string[] {
  const e = error as { code?: unknown; errorCode?: unknown; cause?: unknown; originalCode?: unknown; kind?: unknown };
  return [e.code, e.errorCode, e.originalCode, e.kind].filter((c): c is string => typeof c === 'string');
}

/** Whether an error (or any error it wraps) says the database could not be reached or went away. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    if (current instanceof DatabaseUnavailableError) return true;
    for (const code of codesOf(current)) {
      if (SOCKET_CODES.has(code) || PRISMA_CODES.has(code) || SQLSTATES.has(code) || /^08/.test(code)) return true;
      if (code === 'DatabaseNotReachable' || code === 'ConnectionClosed' || code === 'TooManyConnections') return true;
    }
    const message = (current as { message?: unknown }).message;
    if (typeof message === 'string' && MESSAGES.some((m) => m.test(message))) return true;
    const next = current as { cause?: unknown; originalError?: unknown; errors?: unknown[] };
    if (Array.isArray(next.errors) && next.errors.some(isDatabaseUnavailable)) return true;
    current = next.cause ?? next.originalError;
  }
  return false;
}

export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Wait before the second attempt; doubled each time, up to 8 s. */
  initialDelayMs: number;
  onRetry?: (attempt: number, error: unknown) => void;
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 6, initialDelayMs: 500 };

/** Set when a retry gave up: the next call tries once only, until a call succeeds again. */
let gaveUp = false;

/**
 * Runs `fn`, and again after a pause while it fails because the database is away (bounded:
 * 6 attempts over ~15 s by default). Other errors are thrown at once; when the database stays
 * away, a DatabaseUnavailableError says so — and later calls fail after one attempt instead of
 * waiting again, until the database answers (an importer does not spend 15 s on every remaining file).
 */
export async function withDatabaseRetry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = DEFAULT_RETRY): Promise<T> {
  let delay = options.initialDelayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await fn(attempt);
      gaveUp = false;
      return result;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      if (attempt >= options.attempts || gaveUp) {
        gaveUp = true;
        throw new DatabaseUnavailableError(`gave up after ${attempt} attempt${attempt === 1 ? '' : 's'}`);
      }
      options.onRetry?.(attempt, error);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 8_000);
    }
  }
}
