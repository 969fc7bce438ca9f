/**
 * Budget-execution blocks (预算执行情况 / 项目资金) of tab-separated tables: the header row
 * names the value columns, data rows are labelled 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 /
 * 其他资金. Handles header continuations ("(20分*执行率)") and a label row whose values are on
 * the next line.
 */
import type { Cell, FundingLine } from '../../templates/parsed';
import type { Row, Sink } from './rows';
import { cell, trimTrailing } from './rows';
import { compact, isDash, isNumberLike, weightInParens } from '../../tables/cellText';

export type FundingRole = 'initialBudget' | 'budget' | 'executed' | 'executionRate' | 'weight' | 'score' | 'skip';
export type FundingKind = 'total' | 'current' | 'carryOver' | 'other';

/** The label cell of a budget-execution header row. */
export function isFundingHeaderLabel(label: string): boolean {
  return label.startsWith('预算执行情况') || label.startsWith('项目资金') || label.startsWith('资金情况');
}

export function fundingKind(label: string): FundingKind | null {
  if (label.includes('资金总额') || label.includes('支出总额')) return 'total';
  if (label.includes('当年财政拨款')) return 'current';
  if (label.includes('上年结转')) return 'carryOver';
  if (label.startsWith('其他资金') || label.startsWith('其中：其他资金')) return 'other';
  return null;
}

/** "(20分*执行率)" and similar pieces of a header cell broken onto the next line. */
export function isHeaderContinuation(c: string): boolean {
  const k = compact(c);
  return k.includes('*执行') || /^[(（]?\d{1,3}分\*?[)）]?$/.test(k) || k === '(B/A)' || k === '（B/A）';
}

function fundingRole(c: string): FundingRole | null {
  const k = compact(c);
  if (k === '') return null;
  if (k.includes('原因') || k.includes('说明')) return 'skip';
  if (k.includes('年初预算')) return 'initialBudget';
  if (k.startsWith('得分') || k.includes('得分')) return 'score';
  if (k.includes('分值')) return 'weight';
  if (k.includes('执行率')) return 'executionRate';
  if (k.includes('执行')) return 'executed';
  if (k.includes('预算')) return 'budget';
  return 'skip';
}

/**
 * A budget-execution header without its label cell (预算数(A) | 执行数(B) | 执行率(B/A) | 得分: cut
 * from its block, as a page break cuts a repeated header): three cells or more, each a column label
 * of the block and none holding a figure.
 */
export function isFundingColumnLabels(cells: string[]): boolean {
  const written = cells.filter((c) => compact(c) !== '');
  return written.length >= 3 && written.every((c) => !/\d/.test(c) && !['skip', null].includes(fundingRole(c)));
}

export interface FundingBlock {
  roles: FundingRole[];
  budgetWeight: Cell | null;
  lines: Partial<Record<FundingKind, FundingLine>>;
  pending: FundingKind | null;
  headerLine: number;
}

export function fundingHeader(row: Row, labelIdx: number, sink: Sink): FundingBlock {
  const label = row.cells[labelIdx] ?? '';
  const w = weightInParens(label);
  const roles: FundingRole[] = [];
  for (const c of row.cells.slice(labelIdx + 1)) {
    const r = fundingRole(c);
    if (r !== null) roles.push(r);
  }
  // The columns every budget-execution block has: without one, its figures go unread or shift.
  for (const [need, what] of [
    [['budget'], '预算数 / 全年预算数'],
    [['executed'], '执行数'],
    [['executionRate'], '执行率'],
  ] as const)
    if (!need.some((r) => roles.includes(r)))
      sink.warn(row.line, row.raw, `budget-execution header has no ${what} column: a damaged header cell?`);
  if (w === null && /\d\s*分/.test(label))
    sink.warn(row.line, row.raw, `budget-execution header 「${label}」: its weight (N分) cannot be read`);
  return {
    roles,
    budgetWeight: w === null ? null : { text: w, line: row.line },
    lines: {},
    pending: null,
    headerLine: row.line,
  };
}

function emptyLine(): FundingLine {
  return { initialBudget: null, budget: null, executed: null, executionRate: null, weight: null, score: null };
}

/** Assigns value cells to the header's roles: positionally, or compacted when shifted. */
function toLine(values: string[], roles: FundingRole[], line: number): FundingLine {
  const cleaned = trimTrailing(values.map((v) => (isHeaderContinuation(v) ? '' : v)));
  const f = emptyLine();
  const use = cleaned.length <= roles.length ? cleaned : cleaned.filter((v) => v !== '');
  use.forEach((v, i) => {
    const r = roles[i];
    if (r === undefined || r === 'skip') return;
    f[r] = cell(v, line);
  });
  return f;
}

function hasValues(values: string[]): boolean {
  return values.some((v) => v !== '' && !isHeaderContinuation(v));
}

/**
 * Reads one row of the funding block. Returns false when the row is not a funding row.
 */
export function readFundingRow(block: FundingBlock, row: Row, sink: Sink): boolean {
  const cells = row.cells;
  const li = cells.findIndex((c) => c !== '' && fundingKind(compact(c)) !== null);
  if (li >= 0) {
    const kind = fundingKind(compact(cells[li] ?? '')) as FundingKind;
    const values = cells.slice(li + 1);
    block.lines[kind] = toLine(values, block.roles, row.line);
    block.pending = hasValues(values) ? null : kind;
    return true;
  }
  const nonEmpty = cells.filter((c) => c !== '');
  if (nonEmpty.length === 0) return true;
  if (nonEmpty.every(isHeaderContinuation)) return true;
  if (nonEmpty.every((c) => isNumberLike(c) || isDash(c) || isHeaderContinuation(c))) {
    let kind = block.pending;
    if (kind === null) {
      if (block.lines.total) return false;
      kind = 'total';
      sink.warn(row.line, row.raw, 'budget figures without a row label taken as 年度资金总额');
    }
    block.lines[kind] = toLine(nonEmpty, block.roles, row.line);
    block.pending = null;
    return true;
  }
  return false;
}
