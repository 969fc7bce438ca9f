/**
 * Telling a statement that PostgreSQL ended before it finished (SQLSTATE 57014) from every other
 * error, and why:
 * - `timeout`: the session's statement_timeout. The API's connections carry the request deadline as
 *   their statement_timeout; on a busy machine the server's clock can end a statement before the
 *   request's own deadline timer has run, and that is the same outcome: the request ran out of time.
 * - `cancel`: a cancellation (pg_cancel_backend), which the API sends for the statements of a
 *   request abandoned at its deadline or by its client (src/db/cancellation.ts).
 */

export type StatementEnd = 'timeout' | 'cancel';

const MESSAGES: [RegExp, StatementEnd][] = [
  [/canceling statement due to statement timeout/i, 'timeout'],
  [/canceling statement due to user request/i, 'cancel'],
];

/** Why PostgreSQL ended the statement an error (or any error it wraps, Prisma's driver-adapter error included) reports; null for every other error. */
export function statementEnd(error: unknown): StatementEnd | null {
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
    if (typeof message === 'string' && (code === undefined || code === '57014' || code === 'P2010')) {
      const known = MESSAGES.find(([pattern]) => pattern.test(message));
      if (known) return known[1];
    }
    pending.push(e.cause, e.originalError, e.meta?.driverAdapterError);
  }
  return null;
}
