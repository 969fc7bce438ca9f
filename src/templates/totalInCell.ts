/**
 * A total written with its label in one cell (`项目总得分：99分`), as a form's header row or the line
 * above its table may give it where the template has the label and the figure in cells of their own:
 * the figure after the colon, kept as written. Only a cell holding the label, a colon and one figure
 * (with or without 分) is taken; any other text after the colon is no total.
 */
import type { Cell } from './parsed';
import { normalizeLabel, type LabelSet } from './labels';
import type { Token } from './tokens';

const LABEL_COLON_FIGURE = /^(.+?)[:：]\s*(\d+(?:\.\d+)?\s*分?)\s*$/u;

/** The first cell from `from` to `to` holding a total label and its figure: its index and the figure; null if none. */
export function totalInCell(tokens: readonly Token[], from: number, to: number, labels: LabelSet): { index: number; score: Cell } | null {
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
    const match = LABEL_COLON_FIGURE.exec(tokens[i]!.text.normalize('NFKC').trim());
    if (match && labels.has(normalizeLabel(match[1]!))) return { index: i, score: { text: match[2]!, line: tokens[i]!.line } };
  }
  return null;
}
