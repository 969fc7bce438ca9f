/**
 * 地区对比: two or more regions for a year — their rollups side by side (compareRegions) and every
 * indicator concept of the catalog (Query.indicatorConcepts) across them (indicatorComparison).
 */
import { graphql } from '../api';
import { chart } from '../charts';
import type { ViewModule } from '../context';
import { emptyState, h, section, setView, table, type Column } from '../dom';
import { count, GRADE_LABEL, GRADES, money, NONE, percent, score, unitLabel, unitValue } from '../format';
import {
  COMPARE,
  compareIndicatorsQuery,
  compareIndicatorsVariables,
  isEmpty,
  type CompareData,
  type IndicatorComparison,
  type RegionRef,
  type Rollup,
} from '../queries';
import { currentState, link, navigate } from '../state';

interface Metric {
  field: string;
  label: string;
  value: (rollup: Rollup) => string;
  /** What the column sorts by: the figure itself (the text when absent). */
  sort?: (rollup: Rollup) => number | null;
}

/** The columns of the side-by-side table; `field` is the Rollup field (data-field on the page). */
export const METRICS: Metric[] = [
  { field: 'projectCount', label: '项目数', value: (r) => count(r.projectCount), sort: (r) => r.projectCount },
  { field: 'organizationCount', label: '单位数', value: (r) => count(r.organizationCount), sort: (r) => r.organizationCount },
  { field: 'budget', label: '预算数 (万元)', value: (r) => money(r.budget), sort: (r) => r.budget },
  { field: 'executed', label: '执行数 (万元)', value: (r) => money(r.executed), sort: (r) => r.executed },
  { field: 'executionRate', label: '执行率 (Σ执行/Σ预算)', value: (r) => percent(r.executionRate), sort: (r) => r.executionRate },
  { field: 'weightedScore', label: '资金加权得分 (weighted score)', value: (r) => score(r.weightedScore), sort: (r) => r.weightedScore },
  {
    field: 'reportedWeightedScore',
    label: '自评资金加权得分 (reported)',
    value: (r) => score(r.reportedWeightedScore),
    sort: (r) => r.reportedWeightedScore,
  },
  { field: 'meanScore', label: '算术平均分 (mean score)', value: (r) => score(r.meanScore), sort: (r) => r.meanScore },
  {
    field: 'gradeCounts',
    label: '等次分布 (grades)',
    value: (r) => GRADES.map((g) => `${GRADE_LABEL[g]} ${r.gradeCounts.find((c) => c.grade === g)?.count ?? 0}`).join(' · '),
    // By the share of projects graded 优 or 良.
    sort: (r) => {
      const graded = r.gradeCounts.reduce((sum, c) => sum + c.count, 0);
      const good = r.gradeCounts.filter((c) => c.grade === 'EXCELLENT' || c.grade === 'GOOD').reduce((sum, c) => sum + c.count, 0);
      return graded ? good / graded : null;
    },
  },
  { field: 'ungradedCount', label: '无法定级项目', value: (r) => count(r.ungradedCount), sort: (r) => r.ungradedCount },
  {
    field: 'discrepancyCount',
    label: '不一致项 (discrepancies)',
    value: (r) => count(r.discrepancyCount),
    sort: (r) => r.discrepancyCount,
  },
  {
    field: 'departmentEvaluationCount',
    label: '部门整体自评数',
    value: (r) => count(r.departmentEvaluationCount),
    sort: (r) => r.departmentEvaluationCount,
  },
  {
    field: 'departmentReportedMeanScore',
    label: '部门整体自评均分 (reported)',
    value: (r) => score(r.departmentReportedMeanScore),
    sort: (r) => r.departmentReportedMeanScore,
  },
];

type Compared = CompareData['compareRegions'][number];

/** One row per region, one column per figure; every column sorts (click its header, or the selector on a phone). */
function rollupTable(items: Compared[]): HTMLElement {
  const columns: Column<Compared>[] = [
    { title: '地区', cell: (i) => i.region.name, field: 'region' },
    ...METRICS.map((m): Column<Compared> => ({
      title: m.label,
      cell: (i) => m.value(i.rollup),
      field: m.field,
      numeric: true,
      sort: m.sort ? (i) => m.sort!(i.rollup) : undefined,
    })),
  ];
  return table(columns, items, (i) => i.region.code, undefined, { id: 'compare-rollups', cards: true });
}

function sourcesText(row: IndicatorComparison['rows'][number]): string {
  return row.sources
    .map((s) => `${s.name}：目标 ${s.target ?? NONE} → 实际 ${s.actual ?? NONE}${s.unit ? '' : '（单位不可比，未汇总）'}`)
    .join('\n');
}

/** One row per concept; for each region its actual, target and completion rate — every column sorts. */
function indicatorTable(comparisons: IndicatorComparison[], regions: RegionRef[], id: string): HTMLElement {
  const rowOf = (c: IndicatorComparison, r: RegionRef) => c.rows.find((x) => x.region.code === r.code);
  const columns: Column<IndicatorComparison>[] = [
    {
      title: '指标概念',
      field: 'concept',
      sort: (c) => c.concept.name,
      cell: (c) => [
        c.concept.name,
        h('div', { class: 'muted small' }, c.concept.aggregation === 'RATE' ? '按资金加权 (rate)' : '求和 (absolute)'),
      ],
    },
    { title: '单位', field: 'unit', cell: (c) => unitLabel(c.concept.unit) },
    ...regions.flatMap((r): Column<IndicatorComparison>[] => [
      {
        title: `${r.name} 实际值`,
        field: 'value',
        id: `value@${r.code}`,
        attributes: { 'data-region': r.code },
        numeric: true,
        sort: (c) => rowOf(c, r)?.value ?? null,
        cell: (c) => {
          const row = rowOf(c, r);
          return [
            h('span', { title: row ? sourcesText(row) || null : null }, unitValue(row?.value, c.concept.unit)),
            row?.sources.length ? h('div', { class: 'muted small' }, `来源 ${row.sources.length} 项`) : null,
          ];
        },
      },
      {
        title: `${r.name} 目标值`,
        field: 'target',
        id: `target@${r.code}`,
        attributes: { 'data-region': r.code },
        numeric: true,
        sort: (c) => rowOf(c, r)?.target ?? null,
        cell: (c) => unitValue(rowOf(c, r)?.target, c.concept.unit),
      },
      {
        title: `${r.name} 完成率`,
        field: 'completionRate',
        id: `completionRate@${r.code}`,
        attributes: { 'data-region': r.code },
        numeric: true,
        sort: (c) => rowOf(c, r)?.completionRate ?? null,
        cell: (c) => percent(rowOf(c, r)?.completionRate),
      },
    ]),
  ];
  return table(columns, comparisons, (c) => c.concept.key, undefined, { id, cards: true });
}

function sourcesList(comparisons: IndicatorComparison[]): HTMLElement {
  return h(
    'details',
    { class: 'sources' },
    h('summary', null, '来源指标 (reported indicators aggregated, as written)'),
    comparisons.map((c) =>
      h(
        'div',
        null,
        h('h3', null, c.concept.name),
        h(
          'ul',
          null,
          c.rows.map((row) =>
            h(
              'li',
              null,
              h('strong', null, row.region.name),
              '：',
              row.sources.length
                ? row.sources.map((s) => `${s.name}（目标 ${s.target ?? NONE}，实际 ${s.actual ?? NONE}）`).join('；')
                : '未报告',
            ),
          ),
        ),
      ),
    ),
  );
}

export const compareView: ViewModule = {
  title: '地区对比',

  controls(state, context) {
    const toggle = (code: string, on: boolean) => {
      const codes = currentState().codes.filter((c) => c !== code);
      navigate({ codes: on ? [...codes, code] : codes });
    };
    return h(
      'div',
      { class: 'chips', role: 'group', 'aria-label': '对比地区' },
      '对比地区 ',
      context.regions.map((r) =>
        h(
          'label',
          { class: state.codes.includes(r.code) ? 'chip on' : 'chip' },
          h('input', {
            type: 'checkbox',
            value: r.code,
            checked: state.codes.includes(r.code),
            onchange: (e: Event) => toggle(r.code, (e.target as HTMLInputElement).checked),
          }),
          r.name,
        ),
      ),
    );
  },

  async render(root, state, context, current) {
    if (state.codes.length < 2) {
      setView(
        root,
        'empty',
        emptyState('请选择至少两个地区进行对比', h('a', { href: link({ codes: ['420200', '420300'] }) }, '对比 黄石市 与 十堰市')),
      );
      return;
    }
    const keys = context.concepts.map((c) => c.key);
    // The rollups and the indicator comparisons, asked for at once.
    const [data, indicators] = await Promise.all([
      graphql(COMPARE, { codes: state.codes, year: state.year }),
      graphql(compareIndicatorsQuery(keys.length), compareIndicatorsVariables(state.codes, state.year, keys)),
    ]);
    if (!current()) return;
    const items = data.compareRegions;
    const regions = items.map((i) => i.region);
    const comparisons = keys.map((_, i) => indicators[`c${i}`]).filter((c): c is IndicatorComparison => c !== undefined);
    const names = regions.map((r) => r.name).join(' 与 ');
    const heading = h('h2', { class: 'view-title' }, `${names} · ${state.year} 年度`);
    const reported = (c: IndicatorComparison) => c.rows.filter((r) => r.value !== null);
    const shared = comparisons.filter((c) => reported(c).length === regions.length);
    const partial = comparisons.filter((c) => reported(c).length > 0 && reported(c).length < regions.length);
    const none = comparisons.filter((c) => reported(c).length === 0);

    if (items.every((i) => isEmpty(i.rollup)) && shared.length + partial.length === 0) {
      setView(
        root,
        'empty',
        heading,
        emptyState(`这些地区 ${state.year} 年均无自评数据`, '请选择其他年度或地区 (no data for this year)。'),
      );
      return;
    }

    const moneyChart = chart({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 70, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: regions.map((r) => r.name) },
      yAxis: { type: 'value', name: '万元' },
      series: [
        { name: '预算数', type: 'bar', data: items.map((i) => i.rollup.budget) },
        { name: '执行数', type: 'bar', data: items.map((i) => i.rollup.executed) },
      ],
    });
    const pct = (v: number | null) => (v === null ? null : Math.round(v * 10000) / 100);
    const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
    const scoreChart = chart({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 50, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: ['执行率 (%)', '资金加权得分', '自评加权得分', '算术平均分'] },
      yAxis: { type: 'value', max: 100 },
      series: items.map((i) => ({
        name: i.region.name,
        type: 'bar',
        data: [
          pct(i.rollup.executionRate),
          round(i.rollup.weightedScore),
          round(i.rollup.reportedWeightedScore),
          round(i.rollup.meanScore),
        ],
      })),
    });
    const completionChart = shared.length
      ? chart(
          {
            tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : NONE) },
            legend: { top: 0 },
            grid: { left: 150, right: 30, top: 40, bottom: 30 },
            yAxis: { type: 'category', data: shared.map((c) => c.concept.name), inverse: true },
            xAxis: { type: 'value', name: '完成率 %' },
            series: regions.map((r) => ({
              name: r.name,
              type: 'bar',
              data: shared.map((c) => pct(c.rows.find((x) => x.region.code === r.code)?.completionRate ?? null)),
            })),
          },
          Math.max(220, 70 + shared.length * 50),
        )
      : null;

    setView(
      root,
      'ready',
      heading,
      section('汇总对比 (rollups side by side)', rollupTable(items)),
      h(
        'div',
        { class: 'grid-2' },
        section('预算数与执行数 (budget vs executed)', moneyChart),
        section('执行率与得分 (rate and scores, 0–100)', scoreChart),
      ),
      section(
        `共同指标概念 (shared indicator concepts) · ${shared.length} 项`,
        shared.length
          ? [indicatorTable(shared, regions, 'compare-concepts'), completionChart]
          : h('p', { class: 'muted' }, '所选地区没有共同报告的指标概念。'),
      ),
      partial.length
        ? section(`仅部分地区报告的概念 (reported by some) · ${partial.length} 项`, indicatorTable(partial, regions, 'compare-partial'))
        : null,
      none.length ? h('p', { class: 'muted' }, `未报告的概念：${none.map((c) => c.concept.name).join('、')}`) : null,
      section('来源 (sources)', sourcesList([...shared, ...partial])),
    );
  },
};
