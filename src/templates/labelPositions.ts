/**
 * Where the labels of a token stream are: for a question asked of every token's normalized text
 * (is it one of this label set's synonyms? does it hold one of this template's title words?), the
 * indexes of the tokens it holds for, found once per stream from its distinct texts — a document
 * repeats its labels and figures (`100`, `达标`, `数量指标`) in every table. Finding the records
 * asks such questions of every record's range for every template (src/templates/engine.ts:
 * readRecords), which scanned the range's tokens each time: 80,000 label lookups a synthetic
 * document of 20 projects (`npm run bench:read`).
 */
import { labelWithoutSuffix, type LabelSet } from './labels';
import type { TokenStream } from './tokens';

export class LabelPositions {
  /** Each distinct non-empty normalized text, with the indexes of its tokens in order. */
  private readonly byText = new Map<string, number[]>();
  /** The indexes of the tokens under each label they may be: their text, and it without a suffix (labelWithoutSuffix). */
  private byLabel: Map<string, number[]> | null = null;
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

  /** The indexes, in order, of the tokens that are labels of the set (`set.has` their text): looked up by its synonyms. */
  labelled(set: LabelSet): readonly number[] {
    let at = this.found.get(set);
    if (!at) {
      const byLabel = (this.byLabel ??= this.labelsOfTexts());
      const hits: number[] = [];
      for (const synonym of set.normalized) hits.push(...(byLabel.get(synonym) ?? []));
      at = [...new Set(hits)].sort((a, b) => a - b);
      this.found.set(set, at);
    }
    return at;
  }

  private labelsOfTexts(): Map<string, number[]> {
    const byLabel = new Map<string, number[]>();
    const add = (label: string, indexes: number[]) => {
      const at = byLabel.get(label);
      if (at) at.push(...indexes);
      else byLabel.set(label, [...indexes]);
    };
    for (const [norm, indexes] of this.byText) {
      add(norm, indexes);
      const bare = labelWithoutSuffix(norm);
      if (bare !== null && bare !== norm) add(bare, indexes);
    }
    return byLabel;
  }
}

/** The first of the indexes (in order) from `from` on, or -1. */
export function firstFrom(indexes: readonly number[], from: number): number {
  let low = 0;
  let high = indexes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (indexes[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low < indexes.length ? indexes[low]! : -1;
}
