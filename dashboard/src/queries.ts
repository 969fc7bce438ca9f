/**
 * Every GraphQL operation the dashboard sends, with the types of what it gets back. They use only
 * the public schema (schema/schema.graphql); test/dashboard/queries.test.ts validates them.
 */

export type Grade = 'EXCELLENT' | 'GOOD' | 'FAIR' | 'POOR';
export type Level = 'PROVINCE' | 'CITY' | 'COUNTY';

export interface RegionRef {
  code: string;
  name: string;
  level: Level;
}

export interface Rollup {
  projectCount: number;
  organizationCount: number;
  departmentEvaluationCount: number;
  departmentReportedMeanScore: number | null;
  budget: number | null;
  executed: number | null;
  executionRate: number | null;
  weightedScore: number | null;
  meanScore: number | null;
  reportedWeightedScore: number | null;
  gradeCounts: { grade: Grade; count: number }[];
  ungradedCount: number;
  discrepancyCount: number;
}

const ROLLUP = /* GraphQL */ `
  projectCount
  organizationCount
  departmentEvaluationCount
  departmentReportedMeanScore
  budget
  executed
  executionRate
  weightedScore
  meanScore
  reportedWeightedScore
  gradeCounts { grade count }
  ungradedCount
  discrepancyCount
`;

/** True when nothing at all was reported beneath a node for the year. */
export function isEmpty(rollup: Rollup): boolean {
  return rollup.projectCount === 0 && rollup.departmentEvaluationCount === 0;
}

// ---------------------------------------------------------------------------------------------
// Start-up: the region tree (the contract's Hierarchy), the years with documents, the concepts.

export interface HierarchyRegion extends RegionRef {
  fiscalYears: number[];
  children: (RegionRef & { children: RegionRef[] })[];
}

export interface Startup {
  regions: HierarchyRegion[];
  fiscalYears: number[];
  indicatorConcepts: Concept[];
}

export interface Concept {
  key: string;
  name: string;
  unit: string;
  aggregation: string;
}

export const STARTUP = /* GraphQL */ `
  query DashboardStartup {
    regions(level: PROVINCE) {
      code
      name
      level
      fiscalYears
      children {
        code
        name
        level
        children {
          code
          name
          level
        }
      }
    }
    fiscalYears
    indicatorConcepts {
      key
      name
      unit
      aggregation
    }
  }
`;

// ---------------------------------------------------------------------------------------------
// Search: regions and organizations by a part of their name.

export interface SearchData {
  searchRegions: (RegionRef & { parent: { name: string } | null })[];
  searchOrganizations: { id: string; name: string; region: { code: string; name: string } }[];
}

export const SEARCH = /* GraphQL */ `
  query DashboardSearch($query: String!, $first: Int!) {
    searchRegions(query: $query, first: $first) {
      code
      name
      level
      parent {
        name
      }
    }
    searchOrganizations(query: $query, first: $first) {
      id
      name
      region {
        code
        name
      }
    }
  }
`;

// ---------------------------------------------------------------------------------------------
// The province: its cities and counties ranked.

export interface Ranked {
  rank: number | null;
  value: number | null;
  region: RegionRef & { parent: { code: string; name: string } | null };
  rollup: Rollup;
}

export interface RollupChange {
  previous: { year: number; projectCount: number; departmentEvaluationCount: number };
  budgetChange: number | null;
  executionRateChange: number | null;
  weightedScoreChange: number | null;
  projectCountChange: number;
}

const CHANGE =
  'previous { year projectCount departmentEvaluationCount } budgetChange executionRateChange weightedScoreChange projectCountChange';

export interface ProvinceData {
  region: RegionRef & { rollup: Rollup; rollupChange: RollupChange };
  citiesByRate: Ranked[];
  citiesByScore: Ranked[];
  countiesByRate: Ranked[];
  countiesByScore: Ranked[];
}

const RANKED = `rank value region { code name level parent { code name } } rollup { ${ROLLUP} }`;

export const PROVINCE = /* GraphQL */ `
  query DashboardProvince($code: String!, $year: Int!) {
    region(code: $code) { code name level rollup(year: $year) { ${ROLLUP} } rollupChange(year: $year) { ${CHANGE} } }
    citiesByRate: regionRanking(level: CITY, year: $year, metric: EXECUTION_RATE, within: $code) { ${RANKED} }
    citiesByScore: regionRanking(level: CITY, year: $year, metric: WEIGHTED_SCORE, within: $code) { ${RANKED} }
    countiesByRate: regionRanking(level: COUNTY, year: $year, metric: EXECUTION_RATE, within: $code) { ${RANKED} }
    countiesByScore: regionRanking(level: COUNTY, year: $year, metric: WEIGHTED_SCORE, within: $code) { ${RANKED} }
  }
`;

// ---------------------------------------------------------------------------------------------
// Drill-down: region → organization → project → indicators.

export interface Discrepancy {
  /** The project the figure belongs to (asked for in a region's list only). */
  project?: { id: string; name: string } | null;
  field: string;
  reported: string;
  computed: string;
  /** ARITHMETIC, RULE, CROSS_TABLE, NARRATIVE, WITHIN_ROW, MISSING. */
  kind: string;
  /** MAJOR, MINOR, ROUNDING, INFO. */
  severity: string;
  causedBy: string | null;
  /** In Chinese (the API's default language). */
  message: string;
  line: number | null;
}

const DISCREPANCY = 'field reported computed kind severity causedBy message line';

const PROJECT_FIELDS = `id name organization { id name } budget executed executionRate totalScore reportedTotalScore grade discrepancyCount
  deviationAnalysis improvementMeasures indicators { scoreMethod scoreNote }`;

const INDICATOR =
  'position level1 level2 name target actual weight score reportedScore scoreMethod scoreNote judgement deviationNote concept { name }';

export interface ProjectRow {
  id: string;
  name: string;
  organization: { id: string; name: string };
  budget: number | null;
  executed: number | null;
  executionRate: number | null;
  totalScore: number | null;
  reportedTotalScore: number | null;
  grade: Grade | null;
  discrepancyCount: number;
  deviationAnalysis: string | null;
  improvementMeasures: string | null;
  indicators: { scoreMethod: string | null; scoreNote: string | null }[];
}

export interface ProjectPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: ProjectRow }[];
}

const PROJECT_PAGE = `
  totalCount
  pageInfo { hasNextPage endCursor }
  edges { node { ${PROJECT_FIELDS} } }
`;

/** The region that executes worst, its worst-executing projects and their reasons. */
export interface WorstProject extends ProjectRow {
  region: { code: string; name: string };
}

export interface WorstData {
  region: RegionRef & {
    rollup: Rollup;
    projects: { totalCount: number; edges: { node: WorstProject }[] };
  };
}

export const WORST = /* GraphQL */ `
  query DashboardWorst($code: String!, $year: Int!, $first: Int!) {
    region(code: $code) {
      code name level
      rollup(year: $year) { ${ROLLUP} }
      projects(year: $year, first: $first, orderBy: { field: EXECUTION_RATE, direction: ASC }) {
        totalCount
        edges { node { region { code name } ${PROJECT_FIELDS} } }
      }
    }
  }
`;

export interface OrganizationRow {
  id: string;
  name: string;
  parent: { id: string } | null;
  rollup: Rollup;
}

export interface DepartmentEvaluationRow {
  id: string;
  fiscalYear: number;
  organization: { id: string; name: string };
  template: string;
  budget: number | null;
  executed: number | null;
  executionRate: number | null;
  reportedExecutionRate: number | null;
  reportedScore: number | null;
  computedScore: number | null;
  grade: Grade | null;
  /** 整体绩效自评报告 as written. */
  narrative: string | null;
  discrepancies: Discrepancy[];
}

export interface RegionData {
  region: RegionRef & {
    parent: (RegionRef & { parent: RegionRef | null }) | null;
    rollup: Rollup;
    rollupChange: RollupChange;
    children: (RegionRef & { rollup: Rollup })[];
    organizations: OrganizationRow[];
    departmentEvaluations: DepartmentEvaluationRow[];
    projects: ProjectPage;
    discrepancies: { totalCount: number; edges: { node: Discrepancy & { regionCode: string } }[] };
  };
}

export const REGION = /* GraphQL */ `
  query DashboardRegion($code: String!, $year: Int!, $first: Int!) {
    region(code: $code) {
      code name level
      parent { code name level parent { code name level } }
      rollup(year: $year) { ${ROLLUP} }
      rollupChange(year: $year) { ${CHANGE} }
      children { code name level rollup(year: $year) { ${ROLLUP} } }
      organizations { id name parent { id } rollup(year: $year) { ${ROLLUP} } }
      departmentEvaluations(year: $year) {
        id fiscalYear organization { id name } template budget executed executionRate reportedExecutionRate
        reportedScore computedScore grade narrative discrepancies { ${DISCREPANCY} }
      }
      projects(year: $year, first: $first, orderBy: { field: EXECUTION_RATE, direction: ASC }) { ${PROJECT_PAGE} }
      discrepancies(year: $year, first: 100) { totalCount edges { node { ${DISCREPANCY} regionCode project { id name } } } }
    }
  }
`;

export const REGION_PROJECTS_PAGE = /* GraphQL */ `
  query DashboardRegionProjects($code: String!, $year: Int!, $first: Int!, $after: String) {
    region(code: $code) {
      projects(year: $year, first: $first, after: $after, orderBy: { field: EXECUTION_RATE, direction: ASC }) { ${PROJECT_PAGE} }
    }
  }
`;

export interface OrganizationData {
  node:
    | (OrganizationRow & {
        region: RegionRef & { parent: (RegionRef & { parent: RegionRef | null }) | null };
        aliases: string[];
        children: { id: string; name: string; rollup: Rollup }[];
        projects: ProjectPage;
        departmentEvaluations: (DepartmentEvaluationRow & {
          indicators: IndicatorRow[];
          goals: GoalRow[];
          annualObjectives: string | null;
        })[];
      })
    | null;
}

export const ORGANIZATION = /* GraphQL */ `
  query DashboardOrganization($id: ID!, $year: Int!, $first: Int!, $after: String) {
    node(id: $id) {
      ... on Organization {
        id name aliases
        parent { id }
        region { code name level parent { code name level parent { code name level } } }
        rollup(year: $year) { ${ROLLUP} }
        children { id name rollup(year: $year) { ${ROLLUP} } }
        projects(year: $year, first: $first, after: $after, orderBy: { field: EXECUTION_RATE, direction: ASC }) { ${PROJECT_PAGE} }
        departmentEvaluations {
          id fiscalYear organization { id name } template budget executed executionRate reportedExecutionRate
          reportedScore computedScore grade narrative discrepancies { ${DISCREPANCY} }
          indicators { ${INDICATOR} }
          goals { position name weight score reportedScore indicators { position deviationNote } }
          annualObjectives
        }
      }
    }
  }
`;

export interface GoalRow {
  position: number;
  name: string;
  weight: number | null;
  score: number | null;
  reportedScore: number | null;
  indicators: { position: number; deviationNote: string | null }[];
}

export interface IndicatorRow {
  position: number;
  level1: string | null;
  level2: string | null;
  name: string;
  target: string | null;
  actual: string | null;
  weight: number | null;
  score: number | null;
  reportedScore: number | null;
  scoreMethod: string | null;
  scoreNote: string | null;
  judgement: string | null;
  deviationNote: string | null;
  concept: { name: string } | null;
}

export interface ProjectDetail {
  id: string;
  name: string;
  fiscalYear: number;
  category: string | null;
  region: RegionRef & { parent: (RegionRef & { parent: RegionRef | null }) | null };
  organization: { id: string; name: string };
  budget: number | null;
  budgetBasis: string | null;
  executed: number | null;
  executionRate: number | null;
  reportedExecutionRate: number | null;
  budgetWeight: number;
  budgetScore: number | null;
  reportedBudgetScore: number | null;
  totalScore: number | null;
  reportedTotalScore: number | null;
  grade: Grade | null;
  reportedGrade: Grade | null;
  indicatorScore: number | null;
  expectedGoal: string | null;
  actualOutcome: string | null;
  deviationAnalysis: string | null;
  improvementMeasures: string | null;
  narrative: string | null;
  indicators: IndicatorRow[];
  discrepancies: Discrepancy[];
  source: { document: { fileName: string }; lineStart: number; lineEnd: number };
}

export const PROJECT = /* GraphQL */ `
  query DashboardProject($id: ID!) {
    node(id: $id) {
      ... on ProjectEvaluation {
        id name fiscalYear category
        region { code name level parent { code name level parent { code name level } } }
        organization { id name }
        budget budgetBasis executed executionRate reportedExecutionRate
        budgetWeight budgetScore reportedBudgetScore totalScore reportedTotalScore grade reportedGrade indicatorScore
        expectedGoal actualOutcome deviationAnalysis improvementMeasures narrative
        indicators { ${INDICATOR} }
        discrepancies { ${DISCREPANCY} }
        source { document { fileName } lineStart lineEnd }
      }
    }
  }
`;

// ---------------------------------------------------------------------------------------------
// Comparison of regions: rollups side by side, and every indicator concept across them.

export interface ComparisonRow {
  region: { code: string; name: string };
  value: number | null;
  target: number | null;
  completionRate: number | null;
  sources: { name: string; target: string | null; actual: string | null; unit: string | null; funds: number | null }[];
}

export interface IndicatorComparison {
  concept: Concept;
  rows: ComparisonRow[];
}

export interface CompareData {
  compareRegions: { region: RegionRef; rollup: Rollup }[];
  [alias: `c${number}`]: IndicatorComparison;
}

/**
 * compareRegions, and one indicatorComparison per concept of Query.indicatorConcepts (aliased
 * c0, c1 …; each concept key is passed as a variable, never written into the text).
 */
export function compareQuery(conceptCount: number): string {
  const variables = Array.from({ length: conceptCount }, (_, i) => `, $q${i}: String!`).join('');
  const comparisons = Array.from(
    { length: conceptCount },
    (_, i) => `
    c${i}: indicatorComparison(regionCodes: $codes, year: $year, query: $q${i}) {
      concept { key name unit aggregation }
      rows { region { code name } value target completionRate sources { name target actual unit funds } }
    }`,
  ).join('');
  return /* GraphQL */ `
  query DashboardCompare($codes: [String!]!, $year: Int!${variables}) {
    compareRegions(codes: $codes, year: $year) {
      region { code name level }
      rollup { ${ROLLUP} }
    }${comparisons}
  }
`;
}

export function compareVariables(codes: string[], year: number, conceptKeys: string[]): Record<string, unknown> {
  const variables: Record<string, unknown> = { codes, year };
  conceptKeys.forEach((key, i) => (variables[`q${i}`] = key));
  return variables;
}
