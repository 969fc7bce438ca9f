/**
 * Unevaluated rows (未评价的指标行): an indicator block whose evaluation columns were left blank in
 * every row — each row gives its 三级指标 name and one cell, and the 总分 row is blank (施甸县
 * 保山猪保种场建设项目, a project that never started: `标准化圈舍面积(平方米) 5000` under 三级指标 /
 * 年初目标值(A) / 实际完成值(B) / 得分, cells separated by spaces).
 *
 * Such a row alone is not placed (src/templates/engine.ts): where empty cells left no trace, its one
 * cell could stand under any of the three columns. The block as a whole tells: the 总分 row is blank,
 * so no row was scored; every row leaves the same columns blank, so its one cell stands in the same
 * column in every row; and the one column the form fills before anything is evaluated is the first
 * after the name, the 年初目标值 (the columns after it are all evaluation columns: 实际完成值, 得分, a
 * 偏差原因 note). Read so only then: a block with one row written otherwise (two cells, a lone cell),
 * a 总分 written, a 分值 column (a weight is written before the evaluation too: which of two columns
 * the cell is cannot be told), or a row in a stream (its rows not known) stays as the engine leaves it.
 * The one cell must hold a figure (`5000`, `2023.12`, `≥95%`): a cell of words may be the rest of a
 * name broken at a space (`企业把握政治导向和文 化方向情况`), a blank form's rows written with no value.
 */
import { isPlaceholder } from './labels';

/** The columns a row leaves blank when it was not evaluated. */
const EVALUATION_ROLES = new Set(['actual', 'score', 'note']);

/**
 * Whether the indicator block is one of unevaluated rows: `roles` its columns from 三级指标 on, `rows`
 * the cells written in each of its rows after their 一级/二级指标 words, `totalBlank` whether its 总分
 * row writes nothing.
 */
export function isUnevaluatedBlock(rows: readonly (readonly string[])[], roles: readonly string[], totalBlank: boolean): boolean {
  if (!totalBlank || rows.length < 2) return false;
  if (roles[0] !== 'name' || roles[1] !== 'target' || !roles.includes('actual') || !roles.includes('score')) return false;
  if (!roles.slice(2).every((role) => EVALUATION_ROLES.has(role))) return false;
  return rows.every((row) => row.length === 2 && /\p{L}/u.test(row[0]!) && !isPlaceholder(row[0]!) && !isPlaceholder(row[1]!) && /\d/.test(row[1]!));
}
