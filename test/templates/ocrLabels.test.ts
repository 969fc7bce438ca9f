/**
 * The OCR-tolerant label matcher (src/templates/ocrLabels.ts), on labels garbled as the corpus's
 * OCR-ed documents write them (Yinchuan's 初中公用经费 table) and on near misses that must not match.
 */
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../src/templates';
import { normalizeLabel } from '../../src/templates/labels';
import { editDistance, OcrLabels, tolerance } from '../../src/templates/ocrLabels';
import { labelsOf } from '../../src/templates/template';
import { LEVEL1, LEVEL2 } from '../../src/templates/vocabulary';

/** Every label the templates write, as the flattened-table reader matches them. */
const vocabulary = new OcrLabels([
  ...new Set([...TEMPLATES.flatMap(labelsOf), ...LEVEL1.synonyms, ...LEVEL2.synonyms].map(normalizeLabel)),
]);

describe('edit distance', () => {
  it('counts a character misread as one edit, a character split into two glyphs as one, a character dropped as two', () => {
    expect(editDistance('年初预匏数', '年初预算数')).toBe(1);
    expect(editDistance('项Fl资金', '项目资金')).toBe(1);
    expect(editDistance('项资金', '项目资金')).toBe(2);
    expect(editDistance('全年执行数', '全年预算数')).toBe(2);
  });
  it('tolerates one edit per four characters: none below four', () => {
    expect([tolerance(3), tolerance(4), tolerance(7), tolerance(8)]).toEqual([0, 1, 1, 2]);
  });
});

describe('labels garbled by OCR (Yinchuan 初中公用经费, ningxia-yinchuan-middle-school-public-funds)', () => {
  it.each([
    ['年初预匏数调整预算将,A、', '年初预算数', 5],
    ['调整预算将,A、', '调整预算数', 5],
    ['顼目名称初中公用经费', '项目名称', 4],
  ])('%s starts with %s', (text, label, length) => {
    expect(vocabulary.prefix(text)).toMatchObject({ label, length });
  });
  it.each([
    ['银川市教育局实施第位', '实施单位', 4],
    ['98财政审1度评分银川市第六中学项Fl资金(万兀)', '项目资金(万元)', 9],
    ['考值参分指标值(八)', '指标值(A)', 6],
  ])('%s ends with %s', (text, label, length) => {
    expect(vocabulary.suffix(text)).toMatchObject({ label, length });
  });
  it('keeps the fuller form of a label when both are close enough: 项目资金(万元), not (万元)', () => {
    expect(vocabulary.suffix('项Fl资金(万兀)')?.label).toBe('项目资金(万元)');
    expect(vocabulary.suffix('中学(万兀)')?.label).toBe('(万元)');
  });
});

describe('near misses are no labels', () => {
  it('two labels as close: neither (四级指标 is one edit from 一级, 二级 and 三级指标)', () => {
    expect(vocabulary.prefix('四级指标')).toBeNull();
    expect(vocabulary.suffix('项目四级指标')).toBeNull();
  });
  it('a label two characters away: 全年执行数 is no 全年预算数 misread', () => {
    expect(new OcrLabels(['全年预算数']).prefix('全年执行数')).toBeNull();
  });
  it('a label written exactly is that label, not a misread neighbour (质量指标 is one character from 数量指标)', () => {
    expect(new OcrLabels(['数量指标']).prefix('质量指标')).toMatchObject({ label: '数量指标', distance: 1 });
    expect(vocabulary.prefix('质量指标')).toMatchObject({ label: '质量指标', distance: 0 });
  });
  it('a short label never loses a character: a name ending in 专项资金 holds no 项目资金', () => {
    expect(vocabulary.suffix('劳动保障监察专项资金')).toBeNull();
  });
  it('labels of fewer than four characters match exactly only (执行率, 得分, 分值)', () => {
    const short = new OcrLabels(['执行率', '得分', '分值']);
    expect(short.prefix('执行卒')).toBeNull();
    expect(short.suffix('合计得份')).toBeNull();
  });
  it('a label whose end is misread too is no label where Chinese text goes on: 服务对象满意度种薯繁育… does not start with 服务对象满意度指标', () => {
    expect(new OcrLabels(['服务对象满意度指标']).prefix('服务对象满意度种薯繁育企业')).toBeNull();
    expect(new OcrLabels(['服务对象满意度指标']).prefix('服务对象满意度指杯')).toMatchObject({ label: '服务对象满意度指标' });
  });
  it('ordinary words near no label stay text', () => {
    expect(vocabulary.prefix('保障学校正常工作运行')).toBeNull();
    expect(vocabulary.suffix('改善学校的办学条件')).toBeNull();
  });
});
