/**
 * The name of an indicator row placed by the shapes of its cells but not confirmed by the weights
 * (a row whose empty cells were lost, `★补助各类粮食作物种植面积 10 10` under 分值 / 年度指标值 /
 * 全年实际值 / 得分): which columns its figures stand in is not certain, but its first cell after
 * the level words is its 三级指标 in every placement that gives the row a name. The name is kept
 * (an indicator read by name only, its figures null); the row is reported with its cells all the
 * same. A name that is not that one cell as written (joined from lines, a prefix taken off) is not kept.
 */
import type { ParsedIndicator } from './parsed';
import type { Token } from './tokens';

export function nameOfUnconfirmed(indicator: ParsedIndicator, cells: Token[]): ParsedIndicator[] {
  const levels = [indicator.level1, indicator.level2].filter((l): l is string => l !== null).map((l) => l.trim());
  const first = cells.find((c) => c.norm !== '' && !levels.includes(c.text.trim()));
  if (!first || first.text.trim() !== indicator.name || !/\p{L}/u.test(indicator.name)) return [];
  return [namedOnlyIndicator(indicator)];
}

/** An indicator read by its name only (Parsed*.namedOnlyIndicators): its levels, name and lines, every figure null. */
export function namedOnlyIndicator({
  level1,
  level2,
  name,
  lines,
}: Pick<ParsedIndicator, 'level1' | 'level2' | 'name' | 'lines'>): ParsedIndicator {
  return {
    level1,
    level2,
    name,
    description: null,
    scoringRule: null,
    target: null,
    actual: null,
    weight: null,
    score: null,
    deviationNote: null,
    lines,
  };
}
