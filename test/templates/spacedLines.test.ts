import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { continuesSpacedLine, spacedLineText } from '../../src/templates/spacedLines';
import { tokenize } from '../../src/templates/tokens';

// A spaced table (cells joined by spaces): `( 2019 年度)` is cut into three cells.
const ROWS = [
  '区级部门预算项目支出绩效自评表 发布时间:2020-04-27 发布者:admin',
  '( 2019 年度)',
  '主管部门(盖章): 单位:万元',
  '项目名称 商品和服务支出 主管部门 某区文化和旅游局',
  '年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分',
  '年度资金总额 45 45 10 100% 10',
];

describe('spacedLines', () => {
  const ts = tokenize(readTextBlocks(ROWS.join('\n')));
  const at = (text: string) => ts.tokens.findIndex((t) => t.text === text);
  const name = at('项目名称');

  it('reads a line of a spaced table as written, from a cell to the line end', () => {
    expect(ts.tokens[at('(')]!.blanksLost).toBe(true);
    expect(spacedLineText(ts, at('('), name)).toBe('( 2019 年度)');
    expect(spacedLineText(ts, at('主管部门(盖章):'), name)).toBe('主管部门(盖章): 单位:万元');
  });

  it('stops at the line end and at `end`, and counts a line once going up', () => {
    expect(spacedLineText(ts, at('年度)'), name)).toBe('年度)');
    expect(spacedLineText(ts, at('主管部门(盖章):'), at('单位:万元'))).toBe('主管部门(盖章):');
    expect(continuesSpacedLine(ts, at('('), name)).toBe(true);
    expect(continuesSpacedLine(ts, at('年度)'), name)).toBe(false);
  });

  it('joins nothing of cells that lost no blanks (a pipe table)', () => {
    const piped = tokenize(readTextBlocks(['( | 2019 | 年度) |', '项目名称 | 某项目 |'].join('\n')));
    const k = piped.tokens.findIndex((t) => t.text === '(');
    expect(spacedLineText(piped, k, piped.tokens.length)).toBe('(');
    expect(continuesSpacedLine(piped, k, piped.tokens.length)).toBe(false);
  });
});
