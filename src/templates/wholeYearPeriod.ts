/**
 * The fiscal year an evaluation report's cover states as the period it evaluates, where no title
 * names it: 评价时间:2020年1月1日至2020年12月31日 (海南's 财政支出项目绩效评价报告). Only a period that is one
 * whole calendar year is the year evaluated; any other (评价时间:2013年2月10日至2013年4月25日, when the
 * evaluation was made) says nothing of it.
 */
import type { Token } from './tokens';

const WHOLE_YEAR = /(20\d{2})年0?1月0?1日?(?:至|-|—|~)\1年12月31日/u;

/** The year of the first whole-year period written in `tokens`, null when none is. */
export function yearOfWholePeriod(tokens: readonly Token[]): number | null {
  for (const token of tokens) {
    const m = WHOLE_YEAR.exec(token.text.replace(/\s+/g, ''));
    if (m) return Number(m[1]);
  }
  return null;
}
