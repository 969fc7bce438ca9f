/**
 * The bench's operations asked of the peer (PostGraphile 5 + @graphile/pg-aggregates over the
 * views of bench/peer/schema.sql): one GraphQL request each, as a PostGraphile user would write
 * it, and `finish` turning its answer into the figures Jixiao's operation gives (the ratios
 * pg-aggregates cannot compute: Σexecuted/Σbudget, Σ(score×budget)/Σbudget; the hierarchy's
 * tree; rankings). `finish` runs inside the measured time.
 *
 * Flattering to the peer: CompareIndicator is given the concept's key (Jixiao finds it from the
 * words '城镇新增就业'), and the dashboard's comparison reuses its city ranking's figures.
 */
import type { BenchTargets, OperationKey } from './operations';

export interface PeerOperation {
  query: string;
  variables: Record<string, unknown>;
  finish(data: any): unknown;
}

export interface RollupFigures {
  projectCount: number;
  budget: number;
  executed: number;
  executionRate: number | null;
  weightedScore: number | null;
  meanScore: number | null;
  reportedWeightedScore: number | null;
  gradeCounts: { grade: string; count: number }[];
}

/** Summed over Jixiao's rollup sums (bench/peer/schema.sql: peer.rollup_in_region), as Jixiao does. */
const SUMS = `sum { budget executed rateBudget rateExecuted scoreBudget scoreWeight totalScoreSum totalScoreCount reportedScoreBudget
  reportedScoreWeight excellent good fair poor one discrepancies }`;

const n = (x: unknown): number => (x == null ? 0 : Number(x));
const ratio = (a: unknown, b: unknown): number | null => (n(b) > 0 ? n(a) / n(b) : null);

/** A rollup from pg-aggregates' sums (an `aggregates` or one group of `groupedAggregates`). */
export function rollupOf(a: any): RollupFigures & { discrepancyCount: number } {
  const s = a?.sum ?? {};
  return {
    projectCount: n(s.one),
    budget: n(s.budget),
    executed: n(s.executed),
    executionRate: ratio(s.rateExecuted, s.rateBudget),
    weightedScore: ratio(s.scoreBudget, s.scoreWeight),
    meanScore: ratio(s.totalScoreSum, s.totalScoreCount),
    reportedWeightedScore: ratio(s.reportedScoreBudget, s.reportedScoreWeight),
    gradeCounts: ['EXCELLENT', 'GOOD', 'FAIR', 'POOR'].map((grade) => ({ grade, count: n(s[grade.toLowerCase()]) })),
    discrepancyCount: n(s.discrepancies),
  };
}

function rank<T extends { rollup: RollupFigures }>(rows: T[]): (T & { rank: number | null; value: number | null })[] {
  const valued = rows.map((r) => ({ ...r, value: r.rollup.executionRate }));
  const known = valued.filter((v) => v.value != null).sort((a, b) => b.value! - a.value!);
  const ranked = known.map((v, i) => ({ ...v, rank: i + 1 }));
  ranked.forEach((v, i) => {
    if (i > 0 && v.value === ranked[i - 1]!.value) v.rank = ranked[i - 1]!.rank;
  });
  return [...ranked, ...valued.filter((v) => v.value == null).map((v) => ({ ...v, rank: null }))];
}

/** One alias per code: `c0`, `c1`, … (condition arguments take one value each). */
function perCode(codes: string[], field: (code: string) => string): string {
  return codes.map((code, i) => `c${i}: ${field(code)}\n r${i}: regionByCode(code: "${code}") { code name }`).join('\n');
}

export function peerOperation(key: OperationKey, t: BenchTargets): PeerOperation {
  switch (key) {
    case 'hierarchy':
      return {
        query: `query PeerHierarchy { allPeerLiveRegions(orderBy: CODE_ASC) { nodes { code name level parentCode } } }`,
        variables: {},
        finish(data) {
          const nodes: any[] = data.allPeerLiveRegions.nodes;
          const children = new Map<string, any[]>();
          for (const r of nodes) if (r.parentCode) children.set(r.parentCode, [...(children.get(r.parentCode) ?? []), r]);
          const tree = (r: any): any => ({ code: r.code, name: r.name, level: r.level, children: (children.get(r.code) ?? []).map(tree) });
          return nodes.filter((r) => r.level === 'PROVINCE').map(tree);
        },
      };
    case 'regionRollup':
      return {
        query: `query PeerRegionRollup($code: String!, $year: Int!) {
          regionByCode(code: $code) { code name level }
          sums: allPeerRollupInRegions(condition: { ancestorCode: $code, fiscalYear: $year }) { aggregates { ${SUMS} } }
        }`,
        variables: { code: t.province, year: t.year },
        finish: (data) => ({ ...data.regionByCode, rollup: rollupOf(data.sums.aggregates) }),
      };
    case 'compareRegions':
      return {
        query: `query PeerCompareRegions($year: Int!) {
          ${perCode(t.cities, (code) => `allPeerRollupInRegions(condition: { ancestorCode: "${code}", fiscalYear: $year }) { aggregates { ${SUMS} } }`)}
        }`,
        variables: { year: t.year },
        finish: (data) => t.cities.map((_, i) => ({ region: data[`r${i}`], rollup: rollupOf(data[`c${i}`].aggregates) })),
      };
    case 'regionProjects':
      return {
        query: `query PeerRegionProjects($code: String!, $year: Int!, $first: Int!) {
          regionByCode(code: $code) { name }
          allPeerProjectInRegions(condition: { ancestorCode: $code, fiscalYear: $year }, orderBy: [NAME_ASC, ROW_ID_ASC], first: $first) {
            totalCount pageInfo { hasNextPage endCursor }
            nodes { projectEvaluationByRowId {
              rowId name organizationByOrganizationId { name } budget executed executionRate budgetScore reportedBudgetScore
              totalScore reportedTotalScore grade
              indicatorsByProjectId(orderBy: POSITION_ASC) { nodes { level1 level2 name targetText actualText weight score reportedScore } }
              discrepanciesByProjectId(orderBy: ROW_ID_ASC) { nodes { field reported computed message } }
            } }
          }
        }`,
        variables: { code: t.city, year: t.year, first: 20 },
        finish: (data) => data,
      };
    case 'departmentEvaluations':
      return {
        query: `query PeerDepartmentEvaluations($code: String!, $year: Int!) {
          regionByCode(code: $code) { name }
          allPeerDepartmentInRegions(condition: { ancestorCode: $code, fiscalYear: $year }, orderBy: ROW_ID_ASC) {
            nodes { departmentEvaluationByRowId {
              organizationByOrganizationId { name } reportedTotalScore computedScore budget executed executionRate
              indicatorsByDepartmentEvaluationId(orderBy: POSITION_ASC) { nodes { level1 level2 name weight score reportedScore } }
              departmentGoalsByEvaluationId(orderBy: POSITION_ASC) { nodes { name weight score
                indicatorsByGoalId(orderBy: POSITION_ASC) { nodes { level1 level2 name targetText actualText weight score reportedScore } } } }
            } }
          }
        }`,
        variables: { code: t.county, year: t.year },
        finish: (data) => data,
      };
    case 'compareIndicator':
      return {
        query: `query PeerCompareIndicator($year: Int!) {
          allIndicatorConcepts(condition: { key: "urban_new_employment" }) { nodes { key name unit } }
          ${perCode(
            t.cities,
            (code) => `allPeerIndicatorInRegions(condition: { ancestorCode: "${code}", fiscalYear: $year, conceptKey: "urban_new_employment" },
              orderBy: ROW_ID_ASC) { aggregates { sum { actualValue targetValue } } nodes { name targetText actualText } }`,
          )}
        }`,
        variables: { year: t.year },
        finish: (data) => ({
          concept: data.allIndicatorConcepts.nodes[0],
          rows: t.cities.map((_, i) => ({
            region: data[`r${i}`],
            value: n(data[`c${i}`].aggregates.sum.actualValue),
            target: n(data[`c${i}`].aggregates.sum.targetValue),
            sources: data[`c${i}`].nodes,
          })),
        }),
      };
    case 'dashboard':
      return {
        query: `query PeerDashboard($province: String!, $year: Int!) {
          regionByCode(code: $province) { code name }
          province: allPeerRollupInRegions(condition: { ancestorCode: $province, fiscalYear: $year }) { aggregates { ${SUMS} } }
          cities: allPeerRollupInRegions(condition: { ancestorLevel: "CITY", fiscalYear: $year }) {
            groupedAggregates(groupBy: [ANCESTOR_CODE]) { keys ${SUMS} } }
          counties: allPeerRollupInRegions(condition: { ancestorLevel: "COUNTY", fiscalYear: $year }) {
            groupedAggregates(groupBy: [ANCESTOR_CODE]) { keys ${SUMS} } }
          regions: allPeerLiveRegions { nodes { code name level } }
        }`,
        variables: { province: t.province, year: t.year },
        finish(data) {
          const names = new Map<string, any>(data.regions.nodes.map((r: any) => [r.code, r]));
          const rows = (groups: any[]) => groups.map((g) => ({ region: names.get(g.keys[0]), rollup: rollupOf(g) }));
          const cities = rows(data.cities.groupedAggregates);
          return {
            region: { ...data.regionByCode, rollup: rollupOf(data.province.aggregates) },
            cityRanking: rank(cities),
            countyRanking: rank(rows(data.counties.groupedAggregates)),
            compareRegions: t.cities.map((code) => {
              const city = cities.find((c) => c.region?.code === code);
              return { region: names.get(code), rollup: city?.rollup };
            }),
          };
        },
      };
  }
}
