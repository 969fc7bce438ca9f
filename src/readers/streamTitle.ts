/**
 * A table's title written on a line of its own inside a stream of pipe-closed cells (one cell per
 * line, each followed by ` |`): `2024年度部门整体支出绩效自评表` between the last cell of one table and
 * the first of the next (`预算部门名称 |`). A plain line there is otherwise the first part of the cell
 * after it (a line break inside the cell); a title is no part of that cell but a cell of its own, so
 * that the next table's first label (预算部门名称) stays a label and the title stays a title.
 */

/** A title of a performance table: it names a 绩效 form and ends with 表 (perhaps followed by its year in brackets). */
const TABLE_TITLE = /^\S*绩效\S*表(?:[(（]\s*\d{4}\s*年度?\s*[)）])?$/u;

/** Whether a plain line of a pipe-cell stream is a table's title. */
export function isStreamTitle(text: string): boolean {
  return TABLE_TITLE.test(text.replace(/\s+/g, ''));
}
