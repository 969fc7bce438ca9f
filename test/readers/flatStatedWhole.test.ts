/**
 * A glued 年度资金总额 row told apart by the whole its breakdown states (src/readers/flatStatedWhole.ts):
 * the national 部门整体支出绩效自评表 opens 按收入性质分 / 按支出性质分 with the amount they divide.
 */
import { describe, expect, it } from 'vitest';
import { cutFundingRow, MORE_THAN_ONE_CUT } from '../../src/readers/flatAmounts';
import { statedWholeAmounts } from '../../src/readers/flatStatedWhole';
import { readFlatBlocks } from '../../src/readers/flat';
import { readTextBlocks } from '../../src/readers/text';
import type { FundingRole } from '../../src/templates/template';

const chars = (s: string) => [...s].map((ch) => ({ ch, line: 1 }));
const roles: FundingRole[] = ['initialBudget', 'budget', 'executed', 'weight', 'executionRate', 'score'];
const options = { mayOmit: ['note'] as FundingRole[], total: null, headingWeight: null };
const cut = (s: string, statedWhole?: number[]) => cutFundingRow(chars(s), roles, { ...options, statedWhole });

describe('the whole a funding breakdown states', () => {
  it('reads the amounts after 按收入性质分: and 按支出性质分:, nothing else', () => {
    expect(statedWholeAmounts('按收入性质分:2456.18按支出性质分:2456.18其中:一般公共预算:2456.18其中:')).toEqual([2456.18, 2456.18]);
    expect(statedWholeAmounts('按收入性质分：12 按支出性质分： 12.5')).toEqual([12, 12.5]);
    // Near misses: a breakdown's part (一般公共预算, 基本支出) is no whole; a head with no amount states none.
    expect(statedWholeAmounts('其中:一般公共预算:2456.18其中:基本支出:2299.98')).toEqual([]);
    expect(statedWholeAmounts('按收入性质分:按支出性质分:')).toEqual([]);
  });

  it('chooses the one cut of a glued row whose amount the breakdown states', () => {
    // 2456.18 | 2456.18 | 2456.18 and 2456.182 | 456.182 | 456.18 are both at 100%: not cut by itself.
    expect(cut('2456.182456.182456.1810100%10').reason).toBe(MORE_THAN_ONE_CUT);
    expect(cut('2456.182456.182456.1810100%10', [2456.18]).cells?.map((c) => c.text)).toEqual([
      '2456.18',
      '2456.18',
      '2456.18',
      '10',
      '100%',
      '10',
    ]);
    // Near misses: an amount no cut has, one written to another precision (2456.2), or amounts of two cuts confirm nothing.
    expect(cut('2456.182456.182456.1810100%10', [999]).cells).toBeNull();
    expect(cut('2456.182456.182456.1810100%10', [2456.2]).cells).toBeNull();
    expect(cut('2456.182456.182456.1810100%10', [2456.18, 456.182]).cells).toBeNull();
  });

  it('through the flat reader: the total row of a glued department table followed by its breakdown', () => {
    const text =
      '部门整体支出绩效自评表(2021年度)区级预算单位名称永州市零陵区某某中心年度预算申请(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额2456.182456.182456.1810100%10按收入性质分:2456.18按支出性质分:2456.18其中:一般公共预算:2456.18其中:基本支出:2299.98';
    const blocks = readFlatBlocks(text, readTextBlocks);
    expect(blocks).not.toBeNull();
    const rows = blocks!.flatMap((b) => (b.kind === 'table' ? b.table.rows.map((r) => r.cells.map((c) => c.text)) : []));
    expect(rows).toContainEqual(['年度资金总额', '2456.18', '2456.18', '2456.18', '10', '100%', '10']);
    // Without the breakdown the row stays uncut.
    const bare = readFlatBlocks(text.replace(/按收入性质分.*$/u, ''), readTextBlocks);
    const bareRows = (bare ?? []).flatMap((b) => (b.kind === 'table' ? b.table.rows.map((r) => r.cells.map((c) => c.text)) : []));
    expect(bareRows).not.toContainEqual(['年度资金总额', '2456.18', '2456.18', '2456.18', '10', '100%', '10']);
  });
});
