/**
 * A text written twice at the end of a name, right before a figure (`成本控制不超过预算不超过预算10`):
 * a target and an actual met as written, glued to the name before them and to the score after them.
 * A glued name never ends in a text written twice before a figure (flatGluedRows.ts,
 * TWICE_BEFORE_FIGURE), so the name ends where the doubled text starts and the doubled text is cut
 * into its halves: 成本控制 | 不超过预算 | 不超过预算 | 10. The cuts are offered, not imposed: the row
 * is kept only when it is the one way its cells fit.
 */
import type { FlatChar } from './flatPieces';

/** A doubled text: where it starts, its middle, where it ends (indexes into the characters). */
export interface Doubled {
  start: number;
  middle: number;
  end: number;
}

/** The shortest half taken: one character written twice (`是是`, `高高`) is as often a word of a name (`人人`, `常常`). */
const MIN_HALF = 2;

/**
 * For each run of letters that a digit follows and that is not itself a text written twice (that is
 * doubledRuns'), its end written twice — when exactly one length of half makes it so; none when two
 * do (`…ABABABAB`: AB or ABAB), which cannot be told apart.
 */
export function doubledEnds(chars: FlatChar[]): Doubled[] {
  const letter = (i: number) => i >= 0 && i < chars.length && /\p{L}/u.test(chars[i]!.ch);
  const out: Doubled[] = [];
  for (let start = 0; start < chars.length; start++) {
    if (!letter(start) || letter(start - 1)) continue;
    let end = start;
    while (letter(end)) end++;
    const run = chars
      .slice(start, end)
      .map((c) => c.ch)
      .join('');
    const next = end;
    start = end;
    if (!/\d/.test(chars[next]?.ch ?? '')) continue;
    const halves: number[] = [];
    for (let half = MIN_HALF; 2 * half < run.length; half++)
      if (run.slice(run.length - 2 * half, run.length - half) === run.slice(run.length - half)) halves.push(half);
    if (halves.length !== 1) continue;
    const half = halves[0]!;
    out.push({ start: next - 2 * half, middle: next - half, end: next });
  }
  return out;
}
