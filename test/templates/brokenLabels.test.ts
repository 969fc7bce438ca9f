import { describe, expect, it } from 'vitest';
import { joinBrokenLabels } from '../../src/templates/brokenLabels';
import { LabelSet } from '../../src/templates/labels';
import { tokenize } from '../../src/templates/tokens';
import { readTextBlocks } from '../../src/readers/text';

const labels = new LabelSet(['年度预算申请(万元)', '年初预算数', '偏差原因分析及改进措施', '分值']);
const stream = (cells: string[]) => tokenize(readTextBlocks(cells.join('\n\n')).filter(Boolean));

describe('joinBrokenLabels', () => {
  it('reads a header cell broken over lines as the one label, its text as written', () => {
    const ts = joinBrokenLabels(stream(['年度预', '算申请', '(万元)', '年初', '预算数', '偏差原因', '分析及', '改进措施', '分值']), labels);
    expect(ts.tokens.map((t) => t.text)).toEqual(['年度预算申请(万元)', '年初预算数', '偏差原因分析及改进措施', '分值']);
    expect(ts.tokens.map((t) => t.index)).toEqual([0, 1, 2, 3]);
  });

  it('never joins a label with what follows it, nor cells that make no label', () => {
    const ts = joinBrokenLabels(stream(['分值', '年初', '10', '预算数']), labels);
    expect(ts.tokens.map((t) => t.text)).toEqual(['分值', '年初', '10', '预算数']);
  });

  it('returns a stream with nothing to join as it is, not a copy of every token', () => {
    const before = stream(['分值', '年初', '10', '预算数']);
    expect(joinBrokenLabels(before, labels)).toBe(before);
  });
});

describe('joinBrokenLabels in a table whose cells were joined by spaces', () => {
  const heading = new LabelSet(['项目预算执行情况', '年初预算数(A)', '分值']);
  // 历城区's 项目支出绩效自评表: the merged heading cell wrapped over lines, each line a one-piece row.
  const spacedRows = ['主管部门(盖章): 单位:万元 项目名称 商品和服务支出', '项目预算', '执行情况', '(10分)', '年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分'];

  it('joins the one-cell lines of a spaced table into the label they break, and drops their rows', () => {
    const before = tokenize(readTextBlocks([...spacedRows, ...Array(4).fill('年度资金总额 45 45 10 100% 10')].join('\n')));
    expect(before.tokens.every((t) => t.blanksLost)).toBe(true);
    const ts = joinBrokenLabels(before, heading);
    // The heading with its weight suffix, as the heading's weight is read.
    expect(ts.tokens.map((t) => t.text)).toContain('项目预算执行情况(10分)');
    expect(ts.tokens.length).toBe(before.tokens.length - 2);
    expect(ts.rows.length).toBe(before.rows.length);
    expect(ts.rows.filter((r) => r.length === 0)).toHaveLength(2);
    // Every row still points at tokens of its own row.
    ts.rows.forEach((r, k) => r.forEach((i) => expect(ts.tokens[i]!.row).toBe(k)));
  });

  it('never joins cells of a line of several pieces (their columns are known), nor grid cells that lost no blanks', () => {
    const pieces = joinBrokenLabels(
      tokenize(readTextBlocks(['项目预算 执行情况 45', ...Array(5).fill('年度资金总额 45 45 10 100% 10')].join('\n'))),
      heading,
    );
    expect(pieces.tokens.map((t) => t.text)).not.toContain('项目预算执行情况');
    const piped = joinBrokenLabels(tokenize(readTextBlocks(['项目预算 | 45 |', '执行情况 | 45 |'].join('\n'))), heading);
    expect(piped.tokens.map((t) => t.text)).not.toContain('项目预算执行情况');
  });
});
