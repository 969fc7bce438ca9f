/**
 * The tail of a Sichuan 部门预算项目支出绩效自评表 whose head the excerpt cut off, its rows still in
 * cells (src/templates/headlessRows.ts). Synthetic: no corpus document's names or figures.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';

const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });
const CLOSING = ['评价结论 | 按期完成。 | ||||', '存在问题 | 无 | ||||', '改进措施 | 无 | ||||', '项目负责人: | 财务负责人: | ||||'];
const NEXT = ['部门预算项目支出绩效自评表(2023年度) | |||||', '项目名称 | 培训经费 | |||||'];

describe('a headless tail of rows in cells', () => {
  it('reads its rows under the form’s indicator header when its 合计 row and closing labels tell the form', () => {
    const reading = read(
      [
        '培训人次 | ≥ | 300 | 人次 | 320 | 30 | 30 |',
        '| |||',
        '满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥ | 95 | % | 96 | 60 | 58 |',
        '合计 | 100 | 98 |',
        ...CLOSING,
        ...NEXT,
      ].join('\n'),
    );
    const tail = reading.projects[0]!;
    expect(tail.indicators.map((i) => [i.name, i.target?.text, i.actual?.text, i.weight?.text, i.score?.text])).toEqual([
      ['培训人次', '≥300人次', '320', '30', '30'],
      ['学员满意度', '≥95%', '96', '60', '58'],
    ]);
    expect(tail.reportedTotalScore?.text).toBe('98');
    expect(tail.readingProblems![0]!.message).toMatch(/its head cut off/);
  });

  it('reads no tail without the form’s total row followed by its closing labels', () => {
    const rows = ['培训人次 | ≥ | 300 | 人次 | 320 | 30 | 30 |', '学员满意度 | ≥ | 95 | % | 96 | 60 | 58 |'];
    const tails = (text: string) => read(text).projects.filter((p) => p.indicators.length > 0);
    expect(tails([...rows, '合计 | 100 | 98 |', ...CLOSING, ...NEXT].join('\n'))).toHaveLength(1);
    // No 合计 row; a 合计 row with too few closing labels after it.
    expect(tails([...rows, ...CLOSING, ...NEXT].join('\n'))).toEqual([]);
    expect(tails([...rows, '合计 | 100 | 98 |', CLOSING[0]!, ...NEXT].join('\n'))).toEqual([]);
  });

  it('reports a row that does not place rather than guess it', () => {
    const reading = read(
      [
        '培训人次 | ≥ | 300 | 人次 | 320 | 30 | 30 |',
        '完成质量 | 定性 | 好 |',
        '| 好 | 10 | 10 |',
        '合计 | 100 | 98 |',
        ...CLOSING,
        ...NEXT,
      ].join('\n'),
    );
    expect(reading.projects[0]!.indicators.map((i) => i.name)).toEqual(['培训人次']);
    expect(reading.unread.map((u) => u.text)).toContainEqual(expect.stringContaining('完成质量'));
  });
});
