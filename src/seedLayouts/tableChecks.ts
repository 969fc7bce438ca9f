/**
 * Structure checks every reader runs on the tables it read, so that a damaged table (a cell
 * shifted into the next column, a row lost or repeated, a table cut short, a number written with
 * a decimal comma) is reported at its line instead of loading changed figures without a word:
 *
 * - each indicator row has the cells its table's columns call for: a target and an actual value,
 *   and a 分值/得分 wherever the other rows of the table have one;
 * - a value cell that holds a malformed number (`10,0%`, `23,00人次`) or a bare placeholder (`-`,
 *   `……`, `同上`) where a figure belongs;
 * - an indicator row repeated;
 * - the figures that add up: the indicators' 分值 to their 一级指标's or 年度目标's "(N分)", the
 *   reported scores to the 总分 row, each score within its 分值;
 * - the budget-execution row has its 预算数, 执行数 and 执行率 (and 得分 where the table scores it);
 * - each summary row has its figures.
 *
 * Checks add warnings only; what is read is not changed.
 */
import { parseMoneyWan, parseRateCell, parseReportedValue, parseScoreCell } from '../domain/reportedValue';
import type { Cell, FundingLine, ParsedDocument, ParsedIndicator, Unread } from '../templates/parsed';
import { compact } from '../tables/cellText';

/** Adds a warning; `once` only when the reader has not already warned about the same cell. */
type Warn = ((line: number, text: string, reason: string) => void) & { once: (line: number, text: string, reason: string) => void };

const PLACEHOLDER = /^([-—–－/／─_=.…·。]+|同上|无|空)$/u;

/** A cell written as a placeholder (`-`, `……`, `同上`) rather than a value. */
function isPlaceholderText(text: string): boolean {
  return PLACEHOLDER.test(compact(text));
}

/** A name with placeholder marks, checkbox text or another header's label in it: "通城县……障局", "…局1、一般公共预算√". */
const DAMAGED_NAME = /[…·]{2}|\.{3}|-{3}|[√✓✔☑□☐■]|主管部门|实施单位|项目名称/u;

/** A unit written without its number: "日", "万元", "%". */
const LONE_UNIT = /^(%|‰|[万亿]?(元|人次?|次|日|天|个|件|户|家|项|套|台|小时|月|年)|万|亿)$/u;

/** A decimal comma or a thousands separator out of place: `10,0%`, `2,6`, `1,00%`. */
function malformedNumber(text: string): boolean {
  const v = parseReportedValue(text);
  return v.kind === 'TEXT' && /separators|malformed/.test(v.reason);
}

function scoreOf(cell: Cell | null): number | null {
  if (!cell) return null;
  const r = parseScoreCell(cell.text);
  return r.status === 'OK' ? r.value : null;
}

/** "(40分)", "（50 分）", "产出指标 (40分)" → 40; null when the label states no points. */
function pointsInLabel(label: string | null): number | null {
  if (!label) return null;
  const m = /[(（]\s*(\d{1,3}(?:\.\d+)?)\s*分\s*[)）]/u.exec(label);
  return m?.[1] === undefined ? null : Number(m[1]);
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.011;
const fmt = (x: number) => String(+x.toFixed(4));

/** A 一级指标 label: its family and, optionally, its points "(40分)" or "(分值权重50%)". */
const LEVEL1 = /^(产出|效益|满意度|成本|投入|过程)指标([(（](\d{1,3}(\.\d+)?分|分值权重\d{1,3}%)[)）])?$/u;

/** A 约束性指标 (constraint) has no weight or score of its own: points are deducted elsewhere. */
function isConstraint(i: ParsedIndicator): boolean {
  return /约束性/.test(i.level2 ?? '');
}

/** Indicator rows of one table (a project, a department, or one 年度目标 of it). */
function checkIndicators(what: string, indicators: ParsedIndicator[], warn: Warn): void {
  const has = (c: Cell | null) => c !== null && !isPlaceholderText(c.text);
  const withWeight = indicators.filter((i) => has(i.weight)).length;
  const withScore = indicators.filter((i) => has(i.score)).length;
  const withLevel1 = indicators.filter((i) => i.level1 !== null).length;
  const withLevel2 = indicators.filter((i) => i.level2 !== null).length;
  const seen = new Map<string, number>();
  const labels = new Set<string>();
  for (const i of indicators) {
    const line = i.lines.start;
    if (i.level1 !== null && !labels.has(i.level1) && !LEVEL1.test(compact(i.level1))) {
      labels.add(i.level1);
      warn(
        line,
        i.level1,
        `${what}: 「${i.level1}」 is not a 一级指标 label (产出/效益/满意度/成本/投入/过程指标 with its points): cells joined or shifted?`,
      );
    }
    for (const [text, label] of [
      [i.name, '三级指标 (name)'],
      [i.level2, '二级指标'],
    ] as const)
      if (text !== null && isPlaceholderText(text)) warn(line, text, `${what}: 「${text}」 for the ${label} of an indicator, no text`);
    const key = [i.name, i.target?.text, i.actual?.text, i.weight?.text, i.score?.text].map((x) => compact(x ?? '')).join('|');
    const first = seen.get(key);
    if (first !== undefined) warn(line, i.name, `${what}: indicator 「${i.name}」 repeats the row at line ${first} (a duplicated line?)`);
    else seen.set(key, line);
    for (const [cell, label] of [
      [i.target, '年初目标值 (target)'],
      [i.actual, '实际完成值 (actual)'],
    ] as const) {
      if (cell === null) warn(line, i.name, `${what}: indicator 「${i.name}」 has no ${label} cell: an empty or shifted cell`);
      else if (isPlaceholderText(cell.text) && !isConstraint(i))
        warn(cell.line, cell.text, `${what}: indicator 「${i.name}」 has 「${cell.text}」 for its ${label}, no value`);
      else if (LONE_UNIT.test(compact(cell.text)))
        warn(
          cell.line,
          cell.text,
          `${what}: indicator 「${i.name}」 has 「${cell.text}」 for its ${label}: a unit without its number (the number joined to the name?)`,
        );
      else if (malformedNumber(cell.text))
        warn.once(
          cell.line,
          cell.text,
          `${what}: indicator 「${i.name}」: 「${cell.text}」 is not a well-formed number (a decimal comma, or a thousands separator out of place)`,
        );
    }
    const constraint = isConstraint(i);
    if (!has(i.weight) && withWeight > 0 && !constraint)
      warn(
        line,
        i.name,
        `${what}: indicator 「${i.name}」 has no 分值 (weight) although the other rows have one: an empty or shifted cell`,
      );
    if (!has(i.score) && withScore > 0 && !constraint)
      warn(line, i.name, `${what}: indicator 「${i.name}」 has no 得分 (score) although the other rows have one: an empty or shifted cell`);
    if (i.level1 === null && withLevel1 > 0)
      warn(line, i.name, `${what}: indicator 「${i.name}」 has no 一级指标 although the other rows have one: a label row moved or lost?`);
    if (i.level2 === null && withLevel2 > 0)
      warn(line, i.name, `${what}: indicator 「${i.name}」 has no 二级指标 although the other rows have one: a label row moved or lost?`);
    // Text swallowed by a value cell: an unreadable target that ends with its readable actual
    // ("问题长期" beside "长期"), as when the last piece of a wrapped name joins the values line.
    const [t, a] = [compact(i.target?.text ?? ''), compact(i.actual?.text ?? '')];
    if (
      a !== '' &&
      t.length >= a.length + 2 &&
      t.endsWith(a) &&
      parseReportedValue(t).kind === 'TEXT' &&
      parseReportedValue(a).kind !== 'TEXT'
    )
      warn(
        i.target!.line,
        i.target!.text,
        `${what}: indicator 「${i.name}」: its target 「${i.target!.text}」 is its actual 「${i.actual!.text}」 with text before it: a piece of the name joined to the value?`,
      );
    const weight = scoreOf(i.weight);
    const score = scoreOf(i.score);
    if (weight !== null && score !== null && score > weight + 1e-9)
      warn(
        i.score!.line,
        i.score!.text,
        `${what}: indicator 「${i.name}」 scores ${fmt(score)} of a weight of ${fmt(weight)}: shifted cells?`,
      );
  }
  // 分值 of each 一级指标 against its "(N分)".
  const groups = new Map<string, ParsedIndicator[]>();
  for (const i of indicators) {
    if (i.level1 === null) continue;
    groups.set(i.level1, [...(groups.get(i.level1) ?? []), i]);
  }
  for (const [level1, group] of groups) {
    const points = pointsInLabel(level1);
    if (points === null) continue;
    const last = group[group.length - 1]!.lines.end;
    const weights = group.filter((i) => !isConstraint(i)).map((i) => scoreOf(i.weight));
    if (withWeight > 0 && weights.every((w): w is number => w !== null)) {
      const sum = weights.reduce((s, w) => s + w, 0);
      if (!near(sum, points))
        warn(
          last,
          level1,
          `${what}: the 分值 of the ${group.length} indicators under 「${level1}」 add up to ${fmt(sum)}, not ${fmt(points)}: a row lost, repeated or shifted?`,
        );
    } else if (withWeight === 0) {
      const scores = group.map((i) => scoreOf(i.score)).filter((s): s is number => s !== null);
      const sum = scores.reduce((s, w) => s + w, 0);
      if (sum > points + 0.011)
        warn(
          last,
          level1,
          `${what}: the scores of the indicators under 「${level1}」 add up to ${fmt(sum)}, more than its ${fmt(points)}: a row repeated or shifted?`,
        );
    }
  }
}

/** The reported scores against the 总分 row. */
function checkTotal(what: string, indicators: ParsedIndicator[], budgetScore: Cell | null, total: Cell | null, warn: Warn): void {
  const t = scoreOf(total);
  if (t === null || !total) return;
  const scores = indicators.map((i) => scoreOf(i.score)).filter((s): s is number => s !== null);
  if (scores.length === 0) return;
  const sum = scores.reduce((s, x) => s + x, scoreOf(budgetScore) ?? 0);
  if (!near(sum, t))
    warn(
      total.line,
      total.text,
      `${what}: the 总分 ${total.text} is not the sum of the scores in the table (${fmt(sum)}): a row lost, repeated or shifted?`,
    );
}

/** The 年度资金总额 row: its amounts, rate and score where the table has those columns. */
function checkFunding(what: string, line: FundingLine, scored: boolean, fallback: number, warn: Warn): void {
  const at = Object.values(line).find((c): c is Cell => c !== null)?.line ?? fallback;
  for (const [cell, label] of [
    [line.budget ?? line.initialBudget, '预算数 (budget)'],
    [line.executed, '执行数 (executed)'],
  ] as const) {
    if (cell && parseMoneyWan(cell.text).status === 'EMPTY')
      warn(cell.line, cell.text, `${what}: 「${cell.text}」 for the ${label} of the 年度资金总额 row: no amount`);
  }
  if (line.executionRate === null)
    warn(at, '', `${what}: the 年度资金总额 row has no 执行率 (execution rate) cell: an empty or shifted cell`);
  else if (isPlaceholderText(line.executionRate.text))
    warn(
      line.executionRate.line,
      line.executionRate.text,
      `${what}: 「${line.executionRate.text}」 for the 执行率 of the 年度资金总额 row: no rate`,
    );
  if (scored && line.score && isPlaceholderText(line.score.text))
    warn(line.score.line, line.score.text, `${what}: 「${line.score.text}」 for the 得分 of the 年度资金总额 row: no score`);
}

/** Every line of the budget-execution block: each amount and rate readable (or a dash). */
function checkFundingCells(what: string, lines: (FundingLine | null)[], warn: Warn): void {
  for (const line of lines) {
    if (!line) continue;
    for (const cell of [line.initialBudget, line.budget, line.executed])
      if (cell && parseMoneyWan(cell.text).status === 'INVALID') warn(cell.line, cell.text, `${what}: 「${cell.text}」 is not an amount`);
    for (const cell of Object.values(line))
      if (cell && isPlaceholderText(cell.text) && !/^[-—–－/／─_=]+$/u.test(compact(cell.text)))
        warn(cell.line, cell.text, `${what}: 「${cell.text}」 in a budget row: not a figure`);
    const amounts = [line.initialBudget, line.budget, line.executed].filter((c): c is Cell => c !== null);
    const dash = amounts.find((c) => isPlaceholderText(c.text));
    if (dash && amounts.some((c) => parseMoneyWan(c.text).status === 'OK'))
      warn(dash.line, dash.text, `${what}: 「${dash.text}」 among the amounts of a budget row: a figure lost?`);
    const rate = line.executionRate;
    if (rate && parseRateCell(rate.text).status === 'INVALID')
      warn(rate.line, rate.text, `${what}: 「${rate.text}」 is not a rate (执行率)`);
  }
}

/** A name compared as text: whitespace and quotes dropped, brackets folded to ASCII. */
function plain(s: string): string {
  return compact(s)
    .replace(/[“”"‘’']/gu, '')
    .replace(/（/gu, '(')
    .replace(/）/gu, ')');
}

/** The project a table title names: "2021年度工伤专项经费项目自评表" → "工伤专项经费"; '' when it names none. */
function titleCore(title: string | null): string {
  return plain(title ?? '')
    .replace(/^(附件\S*?[:：])?((19|20)\d\d年度?)?/u, '')
    .replace(/(项目)?(支出)?(绩效)?自评表.*$/u, '');
}

/** Runs every check over what a reader found; warnings go to `doc.warnings`. */
export function checkTables(doc: ParsedDocument): void {
  const add = (line: number, text: string, reason: string) =>
    void doc.warnings.push({ line, text: text.slice(0, 500), reason } satisfies Unread);
  const warn: Warn = Object.assign(add, {
    once: (line: number, text: string, reason: string) => {
      if (!doc.warnings.some((w) => w.line === line && w.text === text)) add(line, text, reason);
    },
  });
  for (const p of doc.projects) {
    const what = `project 「${p.name}」`;
    for (const [text, label] of [
      [p.name, '项目名称'],
      [p.supervisingDepartment, '主管部门'],
      [p.implementingUnit, '实施单位'],
    ] as const) {
      if (text !== null && isPlaceholderText(text)) warn(p.lines.start, text, `${what}: 「${text}」 for its ${label}, no name`);
      else if (text !== null && label !== '项目名称' && compact(text).length < 3)
        warn(p.lines.start, text, `${what}: its ${label} 「${text}」 is too short to name a unit: part of it lost?`);
      else if (text !== null && DAMAGED_NAME.test(text))
        warn(p.lines.start, text, `${what}: its ${label} 「${text}」 holds a placeholder or checkbox text: cells or lines mixed up?`);
    }
    if (!p.supervisingDepartment && !p.implementingUnit)
      warn(p.lines.start, p.name, `${what}: the table names no 主管部门 and no 实施单位: a header row lost or left empty`);
    if (p.reportedTotalScore && isPlaceholderText(p.reportedTotalScore.text))
      warn(p.reportedTotalScore.line, p.reportedTotalScore.text, `${what}: 「${p.reportedTotalScore.text}」 in the 总分 row, no figure`);
    const levelPoints = [...new Set(p.indicators.map((i) => i.level1))].map(pointsInLabel);
    const budgetPoints = scoreOf(p.budgetWeight ?? p.total.weight);
    if (p.indicators.length > 0 && budgetPoints !== null && levelPoints.every((w): w is number => w !== null)) {
      const sum = levelPoints.reduce((s, w) => s + w, budgetPoints);
      if (!near(sum, 100) && p.reportedTotalScore)
        warn(
          p.reportedTotalScore.line,
          p.name,
          `${what}: budget execution and its 一级指标 are worth ${fmt(sum)} points together, not 100: a level lost or damaged?`,
        );
    }
    checkIndicators(what, p.indicators, warn);
    const parts = [p.currentYearFunds, p.carryOverFunds, p.otherFunds];
    checkFundingCells(what, parts, warn);
    const partAt = parts.find((x) => x !== null);
    if (partAt && parts.some((x) => x === null)) {
      const line = Object.values(partAt).find((c): c is Cell => c !== null)?.line ?? p.lines.start;
      const names = ['其中：当年财政拨款', '上年结转资金', '其他资金'].filter((_, k) => parts[k] === null);
      warn(line, '', `${what}: the budget block has no ${names.join(', ')} row beside the others: a row lost?`);
    }
    for (const unit of [p.supervisingDepartment, p.implementingUnit]) {
      const [n, u] = [plain(p.name), plain(unit ?? '')];
      const k = [...Array(Math.max(0, Math.min(n.length, u.length) - 2)).keys()]
        .map((x) => x + 3)
        .find((len) => n.endsWith(u.slice(0, len)));
      if (k !== undefined && n.length > k)
        warn(
          p.lines.start,
          p.name,
          `${what}: the 项目名称 ends with 「${u.slice(0, k)}」, the start of 「${unit}」: lines moved or joined?`,
        );
    }
    const core = titleCore(p.title);
    if (core.length >= 2 && !core.includes(plain(p.name)) && !plain(p.name).includes(core))
      warn(
        p.lines.start,
        p.name,
        `${what}: the 项目名称 is not the project the title names (「${p.title}」): text joined to it, or rows moved?`,
      );
    if (p.total.score && !p.budgetWeight && !p.total.weight)
      warn(
        p.total.score.line,
        p.total.score.text,
        `${what}: the budget row has a 得分 but the table states no weight for it ("(20分)" or a 分值 cell)`,
      );
    checkTotal(what, p.indicators, p.total.score, p.reportedTotalScore, warn);
    const hasAmounts = p.total.budget !== null || p.total.initialBudget !== null || p.total.executed !== null;
    if (hasAmounts) checkFunding(what, p.total, p.budgetWeight !== null || p.total.weight !== null, p.lines.start, warn);
    const weights = p.indicators.filter((i) => !isConstraint(i)).map((i) => scoreOf(i.weight));
    const budgetWeight = scoreOf(p.budgetWeight ?? p.total.weight);
    if (p.indicators.length > 0 && weights.every((w): w is number => w !== null)) {
      const sum = weights.reduce((s, w) => s + w, budgetWeight ?? 0);
      if (!near(sum, 100) && p.reportedTotalScore)
        warn(
          p.reportedTotalScore.line,
          p.name,
          `${what}: the 分值 of the table add up to ${fmt(sum)}, not 100: a row lost, repeated or shifted?`,
        );
    }
  }
  for (const d of doc.departmentEvaluations) {
    const what = `department-wide table 「${d.unitName}」`;
    checkIndicators(what, d.indicators, warn);
    for (const g of d.goals) {
      if (/[(（]\s*\d{1,3}(\.\d+)?\s*分\s*[)）]/u.test(g.name))
        warn(
          g.lines.start,
          g.name,
          `${what}: 年度目标${g.position} 「${g.name}」 holds a weight (N分) in its name: a line repeated or moved?`,
        );
      checkIndicators(`${what}, 年度目标${g.position}`, g.indicators, warn);
      const points = scoreOf(g.weight);
      const weights = g.indicators.filter((i) => !isConstraint(i)).map((i) => scoreOf(i.weight));
      if (points !== null && weights.length > 0 && weights.every((w): w is number => w !== null)) {
        const sum = weights.reduce((s, w) => s + w, 0);
        if (!near(sum, points))
          warn(
            g.lines.end,
            g.name,
            `${what}: the 分值 of the ${g.indicators.length} indicators of 年度目标${g.position} add up to ${fmt(sum)}, not its ${fmt(points)}: a row lost, repeated or shifted?`,
          );
      }
    }
    for (const [cell, label] of [
      [d.basicExpenditure, '基本支出总额'],
      [d.projectExpenditure, '项目支出总额'],
      [d.budget, '预算数'],
      [d.executed, '执行数'],
      [d.executionRate, '执行率'],
    ] as const)
      if (cell && isPlaceholderText(cell.text)) warn(cell.line, cell.text, `${what}: 「${cell.text}」 for its ${label}, no figure`);
    if (!d.basicExpenditure || !d.projectExpenditure)
      warn(d.lines.start, d.unitName, `${what}: no ${!d.basicExpenditure ? '基本支出' : '项目支出'} amount: its row lost or damaged?`);
    const goalPoints = d.goals.map((g) => scoreOf(g.weight));
    if (d.goals.length > 0 && goalPoints.every((w): w is number => w !== null)) {
      const sum = goalPoints.reduce((s, w) => s + w, scoreOf(d.budgetWeight) ?? 0);
      if (!near(sum, 100))
        warn(
          d.lines.end,
          d.unitName,
          `${what}: the weights of its ${d.goals.length} 年度目标${d.budgetWeight ? ' and of budget execution' : ''} add up to ${fmt(sum)}, not 100: a goal lost, repeated or damaged?`,
        );
    }
    const levelPoints = [...new Set(d.indicators.map((i) => i.level1))].map(pointsInLabel);
    if (d.goals.length === 0 && levelPoints.length > 0 && levelPoints.every((w): w is number => w !== null)) {
      const sum = levelPoints.reduce((s, w) => s + w, 0);
      if (!near(sum, 100))
        warn(d.lines.end, d.unitName, `${what}: the points of its 一级指标 add up to ${fmt(sum)}, not 100: a level lost or damaged?`);
    }
    const all = [...d.indicators, ...d.goals.flatMap((g) => g.indicators)];
    const total =
      d.reportedTotalScore && d.reportedTotalScore.line >= d.lines.start && d.reportedTotalScore.line <= d.lines.end
        ? d.reportedTotalScore
        : null;
    checkTotal(what, all, d.budgetScore, total, warn);
  }
  const fa = doc.finalAccounts;
  if (fa) {
    const missing = (
      [
        [fa.totalIncome, '收入合计'],
        [fa.totalExpenditure, '支出合计'],
        [fa.basicExpenditure, '基本支出'],
        [fa.projectExpenditure, '项目支出'],
        [fa.threePublicBudget, '"三公"经费预算'],
        [fa.threePublicActual, '"三公"经费支出决算'],
      ] as const
    ).flatMap(([c, label]) => (c === null ? [label] : []));
    if (missing.length > 0 && missing.length < 6)
      warn(fa.lines.end, '', `final accounts (决算): no ${missing.join(', ')} found beside the other figures: a section lost or damaged?`);
  }
  for (const t of doc.summaryTables) {
    if (t.rows.length === 0) warn(t.lines.end, t.unitName, `summary table of 「${t.unitName}」 has no rows: rows lost?`);
    t.rows.forEach((r, k) => {
      if (r.position !== k + 1)
        warn(
          r.lines.start,
          r.projectName,
          `summary row 「${r.projectName}」 is numbered ${r.position} where ${k + 1} comes next: a row lost, repeated or moved?`,
        );
    });
    const cellsOf = (r: (typeof t.rows)[number]) =>
      [
        [r.budget, '全年预算数'],
        [r.executed, '执行数'],
        [r.executionRate, '执行率'],
        [r.totalScore, '自评得分'],
        [r.outputScoreRate, '产出指标得分率'],
        [r.benefitScoreRate, '效益指标得分率'],
        [r.satisfactionScoreRate, '满意度指标得分率'],
      ] as const;
    // A column no row has a cell in is no column of this table (a 汇总表 without 得分率 columns): no cell is missing there.
    const columns = new Set(t.rows.flatMap((r) => cellsOf(r).flatMap(([cell, label]) => (cell === null ? [] : [label]))));
    for (const r of t.rows) {
      const what = `summary row ${r.position} 「${r.projectName}」`;
      if (isPlaceholderText(r.projectName)) warn(r.lines.start, r.projectName, `${what}: no project name`);
      for (const [cell, label] of cellsOf(r)) {
        if (cell === null) {
          if (columns.has(label)) warn(r.lines.start, r.projectName, `${what} has no ${label} cell: an empty or shifted cell`);
        } else if (isPlaceholderText(cell.text)) warn(cell.line, cell.text, `${what}: 「${cell.text}」 for its ${label}, no figure`);
      }
    }
  }
}
