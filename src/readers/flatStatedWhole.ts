/**
 * The whole a funding block's breakdown states (按收入性质分:2456.18 按支出性质分:2456.18): the
 * national 部门整体支出绩效自评表 breaks the year's funds down by source and by use under the
 * 年度资金总额 row, each breakdown opened by the amount it divides. Where the glued 年度资金总额 row
 * cuts more than one way (`2456.182456.182456.1810100%10`: 2456.18 | 2456.18 | 2456.18 or
 * 2456.182 | 456.182 | 456.18, both at 100%), the amount the breakdown states tells them apart.
 */

/** The breakdowns' heads: each is followed by the amount of the whole it divides. */
const HEADS = ['按收入性质分', '按支出性质分'];

const STATED = new RegExp(`(?:${HEADS.join('|')})\\s*[:：]\\s*((?:0|[1-9]\\d*)(?:\\.\\d+)?)(?![\\d.])`, 'gu');

/** The amounts (万元, as written) the breakdown heads in `text` state; none when it names none. */
export function statedWholeAmounts(text: string): number[] {
  return [...text.matchAll(STATED)].map((m) => Number(m[1]));
}
