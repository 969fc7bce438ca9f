/**
 * A level cell wrapped inside its column, the row's other cells on its first line and the cell's
 * last word on a line of its own after it (鄂州's `社会效益 财政工作运行效率 ≥80% ≥80% 15 15` over
 * `指标`: the 二级指标 社会效益指标). A known row of one cell that is no label is joined to the
 * cell of the row above that it completes into a level word (一级 / 二级指标), when exactly one
 * cell there does; its text joined as written, its row emptied. A row of one cell that completes
 * no level word, or more than one, stays as it is (and is reported where it cannot be placed).
 */
import type { LabelSet } from './labels';
import { joinedInto, type Token, type TokenStream } from './tokens';

export function joinWrappedLevels(ts: TokenStream, levels: LabelSet, labels: LabelSet): TokenStream {
  const joined = new Map<number, Token>();
  const absorbed = new Set<number>();
  for (let r = 1; r < ts.rows.length; r++) {
    const cells = ts.rows[r]!.map((k) => ts.tokens[k]!).filter((t) => t.norm !== '');
    if (cells.length !== 1 || ts.rows[r]!.length !== 1) continue;
    const tail = cells[0]!;
    if (labels.has(tail.norm) || /\d/.test(tail.norm)) continue;
    const above = ts.rows[r - 1]!.map((k) => joined.get(k) ?? ts.tokens[k]!);
    if (above.length < 2) continue;
    const heads = above.filter((t) => t.norm !== '' && levels.has(t.norm + tail.norm));
    if (heads.length !== 1) continue;
    const head = heads[0]!;
    joined.set(head.index, { ...head, text: head.text + tail.text, norm: head.norm + tail.norm });
    absorbed.add(tail.index);
  }
  return joinedInto(ts, joined, absorbed);
}
