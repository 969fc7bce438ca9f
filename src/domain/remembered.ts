/**
 * A function of a text, its results kept. Reading a document asks the same texts over and over:
 * label normalization (every label set of every template, every token: src/templates/labels.ts),
 * and the cell parsers of src/domain/reportedValue.ts — a placement tries each column's shape on a
 * cell, then the scoring and the discrepancy checks read each value again (about 36
 * normalizations and 15 score-cell parses per indicator row of a synthetic document,
 * `npm run bench:read`); a province's documents write the same few thousand texts (`100`, `≥95%`,
 * `达标`). An object result is frozen, since every caller now shares it. Emptied when it holds
 * `limit` texts, so that it keeps at most that many (and the texts they are cut from).
 */
export function remembered<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    let result = kept.get(text);
    if (result === undefined) {
      result = compute(text);
      if (typeof result === 'object' && result !== null) Object.freeze(result);
      if (kept.size >= limit) kept.clear();
      kept.set(text, result);
    }
    return result;
  };
}
