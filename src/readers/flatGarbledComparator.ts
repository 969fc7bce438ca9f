/**
 * Comparators an OCR garbled in a glued row (宁夏 原州区: `种薯亩均收入较鲜薯亩均收入8工5%工5%8`, `…比例880%^80%8`:
 * 工 and ^ for ≥): the text cuts no way as written, since no value opens with such a character.
 * Each is read as a comparator only to tell where the row's cells end: when the text then cuts one
 * way only and each garbled character opens a value cell, the row is kept with those cells blank,
 * and the cells as written are left apart for the template reader to report — a value is never
 * read from a garbled one.
 *
 * A garbled comparator is one character standing where a comparator stands: after a figure's end
 * (a digit or %) and before a digit, and neither a digit, a point, a comparator nor where a unit
 * of measure starts (`10个5%` is 10个 | 5%).
 */
import type { FlatChar } from './flatPieces';
import { cutRows, type FlatCell, type RowSchema, UNITS } from './flatGluedRows';

const COMPARATOR = /[≥≤=<>＝≧≦]/u;

export interface GarbledRows {
  /** The rows as cut, the cells opened by a garbled comparator blank. */
  rows: FlatCell[][];
  /** Those cells as written, with their lines: reported by the template reader, not read. */
  garbled: FlatCell[];
}

/** Where the garbled comparators of a glued text stand (indexes into `chars`). */
function garbledAt(chars: FlatChar[]): number[] {
  const written = chars.map((c) => c.ch).join('');
  const out: number[] = [];
  for (let k = 1; k + 1 < chars.length; k++) {
    const ch = chars[k]!.ch;
    if (!/[\d%]/u.test(chars[k - 1]!.ch) || !/\d/.test(chars[k + 1]!.ch)) continue;
    if (/[\d.%‰\s]/u.test(ch) || COMPARATOR.test(ch) || UNITS.some((u) => written.startsWith(u, k))) continue;
    out.push(k);
  }
  return out;
}

/** The rows of a glued text with garbled comparators, or null when it has none or does not cut one way only with them read as ≥. */
export function rowsWithGarbledComparators(chars: FlatChar[], schema: RowSchema): GarbledRows | null {
  const written = chars.map((c) => c.ch).join('');
  // (Characters are code points here: Han and ASCII are one each.)
  if ([...written].length !== chars.length) return null;
  const at = garbledAt(chars);
  if (at.length === 0) return null;
  const read = chars.map((c, k) => (at.includes(k) ? { ...c, ch: '≥' } : c));
  const cut = cutRows(read, schema, false);
  if (cut.ways !== 1) return null;
  // Each garbled character must open a cell of its own (a value), never stand inside one.
  const text = read.map((c) => c.ch).join('');
  let pos = 0;
  const garbled: FlatCell[] = [];
  const rows = cut.rows.map((row) =>
    row.map((cell) => {
      const start = text.indexOf(cell.text, pos);
      pos = start + cell.text.length;
      if (!at.includes(start)) return cell;
      garbled.push({ text: written.slice(start, pos), line: cell.line });
      return { ...cell, text: '' };
    }),
  );
  return garbled.length === at.length ? { rows, garbled } : null;
}
