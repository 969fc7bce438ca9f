import { describe, expect, it } from 'vitest';
import { continuesSpacedTable } from '../../src/readers/spacedContinuation';
import { readTextBlocks } from '../../src/readers/text';

const pieces = (lines: string[]) => lines.map((l) => l.split(' '));

// A spaced table (one row per line, five rows of three pieces or more) whose merged rows came out as empty lines.
const TABLE = [
  '项目名称 商品和服务支出 主管部门 某区文化和旅游局',
  '项目实施单位 某区文化馆 项目负责人 张三 联系电话 88894492',
  '年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分 得分计算方法',
  '年度资金总额 45 45 10 100% 10 执行率*该指标分值',
  '其中:财政拨款 45 45 - - -',
];

describe('continuesSpacedTable', () => {
  it('takes a run with one line of three pieces or more, short ones', () => {
    expect(continuesSpacedTable(pieces(['一级', '指标', '三级指标 预期指标值(A) 实际完成指标值(B) 分值 得分']))).toBe(true);
  });

  it('does not take single cells only, nor prose cut at its few spaces', () => {
    expect(continuesSpacedTable(pieces(['(30分)', '经济效益', '指标']))).toBe(false);
    const prose = '本项目由基本支出和项目支出两个部分构成,基本支出主要包括人员经费及日常公用经费支出等项目支出包括委员活动经费';
    expect(continuesSpacedTable(pieces([`${prose} ${prose} ${prose}`]))).toBe(false);
  });
});

describe('readTextBlocks: a spaced table after empty lines', () => {
  const run = ['一级', '指标', '三级指标 预期指标值(A) 实际完成指标值(B) 分值 得分 未完成原因 得分计算方法'];

  it('goes on with the table across empty lines: the run is rows of pieces', () => {
    const blocks = readTextBlocks([...TABLE, '', '', '', ...run].join('\n'));
    const last = blocks.at(-1)!;
    expect(last.kind).toBe('table');
    if (last.kind !== 'table') return;
    expect(last.table.shape).toBe('grid');
    expect(last.table.rows.at(-1)!.cells.map((c) => c.text)).toEqual(run[2]!.split(' '));
    expect(last.table.rows.every((r) => r.blanksLost)).toBe(true);
  });

  it('does not when a paragraph stands between (the table has ended), nor for a run after no spaced table', () => {
    const afterProse = readTextBlocks([...TABLE, '', '注:本表由单位填报', '', ...run].join('\n'));
    const last = afterProse.at(-1)!;
    expect(last.kind === 'table' && last.table.shape === 'grid').toBe(false);
    const alone = readTextBlocks(['标题', '', ...run].join('\n'));
    expect(alone.some((b) => b.kind === 'table' && b.table.shape === 'grid')).toBe(false);
  });
});
