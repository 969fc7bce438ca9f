/**
 * Lines of a table whose cells were joined by spaces (blanksLost rows): the reader cut such a line
 * at every space, so a cell written with spaces inside comes out in pieces — `( 2019 年度)`, a year
 * of account in a cell of its own, is the three cells `(` / `2019` / `年度)`. Where the engine looks
 * a few cells up for a title or reads a year next to it, such a line is one cell, as written.
 */
import type { Token, TokenStream } from './tokens';

function onSpacedLine(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.blanksLost && b.blanksLost && a.line === b.line;
}

/** Whether the cell at `k` is followed, before `end`, by another piece of the same spaced line (counting up, the line counts once). */
export function continuesSpacedLine(ts: TokenStream, k: number, end: number): boolean {
  return k + 1 < end && onSpacedLine(ts.tokens[k], ts.tokens[k + 1]);
}

/** The text from the cell at `k` to the end of its spaced line (before `end`), its pieces joined by a space; another cell's own text. */
export function spacedLineText(ts: TokenStream, k: number, end: number): string {
  const parts = [ts.tokens[k]!.text];
  for (let j = k + 1; j < end && onSpacedLine(ts.tokens[j - 1], ts.tokens[j]); j++) parts.push(ts.tokens[j]!.text);
  return parts.join(' ');
}
