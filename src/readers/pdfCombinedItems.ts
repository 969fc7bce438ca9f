/**
 * Text items that pdf.js combined across a cell border, cut apart again. pdf.js joins the runs of
 * text drawn on one baseline into one item where they stand less than 0.6 of a character apart,
 * with a space between them. A browser prints each cell's text as a run of its own, and the cells
 * of a page's `<table border="1">` lie a few points apart (padding, border and spacing: about 4.5
 * points), so that two cells' texts come as one item — `一级指标 二级指标` — which starts in the
 * first cell and is read there, the columns after it shifted.
 *
 * An item is cut before a run drawn on its baseline that starts inside it, beyond a vertical ruling
 * crossing the item there: that run starts another cell. A text that runs on over a border in one
 * run (a spreadsheet's unwrapped text over an empty cell) is not cut, nor an item whose runs do not
 * add up to its text (its characters cannot be shared out with certainty).
 */
import { compact } from '../tables/cellText';
import { TOLERANCE, type Item, type Segment } from './pdfLattice';

/** A run of text as the page draws it (one text-showing operator): where it starts, and its text without spaces (NFKC). */
export interface TextRun {
  x: number;
  y: number;
  text: string;
}

/** The item cut into one item per cell its runs start in (the item itself when it is not cut). */
function cut(item: Item, vertical: Segment[], runs: TextRun[]): Item[] {
  const middle = item.y + item.size * 0.3;
  const border = (from: number, to: number) =>
    vertical.find((s) => s.at > from + TOLERANCE && s.at < to && s.from - TOLERANCE <= middle && middle <= s.to + TOLERANCE);
  if (!border(item.x, item.right)) return [item];
  const inside = runs
    .filter((r) => Math.abs(r.y - item.y) <= 0.2 * item.size && r.x > item.x - TOLERANCE && r.x < item.right - TOLERANCE)
    .sort((a, b) => a.x - b.x);
  if (inside.length < 2 || inside.map((r) => r.text).join('') !== compact(item.text.normalize('NFKC'))) return [item];
  // The runs grouped by cell: a border between a run's start and the next one's ends a cell.
  const pieces: { runs: TextRun[]; border?: number }[] = [{ runs: [inside[0]!] }];
  for (let k = 1; k < inside.length; k++) {
    const between = border(Math.max(item.x, inside[k - 1]!.x), inside[k]!.x);
    if (between) pieces.push({ runs: [inside[k]!], border: between.at });
    else pieces.at(-1)!.runs.push(inside[k]!);
  }
  if (pieces.length === 1) return [item];
  // Each piece takes as many of the item's characters as its runs draw (spaces count for none).
  const chars = Array.from(item.text);
  let at = 0;
  return pieces
    .map((piece, k) => {
      const count = piece.runs.reduce((n, r) => n + r.text.length, 0);
      const start = at;
      for (let taken = 0; at < chars.length && taken < count;) taken += compact(chars[at++]!.normalize('NFKC')).length;
      const next = pieces[k + 1];
      return {
        ...item,
        text: chars
          .slice(start, next ? at : chars.length)
          .join('')
          .trim(),
        x: k === 0 ? item.x : piece.runs[0]!.x,
        right: next ? Math.min(next.border!, next.runs[0]!.x) : item.right,
      };
    })
    .filter((i) => i.text !== '');
}

/** The page's items, those combined across a cell border cut apart (see the module's note). */
export function cutAtCellBorders(items: Item[], vertical: Segment[], runs: TextRun[]): Item[] {
  if (runs.length === 0 || vertical.length === 0) return items;
  return items.flatMap((item) => cut(item, vertical, runs));
}
