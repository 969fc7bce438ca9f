/**
 * A row one cell short whose 得分 was left blank (湖北 项目支出绩效自评表: `成本指标 | 设计预算成本计划降低率 |
 * 1% | 1.60%` under 三级指标 / 年初目标值 / 实际完成值 / 得分). When 得分 is the last column and the row's
 * last cell cannot be points (a per cent, a unit, a word: `1.60%`, `48万元`, `达标`), the row's cells
 * go in order one way only: leaving any earlier column blank would put that last cell under 得分.
 * So the row is read with its 得分 blank — where the text after it starts a row of its own (a level
 * word, a row that places by itself, the table's end): a row broken over lines has its rest there
 * (src/templates/engine.ts). A row whose last cell may be points or a blank (`9`, `—`) stays
 * unread (its 实际完成值 may be the missing cell), and so does a row two cells short or one whose
 * last column is not 得分 (a note column after it takes any text: more than one way fits).
 */
import { isPlaceholder } from './labels';

/** Whether a row of `cells` (trailing blanks trimmed) under `roles` is a row with only its last column, 得分, left blank. */
export function scoreLeftBlank(cells: readonly string[], roles: readonly string[], isPoints: (text: string) => boolean): boolean {
  let n = cells.length;
  while (n > 0 && cells[n - 1]!.trim() === '') n--;
  return roles.length >= 3 && roles.at(-1) === 'score' && n === roles.length - 1 && !isPlaceholder(cells[n - 1]!) && !isPoints(cells[n - 1]!);
}
