/**
 * A table whose cells are separated by spaces (text/spaced): a bracketed unit written apart from
 * what it qualifies (`年新增畜牧产值 (万元) 500`, 施甸县 保山猪保种场) stays with the piece before it
 * instead of counting as a cell of its own (src/readers/text.ts, spacePieces).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import type { Block, Table } from '../../src/tables/model';

const tables = (blocks: Block[]): Table[] => blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
const rowOf = (text: string, line: string) =>
  tables(readTextBlocks(text))
    .flatMap((t) => t.rows)
    .find((r) => r.cells.some((c) => c.text === line || c.text.startsWith(line)))
    ?.cells.map((c) => c.text);

const excerpt = fs.readFileSync(path.join(__dirname, '..', 'templates', 'excerpts', 'yunnan-shidian-spaced.txt'), 'utf8');

describe('a bracketed unit written apart in a spaced row', () => {
  it('stays with the name it qualifies (施甸县: 年新增畜牧产值 (万元))', () => {
    expect(rowOf(excerpt, '效益指标')).toEqual(['效益指标', '年新增畜牧产值 (万元)', '500']);
    // The rows around it, their units written close, are cut as before.
    expect(rowOf(excerpt, '辐射带动养殖保山猪户数(户)')).toEqual(['辐射带动养殖保山猪户数(户)', '300']);
    expect(rowOf(excerpt, '产出指标')).toEqual(['产出指标', '数量指标', '标准化圈舍面积(平方米)', '5000']);
  });

  const spaced = (line: string) =>
    ['项目名称 某项目 主管部门 某局', '预算数(A) 执行数(B) 执行率(B/A)', '年度财政资金总额 100 90 90%', 'a b c', 'd e f', line].join('\n');

  it('stays with a number, in full-width brackets or with a per cent sign', () => {
    expect(rowOf(spaced('保种数量 300 （头） 280'), '保种数量')).toEqual(['保种数量', '300 （头）', '280']);
    expect(rowOf(spaced('合格率 95 (%) 96'), '合格率')).toEqual(['合格率', '95 (%)', '96']);
  });

  it('a bracket with a figure, a letter or a long text is a piece of its own', () => {
    expect(rowOf(spaced('预算执行情况 (20分) 100'), '预算执行情况')).toEqual(['预算执行情况', '(20分)', '100']);
    expect(rowOf(spaced('上年结转 (A) 100'), '上年结转')).toEqual(['上年结转', '(A)', '100']);
    expect(rowOf(spaced('说明 (按实际完成情况填列) 100'), '说明')).toEqual(['说明', '(按实际完成情况填列)', '100']);
  });

  it('a unit opening a line has no piece before it: it is a cell', () => {
    expect(rowOf(spaced('(万元) 100 90'), '(万元)')).toEqual(['(万元)', '100', '90']);
  });
});
