/**
 * The fiscal year a project's name states, for a table printed without its title (a page that
 * publishes the table under its own heading): a 衔接资金 project is named for its year
 * (`2023年杨楼社区特色种养殖补贴到户项目`). Only a year that opens the name and is followed by its
 * words: `2023年度…`, `2023年…`; not a year inside the name (`…2008年奥运场馆…`), not a bare year, not a
 * code or a date (`20231001…`, `2023-09-28`).
 */
const OPENING_YEAR = /^(20\d{2})\s*年度?(?=\p{Script=Han})/u;

export function yearOfName(name: string): number | null {
  const m = OPENING_YEAR.exec(name.trim());
  return m ? Number(m[1]) : null;
}
