/**
 * A department's score table whose level and indicator cells carry their weights in brackets
 * (部门整体支出绩效评价得分表: 一级 / 二级 / 三级指标 / 得分, no 分值 column), as a PDF's text layer
 * gives it: cells separated by spaces, a bracket cut at its space (`完成率(12` `分)`), level words
 * wrapped in their column (`履职效` `能(40 分)`), each row's 得分 opening the next line
 * (src/templates/weightedRows.ts, src/templates/weightedNames.ts,
 * src/templates/definitions/departmentScoreTable.ts). Synthetic: no corpus document's names or figures.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';
import { fitsUnderLevel1, weightInName } from '../../src/templates/weightedNames';

const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });

const TABLE = [
  '二、自评情况 按照要求,本单位对',
  '2020 年部门整体支出开展自评,自评得分',
  '86 分,详见下表.',
  '2020 年部门整体支出绩效评价得分表 一级指 标 二级指标 三级指标 得分 履职效 能(40 分) 任务完成(20 分) 完成率(12 分)',
  '11 及时性(8 分)',
  '7 工作质量(20 分) 达标率(20 分)',
  '18 运行管 理(60 分) 财务管理(30 分) 制度健全(10 分)',
  '9 资金合规(20 分)',
  '20 资产管理(30 分) 账实相符(30 分)',
  '21 以下空白',
];

describe('a score table with weighted names, its figures opening the next line', () => {
  const reading = read(TABLE.join('\n'));
  const d = reading.departmentEvaluations[0]!;

  it('reads each row: its levels, its name without the bracket, the weight in it, the 得分 from the next line', () => {
    expect(reading.departmentEvaluations).toHaveLength(1);
    expect(d.templateId).toBe('department-score-table');
    expect(d.indicators.map((i) => [i.level1, i.level2, i.name, i.weight?.text, i.score?.text, i.weight?.line, i.score?.line])).toEqual([
      ['履职效能(40 分)', '任务完成(20 分)', '完成率', '12', '11', 4, 5],
      ['履职效能(40 分)', '任务完成(20 分)', '及时性', '8', '7', 5, 6],
      ['履职效能(40 分)', '工作质量(20 分)', '达标率', '20', '18', 6, 7],
      ['运行管理(60 分)', '财务管理(30 分)', '制度健全', '10', '9', 7, 8],
      ['运行管理(60 分)', '财务管理(30 分)', '资金合规', '20', '20', 8, 9],
      // A lone weighted level cell that fits in what 运行管理(60) leaves after 财务管理(30): a 二级指标.
      ['运行管理(60 分)', '资产管理(30 分)', '账实相符', '30', '21', 9, 10],
    ]);
  });

  it('takes the year its line cut from the title, and the total the prose before it states over two lines', () => {
    expect(d.fiscalYear).toBe(2020);
    expect(d.reportedTotalScore).toEqual({ text: '86', line: 3 });
  });

  it('reports what follows the last row, and the unit it cannot name', () => {
    expect(reading.unread.map((u) => [u.line, u.text])).toEqual([[10, '以下空白']]);
    expect(d.readingProblems!.map((p) => p.message)).toContainEqual(expect.stringMatching(/no unit named/));
  });

  it('does not take a 得分 above the weight its name carries: the row is reported', () => {
    const shifted = read([...TABLE.slice(0, 8), '20 资产管理(30 分) 账实相符(15 分)', '21 以下空白'].join('\n'));
    const names = shifted.departmentEvaluations[0]!.indicators.map((i) => i.name);
    expect(names).toEqual(['完成率', '及时性', '达标率', '制度健全', '资金合规']);
    expect(shifted.unread.map((u) => [u.line, u.reason])).toContainEqual([
      9,
      expect.stringMatching(/得分 「21」 is no score within the weight its name carries \(15\)/),
    ]);
  });

  it('keeps no row of a 二级指标 whose rows do not make up its weight: they are reported', () => {
    // 任务完成(20 分) with rows of 12 and 6 points: one row read into the wrong group, or a figure misread.
    const off = read([...TABLE.slice(0, 4), '11 及时性(6 分)', '5 工作质量(20 分) 达标率(20 分)', ...TABLE.slice(6)].join('\n'));
    expect(off.departmentEvaluations[0]!.indicators.map((i) => i.name)).toEqual(['达标率', '制度健全', '资金合规', '账实相符']);
    expect(off.unread.filter((u) => /do not make up its weight/.test(u.reason)).map((u) => [u.line, u.text])).toEqual([
      [4, '完成率 | 12 | 11'],
      [5, '及时性 | 6 | 5'],
    ]);
  });
});

describe('weighted names and levels', () => {
  it('cuts the weight from a name as written, full-width brackets and a space inside too', () => {
    expect(weightInName('相关性(5 分)')).toEqual({ name: '相关性', weight: '5' });
    expect(weightInName('目标管理（2.5分）')).toEqual({ name: '目标管理', weight: '2.5' });
    expect(weightInName('完成率')).toEqual({ name: '完成率', weight: null });
    expect(weightInName('(5分)')).toEqual({ name: '(5分)', weight: null });
  });

  it('places a lone weighted level under its 一级指标 only where that has room for it', () => {
    expect(fitsUnderLevel1('预算编制(10分)', '部门决策(25分)', ['目标任务(15分)'])).toBe(true);
    expect(fitsUnderLevel1('社会效应(20分)', '履职效能(40分)', ['任务完成(20分)', '工作质量(20分)'])).toBe(false);
    expect(fitsUnderLevel1('预算编制(10分)', null, [])).toBe(false);
  });
});
