/**
 * The end of a level cell broken over rows, left at the head of the next indicator row: `50%) |
 * 质量指标 | 事业单位公开招聘考率 | …` where the cell above read `产出指标（分值权重` (湖北 十堰 部门整体支出绩效
 * 自评表). It closes the 一级指标 above, so the row stays under that level. Only a closing bracket after
 * a weight or share (`50%)`, `(20分)`, `分值权重50%)`), and only before a 二级指标 word: a figure
 * without its bracket (`50%`) or before anything else is a cell of the row.
 */
const LEVEL_TAIL = /^\(?(?:分值权重)?\d{1,3}(?:\.\d+)?(?:%|分)?\)$/u;

/** Whether a normalized cell is the closing part of a level cell's weight or share. */
export function isLevelTail(norm: string): boolean {
  return LEVEL_TAIL.test(norm);
}
