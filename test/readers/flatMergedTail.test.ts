/**
 * A flattened funding block whose 执行率 / 执行率权重 / 执行率得分 are merged over its rows and printed
 * once after the sub-row (src/readers/flatMergedTail.ts), under a funding header written without
 * its heading (src/readers/flatHeadlessFunding.ts) — 重庆 梁平区林业局's table as a preview gives it.
 */
import { describe, expect, it } from 'vitest';
import { mergedTail } from '../../src/readers/flatMergedTail';
import { readFlatBlocks } from '../../src/readers/flat';
import { readTextBlocks } from '../../src/readers/text';
import type { FundingRole } from '../../src/templates/template';

const chars = (s: string) => [...s].map((ch) => ({ ch, line: 1 }));
const roles: FundingRole[] = ['initialBudget', 'budget', 'executed', 'executionRate', 'weight', 'score'];
const tail = (total: string, sub: string, r = roles) => mergedTail(chars(total), chars(sub), r)?.map((c) => c.text) ?? null;

const HEAD = '重庆市某区林业局2023年度部门整体绩效自评表主管部门重庆市某区林业局部门联系人李某联系电话自评总分(分)97.93';
const HEADER = '年初预算数全年(调整)预算数全年执行数执行率执行率权重执行率得分';
const rowsOf = (text: string) =>
  (readFlatBlocks(text, readTextBlocks) ?? []).flatMap((b) => (b.kind === 'table' ? b.table.rows.map((r) => r.cells.map((c) => c.text)) : []));

describe('the columns merged over a funding block, printed after its sub-row', () => {
  it('cuts the text after the total row’s own where one cut alone agrees', () => {
    expect(tail('.32.06.5', '.32.06.579.27107.93')).toEqual(['79.27', '10', '7.93']);
    expect(tail('100100', '10010080%108')).toEqual(['80%', '10', '8']);
  });

  it('cuts nothing it cannot be sure of', () => {
    // The sub-row does not begin with the total row's text; nothing after it; no cut agrees (7.93 ≠ 79.27% × 20).
    expect(tail('.32.06.5', '.33.06.579.27107.93')).toBeNull();
    expect(tail('.32.06.5', '.32.06.5')).toBeNull();
    expect(tail('.32.06.5', '.32.06.579.27207.93')).toBeNull();
    // A block whose last columns are not 执行率 / 执行率权重 / 执行率得分.
    expect(tail('.32.06.5', '.32.06.579.27107.93', ['budget', 'executed', 'executionRate', 'score'])).toBeNull();
  });

  it('through the flat reader: a header without its heading, the merged cells in the total row, the amounts as written', () => {
    const rows = rowsOf(`${HEAD}${HEADER}年度总金额.32.06.5其中财政拨款.32.06.579.27107.93年初绩效目标某某`);
    expect(rows).toContainEqual(['年初预算数', '全年(调整)预算数', '全年执行数', '执行率', '执行率权重', '执行率得分']);
    expect(rows).toContainEqual(['年度总金额', '.32.06.5', '79.27', '10', '7.93']);
    expect(rows).toContainEqual(['其中财政拨款', '.32.06.5']);
  });

  it('opens no funding block at column labels short of the whole header', () => {
    const rows = rowsOf(`${HEAD}${HEADER.replace('执行率得分', '')}年度总金额.32.06.5其中财政拨款.32.06.579.27107.93年初绩效目标某某`);
    expect(rows).not.toContainEqual(['年度总金额', '.32.06.5', '79.27', '10', '7.93']);
  });
});
