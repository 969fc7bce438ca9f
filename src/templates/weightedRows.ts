/**
 * Score tables whose every level and indicator cell carries its weight (`部门决策(25分)`,
 * `相关性(5分)`) and whose figures a PDF's text layer set at the start of the next line: the
 * 部门整体支出绩效评价得分表 (一级 / 二级 / 三级指标 / 得分) printed with narrow columns comes out
 * as lines of cells separated by spaces (a spaced table, its empty cells lost) —
 *
 *     2017 年部门整体支出绩效评价得分表 一级指 标 二级指标 三级指标 得分 部门决 策(25 分) 目标任务(15 分) 相关性(5 分)
 *     5 明确性(5 分)
 *     5 预算编制(10 分) 测算依据(5 分)
 *
 * — a cell wrapped in its column split at the space inside its bracket (`相关性(5` `分)`) or where
 * the column wrapped its words (`部门决` `策(25 分)`), and each row's 得分 opening the line after it.
 * For the rows after a title of a template whose names carry their weights (Template.weightedNames),
 * in the same spaced table: a cell that opens a weight bracket is joined with the cell that closes
 * it, a cell of words (no figure, no bracket) right before a weighted cell with it (no cell of such
 * a table is written without its weight), and the figures a line opens with are the end of the row
 * above when that row ends with a weighted cell (its 三级指标, whose 得分 is missing from its line).
 * Nothing is moved anywhere else: a row that ends otherwise keeps its figures, and what the engine
 * then cannot place it reports.
 */
import { normalizeLabel, splitWeight, type LabelSet } from './labels';
import type { Template } from './template';
import { changed, type Token, type TokenStream } from './tokens';

const FIGURE = /^\d+(?:\.\d+)?$/;
/** A cell whose weight bracket the line's space cut: `相关性(5`, then `分)`. */
const OPENS_WEIGHT = /\(\d+(?:\.\d+)?$/;
const CLOSES_WEIGHT = /^分?\)$/;
/** Words only: no figure, no bracket. */
const WORDS = /^[\p{Script=Han}]+$/u;

const isWeighted = (norm: string) => splitWeight(norm).weight !== null;

export function recutWeightedRows(ts: TokenStream, templates: readonly Template[], labels: LabelSet): TokenStream {
  const titles = templates.filter((t) => t.weightedNames).flatMap((t) => t.titles);
  if (titles.length === 0) return ts;
  // The spaced rows after a title of such a template, up to the end of that table.
  const recut = new Set<number>();
  for (let r = 0; r < ts.rows.length; r++) {
    const first = ts.tokens[ts.rows[r]![0]!];
    if (!first?.blanksLost || !ts.rows[r]!.some((k) => titles.some((x) => ts.tokens[k]!.norm.includes(x)))) continue;
    for (let s = r; s < ts.rows.length && ts.rows[s]!.length > 0 && ts.tokens[ts.rows[s]![0]!]!.blanksLost; s++) {
      if (s > r && ts.rows[s]![0]! !== ts.rows[s - 1]!.at(-1)! + 1) break;
      recut.add(s);
    }
  }
  if (recut.size === 0) return ts;

  const tokens: Token[] = [];
  const rows: number[][] = [];
  const push = (parts: Token[], row: number) => {
    // Joined as written: a bracket cut at its space keeps the space (`相关性(5 分)`), words wrapped in the column none.
    const text = parts.map((p, n) => (n > 0 && OPENS_WEIGHT.test(parts[n - 1]!.norm) ? ' ' : '') + p.text).join('');
    rows[row]!.push(tokens.length);
    tokens.push(changed(parts[0]!, { index: tokens.length, text, norm: normalizeLabel(text), row }));
  };
  let k = 0;
  for (let r = 0; r < ts.rows.length; r++) {
    const indexes = ts.rows[r]!;
    // Stream tokens before this row, as they were.
    while (k < (indexes[0] ?? k)) (tokens.push(changed(ts.tokens[k]!, { index: tokens.length })), k++);
    rows.push([]);
    if (!recut.has(r)) {
      for (const i of indexes) {
        rows[r]!.push(tokens.length);
        tokens.push(changed(ts.tokens[i]!, { index: tokens.length, row: r }));
      }
      k = (indexes.at(-1) ?? k - 1) + 1;
      continue;
    }
    const cells = joinedCells(
      indexes.map((i) => ts.tokens[i]!),
      labels,
    );
    // The figures the line opens with close the row above, when that row ends with its weighted 三级指标.
    let lead = 0;
    const above = recut.has(r - 1) ? rows[r - 1]! : null;
    if (above && above.length > 0 && isWeighted(tokens[above.at(-1)!]!.norm))
      while (lead < cells.length && FIGURE.test(cells[lead]!.at(-1)!.norm)) lead++;
    cells.slice(0, lead).forEach((c) => push(c, r - 1));
    cells.slice(lead).forEach((c) => push(c, r));
    k = indexes.at(-1)! + 1;
  }
  while (k < ts.tokens.length) (tokens.push(changed(ts.tokens[k]!, { index: tokens.length })), k++);
  return { tokens, rows };
}

/** A row's cells with the pieces of one cell joined (`相关性(5` `分)`, `部门决` `策(25` `分)`): each cell its pieces. */
function joinedCells(pieces: Token[], labels: LabelSet): Token[][] {
  const cells: Token[][] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const cell = OPENS_WEIGHT.test(p.norm) && CLOSES_WEIGHT.test(pieces[i + 1]?.norm ?? '') ? [p, pieces[++i]!] : [p];
    const before = cells.at(-1);
    const weighted = isWeighted(cell.map((x) => x.norm).join(''));
    if (
      weighted &&
      before &&
      before.length === 1 &&
      WORDS.test(before[0]!.norm) &&
      !isWeighted(before[0]!.norm) &&
      wrapped(before[0]!, labels)
    )
      before.push(...cell);
    else cells.push(cell);
  }
  return cells;
}

/** A piece of words short enough to be the first line of a cell its column wrapped (`部门决`, `综合管`), not a label. */
function wrapped(piece: Token, labels: LabelSet): boolean {
  return piece.norm.length <= 4 && !labels.has(piece.norm);
}
