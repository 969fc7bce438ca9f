/**
 * A header written on two rows whose first row labels groups of columns and whose second row
 * labels the columns of each group (河北's 预算项目绩效自评表: 预期指标值 over 符号 / the value /
 * 单位(文字描述); 自评得分 over 单项指标得分 / 权重占比(%) / 单项指标折算得分). The first row is read as
 * the template's columns (the group's own label stands for the group, src/templates/engine.ts's
 * header); the second row's labels that follow it say which groups are split: each such group
 * stands for all its parts, in the order the template gives them — a part whose label cell is
 * blank (the value under 预期指标值, between 符号 and 单位) still stands in its place.
 */
import type { Column, HeaderGroup, IndicatorRole } from './template';
import { labelSetOf } from './labels';

/**
 * The columns with the groups the second row splits replaced by their parts, and how many cells of
 * `after` (the normalised cells after the first row, empty ones included) that row took; null when
 * no cell after the first row is a part's label.
 */
export function splitHeaderGroups(
  read: readonly Column<IndicatorRole>[],
  after: readonly string[],
  groups: readonly HeaderGroup[],
): { columns: Column<IndicatorRole>[]; used: number } | null {
  const open = groups.filter((g) => read.some((c) => c.role === g.role));
  const parts = open.flatMap((g) => g.parts.map((p) => ({ group: g, set: labelSetOf(p.labels) })));
  const split = new Set<HeaderGroup>();
  let used = 0;
  for (let k = 0; k < after.length; k++) {
    if (after[k] === '') continue;
    const hit = parts.find((p) => p.set.has(after[k]!));
    if (!hit) break;
    split.add(hit.group);
    used = k + 1;
  }
  if (split.size === 0) return null;
  const columns = read.flatMap((c) => {
    const group = [...split].find((g) => g.role === c.role);
    return group ? group.parts : [c];
  });
  return { columns, used };
}
