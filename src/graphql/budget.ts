/**
 * What one request may cost while it runs: it stops when the request is abandoned (deadline
 * passed, client gone), and it may load at most so many rows. The static complexity limit counts
 * an unpaged list (a province's department evaluations, a level's regions, an organization list)
 * as 10 items; at province scale such a list holds thousands, so a query within the complexity
 * limit could still load hundreds of thousands of rows. The row budget bounds what it really loads.
 */
import { GraphQLError } from 'graphql';
import { requestAbandoned, resultTooLarge } from './requestErrors';

/** Why a request was abandoned: the error it is answered with (none when the client went away) and its HTTP status. */
export interface AbandonReason {
  error: GraphQLError | null;
  status: number;
}

export const DEFAULT_MAX_ROWS = 50_000;

export class RequestBudget {
  private rows = 0;

  constructor(
    readonly maxRows: number = DEFAULT_MAX_ROWS,
    readonly signal?: AbortSignal,
    /** Called when the budget is exceeded, with the error the request is answered with. */
    private readonly onExceeded?: (error: GraphQLError) => void,
  ) {}

  /** Throws when the request was abandoned: nothing more is loaded or resolved for it. */
  check(): void {
    if (!this.signal?.aborted) return;
    const reason = this.signal.reason as Partial<AbandonReason> | undefined;
    throw reason?.error instanceof GraphQLError ? reason.error : requestAbandoned();
  }

  /** Counts the rows a batch loaded (a list counts its items, a page its rows, anything else 1). */
  charge(values: readonly unknown[]): void {
    for (const value of values) {
      if (Array.isArray(value)) this.rows += value.length;
      else if (value && typeof value === 'object' && Array.isArray((value as { rows?: unknown }).rows))
        this.rows += (value as { rows: unknown[] }).rows.length;
      else this.rows += 1;
    }
    if (this.rows > this.maxRows) {
      const error = resultTooLarge('rows', this.maxRows);
      this.onExceeded?.(error);
      throw error;
    }
  }
}
