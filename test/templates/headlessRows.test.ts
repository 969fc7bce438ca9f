import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/readers';
import { readWithTemplates } from '../../src/templates';

/** The rows of a Sichuan table whose head is on the page before, then its 合计 row and closing cells, then the next table's head. */
const tail = (closing: string[]) =>
  [
    '数量指标 | 培训人数 | ≥ | 100 | 人 | 120 | 30 | 30 |',
    '质量指标 | 合格率 | ≥ | 95 | % | 98 | 30 | 30 |',
    '效益指标 | 社会效益指标 | 群众知晓率 | ≥ | 90 | % | 95 | 30 | 28 |',
    '合计 | 100 | 98 |',
    ...closing,
    '部门预算项目支出绩效自评表(2022年度) | |',
    '项目名称 | 51092322T000000436802-某某经费 | |',
    '主管部门 | 某县某局 | 实施单位 | 某县某局 |',
  ].join('\n');
const CLOSING = ['评价结论 | 完成年度目标。 |', '存在问题 | 无 |', '改进措施 | 无 |', '项目负责人: | 财务负责人: |'];

const read = async (text: string) => readWithTemplates(await extractDocument(Buffer.from(text)));

describe('indicator rows before the first record, their head on the page before', () => {
  it('are read under the columns of the form whose total row and closing labels follow them', async () => {
    const reading = await read(tail(CLOSING));
    const headless = reading.projects.find((p) => p.name.includes('not written'))!;
    expect(headless.readingProblems?.[0]?.message).toContain('its head is cut off');
    // The target as the form writes it: 指标性质, 指标值 and 度量单位 joined.
    expect(headless.indicators.map((i) => [i.name, i.target?.text, i.actual?.text, i.weight?.text, i.score?.text])).toEqual([
      ['培训人数', '≥100人', '120', '30', '30'],
      ['合格率', '≥95%', '98', '30', '30'],
      ['群众知晓率', '≥90%', '95', '30', '28'],
    ]);
    expect(headless.reportedTotalScore?.text).toBe('98');
  });

  it('are not read when fewer than three of the closing labels follow the total row', async () => {
    const reading = await read(tail(['评价结论 | 完成年度目标。 |', '备注 | 无 |']));
    expect(reading.projects.every((p) => !p.name.includes('not written'))).toBe(true);
  });
});
