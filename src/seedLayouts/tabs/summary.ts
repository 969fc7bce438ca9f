/**
 * Per-unit summary tables (部门（单位）项目支出自评汇总表) in tab-separated text.
 */
import type { ParsedSummaryRow, ParsedSummaryTable } from '../../templates/parsed';
import type { Row, Sink } from './rows';
import { cell, firstIndex, isRuleRow, labelOf, trimTrailing, valueAfter } from './rows';
import { continuesAfter } from './project';
import { compact } from '../../tables/cellText';

type SummaryRole =
  | 'position'
  | 'projectName'
  | 'budget'
  | 'executed'
  | 'executionRate'
  | 'outputScoreRate'
  | 'benefitScoreRate'
  | 'satisfactionScoreRate'
  | 'totalScore'
  | 'deviationNote'
  | 'skip';

function roleOf(c: string): SummaryRole {
  const k = compact(c);
  if (k === '序号') return 'position';
  if (k.includes('项目名称')) return 'projectName';
  if (k.includes('执行率')) return 'executionRate';
  if (k.includes('执行数')) return 'executed';
  if (k.includes('预算数')) return 'budget';
  if (k.startsWith('产出')) return 'outputScoreRate';
  if (k.startsWith('效益')) return 'benefitScoreRate';
  if (k.startsWith('满意度')) return 'satisfactionScoreRate';
  if (k.includes('得分')) return 'totalScore';
  if (k.includes('偏差')) return 'deviationNote';
  return 'skip';
}

export function isSummaryHeader(row: Row): boolean {
  if (!row.isTab) return false;
  const ks = row.keys;
  return ks.includes('序号') && ks.some((k) => k.includes('项目名称')) && ks.some((k) => k.includes('执行率') || k.includes('得分率'));
}

const UNIT_LABEL = /^(部门（单位）名称|部门\(单位\)名称|单位名称|部门名称)$/;

export function isUnitLabel(label: string): boolean {
  return UNIT_LABEL.test(label);
}

/** A 部门（单位）名称 row of a summary table (it carries 汇总时间, or the 序号 header follows). */
export function isSummaryStart(rows: Row[], i: number): boolean {
  const row = rows[i] as Row;
  if (!row.isTab) return false;
  if (isSummaryHeader(row)) return true;
  if (!isUnitLabel(labelOf(row))) return false;
  if (row.keys.some((k) => k.includes('汇总时间'))) return true;
  for (let k = i + 1; k < rows.length && k < i + 4; k++) {
    const r = rows[k] as Row;
    if (r.blank) continue;
    return isSummaryHeader(r);
  }
  return false;
}

export function readSummaryTable(
  rows: Row[],
  start: number,
  title: { line: number } | null,
  sink: Sink,
  isBoundary: (i: number) => boolean,
): { table: ParsedSummaryTable; next: number } {
  const first = rows[start] as Row;
  const table: ParsedSummaryTable = { unitName: '', compiledOn: null, rows: [], lines: { start: title?.line ?? first.line, end: first.line } };
  let roles: SummaryRole[] | null = null;
  let i = start;
  for (; i < rows.length; i++) {
    const row = rows[i] as Row;
    if (row.blank) continue;
    if (i !== start && isBoundary(i) && !(roles === null && isSummaryHeader(row))) break;
    if (!row.isTab) {
      if (continuesAfter(rows, i, isBoundary)) {
        sink.unread(row.line, row.raw, 'text line inside a summary table');
        continue;
      }
      break;
    }
    if (isRuleRow(row)) continue;
    table.lines.end = row.line;
    const li = firstIndex(row.cells);
    const label = labelOf(row);
    if (isUnitLabel(label)) {
      const isLabel = (c: string): boolean => compact(c).includes('汇总时间');
      table.unitName = valueAfter(row.cells, li, isLabel) ?? '';
      const t = row.cells.findIndex(isLabel);
      if (t >= 0) table.compiledOn = valueAfter(row.cells, t, () => false);
      continue;
    }
    if (isSummaryHeader(row)) {
      roles = row.cells.map(roleOf);
      continue;
    }
    if (roles !== null && /^\d{1,3}$/.test(label)) {
      table.rows.push(toSummaryRow(row, li, roles, sink));
      continue;
    }
    sink.unread(row.line, row.raw, roles === null ? 'row before the summary header' : 'summary row without a 序号');
  }
  if (roles === null) sink.warn(first.line, first.raw, 'summary table has no 序号/项目名称 header');
  if (table.unitName === '') sink.warn(first.line, first.raw, 'summary table without 部门（单位）名称');
  return { table, next: i };
}

function toSummaryRow(row: Row, li: number, roles: SummaryRole[], sink: Sink): ParsedSummaryRow {
  // Align the 序号 cell with the header's 序号 column.
  const posCol = Math.max(0, roles.indexOf('position'));
  const shift = li - posCol;
  const cells = trimTrailing(shift >= 0 ? row.cells.slice(shift) : [...new Array<string>(-shift).fill(''), ...row.cells]);
  const get = (r: SummaryRole): string | undefined => {
    const idx = roles.indexOf(r);
    return idx < 0 ? undefined : cells[idx];
  };
  if (cells.length > roles.length) sink.warn(row.line, row.raw, 'summary row has more cells than its header');
  const out: ParsedSummaryRow = {
    position: Number(compact(cells[posCol] ?? '0')),
    projectName: get('projectName') ?? '',
    budget: cell(get('budget'), row.line),
    executed: cell(get('executed'), row.line),
    executionRate: cell(get('executionRate'), row.line),
    outputScoreRate: cell(get('outputScoreRate'), row.line),
    benefitScoreRate: cell(get('benefitScoreRate'), row.line),
    satisfactionScoreRate: cell(get('satisfactionScoreRate'), row.line),
    totalScore: cell(get('totalScore'), row.line),
    deviationNote: (get('deviationNote') ?? '') === '' ? null : (get('deviationNote') as string),
    lines: { start: row.line, end: row.line },
  };
  if (out.projectName === '') sink.warn(row.line, row.raw, 'summary row without a 项目名称');
  return out;
}
