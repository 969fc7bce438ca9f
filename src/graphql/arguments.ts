/**
 * Checks that arguments declare (src/graphql/checkedArgs.ts), so that resolvers receive valid
 * values: `year: t.arg.int({ required: true, extensions: checkedYear })`.
 */
import { checkedBy } from './checkedArgs';
import { checkYear } from './errors';

/** A fiscal year (年度) between MIN_YEAR and MAX_YEAR; another is a BAD_USER_INPUT error naming it. */
export const checkedYear = checkedBy(checkYear);
