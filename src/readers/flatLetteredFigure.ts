/**
 * A figure an OCR wrote in look-alike letters at the end of a glued row (`保障人数102370人2370人IO`:
 * `IO` for a number): the text cuts no way as written, since no column holds letters. Read as the
 * digits they look like (I, l → 1; O → 0) only to tell where the row's other cells end: when the
 * text then cuts one way only and the letters make the row's last cell whole, the row is kept with
 * that cell blank, and the letters are left as a cell of their own for the template reader to
 * report — the figure itself is never read from letters.
 */
import type { FlatChar } from './flatPieces';
import { cutRows, type FlatCell, type RowSchema } from './flatGluedRows';

/** Letters an OCR gives for digits, at the very end of a text, after a figure, a unit or a word. */
const LETTERED_END = /(?<=[\d%‰\p{Script=Han}])[IlO]{1,3}(?=\s*$)/u;
const DIGIT_OF: Record<string, string> = { I: '1', l: '1', O: '0' };

export interface LetteredRows {
  /** The rows as cut, the lettered cell blank. */
  rows: FlatCell[][];
  /** The letters as written, with their line: reported by the template reader, not read. */
  garbled: FlatCell;
}

/** The rows of a glued text ending in a lettered figure, or null when it does not cut one way only with it. */
export function rowsWithLetteredFigure(chars: FlatChar[], schema: RowSchema): LetteredRows | null {
  const written = chars.map((c) => c.ch).join('');
  // (Characters are code points here: Han and ASCII are one each.)
  if ([...written].length !== chars.length) return null;
  const m = LETTERED_END.exec(written);
  if (!m) return null;
  const at = [...written.slice(0, m.index)].length;
  const letters = chars.slice(at, at + m[0].length);
  const asDigits = chars.map((c, k) => (k >= at && k < at + letters.length ? { ...c, ch: DIGIT_OF[c.ch]! } : c));
  const cut = cutRows(asDigits, schema, false);
  if (cut.ways !== 1) return null;
  const last = cut.rows.at(-1);
  const k = last ? last.findLastIndex((c) => c.text.trim() !== '') : -1;
  const digits = letters.map((c) => DIGIT_OF[c.ch]!).join('');
  // The letters must be a whole cell: not the end of a longer figure (`2370人1O`), nor of a name.
  if (!last || k <= 0 || last[k]!.text.trim() !== digits) return null;
  const rows = cut.rows.map((row, r) => (r === cut.rows.length - 1 ? row.map((c, j) => (j === k ? { ...c, text: '' } : c)) : row));
  return { rows, garbled: { text: letters.map((c) => c.ch).join(''), line: letters[0]!.line } };
}
