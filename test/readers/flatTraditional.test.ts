/**
 * Flattened tables re-published in traditional characters with pinyin readings inserted after some
 * characters (a mirror's 監(jiān)測數(shù)據(jù)): their labels are found as a cell's labels are
 * (src/templates/labels.ts) — simplified, readings left out — while every cell keeps its text as
 * written (src/readers/flatCompact.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/readDocument';
import { readFlatBlocks } from '../../src/readers/flat';
import { compactOf } from '../../src/readers/flatCompact';
import { readTextBlocks } from '../../src/readers/text';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'documents');
const fixture = (id: string) => fs.readFileSync(path.join(FIXTURES, `${id}.txt`), 'utf8');
const chars = (s: string, line = 1) => [...s].map((ch) => ({ ch, line }));
const extracted = (text: string) => ({ format: 'text' as const, encoding: 'utf-8', text, blocks: readTextBlocks(text) });

describe('the compact text labels are looked for in', () => {
  it('reads traditional characters as simplified and leaves the readings out, each character pointing back to the written one', () => {
    const written = chars('監(jiān)測數(shù)據(jù) 年度');
    const { compact, at, through } = compactOf(written);
    expect(compact).toBe('监测数据年度');
    expect(at.map((i) => written[i]!.ch).join('')).toBe('監測數據年度');
    // 監 stands for 監(jiān): its span runs to the reading's closing bracket.
    expect(written.slice(at[0]!, through[0]! + 1).map((c) => c.ch).join('')).toBe('監(jiān)');
    expect(through[4]).toBe(at[4]);
  });

  it('keeps brackets that are no reading: column letters, words, a bracket after a figure, two syllables', () => {
    expect(compactOf(chars('預算數(A)')).compact).toBe('预算数(A)');
    expect(compactOf(chars('附件(pdf)')).compact).toBe('附件(pdf)');
    expect(compactOf(chars('10(an)')).compact).toBe('10(an)');
    expect(compactOf(chars('項(xiàngmù)')).compact).toBe('项(xiàngmù)');
  });
});

describe('a glued Hubei project table in traditional characters with readings (黄冈市 水土保持监测)', () => {
  const text = fixture('hubei-huanggang-soil-conservation-monitoring');

  it('is found by its labels and rebuilt as a table, the cells as written', () => {
    const blocks = readFlatBlocks(text, readTextBlocks);
    expect(blocks).not.toBeNull();
    const rows = blocks!.flatMap((b) => (b.kind === 'table' ? b.table.rows.map((r) => r.cells.map((c) => c.text)) : []));
    expect(rows).toContainEqual(['項(xiàng)目名稱', '水土保持監(jiān)測']);
    expect(rows).toContainEqual(['年度財(cái)政資金總額', '10', '10', '100%', '20']);
  });

  it('reads the project, its name and funding as written', () => {
    const doc = readDocument(extracted(text));
    expect(doc.projects.map((p) => p.name)).toEqual(['水土保持監(jiān)測']);
    const t = doc.projects[0]!.total;
    expect([t.budget?.text, t.executed?.text, t.executionRate?.text, t.score?.text]).toEqual(['10', '10', '100%', '20']);
  });

  it('reads the indicators of both numbered goals (年度績效目標1(40分), 年度績效目標2(40分)), 進度指標 a level like 时效指标', () => {
    const p = readDocument(extracted(text)).projects[0]!;
    expect(p.indicators.map((i) => [i.name.replace(/\s+/g, ''), i.target?.text, i.actual?.text, i.score?.text])).toEqual([
      ['監(jiān)測數(shù)據(jù)必須合格', '100%', '100%', '10'],
      ['取得2018-2022監(jiān)測資料', '100%', '100%', '10'],
      ['整編資料審核', '98%', '98%', '19.6'],
      ['監(jiān)測數(shù)據(jù)資料整編', '100%', '100%', '20'],
      ['完成年度資料上報(bào)', '100%', '100%', '20'],
    ]);
    expect(p.reportedTotalScore?.text).toBe('99.6');
  });

  it('finds no table in prose of the same script (a narrative line without the labels)', () => {
    const prose = '版權(quán)說明:本文檔由用戶提供并上傳,收益歸屬內(nèi)容提供方,若內(nèi)容存在侵權(quán),請進(jìn)行舉報(bào)或認(rèn)領(lǐng),項(xiàng)目名稱與預(yù)算數(shù)均見附件。';
    expect(readFlatBlocks(prose, readTextBlocks)).toBeNull();
  });
});
