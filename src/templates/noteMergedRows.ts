/**
 * Indicator rows of a stream (one cell per line) that do not make whole rows because a row has no
 * cell of its own in the last column — the 偏差原因分析及改进措施 note merged over two rows, written
 * once — or because the text stops inside the last row (a page cut off). Such a segment is cut into
 * rows of the block's width or one cell short of it (the note left off), each placing in order with
 * its name, 分值 and 得分 written; when the text ends in the segment, the cells after its last row,
 * from a written cell on, may be a row cut off. The cut is taken only when exactly one cut fits: `造林面积 1.2万亩 1.2万亩 10
 * 10 ∅ | 病虫害防治面积 3.45万亩 3.45万亩 7 7 | 森林经营面积 16.3万亩 16.3万亩 7 7 ∅` cuts one way only
 * (taking 森林经营面积 for the second row's note would leave a row named 16.3万亩 with no 得分).
 */
import type { Token } from './tokens';

export interface NoteMergedCut {
  rows: Token[][];
  /** The cells after the last row where the text stops inside a row: a row cut off. */
  cutOff: Token[];
}

/**
 * The one way of cutting `cells` into rows of `width` cells or `width - 1` (the last column, a
 * note, left off) that `places` accepts, with a row cut off at the end when `textEnds`; null when
 * there is none, or more than one.
 */
export function cutNoteMergedRows(
  cells: readonly Token[],
  width: number,
  places: (row: Token[]) => boolean,
  textEnds: boolean,
): NoteMergedCut | null {
  const found: NoteMergedCut[] = [];
  const rows: Token[][] = [];
  // Where no cut of the rest fits (each place is tried once).
  const dead = new Set<number>();
  const walk = (at: number): void => {
    if (found.length > 1 || dead.has(at)) return;
    const before = found.length;
    if (at === cells.length) {
      found.push({ rows: [...rows], cutOff: [] });
      return;
    }
    let placed = false;
    for (const length of [width, width - 1]) {
      if (length < 2 || at + length > cells.length) continue;
      const row = cells.slice(at, at + length);
      if (!places(row)) continue;
      placed = true;
      rows.push(row);
      walk(at + length);
      rows.pop();
    }
    // The text stops inside a row: fewer cells than a row is left, from a name on, and they place as none.
    if (textEnds && !placed && cells.length - at < width && cells[at]!.norm !== '') found.push({ rows: [...rows], cutOff: cells.slice(at) });
    if (found.length === before) dead.add(at);
  };
  walk(0);
  return found.length === 1 ? found[0]! : null;
}
