/**
 * Rows of a scored indicator table that give no points of their own (src/templates/unscoredParts.ts):
 * two figures that cannot be points are the row's 指标值 and 全年实际值.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScoreCell } from '../../src/domain/reportedValue';
import { readDocument } from '../../src/ingest/readDocument';
import { readTextBlocks } from '../../src/readers/text';
import { isUnscoredPair } from '../../src/templates/unscoredParts';

const isPoints = (text: string) => parseScoreCell(text).status === 'OK';

describe('a row of two figures and no points', () => {
  it('is two figures with a unit, a per cent or a comparator', () => {
    expect(isUnscoredPair(['5.5亩', '5.5亩'], isPoints)).toBe(true);
    expect(isUnscoredPair(['≥90%', '95%'], isPoints)).toBe(true);
    expect(isUnscoredPair(['80头', '80头'], isPoints)).toBe(true);
  });

  it('is no row with a bare number (points), a text without a figure (a note), or other than two figures', () => {
    expect(isUnscoredPair(['10', '10'], isPoints)).toBe(false);
    expect(isUnscoredPair(['5.5亩', '10'], isPoints)).toBe(false);
    expect(isUnscoredPair(['≥90%', '尚未统计'], isPoints)).toBe(false);
    expect(isUnscoredPair(['达标', '达标'], isPoints)).toBe(false);
    expect(isUnscoredPair(['5亩'], isPoints)).toBe(false);
    expect(isUnscoredPair(['5亩', '5亩', '10'], isPoints)).toBe(false);
  });
});

describe('a 衔接资金 table with cells separated by spaces, its parts indented under the ★ indicators (安徽 萧县 杨楼镇)', () => {
  const text = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'documents', 'anhui-xiaoxian-yanglou-farming-subsidy.txt'), 'utf8');
  const doc = readDocument({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });
  const p = doc.projects[0]!;

  it('reads each part’s 指标值 and 全年实际值, with no points of its own', () => {
    const parts = p.indicators.map((i) => [i.name, i.target?.text, i.actual?.text, i.weight?.text ?? null, i.score?.text ?? null]);
    expect(parts).toEqual([
      ['红薯种植面积', '5.5亩', '5.5亩', null, null],
      ['梨树种植面积', '6亩', '6亩', null, null],
      ['桃种植面积', '1亩', '1亩', null, null],
      ['葡萄种植面积', '4.5亩', '4.5亩', null, null],
      ['苹果种植面积', '4.7亩', '4.7亩', null, null],
      ['猪养殖数量', '80头', '80头', null, null],
      ['牛养殖数量', '3头', '3头', null, null],
      ['鸡养殖数量', '500只', '500只', null, null],
      ['羊养殖数量', '283只', '283只', null, null],
    ]);
  });

  it('reports the ★ rows of two bare numbers (分值 and 得分, or 指标值 and 实际值?) instead of guessing, the 总分 row being cut off', () => {
    const reported = (p.readingProblems ?? []).map((x) => x.line);
    expect(reported).toEqual(expect.arrayContaining([29, 31, 36]));
  });
});
