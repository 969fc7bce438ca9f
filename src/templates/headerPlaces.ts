/**
 * An indicator row as wide as its one-row header, read by where its cells stand: each cell under
 * its column label. Rows whose level cells slid into the wrong level column (社会效益指标 under
 * 一级指标, 二级指标 blank; 满意度指标 under the block's heading) or whose 二级指标 is not a word
 * of the vocabulary (产出指标 | 创业担保贷款 | …) do not place in order once their leading cells
 * are taken; by position they place where nothing else could be meant:
 * - the cells under the 三级指标 and the columns after it are those columns' (a blank under a
 *   blank header cell — the 三级指标's merged part — stays blank);
 * - before them, only blanks and level cells: a word of the vocabulary (src/templates/vocabulary.ts)
 *   is the level it names wherever it stands; any other text is the level its column says, and
 *   only under 二级指标 beside a 一级指标 word of the vocabulary;
 * - the 三级指标 cell is a name: letters, no level word, no placeholder.
 * Anything else is no such row (null): the reader reports it as it did.
 *
 * A grid row lists only the cells that start in it: laid under its header by their grid columns
 * (laidByColumn), a cell merged down from above is a blank in its place, and where each cell
 * stands is certain. Then the 三级指标 may be named like a level (社会效益, 服务对象满意度 in a
 * score sheet's third column), and a 二级指标 not of the vocabulary stands beside a 一级指标 merged
 * from above (项目决策 over 项目目标 / 项目立项), which keeps the one above.
 */
import { isPlaceholder, type LabelSet } from './labels';
import type { Column, IndicatorRole } from './template';

/** What stands at each place of a header row: a column's role, the block's heading, or nothing (a blank cell). */
export type HeaderPlace = IndicatorRole | 'heading' | null;

interface Cell {
  norm: string;
  text: string;
}

/**
 * The role at each place of a header row, when the row holds the whole header (every column
 * label once, besides blanks and the block's heading); null otherwise.
 */
export function headerPlaces(
  row: readonly Cell[],
  columns: readonly Column<IndicatorRole>[],
  heading: LabelSet,
  labelsOf: (c: Column<IndicatorRole>) => LabelSet,
): HeaderPlace[] | null {
  const places: HeaderPlace[] = [];
  const seen = new Set<IndicatorRole>();
  for (const cell of row) {
    if (cell.norm === '') {
      places.push(null);
      continue;
    }
    if (heading.has(cell.norm) && places.every((p) => p === null || p === 'heading')) {
      places.push('heading');
      continue;
    }
    const column = columns.find((c) => !seen.has(c.role) && labelsOf(c).has(cell.norm));
    if (!column) return null;
    seen.add(column.role);
    places.push(column.role);
  }
  while (places.at(-1) === null) places.pop();
  return seen.size === columns.length ? places : null;
}

export interface ByPlace<T> {
  level1: T | null;
  level2: T | null;
  /** The cells of the columns from the 三级指标 on, in order. */
  rest: T[];
}

/**
 * A grid row's cells under its header row's, by grid column (each header cell covering the
 * columns up to the next one's): a place before the row's last cell that no cell of it starts in
 * is `blank(col)` — covered by a cell merged down from above; the row ends at its last cell (a
 * row short of its last cells is not filled out). Null when a row's cells cannot be laid so (two
 * under one header cell, one before the first, or cells without a grid column).
 */
export function laidByColumn<T extends { col?: number }>(row: readonly T[], header: readonly T[], blank: (col: number) => T): T[] | null {
  if (header.length === 0 || ![...row, ...header].every((c) => c.col !== undefined)) return null;
  const out: (T | undefined)[] = header.map(() => undefined);
  for (const cell of row) {
    const k = header.findLastIndex((h) => h.col! <= cell.col!);
    if (k < 0 || out[k] !== undefined) return null;
    out[k] = cell;
  }
  const end = out.findLastIndex((cell) => cell !== undefined) + 1;
  return out.slice(0, end).map((cell, k) => cell ?? blank(header[k]!.col!));
}

/** The row read by place (see the file's comment), or null. `laid`: the row is laid by grid column (laidByColumn). */
export function underHeader<T extends Cell>(
  row: readonly T[],
  places: readonly HeaderPlace[],
  rest: readonly IndicatorRole[],
  vocabulary: { level1: Pick<LabelSet, 'has'>; level2: Pick<LabelSet, 'has'> },
  laid = false,
): ByPlace<T> | null {
  let n = row.length;
  while (n > places.length && row[n - 1]!.norm === '') n--;
  if (n > places.length) return null;
  const out: ByPlace<T> = { level1: null, level2: null, rest: [] };
  const byColumn: { cell: T; role: 'level1' | 'level2' }[] = [];
  for (let k = 0; k < places.length; k++) {
    const place = places[k]!;
    const cell = row[k];
    const blank = !cell || cell.norm === '';
    if (place !== null && place !== 'heading' && rest.includes(place)) {
      if (!cell) return null;
      out.rest.push(cell);
      continue;
    }
    if (blank) continue;
    if (place === null) return null;
    const isL1 = vocabulary.level1.has(cell.norm);
    const isL2 = vocabulary.level2.has(cell.norm);
    // A word of both levels (效益指标, 成本指标) is the level of its column; under the heading, a 一级指标.
    const level = isL1 && isL2 ? (place === 'level2' ? 'level2' : 'level1') : isL1 ? 'level1' : isL2 ? 'level2' : null;
    if (level === null) {
      if (place !== 'level2') return null;
      byColumn.push({ cell, role: 'level2' });
      continue;
    }
    if (out[level] !== null) return null;
    out[level] = cell;
  }
  // A 一级指标 merged from above: its place in a laid row is blank.
  const mergedAbove = laid && out.level1 === null && places.some((p, k) => p === 'level1' && row[k]?.norm === '');
  for (const { cell } of byColumn) {
    if (out.level2 !== null || !(mergedAbove || (out.level1 !== null && vocabulary.level1.has(out.level1.norm)))) return null;
    out.level2 = cell;
  }
  const name = out.rest[rest.indexOf('name')];
  if (
    out.rest.length !== rest.length ||
    !name ||
    !/\p{L}/u.test(name.norm) ||
    isPlaceholder(name.text) ||
    (!laid && (vocabulary.level1.has(name.norm) || vocabulary.level2.has(name.norm)))
  )
    return null;
  return out;
}
