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
});
