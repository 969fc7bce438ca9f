/**
 * Labels broken over lines: a page or PDF extracted one cell per line breaks a long header cell
 * where the table wrapped it (`年度预` / `算申请` / `(万元)`, `年初` / `预算数`, `偏差原因` / `分析及` /
 * `改进措施`). Consecutive stream cells (no known row) none of which is a label, whose joined text is
 * one, are read as that one cell, its text joined as written, at the first part's line. Cells of
 * known rows are never joined: their columns are certain — except the one cell of a line of a
 * table whose cells were joined by spaces (blanksLost): such a line is a line of a cell broken
 * where the page wrapped it (历城区's 项目预算 / 执行情况 / (10分)), no more placed than a stream cell.
 */
import { LabelSet } from './labels';
import { changed, type Token, type TokenStream } from './tokens';

/** At most this many pieces make one label. */
const MAX_PIECES = 4;

export function joinBrokenLabels(ts: TokenStream, labels: LabelSet): TokenStream {
  const isLabel = (t: Token) => t.norm !== '' && labels.has(t.norm);
  const unplaced = (t: Token) => t.row === null || (t.blanksLost && ts.rows[t.row]!.length === 1);
  const src = ts.tokens;
  // The joins first (a token's position → how many tokens after it join it): most documents have
  // none, and then the stream is the same one — not a copy of every token.
  const joins = new Map<number, number>();
  for (let i = 0; i < src.length; ) {
    const first = src[i]!;
    let joined = 0;
    if (unplaced(first) && first.norm !== '' && !isLabel(first)) {
      let norm = first.norm;
      for (let k = 1; k < MAX_PIECES && i + k < src.length; k++) {
        const piece = src[i + k]!;
        if (!unplaced(piece) || piece.norm === '' || isLabel(piece)) break;
        norm += piece.norm;
        if (labels.has(norm)) joined = k;
      }
    }
    if (joined > 0) joins.set(i, joined);
    i += joined + 1;
  }
  if (joins.size === 0) return ts;
  const tokens: Token[] = [];
  const remap = new Map<number, number>();
  // The later parts of a joined cell that were lines of their own: their rows are gone into the first part's.
  const absorbed = new Set<number>();
  for (let i = 0; i < src.length; ) {
    const first = src[i]!;
    const joined = joins.get(i) ?? 0;
    if (joined === 0) {
      remap.set(first.index, tokens.length);
      tokens.push(changed(first, { index: tokens.length }));
      i++;
      continue;
    }
    const parts = src.slice(i, i + joined + 1);
    for (const p of parts) remap.set(p.index, tokens.length);
    for (const p of parts.slice(1)) if (p.row !== null) absorbed.add(p.index);
    tokens.push(changed(first, { index: tokens.length, text: parts.map((p) => p.text).join(''), norm: parts.map((p) => p.norm).join('') }));
    i += joined + 1;
  }
  return { tokens, rows: ts.rows.map((row) => row.filter((k) => !absorbed.has(k)).map((k) => remap.get(k)!)) };
}
