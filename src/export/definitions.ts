/**
 * The five exports (导出) — projects, rollups, rankings, discrepancies, indicators — each as a
 * GraphQL operation of the public schema, the variables read from the query string, and the
 * columns written: a Chinese header (表头) and the field's path in the GraphQL answer (the second
 * header row), so every exported figure is the API's figure for the same filters.
 */
import { apiText } from '../i18n/api';
import * as p from './params';

/** How a column's value is written: text, a whole number, a number, a fraction shown as a percentage, a grade (等次) in Chinese. */
export type ColumnKind = 'text' | 'integer' | 'number' | 'rate' | 'grade';

export interface Column {
  /** Path in the GraphQL row, e.g. `region.code`, `rollup.executionRate`. */
  field: string;
  /** 表头 in Chinese. */
  header: string;
  kind: ColumnKind;
}

/** One page of rows out of a GraphQL answer, and the cursor of the next page if there is one. */
export interface Page {
  rows: Record<string, unknown>[];
  next: string | null;
}

export interface Plan {
  /** The GraphQL operation; paged ones take `$after`. */
  source: string;
  variables: Record<string, unknown>;
  page(data: Record<string, unknown>): Page;
}

export interface ExportDefinition {
  /** Sheet name and file name stem. */
  title: string;
  columns: Column[];
  plan(query: p.Query): Plan;
}

/** Rows per GraphQL page (the API's largest page). */
export const PAGE_SIZE = 100;

const col = (field: string, header: string, kind: ColumnKind = 'text'): Column => ({ field, header, kind });

interface Connection {
  edges: { node: Record<string, unknown> }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

function connectionPage(connection: Connection, row: (node: Record<string, unknown>) => Record<string, unknown>[] = (n) => [n]): Page {
  return {
    rows: connection.edges.flatMap((edge) => row(edge.node)),
    next: connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null,
  };
}

const PAGE_INFO = 'pageInfo { hasNextPage endCursor }';

/** The filters of `projects` (ProjectFilter), orderBy and year, as the query string gives them. */
function projectArguments(query: p.Query) {
  const filter = {
    level: p.text(query, 'level'),
    organizationId: p.text(query, 'organizationId'),
    category: p.text(query, 'category'),
    grades: p.list(query, 'grades'),
    minScore: p.decimal(query, 'minScore'),
    maxScore: p.decimal(query, 'maxScore'),
    minExecutionRate: p.decimal(query, 'minExecutionRate'),
    maxExecutionRate: p.decimal(query, 'maxExecutionRate'),
    hasDiscrepancies: p.boolean(query, 'hasDiscrepancies'),
    search: p.text(query, 'search'),
  };
  const field = p.text(query, 'orderBy');
  const direction = p.text(query, 'direction');
  return {
    region: p.text(query, 'region'),
    variables: {
      year: p.integer(query, 'year') ?? null,
      filter: Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)),
      orderBy: field ? { field, direction: direction ?? 'ASC' } : direction ? { field: 'BUDGET', direction } : null,
    },
  };
}

/** A paged `projects` selection, under a region or over all regions. */
function projectsPlan(query: p.Query, selection: string, row?: (node: Record<string, unknown>) => Record<string, unknown>[]): Plan {
  const { region, variables } = projectArguments(query);
  const args = `year: $year, filter: $filter, orderBy: $orderBy, first: ${PAGE_SIZE}, after: $after`;
  const params = '$year: Int, $filter: ProjectFilter, $orderBy: ProjectOrder, $after: String';
  if (region)
    return {
      source: `query ExportProjects($region: String!, ${params}) { region(code: $region) { projects(${args}) { edges { node { ${selection} } } ${PAGE_INFO} } } }`,
      variables: { ...variables, region },
      page: (data) => connectionPage((data.region as { projects: Connection }).projects, row),
    };
  return {
    source: `query ExportProjects(${params}) { projects(${args}) { edges { node { ${selection} } } ${PAGE_INFO} } }`,
    variables,
    page: (data) => connectionPage(data.projects as Connection, row),
  };
}

/** Selection of a GraphQL object from the column paths of one prefix, e.g. `rollup.`. */
function selectionOf(columns: Column[], prefix = ''): string {
  const tree: Record<string, unknown> = {};
  for (const { field } of columns) {
    if (!field.startsWith(prefix)) continue;
    let node = tree;
    const parts = field.slice(prefix.length).split('.');
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = true;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    });
  }
  const print = (node: Record<string, unknown>): string =>
    Object.entries(node)
      .map(([key, child]) => (child === true ? key : `${key} { ${print(child as Record<string, unknown>)} }`))
      .join(' ');
  return print(tree);
}

const PROJECT_COLUMNS: Column[] = [
  col('region.code', '行政区划代码'),
  col('region.name', '地区'),
  col('organization.name', '项目实施单位'),
  col('name', '项目名称'),
  col('fiscalYear', '年度', 'integer'),
  col('category', '项目类别'),
  col('budget', '预算数（万元）', 'number'),
  col('executed', '执行数（万元）', 'number'),
  col('executionRate', '执行率（计算）', 'rate'),
  col('reportedExecutionRate', '执行率（自评）', 'rate'),
  col('budgetScore', '预算执行得分（计算）', 'number'),
  col('reportedBudgetScore', '预算执行得分（自评）', 'number'),
  col('indicatorScore', '指标得分（计算）', 'number'),
  col('totalScore', '总分（计算）', 'number'),
  col('reportedTotalScore', '总分（自评）', 'number'),
  col('grade', '等次（计算）', 'grade'),
  col('reportedGrade', '等次（自评）', 'grade'),
  col('discrepancyCount', '不一致项数', 'integer'),
  col('deviationAnalysis', '偏差原因分析'),
  col('improvementMeasures', '改进措施'),
  col('source.document.fileName', '来源文件'),
  col('source.lineStart', '起始行', 'integer'),
];

const ROLLUP_COLUMNS: Column[] = [
  col('region.code', '行政区划代码'),
  col('region.name', '地区'),
  col('region.level', '级别'),
  col('rollup.year', '年度', 'integer'),
  col('rollup.projectCount', '项目数', 'integer'),
  col('rollup.organizationCount', '单位数', 'integer'),
  col('rollup.budget', '预算数（万元）', 'number'),
  col('rollup.executed', '执行数（万元）', 'number'),
  col('rollup.executionRate', '执行率', 'rate'),
  col('rollup.weightedScore', '资金加权得分（计算）', 'number'),
  col('rollup.reportedWeightedScore', '资金加权得分（自评）', 'number'),
  col('rollup.meanScore', '平均得分（计算）', 'number'),
  col('rollup.reportedMeanScore', '平均得分（自评）', 'number'),
  col('rollup.outputScoreRate', '产出指标得分率', 'rate'),
  col('rollup.benefitScoreRate', '效益指标得分率', 'rate'),
  col('rollup.satisfactionScoreRate', '满意度指标得分率', 'rate'),
  col('rollup.ungradedCount', '无法计算总分的项目数', 'integer'),
  col('rollup.discrepancyCount', '不一致项数', 'integer'),
  col('rollup.departmentEvaluationCount', '部门整体自评数', 'integer'),
  col('rollup.departmentReportedMeanScore', '部门整体自评平均分', 'number'),
];

const RANKING_COLUMNS: Column[] = [col('rank', '排名', 'integer'), col('value', '排名指标值', 'number'), ...ROLLUP_COLUMNS];

const DISCREPANCY_COLUMNS: Column[] = [
  col('regionCode', '行政区划代码'),
  col('fiscalYear', '年度', 'integer'),
  col('project.organization.name', '项目实施单位'),
  col('project.name', '项目名称'),
  col('departmentEvaluation.organization.name', '部门整体自评单位'),
  col('field', '数据项'),
  col('indicatorPosition', '指标序号', 'integer'),
  col('reported', '自评值'),
  col('computed', '计算值'),
  col('message', '说明'),
  col('line', '来源行', 'integer'),
];

const INDICATOR_COLUMNS: Column[] = [
  col('project.region.code', '行政区划代码'),
  col('project.region.name', '地区'),
  col('project.organization.name', '项目实施单位'),
  col('project.name', '项目名称'),
  col('project.fiscalYear', '年度', 'integer'),
  col('position', '序号', 'integer'),
  col('level1', '一级指标'),
  col('level2', '二级指标'),
  col('name', '三级指标'),
  col('target', '年度指标值'),
  col('actual', '实际完成值'),
  col('targetValue', '指标值（解析）', 'number'),
  col('actualValue', '完成值（解析）', 'number'),
  col('unit', '单位'),
  col('weight', '分值', 'number'),
  col('score', '得分（计算）', 'number'),
  col('reportedScore', '得分（自评）', 'number'),
  col('scoreMethod', '评分方式'),
  col('scoreNote', '评分说明'),
  col('deviationNote', '偏差原因分析及改进措施'),
  col('lineStart', '来源行', 'integer'),
];

export const EXPORTS: Record<string, ExportDefinition> = {
  projects: {
    title: '项目支出绩效自评',
    columns: PROJECT_COLUMNS,
    plan: (query) => projectsPlan(query, selectionOf(PROJECT_COLUMNS)),
  },
  indicators: {
    title: '绩效指标',
    columns: INDICATOR_COLUMNS,
    plan(query) {
      const project = selectionOf(INDICATOR_COLUMNS, 'project.');
      const indicator = selectionOf(INDICATOR_COLUMNS.filter((c) => !c.field.startsWith('project.')));
      return projectsPlan(query, `${project} indicators { ${indicator} }`, (node) =>
        (node.indicators as Record<string, unknown>[]).map((indicator) => ({ ...indicator, project: node })),
      );
    },
  },
  rollups: {
    title: '地区汇总',
    columns: ROLLUP_COLUMNS,
    plan(query) {
      const year = p.requiredInteger(query, 'year');
      const rollup = selectionOf(ROLLUP_COLUMNS, 'rollup.');
      const region = selectionOf(ROLLUP_COLUMNS, 'region.');
      const codes = p.list(query, 'codes');
      if (codes)
        return {
          source: `query ExportRollups($codes: [String!]!, $year: Int!) { compareRegions(codes: $codes, year: $year) { region { ${region} } rollup { ${rollup} } } }`,
          variables: { codes, year },
          page: (data) => ({ rows: data.compareRegions as Record<string, unknown>[], next: null }),
        };
      const parent = p.text(query, 'region');
      if (!parent) throw new p.ExportParamError(apiText.regionOrCodes());
      return {
        source: `query ExportRollups($region: String!, $year: Int!, $includeEmpty: Boolean) { region(code: $region) { children(includeEmpty: $includeEmpty) { ${region} rollup(year: $year) { ${rollup} } } } }`,
        variables: { region: parent, year, includeEmpty: p.boolean(query, 'includeEmpty') ?? false },
        page: (data) => ({
          rows: (data.region as { children: Record<string, unknown>[] }).children.map((child) => ({ region: child, rollup: child.rollup })),
          next: null,
        }),
      };
    },
  },
  rankings: {
    title: '地区排名',
    columns: RANKING_COLUMNS,
    plan(query) {
      const rollup = selectionOf(RANKING_COLUMNS, 'rollup.');
      const region = selectionOf(RANKING_COLUMNS, 'region.');
      return {
        source: `query ExportRanking($level: RegionLevel!, $year: Int!, $metric: RollupMetric!, $descending: Boolean, $within: String) {
          regionRanking(level: $level, year: $year, metric: $metric, descending: $descending, within: $within) { rank value region { ${region} } rollup { ${rollup} } } }`,
        variables: {
          level: p.text(query, 'level') ?? 'CITY',
          year: p.requiredInteger(query, 'year'),
          metric: p.text(query, 'metric') ?? 'EXECUTION_RATE',
          descending: p.boolean(query, 'descending') ?? true,
          within: p.text(query, 'within') ?? p.text(query, 'region') ?? null,
        },
        page: (data) => ({ rows: data.regionRanking as Record<string, unknown>[], next: null }),
      };
    },
  },
  discrepancies: {
    title: '不一致项',
    columns: DISCREPANCY_COLUMNS,
    plan(query) {
      return {
        source: `query ExportDiscrepancies($region: String!, $year: Int!, $after: String) { region(code: $region) {
          discrepancies(year: $year, first: ${PAGE_SIZE}, after: $after) { edges { node { ${selectionOf(DISCREPANCY_COLUMNS)} } } ${PAGE_INFO} } } }`,
        variables: { region: p.required(query, 'region'), year: p.requiredInteger(query, 'year') },
        page: (data) => connectionPage((data.region as { discrepancies: Connection }).discrepancies),
      };
    },
  },
};
