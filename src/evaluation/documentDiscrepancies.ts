/**
 * The discrepancies that take more than one table (issue 12): a report's prose against its table
 * (NARRATIVE), the department-wide table against the final accounts and a department goal's
 * targets against the project tables (CROSS_TABLE). The comparisons are the domain's
 * (narrativeDiscrepancy, finalAccountsDiscrepancy, goalTargetDiscrepancy); this module finds which
 * prose belongs to which record and hands each record its figures. Each discrepancy is added to
 * the record whose figure it questions: the project or the department-wide evaluation; a sum
 * within the prose alone (proseArithmetic) to the document's department-wide evaluation; a project's
 * name written otherwise in the prose (nameVariant) to the project.
 *
 * Which prose is a record's: the narrative report a reader attached to it (002); otherwise, for a
 * department-wide table, the text after it up to the next table (001's 整体自评总结报告); for a
 * project, the paragraphs between tables that name it — by its name, or by a part of it no other
 * project's name has ("（一）、执法服装：", "3、其他惠普发展支出" for 其他普惠发展支出) — until a
 * paragraph names another project or several.
 */
import { finalAccountsDiscrepancies, type Amount } from '../domain/finalAccountsDiscrepancy';
import { fundingPartsDiscrepancies } from '../domain/fundingDiscrepancy';
import { goalTargetDiscrepancies } from '../domain/goalTargetDiscrepancy';
import { missingTotalDiscrepancy, missingUnitDiscrepancy } from '../domain/missingDiscrepancy';
import { narrativeDiscrepancies, plainName, type NarrativeTable, type TableFigure } from '../domain/narrativeDiscrepancy';
import { nameVariantDiscrepancy, nameVariants } from '../domain/nameVariant';
import { proseSumDiscrepancies } from '../domain/proseArithmetic';
import type { SourceLine } from '../domain/proseFigures';
import { parseExecutionRate, parseMoneyWan, parseRateCell, parseScoreCell, type CellResult } from '../domain/reportedValue';
import { FIRST_LEVEL_WORDS } from '../domain/projectScore';
import type { FirstLevel } from '../domain/ruleSet';
import { round } from '../domain/numbers';
import type { EvaluatedDepartment, EvaluatedIndicator, EvaluatedProject } from './evaluate';
import type { Cell, LineSpan, ParsedDocument } from '../templates/parsed';

function figure(cell: Cell | null | undefined, parse: (text: string) => CellResult): TableFigure | null {
  if (!cell) return null;
  const r = parse(cell.text);
  return r.status === 'OK' ? { value: r.value, raw: cell.text.replace(/\s+/g, ''), decimals: r.decimals, line: cell.line } : null;
}

function sum(values: number[], line: number): TableFigure {
  const value = round(
    values.reduce((s, x) => s + x, 0),
    4,
  );
  return { value, raw: String(round(value, 2)), decimals: 2, line };
}

/** The 一级指标 a row is written under (001's department table puts 满意度 under 效益指标 (30分)), else its kind. */
function levelOf(i: EvaluatedIndicator): FirstLevel | null {
  const label = i.level1 ?? '';
  return FIRST_LEVEL_WORDS.find(([w]) => label.startsWith(w))?.[1] ?? (i.level1Kind as FirstLevel | null);
}

/** Σ reported scores of each first-level indicator, where every indicator of it has one. */
function levelSums(indicators: EvaluatedIndicator[]): Partial<Record<FirstLevel, TableFigure>> {
  const out: Partial<Record<FirstLevel, TableFigure>> = {};
  const levels = new Set(indicators.map(levelOf).filter((l): l is FirstLevel => l !== null));
  for (const level of levels) {
    const rows = indicators.filter((i) => levelOf(i) === level);
    if (rows.some((i) => i.reportedScore === null)) continue;
    out[level] = sum(
      rows.map((i) => i.reportedScore!),
      rows[0]!.lineStart,
    );
  }
  return out;
}

function indicatorsOf(indicators: EvaluatedIndicator[]): NarrativeTable['indicators'] {
  return indicators.map((i, index) => ({
    index,
    name: i.name,
    weight: i.weight,
    score: i.reportedScore,
    actual: i.actualText,
    line: i.lineStart,
  }));
}

function projectTable(p: EvaluatedProject): NarrativeTable {
  const t = p.parsed;
  return {
    figures: {
      totalScore: figure(t.reportedTotalScore, parseScoreCell),
      budgetScore: figure(t.total.score, parseScoreCell),
      budget: figure(t.total.budget ?? t.total.initialBudget, parseMoneyWan),
      executed: figure(t.total.executed, parseMoneyWan),
      executionRate: figure(t.total.executionRate, (text) => parseExecutionRate(text, p.input.budget ?? p.input.initialBudget ?? null, p.input.executed)),
    },
    levels: levelSums(p.indicators),
    indicators: indicatorsOf(p.indicators),
  };
}

const inside = (line: number, span: LineSpan) => line >= span.start && line <= span.end;

function departmentTable(d: EvaluatedDepartment): NarrativeTable {
  const e = d.parsed;
  const ownTotal = e.reportedTotalScore && inside(e.reportedTotalScore.line, e.lines) ? figure(e.reportedTotalScore, parseScoreCell) : null;
  const rateRow = e.executionRate ? null : d.indicators.find((i) => /^预算执行率$/.test(plainName(i.name)) && i.actualText);
  return {
    figures: {
      totalScore: ownTotal ?? (d.tableScoreSum === null ? null : sum([d.tableScoreSum], e.lines.end)),
      budgetScore: figure(e.budgetScore, parseScoreCell),
      budget: figure(e.budget, parseMoneyWan),
      executed: figure(e.executed, parseMoneyWan),
      basicExpenditure: figure(e.basicExpenditure, parseMoneyWan),
      projectExpenditure: figure(e.projectExpenditure, parseMoneyWan),
      executionRate: figure(e.executionRate ?? (rateRow ? { text: rateRow.actualText!, line: rateRow.lineStart } : null), parseRateCell),
    },
    levels: levelSums(d.indicators),
    indicators: indicatorsOf(d.indicators),
  };
}

function spanLines(lines: readonly string[], span: LineSpan): SourceLine[] {
  return lines.slice(span.start - 1, span.end).map((text, k) => ({ line: span.start + k, text }));
}

/** The longest run of characters `a` and `b` share. */
function longestCommon(a: string, b: string): string {
  let best = '';
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best.length) best = a.slice(i, i + k);
    }
  return best;
}

/** A heading or an enumerated paragraph: "（一）、执法服装：", "3、其他惠普发展支出，…". */
const HEADING = /^[(（]?[一二三四五六七八九十\d]{1,3}[)）]?[、.．]/u;

/**
 * The projects a line names: by the whole name; in a heading, also by a run of at least half of
 * the name (4 characters or more) that no other name has.
 */
function named(line: string, names: string[]): number[] {
  const text = plainName(line);
  const heading = HEADING.test(text) || text.length <= 20;
  return names.flatMap((name, k) => {
    if (text.includes(name)) return [k];
    if (!heading) return [];
    const run = longestCommon(text, name);
    const unique = run.length >= 4 && run.length * 2 >= name.length && names.every((other, o) => o === k || !other.includes(run));
    return unique ? [k] : [];
  });
}

/** Prose lines of each project without an attached narrative, by the paragraphs that name it. */
function projectProse(
  lines: readonly string[],
  tables: LineSpan[],
  projects: EvaluatedProject[],
  skip: Set<number>,
): Map<number, SourceLine[]> {
  const out = new Map<number, SourceLine[]>();
  const candidates = projects.map((p, k) => ({ p, k })).filter(({ p }) => !p.parsed.narrative);
  if (candidates.length === 0) return out;
  const names = projects.map((p) => plainName(p.parsed.name));
  let current: number | null = null;
  for (let n = 1; n <= lines.length; n++) {
    if (tables.some((s) => inside(n, s)) || skip.has(n)) {
      current = null;
      continue;
    }
    const text = lines[n - 1]!;
    if (text.trim() === '') continue;
    const mentioned = named(text, names);
    if (mentioned.length === 1) current = mentioned[0]!;
    else if (mentioned.length > 1) current = null;
    if (current === null || projects[current]!.parsed.narrative) continue;
    const list = out.get(current) ?? [];
    list.push({ line: n, text });
    out.set(current, list);
  }
  return out;
}

function amount(cell: Cell | null | undefined): Amount | null {
  return figure(cell, parseMoneyWan);
}

/** Adds the document-wide discrepancies to the projects and department-wide evaluations they question. */
export function addDocumentDiscrepancies(
  text: string,
  parsed: ParsedDocument,
  projects: EvaluatedProject[],
  departments: EvaluatedDepartment[],
  fiscalYear: number | null,
): void {
  const lines = text.split('\n');
  const tables: LineSpan[] = [
    ...parsed.projects.map((p) => p.lines),
    ...parsed.summaryTables.map((t) => t.lines),
    ...parsed.departmentEvaluations.map((d) => d.lines),
  ];
  const departmentLines = new Set<number>();
  for (const d of departments) {
    const e = d.parsed;
    let span = e.narrative?.lines ?? null;
    if (!span) {
      const next = Math.min(lines.length + 1, ...tables.map((s) => s.start).filter((s) => s > e.lines.end));
      span = { start: e.lines.end + 1, end: next - 1 };
    }
    const prose = spanLines(lines, span);
    prose.forEach((l) => departmentLines.add(l.line));
    d.discrepancies.push(...narrativeDiscrepancies(prose, departmentTable(d), fiscalYear));

    const fa = parsed.finalAccounts;
    if (fa)
      d.discrepancies.push(
        ...finalAccountsDiscrepancies(
          { basicExpenditure: amount(e.basicExpenditure), projectExpenditure: amount(e.projectExpenditure) },
          { basicExpenditure: amount(fa.basicExpenditure), projectExpenditure: amount(fa.projectExpenditure) },
        ),
      );

    if (e.goals.length > 0) {
      const goalRows = d.indicators.flatMap((i, index) =>
        e.indicators.length <= index ? [{ index, name: i.name, target: i.targetText, line: i.lineStart }] : [],
      );
      d.discrepancies.push(
        ...goalTargetDiscrepancies(
          goalRows,
          projects.map((p) => ({
            name: p.parsed.name,
            indicators: p.indicators.map((i, index) => ({ index, name: i.name, target: i.targetText, line: i.lineStart })),
          })),
        ),
      );
    }
  }

  for (const d of departments) {
    // A 合计/总分 row with nothing in it, the total stated only outside the table (003: the header's 自评得分).
    const e = d.parsed;
    const row = lines.findIndex((l, k) => k + 1 >= e.lines.start && k + 1 <= e.lines.end && /^(合计|总分)$/u.test(l.replace(/\s+/g, '')));
    const stated = e.reportedTotalScore && !inside(e.reportedTotalScore.line, e.lines) ? e.reportedTotalScore : null;
    const missing = row >= 0 ? missingTotalDiscrepancy(stated) : null;
    if (missing) d.discrepancies.push({ ...missing, line: row + 1 });
  }

  for (const p of projects) {
    const t = p.parsed;
    // The unit's own summary table (the shortest of those listing the project) tells whose it is.
    const listing = parsed.summaryTables
      .filter((s) => s.rows.some((r) => plainName(r.projectName) === plainName(t.name)))
      .sort((a, b) => a.rows.length - b.rows.length)[0];
    const firstPart = [t.currentYearFunds, t.carryOverFunds, t.otherFunds].flatMap((f) =>
      f ? Object.values(f).filter((c): c is Cell => c !== null) : [],
    )[0];
    const funding = fundingPartsDiscrepancies({ budget: p.fullYearBudget, executed: p.executed }, Object.values(p.funds));
    p.discrepancies.push(...funding.map((d) => ({ ...d, line: firstPart?.line ?? t.lines.start })));
    const missing = missingUnitDiscrepancy(t.supervisingDepartment, t.implementingUnit, listing?.unitName ?? null);
    if (!missing) continue;
    const row = lines.findIndex((l, k) => k + 1 >= t.lines.start && k + 1 <= t.lines.end && /^\s*主管部门/u.test(l));
    p.discrepancies.push({ ...missing, line: row >= 0 ? row + 1 : t.lines.start });
  }

  // Sums within the prose (决算 说明, reports): the document's own, listed with its department-wide evaluation.
  const prose = lines.flatMap((text, k) => (tables.some((s) => inside(k + 1, s)) ? [] : [{ line: k + 1, text }]));
  departments[0]?.discrepancies.push(...proseSumDiscrepancies(prose));

  // A project's name written otherwise in the prose ("其他惠普发展支出" for 其他普惠发展支出).
  const names = projects.map((p) => plainName(p.parsed.name));
  for (const [k, variants] of nameVariants(prose, names)) {
    const t = projects[k]!.parsed;
    const rows = lines.flatMap((l, n) => (inside(n + 1, t.lines) && plainName(l).includes(names[k]!) ? [n] : []));
    const row = rows.find((n) => /^\s*项目名称/u.test(lines[n]!)) ?? rows[0] ?? -1;
    projects[k]!.discrepancies.push(...variants.map((v) => nameVariantDiscrepancy(t.name, row >= 0 ? row + 1 : t.lines.start, v)));
  }

  const attributed = projectProse(lines, tables, projects, departmentLines);
  projects.forEach((p, k) => {
    const prose = p.parsed.narrative ? spanLines(lines, p.parsed.narrative.lines) : attributed.get(k);
    if (prose && prose.length > 0) p.discrepancies.push(...narrativeDiscrepancies(prose, projectTable(p), fiscalYear));
  });
}
