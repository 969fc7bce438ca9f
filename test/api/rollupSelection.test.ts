/**
 * Rollups computed for what the selection asks (src/graphql/selection.ts): every figure, asked
 * alone, through a fragment, in a ranking, a comparison or a year-over-year change, equals the
 * same figure computed beside all the others; and a rollup asked for a few figures computes only
 * those, from the rollup sums.
 */
import { expect, it } from 'vitest';
import { dataOf, statementsOf } from '../support/apiReads';
import { useSeededServer } from '../support/server';

const env = useSeededServer();

const FIELDS = `year projectCount organizationCount departmentEvaluationCount departmentReportedMeanScore departmentComputedMeanScore
  departmentBasicExpenditure departmentProjectExpenditure departmentBudget departmentExecuted budget executed executionRate
  weightedScore meanScore reportedWeightedScore reportedMeanScore outputScoreRate benefitScoreRate satisfactionScoreRate
  gradeCounts { grade count } reportedGradeCounts { grade count } ungradedCount discrepancyCount
  reportedWeightedScoreOnComputed computedScoreCoverage { projects budget } reportedScoreCoverage { projects budget }
  uncomputedScoreReasons { reason count }`;

const FIGURES = FIELDS.replace(/\{[^}]*\}/g, '')
  .split(/\s+/)
  .filter(Boolean);

const data = (query: string, variables: Record<string, unknown> = {}) => dataOf(env.server, query, variables);

/** A field with its sub-selection as FIELDS writes it. */
const SUB = (name: string) => FIELDS.match(new RegExp(`\\b${name} \\{[^}]*\\}`))?.[0] ?? name;

it('every figure asked alone equals the same figure computed with all the others', async () => {
  const region = await data(`{ region(code: "420000") { rollup(year: 2021) { ${FIELDS} } } }`);
  expect(region.region.rollup.projectCount).toBeGreaterThan(0);
  for (const name of FIGURES) {
    const alone = await data(`{ region(code: "420000") { rollup(year: 2021) { ${SUB(name)} } } }`);
    expect(alone.region.rollup, name).toEqual({ [name]: region.region.rollup[name] });
  }
});

it('an organization rollup asked for one figure equals the full one', async () => {
  const { organizationRanking } = await data(`{ organizationRanking(regionCode: "420000", year: 2021, metric: BUDGET) {
    organization { id } rollup { ${FIELDS} } } }`);
  expect(organizationRanking.length).toBeGreaterThan(0);
  const ids: number[] = [];
  for (const name of ['discrepancyCount', 'departmentEvaluationCount', 'weightedScore', 'gradeCounts']) {
    const ranked = await data(`{ organizationRanking(regionCode: "420000", year: 2021, metric: BUDGET) {
      organization { id } value rollup { ${SUB(name)} } } }`);
    ranked.organizationRanking.forEach((r: any, i: number) => {
      expect(r.organization).toEqual(organizationRanking[i].organization);
      expect(r.rollup[name], name).toEqual(organizationRanking[i].rollup[name]);
      expect(r.value).toBe(organizationRanking[i].rollup.budget);
    });
    ids.push(ranked.organizationRanking.length);
  }
  expect(new Set(ids).size).toBe(1);
});

it('a ranking ranks by its metric even when the rollup does not select it, and fragments are read', async () => {
  const full = await data(`{ regionRanking(level: CITY, year: 2021, metric: DISCREPANCY_COUNT) { rank value region { code } rollup { ${FIELDS} } } }`);
  const bare = await data(`{ regionRanking(level: CITY, year: 2021, metric: DISCREPANCY_COUNT) { rank value region { code } } }`);
  expect(bare.regionRanking).toEqual(full.regionRanking.map((r: any) => ({ rank: r.rank, value: r.value, region: r.region })));
  expect(full.regionRanking.some((r: any) => r.value > 0)).toBe(true);
  const fragment = await data(`
    query($codes: [String!]!) { compareRegions(codes: $codes, year: 2021) { region { code } rollup { ...money ... on Rollup { meanScore } } } }
    fragment money on Rollup { budget executionRate gradeCounts { count } }`, { codes: ['420200', '420300'] });
  const whole = await data(`query($codes: [String!]!) { compareRegions(codes: $codes, year: 2021) { rollup { ${FIELDS} } } }`, { codes: ['420200', '420300'] });
  fragment.compareRegions.forEach((c: any, i: number) => {
    const w = whole.compareRegions[i].rollup;
    expect(c.rollup).toEqual({ budget: w.budget, executionRate: w.executionRate, meanScore: w.meanScore, gradeCounts: w.gradeCounts.map((g: any) => ({ count: g.count })) });
  });
});

it('a year-over-year change computes the figures its changes compare', async () => {
  const query = (sel: string) => `{ region(code: "420000") { rollupChange(year: 2022) { ${sel} } } }`;
  const full = await data(query(`budgetChange executedChange executionRateChange weightedScoreChange projectCountChange current { ${FIELDS} } previous { ${FIELDS} }`));
  for (const name of ['budgetChange', 'executedChange', 'executionRateChange', 'weightedScoreChange', 'projectCountChange']) {
    const alone = await data(query(name));
    expect(alone.region.rollupChange, name).toEqual({ [name]: full.region.rollupChange[name] });
  }
  const years = await data(query('current { discrepancyCount } previous { budget }'));
  expect(years.region.rollupChange).toEqual({
    current: { discrepancyCount: full.region.rollupChange.current.discrepancyCount },
    previous: { budget: full.region.rollupChange.previous.budget },
  });
});

it('a rollup asked for money only computes the money, from the rollup sums alone', async () => {
  const statements = await statementsOf(env.db, () => data(`{ region(code: "420000") { rollup(year: 2021) { budget executed } } }`));
  const rollup = statements.filter((s) => s.includes('rollup_sum'));
  expect(rollup).toHaveLength(1);
  expect(rollup[0]).not.toMatch(/project_evaluation|department_evaluation|discrepancy|score/);
  const more = await statementsOf(env.db, () => data(`{ region(code: "420000") { rollup(year: 2021) { discrepancyCount departmentBudget } } }`));
  expect(more.filter((s) => s.includes('rollup_sum'))[0]).toMatch(/department_budget[\s\S]*discrepancy_count/);
});
