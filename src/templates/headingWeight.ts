/**
 * The weight a block's heading carries, as written: `预算执行情况 (万元) (20分)` → `(20分)`,
 * `预算执行情况（万元）（20 分）` → `（20 分）` — the figure with its brackets and spaces, as every other
 * reported figure is kept. The last bracketed points of the heading: `(万元)` is no weight. A heading
 * broken over lines may leave its weight alone on the line under it (`预算执行情况(万元)` / `(20分)`):
 * that cell is the heading's weight, no column label.
 */
const BRACKETED_POINTS = /[(（]\s*\d{1,3}(?:\.\d+)?\s*分\s*[)）]/gu;

/** The heading's bracketed weight as written, or null. */
export function headingWeightAsWritten(text: string): string | null {
  return text.match(BRACKETED_POINTS)?.at(-1) ?? null;
}

const LONE_POINTS = new RegExp(`^${BRACKETED_POINTS.source}$`, 'u');

/** A cell that is a bracketed weight and nothing else (`(20分)`, `（80 分）`): a heading's weight written under it. */
export function isLoneHeadingWeight(text: string): boolean {
  return LONE_POINTS.test(text.trim());
}
