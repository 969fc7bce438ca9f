/**
 * The fiscal year an evaluation report's cover states as the period it evaluates, where no title
 * names it: 评价时间:2020年1月1日至2020年12月31日 (海南's 财政支出项目绩效评价报告), 项目起止时间 2016 年 1 月起至
 * 2016 年 12 月止 (岳阳's 财政支出项目绩效评价自评报告). Only a period that is one
 * whole calendar year is the year evaluated; any other (评价时间:2013年2月10日至2013年4月25日, when the
 * evaluation was made) says nothing of it.
 */
import type { Token } from './tokens';

// 1 January to 31 December, the days written or not (岳阳's 项目起止时间: 2016 年 1 月起至 2016 年 12 月止).
const WHOLE_YEAR = /(20\d{2})年0?1月(?:0?1日)?起?(?:至|-|—|~)\1年12月(?:31日|(?!\d))止?/u;

/** The year of the first whole-year period written in `tokens`, null when none is. */
export function yearOfWholePeriod(tokens: readonly Token[]): number | null {
  for (const token of tokens) {
    const m = WHOLE_YEAR.exec(token.text.replace(/\s+/g, ''));
    if (m) return Number(m[1]);
  }
  return null;
}
