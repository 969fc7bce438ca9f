/**
 * A name wrapped over words in a spaced flat table (src/readers/flatGluedRows.ts, wrappedNameEnd): a
 * PDF's text box broke the cell's line, so a space stands inside the name. Read as one name only
 * where the words after it are figures; a text target may start anywhere in the words.
 */
import { describe, expect, it } from 'vitest';
import { cutRows } from '../../src/readers/flatGluedRows';

const chars = (s: string) => [...s].map((ch) => ({ ch, line: 1 }));
const schema = { shapes: ['name', 'value', 'value', 'score'] as ('name' | 'value' | 'score')[], mayOmitLast: 0 };
const texts = (s: string) => cutRows(chars(s), schema, true).rows.map((r) => r.map((c) => c.text));

describe('a name wrapped over words, spaced', () => {
  it('is one name when figures follow it', () => {
    expect(texts('服务外包离岸(万美元) 4500 4557.51 10 支持服务贸易、服务外 包企业数量 3 3 10')).toEqual([
      ['服务外包离岸(万美元)', '4500', '4557.51', '10'],
      ['支持服务贸易、服务外 包企业数量', '3', '3', '10'],
    ]);
    expect(texts('群众 满意度 ≥95% 98% 10')).toEqual([['群众 满意度', '≥95%', '98%', '10']]);
  });

  it('is not taken where a text follows the words (the target may start at any of them), nor across a figure', () => {
    // 企业国际质量提升 | 获得目的国 …: which words are the target and which the actual cannot be told.
    expect(cutRows(chars('企业国际质量提升 获得目的国 (地区)受 众欢迎 受目的国受 众欢迎显著 10'), schema, true).ways).not.toBe(1);
    // One word before the figures is a name as before; words with a digit are never part of a wrapped name.
    expect(texts('满意度 95% 98% 10')).toEqual([['满意度', '95%', '98%', '10']]);
    expect(cutRows(chars('满意度 第2批 95% 98% 10'), schema, true).ways).toBe(0);
    // A row that may end with a note (偏差原因): the note and the next name are never one wrapped name.
    const noted = { shapes: ['name', 'value', 'value', 'score', 'score', 'text'] as ('name' | 'value' | 'score' | 'text')[], mayOmitLast: 1 };
    expect(cutRows(chars('项目个数 8个 6个 6 4.5 未完成 覆盖人次 ≥757人次 783人次 6 6'), noted, true).rows.map((r) => r.map((c) => c.text))).toEqual([
      ['项目个数', '8个', '6个', '6', '4.5', '未完成'],
      ['覆盖人次', '≥757人次', '783人次', '6', '6'],
    ]);
  });
});
