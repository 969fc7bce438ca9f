/**
 * A rate written with its digits cut rather than rounded (src/templates/cutRates.ts) still tells
 * where a short funding row's cells go: 31.69 / 32.4 is 97.809…%, written 97.80%.
 */
import { describe, expect, it } from 'vitest';
import { parseMoneyWan, parseRateCell, parseScoreCell } from '../../src/domain/reportedValue';
import { rateWrittenAgrees } from '../../src/templates/cutRates';
import { isPlaceholder } from '../../src/templates/labels';
import { fundingRowAgrees, placeShortRow } from '../../src/templates/placement';
import type { FundingRole } from '../../src/templates/template';

const FUNDING: FundingRole[] = ['initialBudget', 'budget', 'executed', 'weight', 'executionRate', 'score'];
const fits = (role: FundingRole, text: string): boolean => {
  if (isPlaceholder(text)) return true;
  if (role === 'executionRate') return parseRateCell(text).status === 'OK';
  if (role === 'weight' || role === 'score') return parseScoreCell(text).status === 'OK';
  return parseMoneyWan(text).status === 'OK';
};
const place = (cells: string[]) =>
  placeShortRow(cells, FUNDING, { fits, required: [], agrees: fundingRowAgrees(FUNDING) })?.map((k) => FUNDING[k] ?? null) ?? null;

describe('a rate written cut', () => {
  it('agrees with the ratio it was cut from, as a rounded one does', () => {
    expect(rateWrittenAgrees(2 / 3, 0.6666, 4)).toBe(true); // 66.666…% cut to 66.66%
    expect(rateWrittenAgrees(2 / 3, 0.6667, 4)).toBe(true); // rounded
    expect(rateWrittenAgrees(2 / 3, 0.6665, 4)).toBe(false);
    expect(rateWrittenAgrees(2 / 3, 0.6668, 4)).toBe(false);
  });

  it('places a funding row short of one cell whose rate was cut: the two amounts are 全年预算数 and 全年执行数', () => {
    // 12.34 / 18 = 68.555…%: rounded 68.56%, cut 68.55%.
    expect(place(['18', '12.34', '10', '68.55%', '6.9'])).toEqual(['budget', 'executed', 'weight', 'executionRate', 'score']);
    expect(place(['18', '12.34', '10', '68.56%', '6.9'])).toEqual(['budget', 'executed', 'weight', 'executionRate', 'score']);
  });

  it('does not take a rate below the ratio by more than its last digit', () => {
    expect(place(['18', '12.34', '10', '68.54%', '6.9'])).toBeNull();
  });
});
