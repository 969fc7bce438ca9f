/**
 * 全省概览: a province's cities and counties ranked by execution rate and by fund-weighted score,
 * budget against executed, the grade distribution and the discrepancies.
 */
import { graphql } from '../api';
import { chart } from '../charts';
import { otherYears, type ViewModule } from '../context';
import { emptyState, h, section, setView, stat, table, type Column } from '../dom';
import { count, GRADE_LABEL, GRADES, money, NONE, percent, score } from '../format';
import { isEmpty, PROVINCE, WORST, type ProvinceData, type Ranked, type Rollup, type RollupChange, type WorstData } from '../queries';
import { reason, scoreMissingReason } from '../reasons';
import { link, navigate } from '../state';

/** A signed change: +1.20 个百分点. */
function signed(value: number | null, write: (v: number) => string, unit: string): string {
  if (value === null) return NONE;
  return `${value > 0 ? '+' : ''}${write(value)}${unit}`;
}

/** 同比 (year over year) hints, where the year before has data. */
function changeHints(change: RollupChange | undefined): Record<string, string> {
  if (!change || (change.previous.projectCount === 0 && change.previous.departmentEvaluationCount === 0)) return {};
  const than = `较 ${change.previous.year} 年 `;
  return {
    projectCount: `${than}${signed(change.projectCountChange, (v) => count(v), ' 个')}`,
    budget: `${than}${signed(change.budgetChange, (v) => money(v), ' 万元')}`,
    executionRate: `${than}${signed(change.executionRateChange, (v) => (v * 100).toFixed(2), ' 个百分点')}`,
    weightedScore: `${than}${signed(change.weightedScoreChange, (v) => score(v), ' 分')}`,
  };
}

/**
 * Beside 资金加权得分: the projects it covers and, where that is not all of them, the reported score
 * over the same projects (同口径) before the reported score over its own ("按 11/20 个项目").
 */
function weightedScoreHint(rollup: Rollup): string {
  const all = rollup.projectCount;
  const computed = rollup.computedScoreCoverage.projects;
  const reported = rollup.reportedScoreCoverage.projects;
  if (computed === all && reported === all) return `自评 ${score(rollup.reportedWeightedScore)}`;
  return `按 ${computed}/${all} 个项目 · 同口径自评 ${score(rollup.reportedWeightedScoreOnComputed)} · 自评 ${score(rollup.reportedWeightedScore)}（${reported}/${all} 个项目）`;
}

export function rollupStats(rollup: Rollup, change?: RollupChange): HTMLElement {
  const yoy = changeHints(change);
  const withChange = (hint: string, field: string) => (yoy[field] ? `${hint} · ${yoy[field]}` : hint);
  return h(
    'div',
    { class: 'stats' },
    stat('项目数', count(rollup.projectCount), 'projectCount', withChange(`${count(rollup.organizationCount)} 个单位`, 'projectCount')),
    stat('预算数 (万元)', money(rollup.budget), 'budget', yoy.budget),
    stat('执行数 (万元)', money(rollup.executed), 'executed'),
    stat('执行率', percent(rollup.executionRate), 'executionRate', withChange('Σ执行数 / Σ预算数', 'executionRate')),
    stat(
      '资金加权得分',
      score(rollup.weightedScore),
      'weightedScore',
      withChange(weightedScoreHint(rollup), 'weightedScore'),
    ),
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
    { sortBy: 'executionRate' },
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

/** How many of the worst region's projects are named. */
export const WORST_PROJECTS = 3;

/** The ranked region (cities first, else counties) with the lowest execution rate. */
export function worstRegion(data: ProvinceData): Ranked | null {
  for (const ranking of [data.citiesByRate, data.countiesByRate]) {
    const ranked = ranking.filter((r) => r.rollup.executionRate !== null && r.rollup.projectCount > 0);
    if (ranked.length) return ranked.reduce((worst, r) => (r.rollup.executionRate! < worst.rollup.executionRate! ? r : worst));
  }
  return null;
}

/** 执行最差: which region executes worst, which projects drag it down, and why (their own words). */
function worstSection(worst: WorstData['region']): HTMLElement {
  const projects = worst.projects.edges.map((e) => e.node);
  return h(
    'section',
    { class: 'card worst', id: 'worst' },
    h('h2', null, '预算执行最差的地区及原因'),
    h(
      'p',
      { class: 'worst-summary' },
      h('a', { href: link({ view: 'region', region: worst.code, org: null, project: null }), 'data-field': 'region' }, worst.name),
      ' 执行率 ',
      h('strong', { 'data-field': 'executionRate' }, percent(worst.rollup.executionRate)),
      `（预算 ${money(worst.rollup.budget)} 万元，执行 ${money(worst.rollup.executed)} 万元，共 ${count(worst.projects.totalCount)} 个项目）。执行率最低的 ${projects.length} 个项目：`,
    ),
    h(
      'ol',
      { class: 'worst-projects' },
      projects.map((p) =>
        h(
          'li',
          { 'data-key': p.id },
          h(
            'div',
            { class: 'worst-head' },
            h('a', { href: link({ view: 'region', region: p.region.code, org: null, project: p.id }), 'data-field': 'name' }, p.name),
            h('span', { class: 'muted' }, ` ${p.organization.name} · ${p.region.name}`),
            ' 执行率 ',
            h('strong', { 'data-field': 'executionRate' }, percent(p.executionRate)),
            h('span', { class: 'muted' }, `（${money(p.executed)} / ${money(p.budget)} 万元）`),
            scoreMissingReason(p) ? h('div', { class: 'why-missing' }, `总分无法计算：${scoreMissingReason(p)}`) : null,
          ),
          h('div', { class: 'worst-reason', 'data-field': 'deviationAnalysis' }, '原因：', reason(p.deviationAnalysis)),
          p.improvementMeasures?.trim()
            ? h('div', { class: 'worst-reason', 'data-field': 'improvementMeasures' }, '改进措施：', reason(p.improvementMeasures))
            : null,
        ),
      ),
    ),
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
    const data = await graphql(PROVINCE, { code: state.province, year: state.year });
    if (!current()) return;
    const { region } = data;
    if (!region) {
      setView(root, 'empty', emptyState(`未找到地区 ${state.province} (region not found)`, otherYears(context, state, link)));
      return;
    }
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
    const worstRanked = worstRegion(data);
    const worst = worstRanked
      ? (await graphql(WORST, { code: worstRanked.region.code, year: state.year, first: WORST_PROJECTS })).region
      : null;
    if (!current()) return;
    const withData = [...data.citiesByRate, ...data.countiesByRate].filter((r) => !isEmpty(r.rollup));
    const withProjects = withData.filter((r) => r.rollup.projectCount > 0);
    setView(
      root,
      'ready',
      heading,
      rollupStats(region.rollup, region.rollupChange),
      worst ? worstSection(worst) : null,
      section('市级排名（默认执行率从低到高，点击表头排序）', rankingTable(data.citiesByRate, data.citiesByScore)),
      section(
        '县级排名（默认执行率从低到高，点击表头排序）',
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
