/**
 * Where the labels of a token stream are: for a question asked of every token's normalized text
 * (is it one of this label set's synonyms? does it hold one of this template's title words?), the
 * indexes of the tokens it holds for, found once per stream from its distinct texts — a document
 * repeats its labels and figures (`100`, `达标`, `数量指标`) in every table. Finding the records
 * asks such questions of every record's range for every template (src/templates/engine.ts:
 * readRecords), which scanned the range's tokens each time: 80,000 label lookups a synthetic
 * document of 20 projects (`npm run bench:read`).
 */
import type { TokenStream } from './tokens';

export class LabelPositions {
  /** Each distinct non-empty normalized text, with the indexes of its tokens in order. */
  private readonly byText = new Map<string, number[]>();
  private readonly found = new Map<object, number[]>();

  constructor(ts: TokenStream) {
    ts.tokens.forEach((token, i) => {
      if (token.norm === '') return;
      const at = this.byText.get(token.norm);
      if (at) at.push(i);
      else this.byText.set(token.norm, [i]);
    });
  }

  /** The indexes, in order, of the tokens whose normalized text `holds` (kept by `question`: the same question gives the same answer). */
  where(question: object, holds: (norm: string) => boolean): readonly number[] {
    let at = this.found.get(question);
    if (!at) {
      at = [];
      for (const [norm, indexes] of this.byText) if (holds(norm)) at.push(...indexes);
      at.sort((a, b) => a - b);
      this.found.set(question, at);
    }
    return at;
  }

  /** The first of those indexes from `from` on, or -1. */
  firstFrom(question: object, holds: (norm: string) => boolean, from: number): number {
    const at = this.where(question, holds);
    let low = 0;
    let high = at.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (at[middle]! < from) low = middle + 1;
      else high = middle;
    }
    return low < at.length ? at[low]! : -1;
  }
}
