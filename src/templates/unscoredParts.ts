/**
 * A row of a scored indicator table that gives no points of its own: after its name, two figures
 * that cannot be points — each written with a unit, a per cent or a comparator (`红薯种植面积 5.5亩 5.5亩`
 * under `★补助各类粮食作物种植面积 10 10`). They are its 指标值 and 全年实际值; its 分值 and 得分 are blank or
 * spanned by the indicator above, as a 其中… row's are (src/templates/placement.ts, isSubItem). A bare
 * number may be points and a text without a figure may be a note: such rows are no parts.
 */
export function isUnscoredPair(figures: readonly string[], isPoints: (text: string) => boolean): boolean {
  return figures.length === 2 && figures.every((f) => /\d/.test(f) && !isPoints(f.trim()));
}
