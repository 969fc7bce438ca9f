/**
 * Weighted annual goals (年度目标) that divide a department-wide table's indicator block (Hubei's
 * 部门整体支出绩效自评表: `年度目标1: 积极促进就业创业工作。(18分)` on a row of its own, then the
 * goal's indicators), and the share a level cell may carry instead of points
 * (`产出指标(分值权重100%)`: the level's share of its goal's weight), and 同上 in a rule column.
 */

/** A goal row's cell: its number, the goal as written, its weight as written (`(18分)`, `（12分）`). */
export interface GoalCell {
  position: number;
  name: string;
  weight: string | null;
}

const GOAL = /^年度目标\s*(\d{1,2})\s*[:：]?\s*/;
const GOAL_WEIGHT = /[(（]\s*\d{1,3}(?:\.\d+)?\s*分\s*[)）]\s*$/;

/** `年度目标1: 积极促进就业创业工作。(18分)` → 1, 积极促进就业创业工作。, (18分); anything else → null. */
export function goalCell(text: string): GoalCell | null {
  const s = text.trim();
  const m = GOAL.exec(s);
  if (!m) return null;
  const rest = s.slice(m[0].length);
  const w = GOAL_WEIGHT.exec(rest);
  const name = (w ? rest.slice(0, w.index) : rest).trim();
  // A goal names what it is (年度目标1 alone, 年度目标完成情况 are labels, not goals).
  if (!/\p{L}/u.test(name)) return null;
  return { position: Number(m[1]), name, weight: w ? w[0].trim() : null };
}

const LEVEL_SHARE = /\(分值权重\d+(?:\.\d+)?%\)$/;

/** A level cell's normalized text without its share suffix (`产出指标(分值权重100%)` → 产出指标). */
export function withoutLevelShare(norm: string): string {
  return norm.replace(LEVEL_SHARE, '');
}

/** A cell that says 同上 ("as above") means the text of the same column in the row above, where that row has one. */
export function asAbove(text: string | null, above: string | null): string | null {
  return text !== null && /^同上[。.]?$/.test(text.trim()) && above !== null ? above : text;
}
