/**
 * Telling a statement that PostgreSQL ended at the session's statement_timeout (SQLSTATE 57014,
 * "canceling statement due to statement timeout") from every other error. The API's connections
 * carry the request deadline as their statement_timeout; on a busy machine the server's clock can
 * end a statement before the request's own deadline timer has run, and that is the same outcome:
 * the request ran out of time.
 */

const TIMEOUT_MESSAGE = /canceling statement due to statement timeout/i;

/** Whether an error, or any error it wraps (Prisma's driver-adapter error included), is a statement timeout. */
export function isStatementTimeout(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const e = current as {
      code?: unknown;
      originalCode?: unknown;
      message?: unknown;
      originalMessage?: unknown;
      cause?: unknown;
      originalError?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    const code = e.originalCode ?? e.code;
    const message = typeof e.originalMessage === 'string' ? e.originalMessage : e.message;
    if (typeof message === 'string' && TIMEOUT_MESSAGE.test(message) && (code === undefined || code === '57014' || code === 'P2010')) {
      return true;
    }
    pending.push(e.cause, e.originalError, e.meta?.driverAdapterError);
  }
  return false;
}
