/**
 * A funding block read without its heading (src/templates/headlessFunding.ts) and a funding row
 * whose amounts stand glued uncut before the columns merged over the rows (src/templates/mergedTail.ts):
 * 执行率 / 执行率权重 / 执行率得分 read when they agree, the amounts reported, not read.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';

const read = (cells: string[]) => {
  const text = cells.join('\n\n');
  return readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });
};

const HEAD = ['重庆市某区林业局2023年度部门整体绩效自评表', '主管部门', '重庆市某区林业局', '部门联系人', '李某', '自评总分(分)', '97.93'];
const HEADER = ['年初预算数', '全年(调整)预算数', '全年执行数', '执行率', '执行率权重', '执行率得分'];

describe('a funding block without its heading', () => {
  it('reads its rows under the column labels alone', () => {
    const d = read([...HEAD, ...HEADER, '年度总金额', '100', '100', '90', '90%', '10', '9']).departmentEvaluations[0]!;
    expect([d.budget?.text, d.executed?.text, d.executionRate?.text, d.budgetWeight?.text, d.budgetScore?.text]).toEqual([
      '100', '90', '90%', '10', '9',
    ]);
  });

  it('reads the merged columns after amounts glued uncut, and reports the amounts', () => {
    const reading = read([...HEAD, ...HEADER, '年度总金额', '.32.06.5', '79.27', '10', '7.93', '其中财政拨款', '.32.06.5']);
    const d = reading.departmentEvaluations[0]!;
    expect([d.budget, d.executed, d.executionRate?.text, d.budgetWeight?.text, d.budgetScore?.text]).toEqual([null, null, '79.27', '10', '7.93']);
    expect(reading.unread.some((u) => u.text.includes('.32.06.5') && u.reason.includes('glued together'))).toBe(true);
  });

  it('reads nothing it cannot be sure of', () => {
    // The score is not the weight times the rate; a single amount is no glued run; a column label short.
    const off = read([...HEAD, ...HEADER, '年度总金额', '.32.06.5', '79.27', '10', '8.5']).departmentEvaluations[0];
    expect(off?.executionRate ?? null).toBeNull();
    const single = read([...HEAD, ...HEADER, '年度总金额', '32.5', '79.27', '10', '7.93']).departmentEvaluations[0];
    expect(single?.executionRate ?? null).toBeNull();
    const short = read([...HEAD, ...HEADER.slice(0, 5), '年度总金额', '100', '100', '90', '90%', '10']).departmentEvaluations[0];
    expect(short?.executionRate ?? null).toBeNull();
  });
});
