/**
 * Indicator names that carry their weight (`相关性(5分)`, `相关性(5 分)`), in a form with no 分值
 * column (Template.weightedNames): the name is the words before the bracket, the weight the figure
 * in it. And the level a lone weighted level cell is in such a form: every level cell carries its
 * weight, so a cell that still fits in what its 一级指标's weight leaves after the 二级指标 already
 * under it (部门决策(25分): 目标任务(15分), then 预算编制(10分)) is a 二级指标; one that does not fit
 * opens a 一级指标 of its own.
 */
import { normalizeLabel, splitWeight } from './labels';

const WEIGHT_AT_END = /\s*\(\s*(\d+(?:\.\d+)?)\s*分\s*\)\s*$/u;

/** The name as written without its weight, and the weight; the text as it was and null when it carries none. */
export function weightInName(text: string): { name: string; weight: string | null } {
  const nfkc = text.normalize('NFKC');
  const m = WEIGHT_AT_END.exec(nfkc);
  if (!m || m.index === 0) return { name: text, weight: null };
  return { name: nfkc.slice(0, m.index).trim(), weight: m[1]! };
}

/** The points in a level cell's bracket (`部门决策(25分)` → 25), null when it has none. */
export function levelWeight(text: string): number | null {
  const { weight } = splitWeight(normalizeLabel(text));
  return weight === null ? null : Number.parseFloat(weight);
}

/** Whether a lone weighted level cell is a 二级指标: it fits in what its 一级指标's weight leaves after the 二级指标 already under it. */
export function fitsUnderLevel1(cell: string, level1: string | null, level2Before: readonly string[]): boolean {
  const own = levelWeight(cell);
  const whole = level1 === null ? null : levelWeight(level1);
  if (own === null || whole === null) return false;
  const used = level2Before.reduce((sum, l) => sum + (levelWeight(l) ?? Number.POSITIVE_INFINITY), 0);
  return used + own <= whole + 1e-9;
}

/** Whether a 得分 is within the weight (both figures as written). */
export function scoreWithin(score: string, weight: string): boolean {
  const s = Number.parseFloat(score);
  const w = Number.parseFloat(weight);
  return Number.isFinite(s) && Number.isFinite(w) && s >= 0 && s <= w + 1e-9;
}

/**
 * The indicators whose 二级指标's weight their own weights do not make up (目标任务(15分): 5 + 5 + 5):
 * a row read into the wrong group, or a figure misread. The last group may fall short where the
 * table is cut off before its end (`cutOff`); none may exceed its weight.
 */
export function groupsNotAddingUp<I extends { level2: string | null; weight: { text: string } | null }>(
  indicators: readonly I[],
  cutOff: boolean,
): I[] {
  const groups: I[][] = [];
  for (const i of indicators) {
    const last = groups.at(-1);
    if (last && last[0]!.level2 === i.level2) last.push(i);
    else groups.push([i]);
  }
  return groups.flatMap((group, k) => {
    const whole = group[0]!.level2 === null ? null : levelWeight(group[0]!.level2);
    if (whole === null) return [];
    const sum = group.reduce((s, i) => s + (i.weight ? Number.parseFloat(i.weight.text) : Number.NaN), 0);
    const short = cutOff && k === groups.length - 1;
    const fits = Number.isFinite(sum) && (short ? sum <= whole + 1e-9 : Math.abs(sum - whole) < 1e-9);
    return fits ? [] : group;
  });
}
