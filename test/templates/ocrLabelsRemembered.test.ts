/**
 * OcrLabels remembers its answers (src/templates/ocrLabels.ts): a text asked again is answered as
 * the first time — a match, or none for a near miss — and past the texts it keeps, it forgets and
 * answers anew, never wrongly.
 */
import { describe, expect, it } from 'vitest';
import { OcrLabels } from '../../src/templates/ocrLabels';

const labels = () => new OcrLabels(['年初预算数', '调整预算数', '项目资金(万元)', '实施单位', '一级指标', '二级指标', '三级指标']);

describe('remembered answers', () => {
  it('a text asked again gets the same answer, at either edge, and a near miss stays none', () => {
    const ocr = labels();
    for (let round = 0; round < 2; round++) {
      expect(ocr.prefix('年初预匏数调整预算将,A、')).toEqual({ label: '年初预算数', length: 5, distance: 1 });
      expect(ocr.suffix('银川市教育局实施第位')).toEqual({ label: '实施单位', length: 4, distance: 1 });
      // 四级指标 is one edit from each level label: neither, asked once or twice.
      expect(ocr.prefix('四级指标')).toBeNull();
      // The same text at the other edge is another question.
      expect(ocr.suffix('年初预匏数调整预算将,A、')).toBeNull();
    }
  });

  it('an answer given to one caller cannot be changed for the next', () => {
    const ocr = labels();
    const first = ocr.prefix('年初预匏数')!;
    expect(() => {
      (first as { label: string }).label = '调整预算数';
    }).toThrow(TypeError);
    expect(ocr.prefix('年初预匏数')).toEqual({ label: '年初预算数', length: 5, distance: 1 });
  });

  it('past the texts it keeps it forgets them all and answers each anew, the same', () => {
    const ocr = labels();
    expect(ocr.prefix('年初预匏数')).toMatchObject({ label: '年初预算数' });
    // More different texts than it keeps (20,000), none a label.
    for (let n = 0; n < 20_500; n++) expect(ocr.prefix(`文本${n}`)).toBeNull();
    expect(ocr.prefix('年初预匏数')).toMatchObject({ label: '年初预算数' });
    expect(ocr.suffix('银川市教育局实施第位')).toMatchObject({ label: '实施单位' });
  });
});
