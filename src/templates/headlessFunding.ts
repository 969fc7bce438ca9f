/**
 * A funding header that stands without its heading (部门预算执行情况（万元） not written, or lost to
 * a preview's flattening, src/readers/flatHeadlessFunding.ts): every funding column label of the
 * template, one cell each, in the template's order (年初预算数 全年（调整）预算数 全年执行数 执行率
 * 执行率权重 执行率得分), a funding row label (年度总金额) the next cell written. Nothing less stands
 * for the heading.
 */
import { LabelSet, labelSetOf } from './labels';
import type { Template } from './template';
import type { Token } from './tokens';

/** Where the headless funding header starts among tokens[from, end); -1 when there is none. */
export function headlessFundingAt(tokens: readonly Token[], from: number, end: number, t: Template): number {
  const columns = t.funding.columns.map((c) => labelSetOf(c.labels));
  const rows = new LabelSet(t.funding.rows.flatMap((r) => r.labels));
  if (columns.length < 4) return -1;
  for (let i = from; i + columns.length < end; i++) {
    if (!columns.every((set, k) => set.has(tokens[i + k]!.norm))) continue;
    let j = i + columns.length;
    while (j < end && tokens[j]!.norm === '') j++;
    if (j < end && rows.has(tokens[j]!.norm)) return i;
  }
  return -1;
}
