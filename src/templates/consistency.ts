/**
 * Whether figures of a row agree: a figure computed from others (执行率 = 全年执行数 / 全年预算数,
 * 得分 = 分值 × 执行率) equals the figure written, to the decimals written (50% is 0.495 … 0.505).
 * Used to tell where a row's cells go when their places are not written (src/readers/flatAmounts.ts,
 * src/templates/placement.ts).
 */

/** Whether `value` equals `written`, a figure written with `decimals` decimal places. */
export function agrees(value: number, written: number, decimals: number): boolean {
  return Math.abs(value - written) <= 0.5 * 10 ** -decimals + 1e-9;
}

/** The decimal places of a figure as written (`98.5%` → 1). */
export function decimalsOf(text: string): number {
  const m = /\.(\d+)/.exec(text);
  return m ? m[1]!.length : 0;
}
