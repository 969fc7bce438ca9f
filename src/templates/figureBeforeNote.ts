/**
 * A row whose empty cells left no trace (cells separated by spaces), one or more cells short, whose
 * columns left off are notes only (未完成原因和改进措施, 偏差原因分析) and whose last cell is a bare figure
 * (`100%`, `37`, `≥95%`): 旺苍县 `指标1:基层医疗卫生机构实施基本药物制度补助。 37个基层医疗机构 100%`
 * under 三级指标 / 全年指标值 / 全年实际完成值 / 未完成原因分析及改进措施. A note is words — a reason, a
 * measure — never a bare figure; so the figure is not under the note, a blank before it would put it
 * there, and the cells go in order with the notes blank: one way only. A last cell of words (`本年度
 * 已完成37个…`) may be the note itself, its 指标值 or 完成值 the empty cell: such a row stays unread.
 */
import { isPlaceholder } from './labels';

/** A figure with nothing else: a number, a per cent or per mille sign, a comparator before it. */
const BARE_FIGURE = /^[≥≤><=]?\d+(?:\.\d+)?[%‰]?$/;

/** Whether a short row whose last cell is `last` leaves off only note columns (`leftOff`), its last cell a bare figure. */
export function figureBeforeNote(last: string, leftOff: readonly string[]): boolean {
  const text = last.normalize('NFKC').replace(/\s+/g, '');
  return leftOff.length > 0 && leftOff.every((role) => role === 'note') && !isPlaceholder(last) && BARE_FIGURE.test(text);
}
