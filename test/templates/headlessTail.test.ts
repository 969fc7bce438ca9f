/**
 * The tail of a Sichuan 部门预算项目支出绩效自评表 whose head the excerpt cut off, its rows glued
 * onto one line (src/templates/headlessTail.ts). Synthetic: no corpus document's names or figures.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';

const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });
const CLOSING = ' 评价结论按期完成。存在问题无改进措施无项目负责人:财务负责人:';

describe('a headless tail of rows glued onto one line', () => {
  it('reads each row by the form’s weights when its figures make them up: name, 指标性质 with the value, weight', () => {
    const reading = read(
      `产出指标数量指标培训人次≥300人次 40 时效指标完成时间≤12月 20 满意度指标服务对象满意度指标满意率≥95% 30 合计100${CLOSING}`,
    );
    const p = reading.projects[0]!;
    expect(reading.projects).toHaveLength(1);
    expect(p.indicators.map((i) => [i.name, i.target?.text, i.weight?.text, i.score, i.actual])).toEqual([
      ['培训人次', '≥300人次', '40', null, null],
      ['完成时间', '≤12月', '20', null, null],
      ['满意率', '≥95%', '30', null, null],
    ]);
    expect(p.readingProblems!.map((x) => x.message)).toEqual([expect.stringMatching(/its head cut off/)]);
  });

  it('reads nothing where the figures do not make up the form’s weights, or a row does not cut so', () => {
    expect(read(`产出指标数量指标培训人次≥300人次 40 时效指标完成时间≤12月 20 合计100${CLOSING}`).projects).toEqual([]);
    expect(read(`产出指标数量指标培训人次≥300人次 40 50 时效指标完成时间≤12月 合计100${CLOSING}`).projects).toEqual([]);
    expect(read('产出指标数量指标培训人次≥300人次 60 时效指标完成时间≤12月 30 合计100 以下空白').projects).toEqual([]);
  });
});
