/** Turning an offset page from the database into a Relay connection. */
import { apiText } from '../i18n/api';
import { badInput, checkPageSize, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, MAX_PAGE_SIZE } from './errors';

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
    throw badInput(apiText.backwardPaging());
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

/**
 * Complexity of a connection field: its page size multiplies what is selected beneath it (capped
 * at the largest page, so an oversized `first` is refused by the page-size check with its own message).
 */
export function pageComplexity(args: { first?: number | null }) {
  return { field: 5, multiplier: Math.min(Math.max(args.first ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE) };
}
