/**
 * Whether the database is reachable, as the server last saw it. A statement that fails because
 * the database is away (or a pool reporting a dropped connection) marks it down; from then on the
 * server answers 503 at once, without queueing work on a dead pool, and pings the database every
 * second until it answers again — then it serves again by itself.
 */
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { Database } from '../db/database';
import { databaseUnavailable } from '../graphql/requestErrors';
import { sendGraphQLError } from './errors';

export class DatabaseMonitor {
  private down = false;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    private readonly intervalMs = 1_000,
  ) {}

  get available(): boolean {
    return !this.down;
  }

  /** Middleware: while the database is away, 503 DATABASE_UNAVAILABLE at once. */
  readonly gate: RequestHandler = (_req, res, next) => {
    if (this.available) return next();
    const error = databaseUnavailable();
    res.setHeader('Retry-After', '1');
    sendGraphQLError(res, 503, error);
  };

  markDown(): void {
    if (this.down || this.closed || this.db.kind !== 'postgresql') return;
    this.down = true;
    this.logger.warn({ database: this.db.kind }, 'database unavailable; answering 503 until it is back');
    this.schedule();
  }

  private schedule(): void {
    this.timer = setTimeout(() => void this.probe(), this.intervalMs);
    this.timer.unref();
  }

  private async probe(): Promise<void> {
    if (this.closed) return;
    if (await this.db.ping()) {
      this.down = false;
      this.logger.info({ database: this.db.kind }, 'database available again');
    } else {
      this.schedule();
    }
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
  }
}
