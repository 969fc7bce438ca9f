/**
 * Indicator rows of a table whose head is on the page before (an excerpt that starts inside the
 * rows, with no header and no heading left: 大英县's paginated article, `公益性讲座知晓率 | = | 100 | % |
 * 100 | 5 | 5 |`). Known, as the glued tail is (headlessTail.ts), only by what follows them before
 * the first record: the template's total row, then at least three of its closing labels — which
 * only a form with fixed columns and weights (Template.formWeights: Sichuan's 合计 / 评价结论 / 存在问题
 * / 改进措施 / 项目负责人 / 财务负责人) writes together. That form's indicator header is then put back
 * before the first row of four cells or more, so that the rows are read under the form's columns as
 * any table that starts inside its rows (the reading says its head is cut off); each row is placed,
 * or reported, by the same rules as under a written header. Nothing is put back where a heading of
 * any template is written before the first record, or where the closing labels are too few.
 */
import { LabelSet } from './labels';
import type { Template } from './template';
import type { Token, TokenStream } from './tokens';

/** How many of the form's closing labels must follow its total row. */
const MIN_CLOSING = 3;

export function restoreHeadlessHeader(ts: TokenStream, templates: readonly Template[]): TokenStream {
  const names = new LabelSet(templates.flatMap((t) => t.nameLabels));
  const firstRecord = ts.tokens.findIndex((x) => x.norm !== '' && names.has(x.norm));
  const end = firstRecord < 0 ? ts.tokens.length : firstRecord;
  const headings = new LabelSet(templates.flatMap((t) => [...t.funding.heading, ...t.indicators.heading]));
  const before = ts.tokens.slice(0, end);
  if (before.some((x) => x.norm !== '' && headings.has(x.norm))) return ts;
  for (const t of templates) {
    if (t.formWeights === undefined || t.kind !== 'project' || t.indicators.heading.length === 0) continue;
    const total = new LabelSet(t.total.labels);
    const closing = new LabelSet([...t.closing.deviationAnalysis, ...t.closing.improvementMeasures, ...t.otherLabels]);
    const at = before.findIndex((x) => x.row !== null && total.has(x.norm));
    if (at < 0) continue;
    const closed = new Set(
      before
        .slice(at + 1)
        .filter((x) => x.norm !== '' && closing.has(x.norm))
        .map((x) => x.norm),
    );
    if (closed.size < MIN_CLOSING) continue;
    const first = before.slice(0, at).find((x) => x.row !== null && ts.rows[x.row]!.length >= 4);
    if (first === undefined) continue;
    return withHeaderRow(ts, first, [t.indicators.heading[0]!, ...t.indicators.columns.map((c) => c.labels[0]!)]);
  }
  return ts;
}

/** The stream with a row of the given labels inserted before `first`'s row, at its line. */
function withHeaderRow(ts: TokenStream, first: Token, labels: string[]): TokenStream {
  const row = first.row!;
  const start = ts.rows[row]![0]!;
  const header: Token[] = labels.map((text) => ({ index: 0, text, norm: text, line: first.line, row, blanksLost: false }));
  const tokens = [...ts.tokens.slice(0, start), ...header, ...ts.tokens.slice(start)].map((x, index) => ({
    ...x,
    index,
    row: x.row === null || header.includes(x) || x.row < row ? x.row : x.row + 1,
  }));
  const rows: number[][] = Array.from({ length: ts.rows.length + 1 }, () => []);
  for (const x of tokens) if (x.row !== null) rows[x.row]!.push(x.index);
  return { tokens, rows };
}
