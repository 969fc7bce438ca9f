/**
 * Department-wide self-evaluation tables (部门整体支出绩效自评表 / 部门（单位）整体绩效自评表) in
 * tab-separated text: the Hubei template (weighted 年度目标 goals, each indicator with 分值,
 * 指标说明, 评分标准) and the Henan template (投入/过程/产出/效益 indicator tree, no goals).
 */
import type { ParsedDepartmentEvaluation, ParsedDepartmentGoal } from '../../templates/parsed';
import type { TableContext } from './context';
import { fundingHeader, readFundingRow, type FundingBlock } from './funding';
import { IndicatorReader, isIndicatorHeader, layoutFromHeader } from './indicators';
import { continuesAfter, isTotalLabel } from './project';
import type { Row, Sink } from './rows';
import { cell, firstIndex, isRuleRow, labelOf } from './rows';
import { isSummaryStart, isUnitLabel } from './summary';
import { cleanProse, compact } from '../../tables/cellText';

/** "年度目标1: 积极促进就业创业工作。(18分)" → position, name, weight text. */
export function parseGoal(text: string): { position: number; name: string; weight: string | null } | null {
  const s = text.trim();
  const m = /^年度目标\s*(\d{1,2})\s*[:：]?\s*/.exec(s);
  if (!m || m[1] === undefined) return null;
  const rest = s.slice(m[0].length);
  const w = /[(（]\s*\d{1,3}(?:\.\d+)?\s*分\s*[)）]\s*$/.exec(rest);
  const name = (w ? rest.slice(0, w.index) : rest).trim();
  return { position: Number(m[1]), name, weight: w ? w[0].trim() : null };
}

function goalOf(row: Row): ReturnType<typeof parseGoal> {
  const i = firstIndex(row.cells);
  return i < 0 ? null : parseGoal(row.cells[i] ?? '');
}

const DEPT_MARKER = /^(基本支出|预算执行情况|年度履职目标|年度主要任务|预算情况|年度目标\d)/;

/** A row that begins a department-wide table (when not already inside one). */
export function isDepartmentStart(rows: Row[], i: number): boolean {
  const row = rows[i] as Row;
  if (!row.isTab) return false;
  const label = labelOf(row);
  if (isUnitLabel(label)) {
    if (isSummaryStart(rows, i)) return false;
    for (let k = i + 1, seen = 0; k < rows.length && seen < 8; k++) {
      const r = rows[k] as Row;
      if (r.blank) continue;
      seen++;
      const l = labelOf(r);
      if (l === '项目名称') return false;
      if (DEPT_MARKER.test(l) || goalOf(r) !== null) return true;
      if (isIndicatorHeader(r) && r.keys.some((k) => k.includes('指标说明'))) return true;
    }
    return false;
  }
  return /^(基本支出总额|年度履职目标|年度目标\d)/.test(label);
}

/** The 单位名称 row that starts a department table; used as a boundary by other tables. */
export function isDepartmentUnitRow(rows: Row[], i: number): boolean {
  const row = rows[i] as Row;
  return row.isTab && isUnitLabel(labelOf(row)) && isDepartmentStart(rows, i);
}

export function readDepartmentTable(
  rows: Row[],
  start: number,
  ctx: TableContext,
  sink: Sink,
  isBoundary: (i: number) => boolean,
): { evaluation: ParsedDepartmentEvaluation; next: number } {
  const first = rows[start] as Row;
  const d: ParsedDepartmentEvaluation = {
    title: ctx.title,
    fiscalYear: ctx.fiscalYear,
    unitName: ctx.unit ?? '',
    filledOn: ctx.filledOn,
    reportedTotalScore: ctx.reportedScore,
    basicExpenditure: null,
    projectExpenditure: null,
    budget: null,
    executed: null,
    executionRate: null,
    budgetWeight: null,
    budgetScore: null,
    annualObjectives: null,
    narrative: null,
    indicators: [],
    goals: [],
    lines: { start: ctx.titleLine ?? first.line, end: first.line },
  };
  let funding: FundingBlock | null = null;
  let reader: IndicatorReader | null = null;
  let goal: ParsedDepartmentGoal | null = null;
  let inTasks = false;
  let i = start;
  for (; i < rows.length; i++) {
    const row = rows[i] as Row;
    if (row.blank) continue;
    if (i !== start && isBoundary(i)) break;
    const g = goalOf(row);
    if (g !== null) {
      goal = {
        position: g.position,
        name: g.name,
        weight: g.weight === null ? null : { text: g.weight, line: row.line },
        indicators: [],
        lines: { start: row.line, end: row.line },
      };
      if (g.weight === null) sink.warn(row.line, row.raw, `年度目标${g.position} has no weight (N分)`);
      d.goals.push(goal);
      if (reader) reader.retarget(goal.indicators);
      d.lines.end = row.line;
      inTasks = false;
      continue;
    }
    if (!row.isTab) {
      if (continuesAfter(rows, i, isBoundary)) {
        sink.unread(row.line, row.raw, 'text line inside a department table');
        d.lines.end = row.line;
        continue;
      }
      break;
    }
    if (isRuleRow(row)) continue;
    d.lines.end = row.line;
    const li = firstIndex(row.cells);
    const label = labelOf(row);
    if (isUnitLabel(label)) {
      if (i !== start && d.unitName !== '') break;
      d.unitName = row.cells.slice(li + 1).find((c) => c !== '') ?? '';
      continue;
    }
    if (reader === null && readAmounts(row, d, sink)) {
      inTasks = false;
      continue;
    }
    if (label.startsWith('预算执行情况')) {
      funding = fundingHeader(row, li, sink);
      d.budgetWeight = funding.budgetWeight;
      inTasks = false;
      continue;
    }
    if (label.startsWith('年度履职目标')) {
      d.annualObjectives = cleanProse(row.rawCells.slice(li + 1).join(' ')) || null;
      continue;
    }
    if (label.startsWith('年度主要任务')) {
      inTasks = true;
      sink.warn(row.line, row.raw, '年度主要任务 (annual tasks) has no field in ParsedDepartmentEvaluation; kept in warnings');
      continue;
    }
    if (isIndicatorHeader(row)) {
      const layout = layoutFromHeader(row, sink);
      if (reader) reader.setLayout(layout);
      else reader = new IndicatorReader(layout, sink, goal ? goal.indicators : d.indicators);
      inTasks = false;
      continue;
    }
    if (isTotalLabel(label)) {
      const vals = row.cells.slice(li + 1).filter((c) => c !== '');
      const v = vals[vals.length - 1];
      if (v !== undefined) d.reportedTotalScore = cell(v, row.line);
      continue;
    }
    if (inTasks) {
      sink.warn(row.line, row.raw, '年度主要任务 row (no field in ParsedDepartmentEvaluation)');
      continue;
    }
    if (reader !== null) {
      const r = reader.read(row);
      if (r === 'indicator' || r === 'continuation') {
        if (goal) goal.lines.end = row.line;
      }
      continue;
    }
    if (funding !== null && readFundingRow(funding, row, sink)) continue;
    sink.unread(row.line, row.raw, 'row not understood in a department table');
  }
  if (funding) {
    const t = funding.lines.total;
    if (t) {
      d.budget = t.budget;
      d.executed = t.executed;
      d.executionRate = t.executionRate;
      d.budgetScore = t.score;
    } else sink.warn(funding.headerLine, '', '预算执行情况 header without figures (预算数/执行数/执行率 not reported)');
  }
  if (d.unitName === '') sink.warn(first.line, first.raw, 'department table without 单位名称');
  if (reader === null) sink.warn(d.lines.end, '', 'department table has no indicator header (一级/二级/三级指标)');
  for (const g of d.goals) if (g.indicators.length === 0) sink.warn(g.lines.start, '', `年度目标${g.position} has no indicators`);
  return { evaluation: d, next: i };
}

/** 基本支出总额 / 项目支出总额 / 部门预算总额 amounts, wherever they sit in the row. */
function readAmounts(row: Row, d: ParsedDepartmentEvaluation, sink: Sink): boolean {
  let hit = false;
  row.cells.forEach((c, idx) => {
    const k = compact(c);
    if (k === '') return;
    const target = k.includes('基本支出')
      ? 'basic'
      : k.includes('项目支出')
        ? 'project'
        : k.includes('预算总额')
          ? 'budget'
          : k.includes('资金来源') || k === '（2）其他资金' || k === '(2)其他资金'
            ? 'other'
            : null;
    if (target === null) return;
    hit = true;
    const v = row.cells.slice(idx + 1).find((x) => x !== '');
    const value = v === undefined ? null : cell(v, row.line);
    if (target === 'basic') d.basicExpenditure = value;
    else if (target === 'project') d.projectExpenditure = value;
    else if (target === 'budget') d.budget = value;
    else if (value !== null) sink.warn(row.line, row.raw, `${c}: funding source has no field in ParsedDepartmentEvaluation`);
  });
  return hit;
}
