/**
 * Short rows placed by what their cells say (补位). A row with fewer cells than its columns, where
 * the extraction dropped its empty cells (cells told apart by spaces, a web page whose blank cells
 * left no trace, a row broken over lines), is placed only when exactly one way of putting its
 * cells, in order, into the columns fits: each cell fits its column (an amount, a rate, points, a
 * comparator such as ≥), the columns every row fills are filled, and the figures agree with each
 * other — the execution rate is 全年执行数 / 全年预算数 as written, rounded or cut (cutRates.ts; so a
 * stated rate means both amounts are written), a score is no more than its weight, a weight no more than 100, a unit
 * (度量单位) stands beside a figure. `880 880 880 10 10` under 年初预算数 / 全年预算数 / 全年执行数 /
 * 分值 / 执行率 / 得分 fits one way only (执行率 left blank); `387664.62 387664.62 10 100% 10` too
 * (年初预算数 left blank: the rate 100% needs both amounts beside it). Any other row stays unplaced.
 */
import { parseMoneyWan, parseRateCell, parseScoreCell } from '../domain/reportedValue';
import { rateWrittenAgrees } from './cutRates';
import { isPlaceholder } from './labels';
import type { FundingRole, IndicatorRole } from './template';

export interface PlacementRules<Role extends string> {
  /** Whether a cell's text fits a column (placeholders are checked here too). */
  fits: (role: Role, text: string) => boolean;
  /** Columns a row always fills. */
  required: readonly Role[];
  /** Whether a whole placement agrees with itself (written cells by role). */
  agrees: (by: Partial<Record<Role, string>>) => boolean;
}

/**
 * The one way of placing `cells` (in order) into `roles` that the rules allow: for each cell the
 * index of its column, -1 for a placeholder (`/`, `—`: nothing written, wherever it stood). Null
 * when no way fits, or the ways differ in where a written cell goes.
 */
export function placeShortRow<Role extends string>(
  cells: readonly string[],
  roles: readonly Role[],
  rules: PlacementRules<Role>,
): number[] | null {
  const found = new Map<string, number[]>();
  const at: number[] = [];
  const walk = (cell: number, from: number): void => {
    if (found.size > 1) return;
    if (cell === cells.length) {
      const by: Partial<Record<Role, string>> = {};
      at.forEach((col, k) => (by[roles[col]!] = cells[k]!));
      const written = (role: Role) => by[role] !== undefined && !isPlaceholder(by[role]!);
      if (!rules.required.every((role) => !roles.includes(role) || written(role)) || !rules.agrees(by)) return;
      const places = at.map((col, k) => (isPlaceholder(cells[k]!) ? -1 : col));
      found.set(places.join(','), places);
      return;
    }
    // Leave room for the cells after this one.
    for (let col = from; col <= roles.length - (cells.length - cell); col++) {
      if (!rules.fits(roles[col]!, cells[cell]!)) continue;
      at.push(col);
      walk(cell + 1, col + 1);
      at.pop();
    }
  };
  walk(0, 0);
  return found.size === 1 ? [...found.values()][0]! : null;
}

/**
 * Whether cells whose blanks were lost go into `roles` in order, and in no other order: every way
 * of placing them (each cell fitting its column, any column left blank) puts each written cell
 * where the order does. `WIFI布点全覆盖 | 100%覆盖 | 100%覆盖` under 三级指标 / 年初目标值 / 实际完成值 /
 * 得分 (its 得分 merged from the row above) goes one way; `3 | 9.3 | 9.3` under 年度指标值 / 实际完成值 /
 * 分值 / 得分 does not.
 */
export function fitsInOrderOnly<Role extends string>(
  cells: readonly string[],
  roles: readonly Role[],
  fits: (role: Role, text: string) => boolean,
): boolean {
  const at = placeShortRow(cells, roles, { fits, required: [], agrees: () => true });
  return at !== null && at.every((col, k) => col === -1 || col === k);
}

const written = (text: string | undefined): text is string => text !== undefined && !isPlaceholder(text);

/** Points no more than 100, a score no more than its weight. */
function scoresAgree(weight: string | undefined, score: string | undefined): boolean {
  const w = written(weight) ? parseScoreCell(weight).value : null;
  const s = written(score) ? parseScoreCell(score).value : null;
  if (w !== null && w > 100) return false;
  return w === null || s === null || s <= w;
}

/**
 * A funding row (年度资金总额 …): a stated rate is 全年执行数 / 全年预算数 (年初预算数 where no 全年预算数
 * column) as written. Where the form deducts pooled funds (统筹整合资金数 B, Sichuan's fund evaluation
 * form), 扣除统筹整合资金后预算金额 is C = A − B (a blank B is none), and both rates are over C:
 * 预算到位 D/C and 预算执行 E/C.
 */
export function fundingRowAgrees(roles: readonly FundingRole[]) {
  const base: FundingRole = roles.includes('netBudget') ? 'netBudget' : roles.includes('budget') ? 'budget' : 'initialBudget';
  return (by: Partial<Record<FundingRole, string>>): boolean =>
    scoresAgree(by.weight, by.score) &&
    netBudgetAgrees(by) &&
    rateAgrees(by[base], by.executed, by.executionRate) &&
    rateAgrees(by[base], by.received, by.receivedRate);
}

/** A stated rate is the part over the whole as written (both written); nothing budgeted, the rate is whatever the unit wrote. */
function rateAgrees(whole: string | undefined, part: string | undefined, rate: string | undefined): boolean {
  if (!written(rate)) return true;
  if (!written(whole) || !written(part)) return false;
  const a = parseMoneyWan(whole);
  const b = parseMoneyWan(part);
  const r = parseRateCell(rate);
  if (a.status !== 'OK' || b.status !== 'OK' || r.status !== 'OK') return false;
  return a.value === 0 || rateWrittenAgrees(b.value / a.value, r.value, r.decimals);
}

/** C = A − B where C is written (a blank B is none): the budget A is written with it. */
function netBudgetAgrees(by: Partial<Record<FundingRole, string>>): boolean {
  if (!written(by.netBudget)) return !written(by.pooled) || written(by.budget);
  if (!written(by.budget)) return false;
  const a = parseMoneyWan(by.budget);
  const b = written(by.pooled) ? parseMoneyWan(by.pooled) : null;
  const c = parseMoneyWan(by.netBudget);
  if (a.status !== 'OK' || c.status !== 'OK' || (b !== null && b.status !== 'OK')) return false;
  return Math.abs(a.value - (b?.value ?? 0) - c.value) < 0.005;
}

/** A comparator as a sign (≥) or in words (大于等于: 指标方向 of Inner Mongolia's form), or the kind of a qualitative or quantitative indicator. */
const COMPARATOR = /^(?:[≥≤=<>＝≧≦═]|定性|定量|等于|(?:大于|小于|高于|低于|不低于|不高于|不少于|不多于|不大于|不小于)(?:等于)?)$/u;
const BARE_NUMBER = /^[-+]?\d+(?:\.\d+)?$/;

/** An indicator row: a comparator cell is a comparator, a unit stands beside a bare figure, a score is no more than its weight. */
export function indicatorCellFits(role: IndicatorRole, text: string, fitsFigure: (role: IndicatorRole, text: string) => boolean): boolean {
  if (role === 'comparator') return isPlaceholder(text) || COMPARATOR.test(text.trim());
  if (role === 'unit') return isPlaceholder(text) || (!/\d/.test(text) && text.trim().length <= 4);
  return fitsFigure(role, text);
}

export function indicatorRowAgrees(by: Partial<Record<IndicatorRole, string>>): boolean {
  if (written(by.unit) && !(written(by.target) && BARE_NUMBER.test(by.target.trim()))) return false;
  return scoresAgree(by.weight, by.score);
}

/**
 * A part of the indicator above (其中桃树种植面积 | 1.5亩 | 1.5亩 under ★补助各类瓜果蔬菜种植面积 | 20 | 29.5亩 …):
 * its 指标值 and 实际值 only, no 分值 or 得分 of its own — so its two figures can go one way only.
 */
export function isSubItem(name: string): boolean {
  return /^其中/u.test(name.trim());
}

/** The placement rules of a part (isSubItem): 指标值 and 实际值 written, nothing else (no 分值, 得分 or note). */
export function subItemRules(rules: PlacementRules<IndicatorRole>): PlacementRules<IndicatorRole> {
  return {
    fits: rules.fits,
    required: ['name', 'target', 'actual'],
    agrees: (by) => !written(by.weight) && !written(by.score) && !written(by.note) && rules.agrees(by),
  };
}
