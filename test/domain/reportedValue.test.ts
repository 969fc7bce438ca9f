import { describe, expect, it } from 'vitest';
import { parseExecutionRate, parseMoneyWan, parseRateCell, parseReportedValue, parseScoreCell, type Comparator } from '../../src/domain';

describe('reported values are read with their unit and comparator (seeds/README "Values are free text")', () => {
  const numbers: Array<[string, number, string | null, Comparator]> = [
    // 000 12333: 全年话务总量 8万 → 11.3万
    ['8万', 80_000, null, 'EQ'],
    ['11.3万', 113_000, null, 'EQ'],
    // 003 发放创业担保贷款金额 2亿元: indicator values are in base units (元)
    ['2亿元', 200_000_000, '元', 'EQ'],
    // 003 全年城镇新增就业人数 4.97万人
    ['4.97万人', 49_700, '人', 'EQ'],
    ['98%', 0.98, '%', 'EQ'],
    ['≥95%', 0.95, '%', 'GE'],
    // 001 贴息利率 ≤2.5%
    ['≤2.5%', 0.025, '%', 'LE'],
    ['>90%', 0.9, '%', 'GT'],
    // 001 人事局工作经费: "<10 万 元" with spaces inside
    ['<10 万 元', 100_000, '元', 'LT'],
    ['7.14 万 元', 71_400, '元', 'EQ'],
    ['大于98%', 0.98, '%', 'GT'],
    // 000 社保局: 98%> and 3000人次> mean "at least"
    ['98%>', 0.98, '%', 'GE'],
    ['>98%', 0.98, '%', 'GT'],
    ['3000人次>', 3000, '人次', 'GE'],
    // 000 人社专项经费: 1200余人次 (about 1200), 约1600人次
    ['1200余人次', 1200, '人次', 'ABOUT'],
    ['约1600人次', 1600, '人次', 'ABOUT'],
    // 003 城镇登记失业率 4.5%以内
    ['4.5%以内', 0.045, '%', 'LE'],
    // 003 中级职称评审通过率 不超过80%
    ['不超过80%', 0.8, '%', 'LE'],
    ['未超过80%', 0.8, '%', 'LE'],
    ['不低于90%', 0.9, '%', 'GE'],
    ['小于3次', 3, '次', 'LT'],
    ['500人以上', 500, '人', 'GE'],
    ['95%以上', 0.95, '%', 'GE'],
    // 000 社会保险综合服务: 近19万件
    ['近19万件', 190_000, '件', 'ABOUT'],
    ['9万余份', 90_000, '份', 'ABOUT'],
    ['0', 0, null, 'EQ'],
    ['100分', 100, '分', 'EQ'],
    // 002 (通城县): ≤60 日
    ['≤60 日', 60, '日', 'LE'],
    ['≤2520 元/人', 2520, '元/人', 'LE'],
    ['1,200', 1200, null, 'EQ'],
    // full-width digits and ％
    ['９８％', 0.98, '%', 'EQ'],
    ['≥９５％', 0.95, '%', 'GE'],
    // 000 就业局: LaTeX left by PDF extraction
    ['$\\geq 95\\%$', 0.95, '%', 'GE'],
  ];
  it.each(numbers)('%s → %d %s (%s)', (text, value, unit, comparator) => {
    const v = parseReportedValue(text);
    expect(v.kind).toBe('NUMBER');
    if (v.kind !== 'NUMBER') return;
    expect(v.value).toBeCloseTo(value, 9);
    expect(v.unit).toBe(unit);
    expect(v.comparator).toBe(comparator);
    expect(v.raw).toBe(text);
  });

  it('keeps a bracketed remark as a note: 003 "98% (新目标)"', () => {
    const v = parseReportedValue('98% (新目标)');
    expect(v).toMatchObject({ kind: 'NUMBER', value: 0.98, unit: '%', note: '新目标' });
  });

  const judgements: Array<[string, string]> = [
    ['达标', 'ACHIEVED'],
    ['及时', 'ACHIEVED'],
    ['已完成', 'ACHIEVED'],
    ['完成', 'ACHIEVED'],
    ['保障', 'ACHIEVED'],
    ['提高', 'ACHIEVED'],
    ['符合', 'ACHIEVED'],
    ['良好', 'ACHIEVED'],
    ['合规', 'ACHIEVED'],
    ['健全', 'ACHIEVED'],
    ['真实', 'ACHIEVED'],
    ['规范', 'ACHIEVED'],
    ['合理', 'ACHIEVED'],
    ['科学', 'ACHIEVED'],
    ['完整', 'ACHIEVED'],
    ['相关', 'ACHIEVED'],
    ['确保', 'ACHIEVED'],
    ['促进', 'ACHIEVED'],
    ['增加', 'ACHIEVED'],
    ['明显提高', 'ACHIEVED'],
    ['长期', 'ACHIEVED'],
    ['已按月拨付', 'ACHIEVED'],
    ['部分完成', 'PARTLY'],
    ['基本完成', 'PARTLY'],
    ['未完成', 'NOT_ACHIEVED'],
    ['未开展', 'NOT_ACHIEVED'],
    ['未达标', 'NOT_ACHIEVED'],
    // 003 北京院士专家十堰行
    ['受疫情影响本年未开展“北京院士专家行活动”', 'NOT_ACHIEVED'],
  ];
  it.each(judgements)('%s → %s', (text, judgement) => {
    expect(parseReportedValue(text)).toEqual({ kind: 'QUALITATIVE', raw: text, judgement });
  });

  const texts: Array<[string, RegExp]> = [
    ['1,2.3万', /malformed/],
    // a decimal comma in a percentage is refused, never read as 10 or 100
    ['10,0%', /decimal comma/],
    ['≥9,8%', /decimal comma/],
    ['23,00人次', /malformed/],
    ['0,.30%', /malformed/],
    ['12 月底前', /date|deadline/],
    ['2021年9月底前', /date|deadline/],
    ['8月31日前', /date|deadline/],
    ['未设定', /no value set/],
    ['全年', /not a recognised judgement/],
    ['', /empty/],
    ['—', /empty/],
    // 000 三支一扶: "65人%" mixes a count and a percentage
    ['65人%', /unit/],
    // 003: a sentence around the number is not read
    ['全市新增返乡创业3377人', /not a number/],
  ];
  it.each(texts)('%s stays text', (text, reason) => {
    const v = parseReportedValue(text);
    expect(v.kind).toBe('TEXT');
    if (v.kind === 'TEXT') {
      expect(v.reason).toMatch(reason);
      expect(v.raw).toBe(text);
    }
  });
});

describe('table cells (amounts in 万元, rates as fractions, scores in points)', () => {
  it.each([
    ['45', 45],
    ['140万元', 140],
    ['2亿元', 20_000],
    ['1,693.24', 1693.24],
    ['18.00', 18],
    ['5000元', 0.5],
    // A page republished in traditional characters writes the units 萬 and 億.
    ['10萬', 10],
    ['3.5萬元', 3.5],
    ['2億元', 20_000],
    // A spreadsheet's currency format, as displayed: the sign is no part of the figure.
    ['¥1,234.56', 1234.56],
    ['￥880', 880],
    ['-¥5.00', -5],
    ['¥50000元', 5],
  ])('amount %s → %d 万元', (text, value) => {
    const cell = parseMoneyWan(text);
    expect(cell.status).toBe('OK');
    expect(cell.value).toBeCloseTo(value, 9);
  });

  it.each(['-', '—', '', '  '])('amount "%s" is empty, not zero', (text) => {
    expect(parseMoneyWan(text)).toMatchObject({ status: 'EMPTY', value: null });
  });

  it('a malformed amount is invalid with a reason', () => {
    expect(parseMoneyWan('约四十万')).toMatchObject({ status: 'INVALID', value: null, reason: expect.stringContaining('not an amount') });
    expect(parseMoneyWan('1,2.3')).toMatchObject({ status: 'INVALID' });
    expect(parseMoneyWan('¥')).toMatchObject({ status: 'INVALID' });
    expect(parseMoneyWan('¥¥5')).toMatchObject({ status: 'INVALID' });
  });

  it.each([
    ['98.44%', 0.9844, 4],
    ['77.64', 0.7764, 4], // 000 劳动保障监察办案: rate column without %
    ['100.00', 1, 4],
    ['13.3%', 0.133, 3],
    ['99%', 0.99, 2],
  ])('rate %s → %d (precision %d)', (text, value, decimals) => {
    const cell = parseRateCell(text);
    expect(cell).toMatchObject({ status: 'OK', decimals });
    expect(cell.value).toBeCloseTo(value, 9);
  });

  it.each([
    ['100分', 100, 0],
    ['20.00', 20, 2],
    ['(18分)', 18, 0],
    ['（18分）', 18, 0],
    ['92分', 92, 0],
  ])('score %s → %d', (text, value, decimals) => {
    expect(parseScoreCell(text)).toMatchObject({ status: 'OK', value, decimals });
  });

  it('a non-score is invalid with a reason', () => {
    expect(parseScoreCell('九十分')).toMatchObject({ status: 'INVALID', reason: expect.stringContaining('not a score') });
  });
});

describe('an execution rate (执行率) written without its % sign, read beside its amounts', () => {
  it('is the fraction 执行数/预算数 only where the amounts say so, else a percentage', () => {
    expect(parseExecutionRate('1', 1.56, 1.56)).toMatchObject({ status: 'OK', value: 1 });
    expect(parseExecutionRate('0.98', 100, 98)).toMatchObject({ status: 'OK', value: 0.98 });
    // 1% of the budget executed: the percentage reading.
    expect(parseExecutionRate('1', 100, 1)).toMatchObject({ status: 'OK', value: 0.01 });
    // The amounts do not confirm the fraction (B/A = 0.9): as written, a percentage.
    expect(parseExecutionRate('1', 100, 90)).toMatchObject({ status: 'OK', value: 0.01 });
    expect(parseExecutionRate('100', 50, 50)).toMatchObject({ status: 'OK', value: 1 });
    expect(parseExecutionRate('1', null, 1.56)).toMatchObject({ status: 'OK', value: 0.01 });
    expect(parseExecutionRate('100%', 1, 1)).toMatchObject({ status: 'OK', value: 1 });
  });

  it('a fraction to more decimals agrees to the decimals written (a spreadsheet’s 0.000 format shows 4.49 / 4.54 as 0.989)', () => {
    expect(parseExecutionRate('0.989', 4.54, 4.49)).toMatchObject({ status: 'OK', value: 0.989, decimals: 3 });
    expect(parseExecutionRate('0.754296875', 76.8, 57.93)).toMatchObject({ status: 'OK', value: 0.754296875 });
    // Not the quotient to the decimals written: a percentage, as written.
    expect(parseExecutionRate('0.979', 4.54, 4.49)).toMatchObject({ status: 'OK', value: 0.00979 });
  });
});
