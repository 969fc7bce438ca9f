/**
 * What the lines above a table say about it when no title does (湖北 部门整体支出绩效自评表 as 十堰 publishes
 * it: `附件2-1:` / `(2021年度)` / `填报单位: (公章) 填报人及联系电话: … 填报日期: 2022年04月14日 自评得分: 97`):
 * the year on a line of its own in brackets, and the 自评得分 written beside the 填报日期. A year
 * inside other words (`2021年度部门决算`) is no table's year, and a 自评得分 without a figure or of a
 * level (`产出指标自评得分`) is no total.
 */

const YEAR_ALONE = /^[(（]\s*((?:19|20)\d{2})\s*年度?\s*[)）]$/u;
const SCORE_BESIDE = /(?<!指标)自评得分\s*[:：]\s*(\d{1,3}(?:\.\d{1,2})?)(?![\d.])/u;

/** `（2021年度）` alone in its cell → 2021. */
export function yearAlone(text: string): number | null {
  const m = YEAR_ALONE.exec(text.trim());
  return m ? Number(m[1]) : null;
}

/** `… 自评得分: 97` → `97`, as written. */
export function scoreBeside(text: string): string | null {
  return SCORE_BESIDE.exec(text)?.[1] ?? null;
}
