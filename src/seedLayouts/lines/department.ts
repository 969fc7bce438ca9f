/**
 * The department-wide self-evaluation (部门整体绩效自评表, Hubei template) in line-broken text:
 *   title, 单位名称：… 填报日期：…, 单位名称 X, 基本支出总额 X 项目支出总额 Y,
 *   预算执行情况 block (部门整体支出总额 A B rate score),
 *   年度目标 N：（w 分） goal text + indicator block, repeated, 总分, 偏差…, 改进措施….
 */
import type { Cell, ParsedDepartmentEvaluation, ParsedDepartmentGoal } from '../../templates/parsed';
import { readFundingBlock } from './funding';
import { isIndicatorHeaderLine, readIndicatorBlock } from './indicators';
import { freeText } from './project';
import {
  cellFromJoined,
  findLabel,
  joinSource,
  joinText,
  matchLabel,
  spanOf,
  trimText,
  yearOf,
  type Issues,
  type SourceLine,
} from './text';

/** Title of a department-wide table: "…部门整体绩效自评表", "…整体支出绩效自评表". */
export const DEPARTMENT_TITLE_RE = /整体.*自评表$/;

const GOAL_RE = /^年度目标\s*(\d{1,2})\s*[：:]?\s*(.*)$/;
const WEIGHT_RE = /^([（(]\s*\d+(?:\.\d+)?\s*分\s*[）)])\s*(.*)$/;
const NUMBER_RE = /^[\d.,]+%?$/;

export interface DepartmentSegment {
  lines: SourceLine[];
  /** Number of title lines at the start of `lines`. */
  titleLines: number;
}

export function readDepartmentTable(seg: DepartmentSegment, issues: Issues): ParsedDepartmentEvaluation {
  const lines = seg.lines;
  const n = lines.length;
  const title = seg.titleLines > 0 ? joinText(lines.slice(0, seg.titleLines)) : null;
  const where = `department table at line ${lines[0]?.line ?? 0}`;

  const budgetIdx = findLabel(lines, ['预算执行情况'], seg.titleLines, n);
  let firstGoal = -1;
  for (let k = Math.max(budgetIdx, seg.titleLines); k < n; k++) {
    if (GOAL_RE.test(lines[k]?.text ?? '')) {
      firstGoal = k;
      break;
    }
  }
  const afterGoals = Math.max(firstGoal, budgetIdx, seg.titleLines);
  const totalIdx = findLabel(lines, ['总分'], afterGoals, n);
  const devIdx = findLabel(lines, ['偏差大或目标未完成原因分析'], Math.max(totalIdx, afterGoals), n);
  const impIdx = findLabel(lines, ['改进措施及结果应用方案'], Math.max(devIdx, totalIdx, afterGoals), n);
  const firstOf = (...xs: number[]): number => {
    const found = xs.filter((x) => x >= 0);
    return found.length > 0 ? Math.min(...found) : n;
  };

  // Header: 单位名称：… 填报日期：… 单位名称 X 基本支出总额 A 项目支出总额 B
  const headerEnd = firstOf(budgetIdx, firstGoal, totalIdx, devIdx, impIdx);
  const hj = joinSource(lines.slice(seg.titleLines, headerEnd));
  const grab = (re: RegExp, stops: readonly string[]): Cell | null => {
    const m = re.exec(hj.text);
    if (!m) return null;
    const from = m.index + m[0].length;
    let to = hj.text.length;
    for (const s of stops) {
      const at = hj.text.indexOf(s, from);
      if (at >= 0 && at < to) to = at;
    }
    return cellFromJoined(hj, from, to);
  };
  const stops = ['单位名称', '填报日期', '基本支出总额', '项目支出总额', '部门预算总额'];
  const headerUnit = grab(/单位名称[：:]\s*/, stops);
  const tableUnit = grab(/单位名称(?![：:])\s*/, stops);
  const filledOn = grab(/填报日期[：:]\s*/, stops);
  const firstToken = (c: Cell | null): Cell | null => {
    const t = c?.text.split(/\s+/)[0];
    return c && t ? { text: t, line: c.line } : null;
  };
  const basicExpenditure = firstToken(grab(/基本支出总额\s*/, stops));
  const projectExpenditure = firstToken(grab(/项目支出总额\s*/, stops));
  for (const c of [basicExpenditure, projectExpenditure]) {
    if (c && !NUMBER_RE.test(c.text)) {
      issues.warnings.push({ line: c.line, text: c.text, reason: `${where}: figure is not a well-formed number, kept as text` });
    }
  }
  const unitName = tableUnit?.text ?? headerUnit?.text ?? '';
  if (unitName === '') issues.warnings.push({ line: lines[0]?.line ?? 0, text: title ?? '', reason: `${where}: no 单位名称` });

  // 预算执行情况
  let budgetWeight: Cell | null = null;
  let budget: Cell | null = null;
  let executed: Cell | null = null;
  let executionRate: Cell | null = null;
  let budgetScore: Cell | null = null;
  if (budgetIdx >= 0) {
    const block = readFundingBlock(lines.slice(budgetIdx, firstOf(firstGoal, totalIdx, devIdx, impIdx)), issues, where);
    budgetWeight = block.budgetWeight;
    const t = block.rows.total;
    if (t) ({ budget, executed, executionRate, score: budgetScore } = t);
    else issues.warnings.push({ line: lines[budgetIdx]?.line ?? 0, text: lines[budgetIdx]?.text ?? '', reason: `${where}: no 部门整体支出总额 row` });
  }

  // 年度目标 N
  const goals: ParsedDepartmentGoal[] = [];
  const goalsEnd = firstOf(totalIdx, devIdx, impIdx);
  if (firstGoal >= 0) {
    let k = firstGoal;
    while (k < goalsEnd) {
      let next = k + 1;
      while (next < goalsEnd && !GOAL_RE.test(lines[next]?.text ?? '')) next++;
      const goal = readGoal(lines.slice(k, next), issues, where);
      if (goal) goals.push(goal);
      k = next;
    }
  }
  // Template without goals: an indicator block right after the budget block.
  const indicators =
    firstGoal < 0 && budgetIdx >= 0 && goalsEnd > budgetIdx
      ? readIndicatorBlock(lines.slice(findIndicatorStart(lines, budgetIdx, goalsEnd), goalsEnd), issues, where)
      : [];

  let reportedTotalScore: Cell | null = null;
  if (totalIdx >= 0) {
    const m = matchLabel(lines, totalIdx, ['总分']);
    const tl = lines[m?.endIndex ?? totalIdx];
    if (m && m.rest !== '' && tl) reportedTotalScore = { text: m.rest, line: tl.line };
  } else {
    const last = lines[n - 1];
    issues.warnings.push({ line: last?.line ?? 0, text: last?.text ?? '', reason: `${where}: no 总分 row (table truncated?)` });
  }
  // The model has no field for the department's deviation analysis / improvement measures.
  for (const [idx, labels, end] of [
    [devIdx, ['偏差大或目标未完成原因分析'], impIdx >= 0 ? impIdx : n],
    [impIdx, ['改进措施及结果应用方案'], n],
  ] as const) {
    if (idx < 0) continue;
    const text = freeText(lines, idx, labels, end, issues, where);
    if (text !== null && text !== '无') {
      issues.warnings.push({ line: lines[idx]?.line ?? 0, text, reason: `${where}: ${labels[0]} of the department evaluation has no field in the model; kept here` });
    }
  }

  return {
    title,
    fiscalYear: title ? yearOf(title) : null,
    unitName,
    filledOn: filledOn?.text ?? null,
    reportedTotalScore,
    basicExpenditure,
    projectExpenditure,
    budget,
    executed,
    executionRate,
    budgetWeight,
    budgetScore,
    annualObjectives: null,
    narrative: null,
    indicators,
    goals,
    lines: spanOf(lines),
  };
}

function findIndicatorStart(lines: readonly SourceLine[], budgetIdx: number, end: number): number {
  const k = findLabel(lines, ['年度绩效目标', '年度绩效指标', '年度绩效'], budgetIdx + 1, end);
  return k >= 0 ? k : end;
}

function readGoal(lines: readonly SourceLine[], issues: Issues, where: string): ParsedDepartmentGoal | null {
  const head = lines[0];
  const m = head ? GOAL_RE.exec(head.text) : null;
  if (!head || !m) return null;
  const position = Number(m[1]);
  let weight: Cell | null = null;
  const textLines: SourceLine[] = [];
  let rest = trimText(m[2] ?? '');
  let k = 1;
  const takeWeight = (s: string, line: number): string => {
    const w = WEIGHT_RE.exec(s);
    if (!w || weight) return s;
    weight = { text: trimText(w[1] ?? ''), line };
    return trimText(w[2] ?? '');
  };
  rest = takeWeight(rest, head.line);
  if (rest !== '') textLines.push({ text: rest, line: head.line });
  if (!weight && lines[1]) {
    const r = takeWeight(lines[1].text, lines[1].line);
    if (weight) {
      if (r !== '') textLines.push({ text: r, line: lines[1].line });
      k = 2;
    }
  }
  // Goal text runs to the indicator header ("年度\n绩效\n指标\n一级\n指标 …").
  while (k < lines.length) {
    const l = lines[k];
    if (!l) break;
    if (isIndicatorHeaderLine(l.text) && /^(年度|绩效|一级|一$|二级)/.test(l.text)) break;
    if (matchLabel(lines, k, ['产出指标', '效益指标', '满意度指标'])) break;
    textLines.push(l);
    k++;
  }
  const name = joinText(textLines);
  if (!weight) issues.warnings.push({ line: head.line, text: head.text, reason: `${where}: 年度目标 ${position} without a weight "(n 分)"` });
  if (name === '') issues.warnings.push({ line: head.line, text: head.text, reason: `${where}: 年度目标 ${position} without goal text` });
  const indicators = readIndicatorBlock(lines.slice(k), issues, `${where}, 年度目标 ${position}`);
  return { position, name, weight, indicators, lines: spanOf(lines) };
}
