/**
 * A label and its value on one line (a report's cover: `部门(单位)名称:  岳阳市…`), read as two cells
 * (src/templates/labelledCells.ts); and the 湖南 部门整体支出绩效评价自评报告 form, whose cover alone
 * a page may hold (src/templates/definitions/hunanDepartmentReport.ts): its unit and year are read,
 * and a record with no figure after its name is left out, never loaded (src/templates/engine.ts).
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/readDocument';
import { readTextBlocks } from '../../src/readers/text';
import { LabelSet } from '../../src/templates/labels';
import { splitLabelledCells } from '../../src/templates/labelledCells';
import { tokenize } from '../../src/templates/tokens';

const labels = new LabelSet(['部门(单位)名称', '预算编码', '其中', '其中:当年财政拨款']);
const stream = (cells: string[]) => tokenize(readTextBlocks(cells.join('\n\n')).filter(Boolean));
const texts = (cells: string[]) => splitLabelledCells(stream(cells), labels).tokens.map((t) => [t.norm, t.text]);

describe('splitLabelledCells', () => {
  it('reads a label and its value on one line as two cells, at its line', () => {
    const ts = splitLabelledCells(stream(['部门(单位)名称:  岳阳市城市管理监督指挥中心', '预 算 编 码:   906017']), labels);
    expect(ts.tokens.map((t) => [t.norm, t.text.trim()])).toEqual([
      ['部门(单位)名称', '部门(单位)名称:'],
      ['岳阳市城市管理监督指挥中心', '岳阳市城市管理监督指挥中心'],
      ['预算编码', '预 算 编 码:'],
      ['906017', '906017'],
    ]);
    expect(ts.tokens.map((t) => t.index)).toEqual([0, 1, 2, 3]);
    expect(ts.tokens[1]!.line).toBe(ts.tokens[0]!.line);
  });

  it('leaves a cell alone when the text before its colon is no label, nothing follows, or the whole is a label', () => {
    expect(texts(['来源:财务科'])).toEqual([['来源:财务科', '来源:财务科']]);
    expect(texts(['部门(单位)名称:'])).toEqual([['部门(单位)名称', '部门(单位)名称:']]);
    expect(texts(['其中:当年财政拨款'])).toEqual([['其中:当年财政拨款', '其中:当年财政拨款']]);
  });

  it('never cuts 其中: (a sub-row’s label follows it, not a value)', () => {
    expect(texts(['其中:财政资金'])).toEqual([['其中:财政资金', '其中:财政资金']]);
  });
});

describe('the 湖南 部门整体支出绩效评价自评报告 cover (岳阳市, its tables beyond the page)', () => {
  const cover = (unitLine: string) =>
    [
      '岳阳市2018年度部门整体支出',
      '绩效评价自评报告',
      unitLine,
      '预 算 编 码:   906017',
      '评价方式:部门(单位)绩效自评',
      '评价机构:部门(单位)评价组',
      '报告日期:2019年06月18日',
      '岳阳市财政局(制)',
      '一、部门(单位)基本概况',
      '联系人',
      '吴俊',
      '人员编制',
      '21',
    ].join('\n\n');
  const read = (text: string) => readDocument({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });

  it('reads the unit and year, and leaves the record out: no figure follows its name', () => {
    const doc = read(cover('部门(单位)名称:  岳阳市城市管理监督指挥中心'));
    const d = doc.departmentEvaluations[0]!;
    expect([d.unitName, d.fiscalYear, d.templateId]).toEqual(['岳阳市城市管理监督指挥中心', 2018, 'hunan-department-report']);
    expect([d.budget, d.executed, d.reportedTotalScore, d.indicators]).toEqual([null, null, null, []]);
    expect(d.readingProblems?.map((p) => p.message)).toContainEqual(expect.stringContaining('no figure read after the name'));
  });

  it('takes the year from a title written 部门(单位)整体支出 (岳阳楼区)', () => {
    const text = cover('部门(单位)名称: 岳阳楼区文化旅游广电体育局').replace('岳阳市2018年度部门整体支出', '岳阳楼区2020年度部门(单位)整体支出');
    const d = read(text).departmentEvaluations[0]!;
    expect([d.unitName, d.fiscalYear]).toEqual(['岳阳楼区文化旅游广电体育局', 2020]);
  });

  it('is no record without its 预算编码 and 评价方式 (a bare 部门(单位)名称 line)', () => {
    const text = ['岳阳市2018年度部门整体支出', '部门(单位)名称:  岳阳市城市管理监督指挥中心', '联系人', '吴俊'].join('\n\n');
    expect(() => read(text)).toThrow(/no recognisable/);
  });
});
