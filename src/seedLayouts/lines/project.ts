/**
 * One project self-evaluation table (项目自评表, Hubei template) in line-broken text:
 *   title ("2023 年度…项目自评表", may wrap), 单位名称：… 填报日期：…,
 *   项目名称 | 主管部门 … 项目实施单位 … | 项目类别/属性/类型 with √/□ ticks,
 *   预算执行情况 block, 年度绩效目标（80分）indicator block, 总分,
 *   偏差大或目标未完成原因分析, 改进措施及结果应用方案.
 * Sections are found by their labels (wrapped anywhere), never by position.
 */
import type { Cell, FundingLine, ParsedProjectEvaluation, ProjectClassification } from '../../templates/parsed';
import { readFundingBlock } from './funding';
import { readIndicatorBlock, LEVEL1_LABELS, LEVEL2_LABELS } from './indicators';
import {
  findLabel,
  isPageNumber,
  joinSource,
  joinText,
  matchLabel,
  spanOf,
  tickedOptions,
  trimText,
  yearOf,
  type Issues,
  type SourceLine,
} from './text';

export const PROJECT_NAME_LABEL = '项目名称';
const CATEGORY_LABELS = ['项目类别'];
const BUDGET_LABELS = ['预算执行情况'];
const GOALS_LABELS = ['年度绩效目标', '年度绩效指标', '年度绩效'];
const TOTAL_LABELS = ['总分'];
const DEVIATION_LABELS = ['偏差大或目标未完成原因分析'];
const IMPROVEMENT_LABELS = ['改进措施及结果应用方案'];

/** Title of a project table: "…项目自评表" / "…项目绩效自评表" / "…项目支出绩效自评表". */
export const PROJECT_TITLE_RE = /项目(?:支出)?(?:绩效)?自评表$/;

export interface ProjectSegment {
  /** Title lines (0–2), header lines (单位名称/填报日期) and the table, in order. */
  lines: SourceLine[];
  /** Index in `lines` of the 项目名称 line. */
  nameIndex: number;
}

/** Reads one project table; returns null (with the lines in unread) if it has no usable name. */
export function readProjectTable(seg: ProjectSegment, issues: Issues): ParsedProjectEvaluation | null {
  const lines = seg.lines;
  const head = lines.slice(0, seg.nameIndex);
  const titleLines = head.filter((l) => !/^(单位名称|填报日期)/.test(l.text) && !/^[\d\s年月日]+$/.test(l.text));
  const title = titleLines.length > 0 ? joinText(titleLines) : null;
  const where = `project table at line ${lines[seg.nameIndex]?.line ?? lines[0]?.line ?? 0}`;

  // 单位名称：… 填报日期：…
  const headerLines = head.filter((l) => !titleLines.includes(l));
  const hj = joinSource(headerLines);
  const unitM = /单位名称[：:]\s*/.exec(hj.text);
  const dateM = /填报日期[：:]\s*/.exec(hj.text);
  let reportingUnit: string | null = null;
  let filledOn: string | null = null;
  if (unitM) {
    const from = unitM.index + unitM[0].length;
    const to = dateM && dateM.index > from ? dateM.index : hj.text.length;
    reportingUnit = trimText(hj.text.slice(from, to)) || null;
  }
  if (dateM) {
    const from = dateM.index + dateM[0].length;
    const to = unitM && unitM.index > from ? unitM.index : hj.text.length;
    filledOn = trimText(hj.text.slice(from, to)) || null;
  }

  const n = lines.length;
  const categoryIdx = findLabel(lines, CATEGORY_LABELS, seg.nameIndex, n);
  const budgetIdx = findLabel(lines, BUDGET_LABELS, Math.max(seg.nameIndex, categoryIdx), n);
  let goalsIdx = budgetIdx >= 0 ? findLabel(lines, GOALS_LABELS, budgetIdx + 1, n) : -1;
  const afterBudget = Math.max(budgetIdx, categoryIdx, seg.nameIndex) + 1;
  const totalIdx = findLabel(lines, TOTAL_LABELS, Math.max(goalsIdx, afterBudget), n);
  const devIdx = findLabel(lines, DEVIATION_LABELS, Math.max(totalIdx, goalsIdx, afterBudget), n);
  const impIdx = findLabel(lines, IMPROVEMENT_LABELS, Math.max(devIdx, totalIdx, goalsIdx, afterBudget), n);
  if (goalsIdx < 0) {
    // No 年度绩效目标 header: the indicator block starts at the first 一级/二级 label.
    const labels = [...LEVEL1_LABELS, ...LEVEL2_LABELS];
    goalsIdx = findLabel(lines, labels, afterBudget, totalIdx >= 0 ? totalIdx : n);
  }
  const firstOf = (...xs: number[]): number => {
    const found = xs.filter((x) => x >= 0);
    return found.length > 0 ? Math.min(...found) : n;
  };

  // 项目名称 / 主管部门 / 项目实施单位
  const infoEnd = firstOf(categoryIdx, budgetIdx, goalsIdx, totalIdx, devIdx, impIdx);
  const info = joinSource(lines.slice(seg.nameIndex, infoEnd));
  const fields = splitFields(info.text, ['项目名称', '主管部门', '项目实施单位', '实施单位']);
  let name = fields.get('项目名称') ?? '';
  const supervisingDepartment = fields.get('主管部门') || null;
  const implementingUnit = fields.get('项目实施单位') || fields.get('实施单位') || null;
  if (name === '' && title) {
    name = trimText(title.replace(/^\s*(?:19|20)\d\d\s*年度?\s*/, '').replace(PROJECT_TITLE_RE, ''));
    if (name !== '') issues.warnings.push({ line: lines[seg.nameIndex]?.line ?? 0, text: title, reason: `${where}: 项目名称 empty, name taken from the title` });
  }
  if (name === '') {
    for (const l of lines) issues.unread.push({ line: l.line, text: l.text, reason: `${where}: project table without a 项目名称` });
    return null;
  }

  // 项目类别 / 项目属性 / 项目类型
  const classification: ProjectClassification = { category: null, attribute: null, type: null };
  if (categoryIdx >= 0) {
    const cj = joinSource(lines.slice(categoryIdx, firstOf(budgetIdx, goalsIdx, totalIdx, devIdx, impIdx)));
    const parts = splitFields(cj.text, ['项目类别', '项目属性', '项目类型']);
    const pick = (key: string): string | null => {
      const text = parts.get(key);
      if (text === undefined) return null;
      const { option, ticked } = tickedOptions(text);
      if (ticked > 1) {
        issues.warnings.push({ line: lines[categoryIdx]?.line ?? 0, text, reason: `${where}: ${key}: several options ticked, first taken` });
      }
      return option;
    };
    classification.category = pick('项目类别');
    classification.attribute = pick('项目属性');
    classification.type = pick('项目类型');
  } else {
    issues.warnings.push({ line: lines[seg.nameIndex]?.line ?? 0, text: name, reason: `${where}: no 项目类别 block` });
  }

  // 预算执行情况
  let budgetWeight: Cell | null = null;
  let total = emptyFunding();
  let current: FundingLine | null = null;
  let carry: FundingLine | null = null;
  let other: FundingLine | null = null;
  if (budgetIdx >= 0) {
    const end = firstOf(goalsIdx, totalIdx, devIdx, impIdx);
    const block = readFundingBlock(lines.slice(budgetIdx, end), issues, where);
    budgetWeight = block.budgetWeight;
    total = block.rows.total ?? total;
    current = block.rows.current ?? null;
    carry = block.rows.carryOver ?? null;
    other = block.rows.other ?? null;
    if (!block.rows.total) {
      issues.warnings.push({ line: lines[budgetIdx]?.line ?? 0, text: lines[budgetIdx]?.text ?? '', reason: `${where}: no 年度财政资金总额 row in the budget block` });
    }
  } else {
    issues.warnings.push({ line: lines[seg.nameIndex]?.line ?? 0, text: name, reason: `${where}: no 预算执行情况 block` });
  }

  // Indicators
  const indicators =
    goalsIdx >= 0 ? readIndicatorBlock(lines.slice(goalsIdx, firstOf(totalIdx, devIdx, impIdx)), issues, where) : [];
  if (goalsIdx < 0) {
    issues.warnings.push({ line: lines[lines.length - 1]?.line ?? 0, text: name, reason: `${where}: no indicator block found` });
  }

  // 总分
  let reportedTotalScore: Cell | null = null;
  if (totalIdx >= 0) {
    const m = matchLabel(lines, totalIdx, TOTAL_LABELS);
    const tl = lines[m?.endIndex ?? totalIdx];
    if (m && m.rest !== '' && tl) reportedTotalScore = { text: m.rest, line: tl.line };
    else {
      const nx = lines[(m?.endIndex ?? totalIdx) + 1];
      if (nx && /^\d+(?:\.\d+)?$/.test(nx.text)) reportedTotalScore = { text: nx.text, line: nx.line };
    }
    const stop = firstOf(devIdx, impIdx);
    const afterTotal = (m?.endIndex ?? totalIdx) + (reportedTotalScore && reportedTotalScore.line !== tl?.line ? 2 : 1);
    leftovers(lines.slice(afterTotal, stop), issues, `${where}: line between 总分 and the analysis not understood`);
  } else {
    const last = lines[lines.length - 1];
    issues.warnings.push({ line: last?.line ?? 0, text: last?.text ?? '', reason: `${where}: no 总分 row (table truncated?)` });
  }

  const deviationAnalysis = devIdx >= 0 ? freeText(lines, devIdx, DEVIATION_LABELS, impIdx >= 0 ? impIdx : n, issues, where) : null;
  const improvementMeasures = impIdx >= 0 ? freeText(lines, impIdx, IMPROVEMENT_LABELS, n, issues, where) : null;

  return {
    title,
    fiscalYear: title ? yearOf(title) : null,
    name,
    supervisingDepartment,
    implementingUnit,
    reportingUnit,
    filledOn,
    classification,
    budgetWeight,
    total,
    currentYearFunds: current,
    carryOverFunds: carry,
    otherFunds: other,
    expectedGoal: null,
    actualOutcome: null,
    indicators,
    reportedTotalScore,
    deviationAnalysis,
    improvementMeasures,
    narrative: null,
    lines: spanOf(lines),
  };
}

function emptyFunding(): FundingLine {
  return { initialBudget: null, budget: null, executed: null, executionRate: null, weight: null, score: null };
}

/** Splits "项目名称 X主管部门 Y 项目实施单位 Z" at the given labels (first occurrence of each). */
export function splitFields(text: string, labels: readonly string[]): Map<string, string> {
  const found: { label: string; at: number }[] = [];
  let from = 0;
  for (const label of labels) {
    const at = text.indexOf(label, from);
    if (at < 0) continue;
    // "实施单位" inside "项目实施单位" is the same field.
    if (found.some((f) => at >= f.at && at < f.at + f.label.length)) continue;
    found.push({ label, at });
  }
  found.sort((a, b) => a.at - b.at);
  const out = new Map<string, string>();
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    if (!f) continue;
    const end = found[k + 1]?.at ?? text.length;
    out.set(f.label, trimText(text.slice(f.at + f.label.length, end).replace(/^[：:]/, '')));
  }
  return out;
}

/** Free text under a wrapped label, up to `end`; lone page numbers go to warnings. */
export function freeText(
  lines: readonly SourceLine[],
  labelIdx: number,
  labels: readonly string[],
  end: number,
  issues: Issues,
  where: string,
): string | null {
  const m = matchLabel(lines, labelIdx, labels);
  const body: SourceLine[] = [];
  if (m && m.rest !== '') body.push({ text: m.rest, line: lines[m.endIndex]?.line ?? 0 });
  for (let k = (m?.endIndex ?? labelIdx) + 1; k < end; k++) {
    const l = lines[k];
    if (!l) continue;
    if (isPageNumber(l.text)) {
      issues.warnings.push({ line: l.line, text: l.text, reason: `${where}: lone number in free text, taken as a page number` });
      continue;
    }
    body.push(l);
  }
  const text = joinText(body);
  return text === '' ? null : text;
}

function leftovers(lines: readonly SourceLine[], issues: Issues, reason: string): void {
  for (const l of lines) {
    if (isPageNumber(l.text)) issues.warnings.push({ line: l.line, text: l.text, reason: 'lone number, taken as a page number' });
    else issues.unread.push({ line: l.line, text: l.text, reason });
  }
}

