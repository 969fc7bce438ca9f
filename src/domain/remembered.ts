/**
 * A function of a text, its results kept. Reading a document asks the same texts over and over:
 * label normalization (every label set of every template, every token: src/templates/labels.ts),
 * and the cell parsers of src/domain/reportedValue.ts — a placement tries each column's shape on a
 * cell, then the scoring and the discrepancy checks read each value again (about 36
 * normalizations and 15 score-cell parses per indicator row of a synthetic document,
 * `npm run bench:read`); a province's documents write the same few thousand texts (`100`, `≥95%`,
 * `达标`). An object result is frozen, since every caller now shares it. Emptied when it holds
 * `limit` texts, so that it keeps at most that many.
 *
 * A text kept is a copy of its own (`ownCopy`), and the answer is computed from that copy: a cell's
 * text is cut from its document's whole text, and V8 keeps a cut of 13 characters or more as a
 * pointer into the text it was cut from — kept as given, each text kept held its document's whole
 * text in memory. The reading thread of a province's import (`npm run bench -- --configs
 * postgresql:1 --import-only`) held 1,908 documents' texts after 2,500 documents (72 MiB of its
 * heap, a heap snapshot), and could hold up to `limit` of them for each of these functions.
 */
export function remembered<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    let result = kept.get(text);
    if (result === undefined) {
      const own = ownCopy(text);
      result = compute(own);
      if (typeof result === 'object' && result !== null) Object.freeze(result);
      if (kept.size >= limit) kept.clear();
      kept.set(own, result);
    }
    return result;
  };
}

/**
 * The text in memory of its own, not a cut of a longer one: V8 flattens a joined string when it is
 * cut, into a new string of the joined length, and a cut of it then points into that one alone.
 */
function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
