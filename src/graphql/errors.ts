/** Errors a client can act on: what was wrong with the request, with a machine-readable code. */
import { GraphQLError } from 'graphql';
import { isFiscalYear, MAX_YEAR, MIN_YEAR } from '../domain/fiscalYear';
import { apiText } from '../i18n/api';
import type { Text } from '../i18n/language';
import { LocalizedError } from '../i18n/localizedError';

export function badInput(text: Text, extra: Record<string, unknown> = {}): GraphQLError {
  return new LocalizedError(text, { extensions: { code: 'BAD_USER_INPUT', ...extra } });
}

/** A year outside any plausible fiscal year is an error; a plausible year with no data is not. */
export function checkYear(year: number): number {
  if (!isFiscalYear(year)) {
    throw badInput(apiText.invalidYear(year, MIN_YEAR, MAX_YEAR), { argument: 'year' });
  }
  return year;
}

export function checkRegionCode(code: string, argument = 'code'): string {
  if (!/^\d{6}$/.test(code)) {
    throw badInput(apiText.invalidRegionCode(code), { argument });
  }
  return code;
}

/** At most this many regions compared side by side. */
export const MAX_COMPARED_REGIONS = 50;

/** One to MAX_COMPARED_REGIONS region codes, each a GB/T 2260 code. */
export function checkRegionCodes(codes: readonly string[], argument = 'codes'): readonly string[] {
  if (codes.length === 0) throw badInput(apiText.noRegionCodes(), { argument });
  if (codes.length > MAX_COMPARED_REGIONS) throw badInput(apiText.tooManyRegions(MAX_COMPARED_REGIONS, codes.length), { argument });
  return codes.map((code) => checkRegionCode(code, argument));
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export function checkPageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(apiText.invalidPageSize(first, MAX_PAGE_SIZE), { argument: 'first' });
  }
  return first;
}

/** Cursors are opaque to clients; inside they are offsets into the sorted list. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor == null) return 0;
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput(apiText.invalidCursor(cursor), { argument: 'after' });
  return Number(match[1]) + 1;
}
