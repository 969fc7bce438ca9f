/**
 * Partial readings (部分读取): a table that was found but not loaded — cut off by the end of the
 * text, a row the template reader could not place, a figure that is not a number — is reported
 * with what was read of it, the reason and its lines. The figures read (project name, budget,
 * executed, rate, scores, the indicator rows that were placed) are kept as written beside their
 * parsed values: they go into the import report, are stored with the document when the complete
 * tables beside it load (`source_document.left_out_tables`), and are served as
 * `SourceDocument.leftOutTables`. A document whose every table was left out is refused, and its
 * report still carries these figures ("partly read"). Nothing here is guessed: a figure is what
 * the table reader placed in its column, or nothing.
 */
import type { EvaluatedDepartment, EvaluatedIndicator, EvaluatedProject } from './evaluate';
import type { Cell, ParsedIndicator } from '../templates/parsed';

/** A figure as read: the cell as written, its line, and its value (null when it does not read as a number). */
export interface ReadFigure {
  text: string;
  line: number;
  value: number | null;
}

export interface LeftOutIndicator {
  level1: string | null;
  level2: string | null;
  name: string;
  /** 年度指标值 / 实际完成值 as written (comparator and unit joined). */
  target: string | null;
  actual: string | null;
  /** 分值 / 权重 and 得分 as read. */
  weight: ReadFigure | null;
  score: ReadFigure | null;
  lineStart: number;
  lineEnd: number;
}

/** What was read of a table left out, and why it was left out. */
export interface LeftOutTable {
  kind: 'project' | 'department-evaluation';
  /** The project name (项目名称) or, for a department-wide table, the unit (部门名称). */
  name: string;
  /** The project code written before the name (51000021R000000019951-…), if any. */
  code: string | null;
  fiscalYear: number | null;
  lineStart: number;
  lineEnd: number;
  /** Why it was left out, in short: the first of `problems`. */
  reason: string;
  problems: { line: number | null; message: string }[];
  /** What was read of it, in one line (预算数 45, 执行数 44.3, 7 indicator rows, no 总分). */
  read: string;
  /** 年初预算数, 全年预算数, 全年执行数 (万元), 执行率 (a fraction), the budget row's 得分, 总分. */
  figures: {
    initialBudget: ReadFigure | null;
    budget: ReadFigure | null;
    executed: ReadFigure | null;
    executionRate: ReadFigure | null;
    budgetScore: ReadFigure | null;
    totalScore: ReadFigure | null;
  };
  /** The indicator rows that were placed. */
  indicators: LeftOutIndicator[];
}

function figure(cell: Cell | null | undefined, value: number | null): ReadFigure | null {
  return cell ? { text: cell.text, line: cell.line, value } : null;
}

function indicatorsOf(list: EvaluatedIndicator[]): LeftOutIndicator[] {
  return list.map((i) => ({
    level1: i.level1,
    level2: i.level2,
    name: i.name,
    target: i.targetText,
    actual: i.actualText,
    weight: i.weightText === null ? null : { text: i.weightText, line: i.lineStart, value: i.weight },
    score: i.reportedScoreText === null ? null : { text: i.reportedScoreText, line: i.lineStart, value: i.reportedScore },
    lineStart: i.lineStart,
    lineEnd: i.lineEnd,
  }));
}

/** Rows of which only the name was read (ParsedProjectEvaluation.namedOnlyIndicators): shown by name, their figures not read. */
function namedOnlyOf(list: ParsedIndicator[] | undefined): LeftOutIndicator[] {
  return (list ?? []).map((i) => ({
    level1: i.level1,
    level2: i.level2,
    name: i.name,
    target: null,
    actual: null,
    weight: null,
    score: null,
    lineStart: i.lines.start,
    lineEnd: i.lines.end,
  }));
}

/** The rows read of a table by their lines (on one line, a flattened table's, the placed ones first). */
function inOrder(rows: LeftOutIndicator[]): LeftOutIndicator[] {
  return rows.map((row, k) => ({ row, k })).sort((a, b) => a.row.lineStart - b.row.lineStart || a.k - b.k).map((x) => x.row);
}

function summary(figures: LeftOutTable['figures'], indicators: number, namedOnly = 0): string {
  const budget = figures.budget ?? figures.initialBudget;
  return [
    budget && `预算数 ${budget.text}`,
    figures.executed && `执行数 ${figures.executed.text}`,
    `${indicators} indicator rows`,
    namedOnly > 0 && `${namedOnly} more by name only`,
    figures.totalScore ? `总分 ${figures.totalScore.text}` : 'no 总分',
  ]
    .filter(Boolean)
    .join(', ');
}

type Problems = { line: number | null; message: string }[];

const NO_FIGURES: LeftOutTable['figures'] = {
  initialBudget: null,
  budget: null,
  executed: null,
  executionRate: null,
  budgetScore: null,
  totalScore: null,
};

/**
 * Whether the figures of a table left out can be shown as read: only when the template reader
 * (src/templates/) read it — it places a cell only where its column is certain. The seed readers
 * read the seeds' layouts exactly, but a table they could not read completely is not of those
 * layouts, and where they placed its cells is a guess: of it, only the name, lines and reasons.
 */
function placedWithCertainty(templateId: string | undefined): boolean {
  return templateId !== undefined;
}

/**
 * A table left out, either kind: what it is, why (the first problem), and what was read of it —
 * its figures and rows only when they were placed with certainty (`figures` null when not).
 */
function leftOut(
  table: Pick<LeftOutTable, 'kind' | 'name' | 'code' | 'fiscalYear' | 'lineStart' | 'lineEnd'>,
  problems: Problems,
  figures: LeftOutTable['figures'] | null,
  indicators: EvaluatedIndicator[],
  namedOnly: ParsedIndicator[] | undefined,
): LeftOutTable {
  return {
    ...table,
    reason: problems[0]?.message ?? 'not complete',
    problems,
    read: figures
      ? summary(figures, indicators.length, namedOnly?.length)
      : 'figures not shown: the table is not of a layout read with certainty',
    figures: figures ?? NO_FIGURES,
    indicators: figures ? inOrder([...indicatorsOf(indicators), ...namedOnlyOf(namedOnly)]) : [],
  };
}

/**
 * A project table left out: what was read of it (its evaluation, whose unreadable figures are null) and why.
 * `documentYear`: the fiscal year its document's records are loaded under, the table's own where its title names none.
 */
export function leftOutProject(e: EvaluatedProject, problems: Problems, documentYear: number | null): LeftOutTable {
  const p = e.parsed;
  const figures = placedWithCertainty(p.templateId)
    ? {
        initialBudget: figure(p.total.initialBudget, e.initialBudget),
        budget: figure(p.total.budget, e.fullYearBudget),
        executed: figure(p.total.executed, e.executed),
        executionRate: figure(p.total.executionRate, e.reportedExecutionRate),
        budgetScore: figure(p.total.score, e.reportedBudgetScore),
        totalScore: figure(p.reportedTotalScore, e.reportedTotalScore),
      }
    : null;
  const table = {
    kind: 'project',
    name: p.name,
    code: p.code ?? null,
    fiscalYear: p.fiscalYear ?? documentYear,
    lineStart: p.lines.start,
    lineEnd: p.lines.end,
  } as const;
  return leftOut(table, problems, figures, e.indicators, p.namedOnlyIndicators);
}

/** A department-wide table left out: what was read of it and why (`documentYear` as for leftOutProject). */
export function leftOutDepartment(d: EvaluatedDepartment, problems: Problems, documentYear: number | null): LeftOutTable {
  const e = d.parsed;
  const figures = placedWithCertainty(e.templateId)
    ? {
        initialBudget: figure(e.initialBudget, d.initialBudget),
        budget: figure(e.budget, d.budget),
        executed: figure(e.executed, d.executed),
        executionRate: figure(e.executionRate, d.reportedExecutionRate),
        budgetScore: figure(e.budgetScore, d.reportedBudgetScore),
        totalScore: figure(e.reportedTotalScore, d.reportedTotalScore),
      }
    : null;
  const table = {
    kind: 'department-evaluation',
    name: e.unitName,
    code: null,
    fiscalYear: e.fiscalYear ?? documentYear,
    lineStart: e.lines.start,
    lineEnd: e.lines.end,
  } as const;
  return leftOut(table, problems, figures, d.indicators, e.namedOnlyIndicators);
}

/** Whether anything was read of the tables left out: a name alone is no figure. */
export function hasFigures(tables: readonly LeftOutTable[]): boolean {
  return tables.some((t) => t.indicators.length > 0 || Object.values(t.figures).some((f) => f !== null));
}
