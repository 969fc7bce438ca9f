import { describe, expect, it } from 'vitest';
import { LabelSet, normalizeLabel } from '../../src/templates/labels';

describe('normalizeLabel', () => {
  it('reads traditional characters as simplified', () => {
    expect(normalizeLabel('全年執行數')).toBe('全年执行数');
    expect(normalizeLabel('績效指標')).toBe('绩效指标');
  });

  it('leaves out pinyin readings inserted after characters, and keeps column letters', () => {
    expect(normalizeLabel('項(xiàng)目資金 (萬元)')).toBe('项目资金(万元)');
    expect(normalizeLabel('全年預(yù)算數(shù)(A)')).toBe('全年预算数(A)');
    expect(normalizeLabel('執(zhí)行率(B/A)')).toBe('执行率(B/A)');
  });

  it('keeps a bracketed latin text that is not a reading', () => {
    expect(normalizeLabel('预算执行(E/C)')).toBe('预算执行(E/C)');
    expect(normalizeLabel('文件(pdf)')).not.toBe('文件');
  });

  it('matches a traditional label against simplified synonyms', () => {
    expect(new LabelSet(['项目资金(万元)']).has(normalizeLabel('項(xiàng)目資金（萬元）'))).toBe(true);
  });
});
