/**
 * The funding block of a flattened table (年度资金总额 / 其中:财政拨款 / 上年结转 / 其他资金 with
 * their amounts) and its 总分 row, where the cells were glued together: `310.2154.741050%5` is
 * 310.2 | 154.74 | 10 | 50% | 5 because that is the only cut whose figures agree — the rate is
 * 执行数/预算数 as written (to the decimals written; 0% only when nothing was executed), the score
 * is the weight times the rate, a sub-row is no larger than the total, no amount is above 1 万亿元. A row that more than one cut fits, or none, is not cut.
 */
import { parseExecutionRate } from '../domain/reportedValue';
import { agrees, decimalsOf } from '../templates/consistency';
import type { FundingRole, IndicatorRole } from '../templates/template';
import type { FlatChar } from './flatPieces';
import { amountFigure, cutRows, type FlatCell, type Shape } from './flatGluedRows';

const SHAPE: Record<FundingRole, Shape> = {
  initialBudget: 'money',
  budget: 'money',
  executed: 'money',
  executionRate: 'rate',
  weight: 'score',
  score: 'score',
  note: 'text',
  rowNumber: 'score',
  pooled: 'money',
  netBudget: 'money',
  received: 'money',
  receivedRate: 'rate',
};

/** Whether `value` is `written` to the precision written (50% is 0.495 … 0.505). */
function agreesWritten(value: number, written: string, scale: number): boolean {
  return agrees(value * scale, Number(written.replace('%', '')), decimalsOf(written));
}

/** More than any one table reports: 1 万亿元 (`40004000100%` is no 400040001 | 0 | 0%). */
const MAX_AMOUNT_WAN = 100_000_000;

export const MORE_THAN_ONE_CUT = 'more than one cut of the glued figures fits';

export interface FundingCut {
  cells: FlatCell[] | null;
  /** Why it was not cut. */
  reason: string | null;
}

/**
 * Cuts a glued funding row. `mayOmit`: the roles a sub-row may leave off at its end; `total`:
 * the total row's amounts when this is a sub-row; `headingWeight`: the block's weight (预算执行情况
 * (20分)) where no 分值 column says it.
 */
export function cutFundingRow(
  chars: FlatChar[],
  roles: FundingRole[],
  options: {
    mayOmit: readonly FundingRole[];
    total: Partial<Record<FundingRole, string>> | null;
    headingWeight: number | null;
    /** Amounts in 元 (项目资金（元）) rather than 万元. */
    inYuan?: boolean;
    /** The whole the block's breakdown states (flatStatedWhole.ts): one of the row's amounts is it. */
    statedWhole?: number[];
  },
): FundingCut {
  const largest = options.inYuan ? MAX_AMOUNT_WAN * 10_000 : MAX_AMOUNT_WAN;
  let omit = 0;
  while (omit < roles.length && options.mayOmit.includes(roles[roles.length - 1 - omit]!)) omit++;
  // A sub-row leaves off all the columns it may omit, or none (its cells are merged or all written).
  const lengths = new Set([roles.length, roles.length - omit, roles.at(-1) === 'note' ? roles.length - 1 : roles.length]);
  const check = (cells: string[]): boolean => {
    if (!lengths.has(cells.length)) return false;
    const by: Partial<Record<FundingRole, string>> = {};
    // (An amount may carry the table's unit, 万元, written after it: `10萬10萬100%20` is 10萬 | 10萬 | 100% | 20.)
    cells.forEach((c, k) => (by[roles[k]!] = SHAPE[roles[k]!] === 'money' ? amountFigure(c) : c));
    if ((['initialBudget', 'budget', 'executed'] as const).some((role) => by[role] && Number(by[role]) > largest)) return false;
    const budget = by.budget ?? by.initialBudget;
    if (budget && by.executed && by.executionRate && Number(budget) > 0) {
      const ratio = Number(by.executed) / Number(budget);
      // A rate without its % sign is the fraction itself only where the amounts say so (`1.561.56120`: 1.56 | 1.56 | 1 | 20).
      const written = by.executionRate.endsWith('%')
        ? by.executionRate
        : parseExecutionRate(by.executionRate, Number(budget), Number(by.executed));
      if (typeof written !== 'string') {
        if (written.status !== 'OK' || written.value !== Number(by.executionRate)) return false;
        by.executionRate = `${written.value * 100}%`;
      }
      if (!agreesWritten(ratio, by.executionRate, 100)) return false;
      // A rate written as nothing executed (0%) is of nothing executed: `40004000100%` is no 40004000 | 10 | 0%.
      if (Number(by.executionRate.replace('%', '')) === 0 && Number(by.executed) !== 0) return false;
    }
    const weight = by.weight ?? (options.headingWeight !== null ? String(options.headingWeight) : undefined);
    if (weight && by.executionRate && by.score) {
      const rate = Number(by.executionRate.replace('%', '')) / 100;
      if (!agreesWritten(Math.min(1, rate) * Number(weight), by.score, 1)) return false;
    }
    if (by.score && by.weight && Number(by.score) > Number(by.weight)) return false;
    const stated = options.statedWhole ?? [];
    if (stated.length > 0) {
      const amounts = (['initialBudget', 'budget', 'executed'] as const).filter((role) => by[role]).map((role) => Number(by[role]));
      if (!amounts.some((a) => stated.includes(a))) return false;
    }
    // A part (其中 …) is no larger than the whole.
    if (options.total) {
      for (const role of ['initialBudget', 'budget', 'executed'] as const) {
        const whole = options.total[role];
        if (by[role] && whole && Number(by[role]) > Number(whole)) return false;
      }
    }
    return true;
  };
  const cut = cutRows(chars, { shapes: roles.map((r) => SHAPE[r]), mayOmitLast: omit, check, single: true }, false);
  if (cut.ways === 1 && cut.rows.length === 1) return { cells: cut.rows[0]!, reason: null };
  return {
    cells: null,
    reason: cut.ways === 0 ? 'no cut of the glued figures fits the columns' : MORE_THAN_ONE_CUT,
  };
}

/** Cuts a glued 总分 row into the indicator columns that hold its figures (分值, 得分). */
export function cutTotalRow(chars: FlatChar[], under: IndicatorRole[]): FlatCell[] | null {
  const numeric = under.filter((r) => r === 'weight' || r === 'score');
  if (numeric.length === 0) return null;
  const check = (cells: string[]) => cells.length < 2 || Number(cells[1]) <= Number(cells[0]);
  const cut = cutRows(chars, { shapes: numeric.map(() => 'score'), mayOmitLast: 0, check, single: true }, false);
  if (cut.ways !== 1 || cut.rows.length !== 1) return null;
  const cells = cut.rows[0]!;
  let k = 0;
  // Empty cells under the other columns, so that each figure stands under its own.
  const out: FlatCell[] = [];
  for (const role of under) {
    if (k >= numeric.length) break;
    out.push(role === numeric[k] ? cells[k++]! : { text: '', line: cells[0]!.line });
  }
  return out;
}
