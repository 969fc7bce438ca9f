/**
 * 地区钻取: any region, drilled down region → organization → project → indicators, with reported
 * and computed figures side by side and every discrepancy explained.
 */
import { graphql } from '../api';
import { otherYears, type Context, type ViewModule } from '../context';
import { emptyState, h, section, setView, table, type Column } from '../dom';
import { count, grade, LEVEL_LABEL, money, NONE, percent, score } from '../format';
import {
  isEmpty,
  nodeOf,
  ORGANIZATION,
  PROJECT,
  REGION,
  REGION_PROJECTS_PAGE,
  type DepartmentEvaluationRow,
  type Discrepancy,
  type GoalRow,
  type IndicatorRow,
  type OrganizationRow,
  type ProjectDetail,
  type ProjectPage,
  type ProjectRow,
  type RegionRef,
} from '../queries';
import { isProblem, KIND_ZH, SEVERITY_ZH } from '../../../src/domain/discrepancyKinds';
import { reason, scoreMissingReason } from '../reasons';
import { currentState, link, navigate, type State } from '../state';
import { rollupStats } from './province';

const PAGE = 100;

/** Grades sort 优 > 良 > 中 > 差. */
const GRADE_ORDER: Record<string, number> = { EXCELLENT: 4, GOOD: 3, FAIR: 2, POOR: 1 };

/** The qualitative judgement of an indicator's actual. */
const JUDGEMENT: Record<string, string> = { ACHIEVED: '达成', PARTLY: '部分达成', NOT_ACHIEVED: '未达成' };

type Chain = RegionRef & { parent: (RegionRef & { parent: RegionRef | null }) | null };

function regionTrail(region: Chain): HTMLElement[] {
  const chain: RegionRef[] = [];
  if (region.parent?.parent) chain.push(region.parent.parent);
  if (region.parent) chain.push(region.parent);
  chain.push(region);
  return chain.map((r) => h('a', { href: link({ view: 'region', region: r.code, org: null, project: null }) }, r.name));
}

function breadcrumbs(items: (HTMLElement | string)[]): HTMLElement {
  const parts: (HTMLElement | string)[] = [];
  items.forEach((item, i) => {
    if (i) parts.push(h('span', { class: 'sep' }, '›'));
    parts.push(item);
  });
  return h('div', { class: 'breadcrumbs' }, parts);
}

/** reported beside computed; marked when they differ. */
function pair(reported: string, computed: string): HTMLElement {
  const differs = reported !== computed && reported !== NONE && computed !== NONE;
  return h(
    'span',
    { class: differs ? 'pair differs' : 'pair' },
    h('span', { class: 'reported', title: '报告值 (reported)' }, reported),
    ' / ',
    h('span', { class: 'computed', title: '计算值 (computed)' }, computed),
  );
}

/**
 * The indicator (its 1-based position) a discrepancy field such as `indicators[3].score` names:
 * the API writes the 0-based index of the indicator in table order.
 */
export function indicatorPosition(field: string): number | null {
  const match = /^indicators?\[(\d+)\]/.exec(field);
  return match ? Number(match[1]) + 1 : null;
}

function discrepancyItem(d: Discrepancy): HTMLElement {
  return h(
    'li',
    { 'data-field': d.field, 'data-kind': d.kind, 'data-severity': d.severity },
    h(
      'div',
      null,
      h('span', { class: `severity severity-${d.severity.toLowerCase()}` }, SEVERITY_ZH[d.severity]),
      ' ',
      d.project ? [h('a', { href: link({ project: d.project.id }), 'data-field': 'project' }, d.project.name), ' · '] : null,
      h('code', null, d.field),
      indicatorPosition(d.field) ? ` (指标 #${indicatorPosition(d.field)})` : '',
      ' 报告 ',
      h('strong', { class: 'reported' }, d.reported),
      ' → 计算 ',
      h('strong', { class: 'computed' }, d.computed),
      d.line ? h('span', { class: 'muted' }, ` · 原文第 ${d.line} 行`) : null,
      d.causedBy ? h('span', { class: 'muted' }, ` · 源于 ${d.causedBy}`) : null,
    ),
    h('div', { class: 'message' }, d.message),
  );
}

/** A record's discrepancies grouped by kind, in Chinese; rounding differences listed apart, not as problems. */
function discrepancyList(items: Discrepancy[], empty = '无不一致项：报告值与规则计算一致。'): HTMLElement {
  if (!items.length) return h('p', { class: 'muted' }, empty);
  // Problems (MAJOR, MINOR) and the notes that follow from them (INFO) by kind; a heading counts the problems alone.
  const problems = items.filter((d) => d.severity !== 'ROUNDING');
  const rounding = items.filter((d) => d.severity === 'ROUNDING');
  const kinds = (Object.keys(KIND_ZH) as (keyof typeof KIND_ZH)[]).filter((k) => problems.some((d) => d.kind === k));
  const heading = (k: keyof typeof KIND_ZH) => {
    const all = problems.filter((d) => d.kind === k).length;
    const counted = problems.filter((d) => d.kind === k && isProblem(d.severity)).length;
    return `${KIND_ZH[k]}（${counted}${all > counted ? `，另有提示 ${all - counted} 项` : ''}）`;
  };
  return h(
    'div',
    { class: 'discrepancy-groups' },
    kinds.map((k) =>
      h(
        'section',
        { class: 'discrepancy-kind', 'data-kind': k },
        h('h4', null, heading(k)),
        h('ul', { class: 'discrepancies' }, problems.filter((d) => d.kind === k).map(discrepancyItem)),
      ),
    ),
    rounding.length
      ? h(
          'section',
          { class: 'discrepancy-kind rounding', 'data-kind': 'ROUNDING' },
          h('h4', null, `舍入差异，不计为问题（${rounding.length}）`),
          h('ul', { class: 'discrepancies' }, rounding.map(discrepancyItem)),
        )
      : null,
  );
}

function projectTable(page: ProjectPage, more: (after: string) => Promise<ProjectPage>): HTMLElement {
  const rows: ProjectRow[] = page.edges.map((e) => e.node);
  const columns: Column<ProjectRow>[] = [
    { title: '项目名称', cell: (p) => h('a', { href: link({ project: p.id }) }, p.name), field: 'name' },
    { title: '实施单位', cell: (p) => p.organization.name, field: 'organization' },
    { title: '预算数', cell: (p) => money(p.budget), field: 'budget', numeric: true },
    { title: '执行数', cell: (p) => money(p.executed), field: 'executed', numeric: true },
    { title: '执行率', cell: (p) => percent(p.executionRate), field: 'executionRate', numeric: true },
    {
      title: '总分 自评/计算',
      cell: (p) => {
        const missing = scoreMissingReason(p);
        return [pair(score(p.reportedTotalScore), score(p.totalScore)), missing ? h('div', { class: 'why-missing' }, missing) : null];
      },
      sort: (p) => p.totalScore,
      field: 'totalScore',
      numeric: true,
    },
    { title: '等次', cell: (p) => grade(p.grade), sort: (p) => (p.grade ? GRADE_ORDER[p.grade] : null), field: 'grade' },
    {
      title: '不一致项',
      cell: (p) => (p.discrepancyCount ? h('span', { class: 'badge' }, count(p.discrepancyCount)) : '0'),
      sort: (p) => p.discrepancyCount,
      field: 'discrepancyCount',
      numeric: true,
    },
    {
      title: '偏差原因分析 / 改进措施',
      cell: (p) => [
        reason(p.deviationAnalysis),
        p.improvementMeasures?.trim() ? h('div', { class: 'measure' }, reason(p.improvementMeasures)) : null,
      ],
      field: 'deviationAnalysis',
      wide: true,
      unsorted: true,
    },
  ];
  const holder = h('div');
  let pageInfo = page.pageInfo;
  const draw = () => {
    const button = pageInfo.hasNextPage
      ? h(
          'button',
          {
            type: 'button',
            onclick: async (e: Event) => {
              (e.target as HTMLButtonElement).disabled = true;
              const next = await more(pageInfo.endCursor!);
              rows.push(...next.edges.map((x) => x.node));
              pageInfo = next.pageInfo;
              draw();
            },
          },
          `加载更多 (${rows.length} / ${page.totalCount})`,
        )
      : null;
    holder.replaceChildren(
      table(
        columns,
        rows,
        (p) => p.id,
        (p) => (p.discrepancyCount ? 'flagged' : ''),
        { sortBy: 'executionRate', id: 'projects', cards: true },
      ),
      button ?? '',
    );
  };
  draw();
  return section(
    `项目 · ${count(page.totalCount)} 个（默认按执行率从低到高，点击表头排序）`,
    page.totalCount ? holder : h('p', { class: 'muted' }, '无项目自评'),
  );
}

function organizationTable(organizations: OrganizationRow[]): HTMLElement {
  // Departments first, each followed by its sub-units.
  const ordered: { org: OrganizationRow; depth: number }[] = [];
  const ids = new Set(organizations.map((o) => o.id));
  const visit = (org: OrganizationRow, depth: number) => {
    ordered.push({ org, depth });
    for (const child of organizations.filter((o) => o.parent?.id === org.id)) visit(child, depth + 1);
  };
  for (const org of organizations.filter((o) => !o.parent || !ids.has(o.parent.id))) visit(org, 0);
  const columns: Column<{ org: OrganizationRow; depth: number }>[] = [
    {
      title: '单位',
      cell: ({ org, depth }) =>
        h(
          'a',
          { href: link({ org: org.id, project: null }), class: depth ? 'sub' : null, style: `margin-left:${depth * 1.2}em` },
          org.name,
        ),
      field: 'name',
    },
    { title: '项目数', cell: ({ org }) => count(org.rollup.projectCount), field: 'projectCount', numeric: true },
    { title: '预算数', cell: ({ org }) => money(org.rollup.budget), field: 'budget', numeric: true },
    { title: '执行数', cell: ({ org }) => money(org.rollup.executed), field: 'executed', numeric: true },
    { title: '执行率', cell: ({ org }) => percent(org.rollup.executionRate), field: 'executionRate', numeric: true },
    { title: '资金加权得分', cell: ({ org }) => score(org.rollup.weightedScore), field: 'weightedScore', numeric: true },
    { title: '不一致项', cell: ({ org }) => count(org.rollup.discrepancyCount), field: 'discrepancyCount', numeric: true },
  ];
  return table(
    columns,
    ordered,
    ({ org }) => org.id,
    ({ org }) => (isEmpty(org.rollup) ? 'muted' : ''),
  );
}

/** Department-wide evaluations: reported beside computed, and what disagrees. */
function departmentSection(evaluations: DepartmentEvaluationRow[], withDiscrepancies: boolean): HTMLElement | null {
  if (!evaluations.length) return null;
  const columns: Column<DepartmentEvaluationRow>[] = [
    {
      title: '部门',
      cell: (d) => h('a', { href: link({ region: currentState().region, org: d.organization.id, project: null }) }, d.organization.name),
      field: 'name',
    },
    { title: '模板', cell: (d) => d.template, field: 'template' },
    { title: '预算数', cell: (d) => money(d.budget), field: 'budget', numeric: true },
    { title: '执行数', cell: (d) => money(d.executed), field: 'executed', numeric: true },
    {
      title: '执行率 报告/计算',
      cell: (d) => pair(percent(d.reportedExecutionRate), percent(d.executionRate)),
      field: 'executionRate',
      numeric: true,
    },
    { title: '自评得分 报告/计算', cell: (d) => pair(score(d.reportedScore), score(d.computedScore)), field: 'score', numeric: true },
    { title: '等次', cell: (d) => grade(d.grade), field: 'grade' },
    {
      title: '不一致项',
      cell: (d) => count(d.discrepancies.filter((x) => isProblem(x.severity)).length),
      field: 'discrepancyCount',
      numeric: true,
    },
    { title: '整体绩效自评报告', cell: (d) => reason(d.narrative), field: 'narrative', wide: true, unsorted: true },
  ];
  const discrepancies = withDiscrepancies ? evaluations.flatMap((d) => d.discrepancies) : [];
  return section(
    '部门整体支出绩效自评 (department-wide evaluations)',
    table(columns, evaluations, (d) => d.id),
    discrepancies.length ? discrepancyList(discrepancies) : null,
  );
}

/** Indicators in table order; those a discrepancy names are flagged. */
function indicatorTable(indicators: IndicatorRow[], discrepancies: Discrepancy[]): HTMLElement {
  const flagged = new Set(discrepancies.map((d) => indicatorPosition(d.field)).filter((n) => n !== null));
  const columns: Column<IndicatorRow>[] = [
    { title: '#', cell: (i) => i.position, numeric: true, field: 'position' },
    { title: '一级指标', cell: (i) => i.level1 ?? NONE },
    { title: '二级指标', cell: (i) => i.level2 ?? NONE },
    {
      title: '三级指标',
      cell: (i) => [i.name, i.concept ? h('div', { class: 'concept' }, `概念：${i.concept.name}`) : null],
      field: 'name',
    },
    { title: '目标值', cell: (i) => i.target ?? NONE, field: 'target' },
    { title: '实际值', cell: (i) => i.actual ?? NONE, field: 'actual' },
    { title: '分值', cell: (i) => score(i.weight), field: 'weight', numeric: true },
    { title: '报告得分', cell: (i) => score(i.reportedScore), field: 'reportedScore', numeric: true },
    { title: '计算得分', cell: (i) => score(i.score), field: 'score', numeric: true },
    {
      title: '说明',
      cell: (i) => [i.judgement ? h('span', { class: 'judgement' }, JUDGEMENT[i.judgement] ?? i.judgement) : null, i.scoreNote ?? ''],
      field: 'note',
    },
    { title: '偏差原因分析及改进措施', cell: (i) => reason(i.deviationNote), field: 'deviationNote', wide: true, unsorted: true },
  ];
  return table(
    columns,
    indicators,
    (i) => String(i.position),
    (i) => (flagged.has(i.position) ? 'flagged' : ''),
  );
}

/** A department's weighted annual goals, each with the explanations its indicators give. */
function goalTable(goals: GoalRow[]): HTMLElement {
  const columns: Column<GoalRow>[] = [
    { title: '#', cell: (g) => g.position, field: 'position', numeric: true },
    { title: '年度目标', cell: (g) => g.name, field: 'name' },
    { title: '分值', cell: (g) => score(g.weight), field: 'weight', numeric: true },
    {
      title: '得分 自评/计算',
      cell: (g) => pair(score(g.reportedScore), score(g.score)),
      sort: (g) => g.score,
      field: 'score',
      numeric: true,
    },
    {
      title: '偏差原因分析及改进措施',
      cell: (g) => {
        const notes = [...new Set(g.indicators.map((i) => i.deviationNote?.trim()).filter((n): n is string => Boolean(n)))];
        return notes.length ? notes.map((n) => h('div', { class: 'reason' }, n)) : reason(null);
      },
      field: 'deviationNote',
      wide: true,
      unsorted: true,
    },
  ];
  return table(columns, goals, (g) => String(g.position));
}

/** The document's own words: goals, outcome, why it deviated, what will change; long ones folded. */
function explanations(items: [string, string | null][]): HTMLElement | null {
  const given = items.filter(([, text]) => text?.trim());
  if (!given.length) return null;
  return section(
    '自评说明（原文）',
    h(
      'dl',
      { class: 'explanations' },
      given.map(([label, text]) => {
        const value = text!.trim();
        return [
          h('dt', null, label),
          h(
            'dd',
            { 'data-field': label },
            value.length > 400 ? h('details', null, h('summary', null, `${value.slice(0, 160)}…`), value) : value,
          ),
        ];
      }),
    ),
  );
}

async function renderRegion(root: HTMLElement, state: State, context: Context, current: () => boolean): Promise<void> {
  const { region } = await graphql(REGION, { code: state.region, year: state.year, first: PAGE });
  if (!current()) return;
  if (!region) {
    setView(
      root,
      'empty',
      emptyState(`未找到地区 ${state.region} (region not found)`, h('a', { href: link({ view: 'province' }) }, '返回全省')),
    );
    return;
  }
  const heading = h('h2', { class: 'view-title' }, `${region.name}（${LEVEL_LABEL[region.level]}级 ${region.code}）· ${state.year} 年度`);
  const trail = breadcrumbs(regionTrail(region));
  if (isEmpty(region.rollup)) {
    setView(
      root,
      'empty',
      trail,
      heading,
      emptyState(`${region.name} ${state.year} 年无自评数据`, [
        '该年度没有载入这一地区的项目或部门整体自评 (no data for this year)。',
        otherYears(context, state, link),
      ]),
    );
    return;
  }
  const children = region.children;
  const childColumns: Column<(typeof children)[number]>[] = [
    { title: '下级地区', cell: (r) => h('a', { href: link({ region: r.code, org: null, project: null }) }, r.name), field: 'name' },
    { title: '项目数', cell: (r) => count(r.rollup.projectCount), field: 'projectCount', numeric: true },
    { title: '预算数', cell: (r) => money(r.rollup.budget), field: 'budget', numeric: true },
    { title: '执行率', cell: (r) => percent(r.rollup.executionRate), field: 'executionRate', numeric: true },
    { title: '资金加权得分', cell: (r) => score(r.rollup.weightedScore), field: 'weightedScore', numeric: true },
    { title: '不一致项', cell: (r) => count(r.rollup.discrepancyCount), field: 'discrepancyCount', numeric: true },
  ];
  const discrepancies = region.discrepancies.edges.map((e) => e.node);
  setView(
    root,
    'ready',
    trail,
    heading,
    rollupStats(region.rollup, region.rollupChange),
    children.length
      ? section(
          '下级地区 (sub-regions)',
          table(
            childColumns,
            children,
            (r) => r.code,
            (r) => (isEmpty(r.rollup) ? 'muted' : ''),
          ),
        )
      : null,
    region.organizations.length ? section('本级单位 (organizations)', organizationTable(region.organizations)) : null,
    departmentSection(region.departmentEvaluations, false),
    projectTable(region.projects, async (after) => {
      const next = await graphql(REGION_PROJECTS_PAGE, { code: state.region, year: state.year, first: PAGE, after });
      if (!next.region) throw new Error(`未找到地区 ${state.region} (region not found)`);
      return next.region.projects;
    }),
    section(
      `不一致项 (discrepancies) · ${count(region.discrepancies.totalCount)} 项`,
      discrepancyList(discrepancies),
      region.discrepancies.totalCount > discrepancies.length ? h('p', { class: 'muted' }, `仅显示前 ${discrepancies.length} 项。`) : null,
    ),
  );
}

async function renderOrganization(root: HTMLElement, state: State, id: string, current: () => boolean): Promise<void> {
  const org = nodeOf((await graphql(ORGANIZATION, { id, year: state.year, first: PAGE })).node);
  if (!current()) return;
  if (!org) {
    setView(root, 'empty', emptyState('未找到该单位 (organization not found)', h('a', { href: link({ org: null }) }, '返回地区')));
    return;
  }
  const trail = breadcrumbs([
    ...regionTrail(org.region),
    h('a', { href: link({ region: org.region.code, org: org.id, project: null }) }, org.name),
  ]);
  const heading = h(
    'h2',
    { class: 'view-title' },
    `${org.name} · ${state.year} 年度`,
    org.aliases.length ? h('span', { class: 'muted' }, `（简称 ${org.aliases.join('、')}）`) : null,
  );
  const departments = org.departmentEvaluations.filter((d) => d.fiscalYear === state.year);
  if (isEmpty(org.rollup) && !departments.length) {
    setView(root, 'empty', trail, heading, emptyState(`${org.name} ${state.year} 年无项目自评`, '请选择其他年度，或返回地区。'));
    return;
  }
  setView(
    root,
    'ready',
    trail,
    heading,
    rollupStats(org.rollup),
    org.children.length ? section('下属单位 (sub-units)', organizationTable(org.children.map((c) => ({ ...c, parent: null })))) : null,
    departmentSection(departments, true),
    departments.map((d) => [
      d.goals.length ? section(`年度目标 · ${d.goals.length} 项`, goalTable(d.goals)) : null,
      explanations([
        ['年度履职目标', d.annualObjectives],
        ['整体绩效自评报告', d.narrative],
      ]),
      section(`部门整体自评指标 (indicators) · ${d.indicators.length} 项`, indicatorTable(d.indicators, d.discrepancies)),
    ]),
    projectTable(org.projects, async (after) => {
      const next = nodeOf((await graphql(ORGANIZATION, { id, year: state.year, first: PAGE, after })).node);
      if (!next) throw new Error('未找到该单位 (organization not found)');
      return next.projects;
    }),
  );
}

async function renderProject(root: HTMLElement, id: string, current: () => boolean): Promise<void> {
  const p = nodeOf((await graphql(PROJECT, { id })).node);
  if (!current()) return;
  if (!p) {
    setView(root, 'empty', emptyState('未找到该项目 (project not found)', h('a', { href: link({ project: null }) }, '返回')));
    return;
  }
  const trail = breadcrumbs([
    ...regionTrail(p.region),
    h('a', { href: link({ region: p.region.code, org: p.organization.id, project: null }) }, p.organization.name),
    p.name,
  ]);
  // A figure is flagged only where the API lists a discrepancy for it: reported and computed
  // figures may differ by the rounding the document uses, which is not a discrepancy.
  const flaggedFields = new Set(p.discrepancies.map((d) => d.field));
  type Figure = { label: string; reported: string; computed: string; fields: string[]; note?: string | null };
  const figures: Figure[] = [
    {
      label: `预算数 (${p.budgetBasis === 'INITIAL' ? '年初预算' : '全年预算'}, 万元)`,
      reported: money(p.budget),
      computed: money(p.budget),
      fields: ['budget'],
    },
    { label: '执行数 (万元)', reported: money(p.executed), computed: money(p.executed), fields: ['executed'] },
    { label: '执行率', reported: percent(p.reportedExecutionRate), computed: percent(p.executionRate), fields: ['executionRate'] },
    {
      label: `预算执行得分 (分值 ${score(p.budgetWeight)})`,
      reported: score(p.reportedBudgetScore),
      computed: score(p.budgetScore),
      fields: ['budgetScore'],
    },
    {
      label: '总分',
      reported: score(p.reportedTotalScore),
      computed: score(p.totalScore),
      fields: ['totalScore', 'reportedTotalScore'],
      note: scoreMissingReason(p),
    },
    { label: '等次', reported: grade(p.reportedGrade), computed: grade(p.grade), fields: ['grade', 'reportedGrade'] },
  ];
  const flagged = (f: Figure) => f.fields.some((x) => flaggedFields.has(x));
  const status = (f: Figure) => {
    if (flagged(f)) return h('span', { class: 'badge' }, '不一致');
    if (f.reported !== f.computed && f.reported !== NONE && f.computed !== NONE)
      return h('span', { class: 'muted', title: '差异在原文舍入范围内 (within rounding)' }, '≈');
    return f.reported === NONE || f.computed === NONE ? '' : '✓';
  };
  const figureTable = table<Figure>(
    [
      { title: '项目', cell: (f) => f.label },
      { title: '报告值 (reported)', cell: (f) => f.reported, field: 'reported', numeric: true },
      { title: '计算值 (computed)', cell: (f) => f.computed, field: 'computed', numeric: true },
      { title: '', cell: (f) => [status(f), f.note ? h('div', { class: 'why-missing' }, f.note) : null], field: 'status', unsorted: true },
    ],
    figures,
    (f) => f.fields[0]!,
    (f) => (flagged(f) ? 'flagged' : ''),
  );
  setView(
    root,
    'ready',
    trail,
    h(
      'h2',
      { class: 'view-title' },
      `${p.name} · ${p.fiscalYear} 年度`,
      p.category ? h('span', { class: 'muted' }, `（${p.category}）`) : null,
    ),
    h(
      'div',
      { class: 'grid-2' },
      section('报告值与计算值 (reported vs computed)', figureTable),
      section(`不一致项 (discrepancies) · ${p.discrepancies.length} 项`, discrepancyList(p.discrepancies)),
    ),
    explanations([
      ['年度总体目标', p.expectedGoal],
      ['实际完成情况', p.actualOutcome],
      ['偏差原因分析', p.deviationAnalysis],
      ['改进措施', p.improvementMeasures],
      ['项目自评报告', p.narrative],
    ]),
    section(`绩效指标 (indicators) · ${p.indicators.length} 项`, indicatorTable(p.indicators, p.discrepancies)),
    h('p', { class: 'muted source' }, `出处：${p.source.document.fileName} 第 ${p.source.lineStart}–${p.source.lineEnd} 行`),
  );
}

export const regionView: ViewModule = {
  title: '地区钻取',

  controls(state, context) {
    const options = context.regions.map((r) =>
      h('option', { value: r.code, selected: r.code === state.region }, `${'\u3000'.repeat(r.depth)}${r.name} ${r.code}`),
    );
    if (!context.byCode.has(state.region)) options.unshift(h('option', { value: state.region, selected: true }, state.region));
    return h(
      'label',
      null,
      '地区 ',
      h(
        'select',
        { id: 'region', onchange: (e: Event) => navigate({ region: (e.target as HTMLSelectElement).value, org: null, project: null }) },
        options,
      ),
    );
  },

  async render(root, state, context, current) {
    if (state.project) return renderProject(root, state.project, current);
    if (state.org) return renderOrganization(root, state, state.org, current);
    return renderRegion(root, state, context, current);
  },
};
