/**
 * What the bench runs: every contract operation (../shared/contract/*.graphql, verbatim) with
 * variables pointing at the synthetic province, and the dashboard's heaviest query.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SyntheticProvince } from '../src/synthetic';
import { PROVINCE_CODE } from '../src/synthetic';

export const CONTRACT_DIR = path.resolve(import.meta.dirname, '..', '..', 'shared', 'contract');

/**
 * The dashboard's heaviest view: the province rollup, every city and every county ranked by
 * execution rate, and all cities side by side.
 */
export const DASHBOARD_QUERY = `query DashboardOverview($province: String!, $cities: [String!]!, $year: Int!) {
  region(code: $province) {
    code
    name
    rollup(year: $year) {
      projectCount budget executed executionRate weightedScore meanScore reportedWeightedScore discrepancyCount
      gradeCounts { grade count }
    }
  }
  cityRanking: regionRanking(level: CITY, year: $year, metric: EXECUTION_RATE, within: $province) {
    rank value region { code name } rollup { projectCount budget executed executionRate weightedScore }
  }
  countyRanking: regionRanking(level: COUNTY, year: $year, metric: EXECUTION_RATE, within: $province) {
    rank value region { code name } rollup { projectCount budget executed executionRate weightedScore }
  }
  compareRegions(codes: $cities, year: $year) {
    region { code name }
    rollup { projectCount budget executed executionRate weightedScore meanScore discrepancyCount }
  }
}`;

export type OperationKey =
  | 'hierarchy'
  | 'regionRollup'
  | 'compareRegions'
  | 'regionProjects'
  | 'departmentEvaluations'
  | 'compareIndicator'
  | 'dashboard';

export interface Operation {
  key: OperationKey;
  /** Contract file, or "bench" for the dashboard query. */
  source: string;
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** What the variables mean, for the report. */
  describe: string;
}

export interface BenchTargets {
  year: number;
  province: string;
  cities: string[];
  counties: string[];
  /** The city whose projects are paged (the largest). */
  city: string;
  /** The county whose department evaluations are listed. */
  county: string;
}

export function targetsOf(province: SyntheticProvince): BenchTargets {
  const cities = province.regions.filter((r) => r.level === 'CITY').map((r) => r.code);
  const counties = province.regions.filter((r) => r.level === 'COUNTY').map((r) => r.code);
  return { year: province.year, province: PROVINCE_CODE, cities, counties, city: cities[0]!, county: counties[0] ?? cities[0]! };
}

function contract(file: string): string {
  return fs.readFileSync(path.join(CONTRACT_DIR, file), 'utf8');
}

export function operations(t: BenchTargets): Operation[] {
  return [
    { key: 'hierarchy', source: 'hierarchy.graphql', name: 'Hierarchy', query: contract('hierarchy.graphql'), variables: {}, describe: 'whole region tree' },
    {
      key: 'regionRollup',
      source: 'region-rollup.graphql',
      name: 'RegionRollup',
      query: contract('region-rollup.graphql'),
      variables: { code: t.province, year: t.year },
      describe: `province ${t.province}`,
    },
    {
      key: 'compareRegions',
      source: 'compare-regions.graphql',
      name: 'CompareRegions',
      query: contract('compare-regions.graphql'),
      variables: { codes: t.cities, year: t.year },
      describe: `all ${t.cities.length} cities`,
    },
    {
      key: 'regionProjects',
      source: 'region-projects.graphql',
      name: 'RegionProjects',
      query: contract('region-projects.graphql'),
      variables: { code: t.city, year: t.year, first: 20 },
      describe: `city ${t.city}, first 20 with indicators and discrepancies`,
    },
    {
      key: 'departmentEvaluations',
      source: 'department-evaluations.graphql',
      name: 'DepartmentEvaluations',
      query: contract('department-evaluations.graphql'),
      variables: { code: t.county, year: t.year },
      describe: `county ${t.county}`,
    },
    {
      key: 'compareIndicator',
      source: 'compare-indicator.graphql',
      name: 'CompareIndicator',
      query: contract('compare-indicator.graphql'),
      variables: { codes: t.cities, year: t.year, query: '城镇新增就业' },
      describe: `城镇新增就业人数 across all ${t.cities.length} cities`,
    },
    {
      key: 'dashboard',
      source: 'bench (dashboard heaviest)',
      name: 'DashboardOverview',
      query: DASHBOARD_QUERY,
      variables: { province: t.province, cities: t.cities, year: t.year },
      describe: 'province rollup + ranking of all cities and all counties by EXECUTION_RATE + compareRegions(all cities)',
    },
  ];
}
