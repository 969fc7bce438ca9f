/**
 * A total score stated only in prose (自评得分 in the report, not in the table): "自评表综合得分评价得分
 * 94.99 分", "自评得分: 94.99分", "自评总分为 92 分", "综合得分为 88.5 分". Used for a table that has
 * no 总分 row of its own; the sentence's line is kept as the figure's source.
 */
import type { Cell } from '../../templates/parsed';

/**
 * The phrase, an optional 为/是/colon, the figure and 分. A level's own score ("产出指标自评得分 50 分")
 * is not the total: the phrase must not follow 指标.
 */
const PROSE_TOTAL = /(?<!指标)(?:自评得分|自评总分|综合得分|评价得分|自评分)\s*(?:为|是)?\s*[:：]?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分/u;

/** The first total score stated in `lines` (1-based line numbers beside each text), or null. */
export function proseTotalScore(lines: { line: number; text: string }[]): Cell | null {
  for (const { line, text } of lines) {
    const m = PROSE_TOTAL.exec(text);
    if (m?.[1] !== undefined && Number(m[1]) <= 100) return { text: m[1], line };
  }
  return null;
}
