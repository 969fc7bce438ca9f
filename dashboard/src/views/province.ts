/**
 * 全省概览: a province's cities and counties ranked by execution rate and by fund-weighted score,
 * budget against executed, the grade distribution and the discrepancies.
 */
import { graphql } from '../api';
import { chart } from '../charts';
import { otherYears, type ViewModule } from '../context';
import { emptyState, h, section, setView, stat, table, type Column } from '../dom';
import { count, GRADE_LABEL, GRADES, money, NONE, percent, score } from '../format';
import { isEmpty, PROVINCE, type ProvinceData, type Ranked, type Rollup } from '../queries';
import { link, navigate } from '../state';

export function rollupStats(rollup: Rollup): HTMLElement {
  return h(
    'div',
    { class: 'stats' },
    stat('项目数', count(rollup.projectCount), 'projectCount', `${count(rollup.organizationCount)} 个单位`),
    stat('预算数 (万元)', money(rollup.budget), 'budget'),
    stat('执行数 (万元)', money(rollup.executed), 'executed'),
    stat('执行率', percent(rollup.executionRate), 'executionRate', 'Σ执行数 / Σ预算数'),
    stat('资金加权得分', score(rollup.weightedScore), 'weightedScore', `自评 ${score(rollup.reportedWeightedScore)}`),
    stat('算术平均分', score(rollup.meanScore), 'meanScore'),
    stat('不一致项', count(rollup.discrepancyCount), 'discrepancyCount', 'discrepancies'),
    stat(
      '部门整体自评',
      count(rollup.departmentEvaluationCount),
      'departmentEvaluationCount',
      `自评均分 ${score(rollup.departmentReportedMeanScore)}`,
    ),
  );
}

/** One table per level: both ranks side by side, ordered by execution-rate rank (unranked last). */
function rankingTable(byRate: Ranked[], byScore: Ranked[]): HTMLElement {
  const scoreRank = new Map(byScore.map((r) => [r.region.code, r.rank]));
  const rank = (value: number | null | undefined) => (value === null || value === undefined ? NONE : String(value));
  const columns: Column<Ranked>[] = [
    { title: '执行率排名', cell: (r) => rank(r.rank), field: 'rateRank', numeric: true },
    {
      title: '地区',
      cell: (r) => h('a', { href: link({ view: 'region', region: r.region.code, org: null, project: null }) }, r.region.name),
      field: 'name',
    },
    { title: '上级', cell: (r) => r.region.parent?.name ?? NONE, field: 'parent' },
    { title: '执行率', cell: (r) => percent(r.rollup.executionRate), field: 'executionRate', numeric: true },
    { title: '加权得分排名', cell: (r) => rank(scoreRank.get(r.region.code)), field: 'scoreRank', numeric: true },
    { title: '资金加权得分', cell: (r) => score(r.rollup.weightedScore), field: 'weightedScore', numeric: true },
    { title: '项目数', cell: (r) => count(r.rollup.projectCount), field: 'projectCount', numeric: true },
    { title: '预算数', cell: (r) => money(r.rollup.budget), field: 'budget', numeric: true },
    { title: '执行数', cell: (r) => money(r.rollup.executed), field: 'executed', numeric: true },
    { title: '不一致项', cell: (r) => count(r.rollup.discrepancyCount), field: 'discrepancyCount', numeric: true },
  ];
  return table(
    columns,
    byRate,
    (r) => r.region.code,
    (r) => (isEmpty(r.rollup) ? 'muted' : ''),
  );
}

function budgetChart(regions: Ranked[]): HTMLElement {
  const names = regions.map((r) => r.region.name);
  return chart({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 70, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: names },
    yAxis: { type: 'value', name: '万元' },
    series: [
      { name: '预算数', type: 'bar', data: regions.map((r) => r.rollup.budget) },
      { name: '执行数', type: 'bar', data: regions.map((r) => r.rollup.executed) },
    ],
  });
}

function gradeChart(rollup: Rollup): HTMLElement {
  const colors = ['#3a9d6a', '#2f6fb3', '#e39a2d', '#c0504d'];
  const data = GRADES.map((g, i) => ({
    name: GRADE_LABEL[g],
    value: rollup.gradeCounts.find((c) => c.grade === g)?.count ?? 0,
    itemStyle: { color: colors[i] },
  }));
  data.push({ name: '无法定级 (ungraded)', value: rollup.ungradedCount, itemStyle: { color: '#b0b7c0' } });
  return chart({
    tooltip: { trigger: 'item', formatter: '{b}: {c} 个项目 ({d}%)' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        label: { formatter: '{b} {c}' },
        data: data.filter((d) => d.value > 0),
      },
    ],
  });
}

function discrepancyChart(regions: Ranked[]): HTMLElement {
  return chart(
    {
      tooltip: { trigger: 'axis' },
      grid: { left: 50, right: 20, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: regions.map((r) => r.region.name) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: '不一致项', type: 'bar', data: regions.map((r) => r.rollup.discrepancyCount), itemStyle: { color: '#c0504d' } }],
    },
    240,
  );
}

export const provinceView: ViewModule = {
  title: '全省概览',

  controls(state, context) {
    return h(
      'label',
      null,
      '省份 ',
      h(
        'select',
        { id: 'province', onchange: (e: Event) => navigate({ province: (e.target as HTMLSelectElement).value }) },
        context.provinces.map((p) => h('option', { value: p.code, selected: p.code === state.province }, `${p.name} ${p.code}`)),
      ),
    );
  },

  async render(root, state, context, current) {
    const data = await graphql<ProvinceData>(PROVINCE, { code: state.province, year: state.year });
    if (!current()) return;
    const { region } = data;
    const heading = h('h2', { class: 'view-title' }, `${region.name} · ${state.year} 年度`);
    if (isEmpty(region.rollup)) {
      setView(
        root,
        'empty',
        heading,
        emptyState(`${region.name} ${state.year} 年无自评数据`, [
          '该年度没有载入这一地区的项目或部门整体自评 (no data for this year)。',
          otherYears(context, state, link),
        ]),
      );
      return;
    }
    const withData = [...data.citiesByRate, ...data.countiesByRate].filter((r) => !isEmpty(r.rollup));
    const withProjects = withData.filter((r) => r.rollup.projectCount > 0);
    setView(
      root,
      'ready',
      heading,
      rollupStats(region.rollup),
      section('市级排名 (cities, ranked by execution rate)', rankingTable(data.citiesByRate, data.citiesByScore)),
      section(
        '县级排名 (counties, ranked by execution rate)',
        data.countiesByRate.length ? rankingTable(data.countiesByRate, data.countiesByScore) : h('p', { class: 'muted' }, '无县级数据'),
      ),
      h(
        'div',
        { class: 'grid-2' },
        section(
          '预算数与执行数 (budget vs executed, 万元)',
          withProjects.length ? budgetChart(withProjects) : h('p', { class: 'muted' }, '无项目数据'),
        ),
        section(
          '等次分布 (grade distribution)',
          region.rollup.projectCount ? gradeChart(region.rollup) : h('p', { class: 'muted' }, '无项目数据'),
        ),
      ),
      section('不一致项 (discrepancies) by region', withData.length ? discrepancyChart(withData) : h('p', { class: 'muted' }, '无数据')),
    );
  },
};
