/**
 * The tail of a table whose head the excerpt cut off, its rows still in cells (a pipe table:
 * `公益性讲座知晓率 | = | 100 | % | 100 | 5 | 5 |` … `合计 | 100 | 100 |` 评价结论 …), before any 项目名称.
 * Known as headlessTail.ts knows a glued tail: by what follows the rows, the template's total row
 * and at least three of its closing labels after it, which only one form writes together (a
 * template with fixed form weights: Sichuan's 合计 / 评价结论 / 存在问题 / 改进措施 / 项目负责人 /
 * 财务负责人). Its rows are then read under that form's own indicator header, put before them: each
 * row is placed as any row under a written header is (in column order, or one way only by the
 * shapes of its cells, the 合计 row confirming rows so placed), and a row that does not place is
 * reported. The header put there is no cell of the text: it stands at the line of the tail's first
 * cell, and the record says its head was cut off.
 */
import { escapeRegExp, labelSetOf, normalizeLabel } from './labels';
import type { Template } from './template';
import type { Token, TokenStream } from './tokens';

/** How many of the form's closing labels must follow its total row. */
const MIN_CLOSING = 3;

/** A figure, as the total row's first cell after its label holds one. */
const FIGURE = /^\d+(?:\.\d+)?$/;

export interface HeadlessRows {
  template: Template;
  /** The tail's cells with the form's indicator header before them (the header's heading at index 0). */
  stream: TokenStream;
  /** The problem the record reports: its head cut off, the header the form's own. */
  cut: { line: number; message: string };
}

/**
 * The tail of a table in rows of cells among the first `end` tokens (those before the first record
 * read from a name label), with the indicator header of the one form whose total row and closing
 * labels end it; null when no form's do.
 */
export function headlessRows(ts: TokenStream, templates: readonly Template[], end: number): HeadlessRows | null {
  const head = ts.tokens.slice(0, end);
  const first = head.find((x) => x.norm !== '');
  // The text starts inside a table of cells: its first cell is a cell of a row.
  if (!first || first.row === null) return null;
  for (const t of templates) {
    if (t.formWeights === undefined || t.kind !== 'project' || t.indicators.columns.length === 0) continue;
    const totals = labelSetOf(t.total.labels);
    const closing = [...t.closing.deviationAnalysis, ...t.closing.improvementMeasures, ...t.otherLabels].map(normalizeLabel);
    const total = head.findIndex((x, i) => x.row !== null && totals.has(x.norm) && totalFigure(head, i));
    if (total < 0) continue;
    const after = head.slice(total + 1).filter((x) => x.norm !== '');
    const closed = closing.filter((label) => after.some((x) => new RegExp(`^${escapeRegExp(label)}`, 'u').test(x.norm))).length;
    if (closed < MIN_CLOSING) continue;
    return { template: t, stream: withHeader(ts, t, end, first), cut: cutOf(t, first) };
  }
  return null;
}

/** Whether the first written cell after the total label, in its row, is a figure (合计 | 100 | 100). */
function totalFigure(head: Token[], at: number): boolean {
  const row = head[at]!.row;
  const next = head.slice(at + 1).find((x) => x.norm !== '' || x.row !== row);
  return next !== undefined && next.row === row && FIGURE.test(next.text.trim());
}

function cutOf(t: Template, first: Token): HeadlessRows['cut'] {
  return {
    line: first.line,
    message: `the tail of a ${t.titles[0]} (its head cut off, the text starts inside it): its rows read under the form's own indicator header`,
  };
}

/** The first `end` tokens after a row of the form's indicator heading and column labels, at the line of the first cell. */
function withHeader(ts: TokenStream, t: Template, end: number, first: Token): TokenStream {
  const labels = [t.indicators.heading[0]!, ...t.indicators.columns.map((c) => c.labels[0]!)];
  const header: Token[] = labels.map((text, index) => ({
    index,
    text,
    norm: normalizeLabel(text),
    line: first.line,
    row: 0,
    blanksLost: false,
  }));
  const offset = header.length;
  const tokens = [
    ...header,
    ...ts.tokens.slice(0, end).map((x) => ({ ...x, index: x.index + offset, row: x.row === null ? null : x.row + 1 })),
  ];
  const rows = [header.map((x) => x.index), ...ts.rows.map((row) => row.filter((i) => i < end).map((i) => i + offset))];
  return { tokens, rows };
}
