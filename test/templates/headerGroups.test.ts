/**
 * splitHeaderGroups: a two-row header whose second row labels the columns of the first row's
 * groups (河北's 预期指标值 over 符号 / the value / 单位(文字描述); 自评得分 over 单项指标得分 / 权重占比(%) /
 * 单项指标折算得分) — the groups it splits stand for their parts, a part with a blank label cell in its place.
 */
import { describe, expect, it } from 'vitest';
import { splitHeaderGroups } from '../../src/templates/headerGroups';
import { hebeiProject } from '../../src/templates/definitions/hebeiProject';
import { normalizeLabel } from '../../src/templates/labels';

const columns = hebeiProject.indicators.columns;
const groups = hebeiProject.indicators.groups!;
const norms = (cells: string[]) => cells.map((c) => normalizeLabel(c));

describe('splitHeaderGroups', () => {
  it('splits each group its second row labels into its parts, in the template’s order', () => {
    const split = splitHeaderGroups(
      columns,
      norms(['符号', '单位(文字描述)', '单项指标得分', '权重占比(%)', '单项指标折算得分', '产出指标']),
      groups,
    );
    expect(split!.used).toBe(5);
    expect(split!.columns.map((c) => c.role)).toEqual([
      'level1',
      'level2',
      'name',
      'description',
      'comparator',
      'target',
      'unit',
      'actual',
      'note',
      'score',
      'weight',
      'convertedScore',
    ]);
  });

  it('splits only the groups the second row names; empty cells between its labels are passed over', () => {
    const split = splitHeaderGroups(columns, norms(['', '单项指标得分', '', '权重占比(%)', '单项指标折算得分']), groups);
    expect(split!.used).toBe(5);
    const roles = split!.columns.map((c) => c.role);
    expect(roles).toContain('convertedScore');
    expect(roles).not.toContain('comparator');
    expect(roles.filter((r) => r === 'target')).toHaveLength(1);
  });

  it('is nothing when no label of a part follows the first row (a one-row header)', () => {
    expect(splitHeaderGroups(columns, norms(['产出指标', '数量指标', '符号']), groups)).toBeNull();
    expect(splitHeaderGroups(columns, [], groups)).toBeNull();
  });

  it('splits no group whose column the first row did not give', () => {
    const withoutScore = columns.filter((c) => c.role !== 'score');
    const split = splitHeaderGroups(withoutScore, norms(['符号', '单项指标得分']), groups);
    expect(split!.used).toBe(1);
    expect(split!.columns.map((c) => c.role)).not.toContain('weight');
  });
});
