/**
 * Project self-evaluation tables (项目自评表 / 项目支出绩效自评表) in tab-separated text.
 */
import { unreadProject, type ParsedIndicator, type ParsedProjectEvaluation } from '../../templates/parsed';
import type { TableContext } from './context';
import { fundingHeader, isFundingHeaderLabel, readFundingRow, type FundingBlock } from './funding';
import { IndicatorReader, isIndicatorHeader, layoutFromHeader } from './indicators';
import type { Row, Sink } from './rows';
import { cell, firstIndex, isRuleRow, joinAfter, labelOf, valueAfter } from './rows';
import { cleanProse, compact, tickedOption } from '../../tables/cellText';
import { isSignOff } from '../../templates/signOff';

const KNOWN_LABEL = /^(项目名称|主管部门|(项目)?实施单位?|项目类别|项目属性|项目类型)$/;
const isKnownLabel = (c: string): boolean => KNOWN_LABEL.test(compact(c));

export function isProjectStart(row: Row): boolean {
  return row.isTab && labelOf(row) === '项目名称';
}

export function isTotalLabel(label: string): boolean {
  return label === '总分' || label === '合计' || label === '总计' || label.startsWith('总分') || label === '自评总分';
}

/** Where a table reader stopped, and whether the table looked complete. */
export interface TableEnd {
  next: number;
}

/**
 * Reads the project table whose first row (项目名称) is rows[start]. `isBoundary(i)` tells whether
 * rows[i] starts something else (another table, a title, a note).
 */
export function readProjectTable(
  rows: Row[],
  start: number,
  ctx: TableContext,
  sink: Sink,
  isBoundary: (i: number) => boolean,
): { project: ParsedProjectEvaluation; next: number } {
  const first = rows[start] as Row;
  const p = unreadProject({
    title: ctx.title,
    fiscalYear: ctx.fiscalYear,
    name: '',
    reportingUnit: ctx.unit,
    filledOn: ctx.filledOn,
    narrative: ctx.narrative,
    lines: { start: ctx.titleLine ?? first.line, end: first.line },
  });
  let funding: FundingBlock | null = null;
  let goalCols: { expected: number; actual: number } | null = null;
  let reader: IndicatorReader | null = null;
  const indicators: ParsedIndicator[] = p.indicators;
  let sawTotal = false;
  let sawImprovement = false;
  let i = start;
  let lastLine = first.line;

  for (; i < rows.length; i++) {
    const row = rows[i] as Row;
    if (row.blank) continue;
    if (i !== start && isBoundary(i)) break;
    if (!row.isTab) {
      // Prose inside the table: unread if the table goes on after it, else the table ended.
      if (continuesAfter(rows, i, isBoundary)) {
        sink.unread(row.line, row.raw, 'text line inside a project table');
        lastLine = row.line;
        continue;
      }
      break;
    }
    if (isRuleRow(row)) continue;
    lastLine = row.line;
    const li = firstIndex(row.cells);
    const label = labelOf(row);

    if (label === '项目名称') {
      p.name = valueAfter(row.cells, li, isKnownLabel) ?? '';
      continue;
    }
    if (label === '主管部门' || /^(项目)?实施单位?$/.test(label)) {
      row.cells.forEach((c, idx) => {
        const k = compact(c);
        if (k === '主管部门') p.supervisingDepartment = valueAfter(row.cells, idx, isKnownLabel);
        else if (/^(项目)?实施单位?$/.test(k)) p.implementingUnit = valueAfter(row.cells, idx, isKnownLabel);
      });
      continue;
    }
    if (label === '项目类别' || label === '项目属性' || label === '项目类型') {
      const raw = row.rawCells.slice(li + 1).join(' ');
      const opt = tickedOption(raw);
      if (opt === null) sink.warn(row.line, row.raw, `${label}: no option ticked`);
      if (label === '项目类别') p.classification.category = opt;
      else if (label === '项目属性') p.classification.attribute = opt;
      else p.classification.type = opt;
      continue;
    }
    if (isFundingHeaderLabel(label) && reader === null) {
      funding = fundingHeader(row, li, sink);
      if (funding.budgetWeight) p.budgetWeight = funding.budgetWeight;
      continue;
    }
    if (label.startsWith('年度总体目标') || label.startsWith('总体目标')) {
      const e = row.cells.findIndex((c) => compact(c).includes('预期目标'));
      const a = row.cells.findIndex((c) => compact(c).includes('实际完成'));
      goalCols = { expected: e >= 0 ? e : li + 1, actual: a >= 0 ? a : row.cells.length };
      continue;
    }
    if (isIndicatorHeader(row)) {
      const layout = layoutFromHeader(row, sink);
      if (reader) reader.setLayout(layout);
      else reader = new IndicatorReader(layout, sink, indicators);
      goalCols = null;
      continue;
    }
    if (isTotalLabel(label)) {
      const vals = row.cells.slice(li + 1).filter((c) => c !== '');
      const v = vals[vals.length - 1];
      p.reportedTotalScore = cell(v, row.line);
      sawTotal = true;
      continue;
    }
    if (label.startsWith('偏差大') || label.startsWith('偏差原因')) {
      p.deviationAnalysis = prose(row, li);
      continue;
    }
    if (label.startsWith('改进措施')) {
      p.improvementMeasures = prose(row, li);
      sawImprovement = true;
      i++;
      break;
    }
    if (goalCols !== null && li >= 1 && reader === null) {
      const exp = row.cells.slice(goalCols.expected, goalCols.actual).filter((c) => c !== '');
      const act = row.cells.slice(goalCols.actual).filter((c) => c !== '');
      if (exp.length > 0) p.expectedGoal = cleanProse(row.rawCells.slice(goalCols.expected, goalCols.actual).join(' '));
      if (act.length > 0) p.actualOutcome = cleanProse(row.rawCells.slice(goalCols.actual).join(' '));
      if (exp.length + act.length > 0) continue;
    }
    if (funding !== null && reader === null && readFundingRow(funding, row, sink)) continue;
    if (reader !== null && !sawTotal) {
      reader.read(row);
      continue;
    }
    // The form's sign-off under it (填报人：… 填报日期：…) is no row of it, and no row not understood.
    if (isSignOff(row.cells[li] ?? '')) continue;
    sink.unread(row.line, row.raw, 'row not understood in a project table');
  }
  p.lines.end = lastLine;
  if (funding) {
    p.total = funding.lines.total ?? p.total;
    p.currentYearFunds = funding.lines.current ?? null;
    p.carryOverFunds = funding.lines.carryOver ?? null;
    p.otherFunds = funding.lines.other ?? null;
    if (!p.budgetWeight && p.total.weight) p.budgetWeight = p.total.weight;
    if (!funding.lines.total) sink.warn(funding.headerLine, '', 'budget execution block has no 年度资金总额 figures');
  } else sink.warn(first.line, first.raw, 'project table has no budget execution (预算执行情况 / 项目资金) block');
  if (p.name === '') {
    p.name = ctx.title ?? '';
    sink.warn(first.line, first.raw, '项目名称 is empty');
  }
  if (reader === null) sink.warn(lastLine, '', `project table "${p.name}" has no indicator header (一级/二级/三级指标)`);
  if (!sawTotal) sink.warn(lastLine, '', `project table "${p.name}" ends before its 总分 row (truncated?)`);
  void sawImprovement;
  return { project: p, next: i };
}

function prose(row: Row, li: number): string | null {
  const t = joinAfter(row.cells, li);
  if (t === null) return null;
  const c = cleanProse(row.rawCells.slice(li + 1).join(' '));
  return c === '' ? null : c;
}

/** Whether a tab row of the same table follows the prose line at rows[i]. */
export function continuesAfter(rows: Row[], i: number, isBoundary: (i: number) => boolean): boolean {
  for (let k = i + 1; k < rows.length && k < i + 4; k++) {
    const r = rows[k] as Row;
    if (r.blank) continue;
    return r.isTab && !isBoundary(k);
  }
  return false;
}
