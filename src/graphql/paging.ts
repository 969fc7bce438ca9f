/** Turning an offset page from the database into a Relay connection. */
import { badInput, checkPageSize, decodeCursor, encodeCursor } from './errors';

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface OffsetPage {
  offset: number;
  limit: number;
}

/** Forward paging only: `first` (at most 100, 20 by default) and `after`. */
export function offsetPage(args: ConnectionArgs): OffsetPage {
  if (args.last != null || args.before != null) {
    throw badInput('Backward paging (`last`/`before`) is not supported: page forward with `first` and `after`.');
  }
  return { offset: decodeCursor(args.after), limit: checkPageSize(args.first) };
}

export function toConnection<T>(page: OffsetPage, rows: T[], totalCount: number, hasNextPage: boolean) {
  return {
    totalCount,
    edges: rows.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node })),
    pageInfo: {
      hasNextPage,
      hasPreviousPage: page.offset > 0,
      startCursor: rows.length > 0 ? encodeCursor(page.offset) : null,
      endCursor: rows.length > 0 ? encodeCursor(page.offset + rows.length - 1) : null,
    },
  };
}
