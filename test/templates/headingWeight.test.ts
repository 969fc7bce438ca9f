/** A heading's weight kept as written, brackets and spaces included (src/templates/headingWeight.ts). */
import { describe, expect, it } from 'vitest';
import { headingWeightAsWritten } from '../../src/templates/headingWeight';

describe('a heading’s weight as written', () => {
  it('is its last bracketed points', () => {
    expect(headingWeightAsWritten('预算执行情况 (万元) (20分)')).toBe('(20分)');
    expect(headingWeightAsWritten('预算执行情况（万元）（20 分）')).toBe('（20 分）');
    expect(headingWeightAsWritten('年度绩效目标(80.5分)')).toBe('(80.5分)');
  });

  it('is nothing without points in brackets', () => {
    expect(headingWeightAsWritten('预算执行情况 (万元)')).toBeNull();
    expect(headingWeightAsWritten('预算执行情况 20分')).toBeNull();
    expect(headingWeightAsWritten('预算执行情况 (20%)')).toBeNull();
  });
});
