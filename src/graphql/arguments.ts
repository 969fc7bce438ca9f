/**
 * Checks that arguments declare (src/graphql/checkedArgs.ts), so that resolvers receive valid
 * values: `year: t.arg.int({ required: true, extensions: checkedYear })`.
 */
import { checkedBy } from './checkedArgs';
import { checkRegionCode, checkRegionCodes, checkYear } from './errors';

/** A fiscal year (年度) between MIN_YEAR and MAX_YEAR; another is a BAD_USER_INPUT error naming it. */
export const checkedYear = checkedBy(checkYear);

/** A six-digit GB/T 2260 region code; another is a BAD_USER_INPUT error naming it and the argument. */
export const checkedRegionCode = checkedBy(checkRegionCode);

/** One to MAX_COMPARED_REGIONS GB/T 2260 region codes, each checked as `checkedRegionCode`. */
export const checkedRegionCodes = checkedBy(checkRegionCodes);
