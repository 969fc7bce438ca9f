/**
 * The rollup rule exists in two forms: the SQL the API runs (src/db/queries/rollup.ts) and the pure
 * rule of the domain (src/domain/rollup.ts: Σ money, Σexecuted / Σbudget, fund-weighted and plain
 * means). This checks the property that ties them: at every region with data and every fiscal year,
 * the API's rollup equals the domain rule applied to the projects the API lists beneath that region
 * — on the seeds and on a synthetic province of a random seed (printed, so a failure can be replayed).
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { rollup, type Rollup } from '../../src/domain/rollup';
import { importDocument } from '../../src/ingest/load';
import { syntheticProvince } from '../../src/synthetic';
import { useSeededServer } from '../support/server';

const env = useSeededServer();
const syntheticSeed = Number(process.env.ROLLUP_RULE_SEED ?? Math.floor(Math.random() * 1_000_000));

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await env.server.post({ query, variables });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

interface ProjectFigures {
  budget: number | null;
  executed: number | null;
  totalScore: number | null;
  reportedTotalScore: number | null;
}

async function projectsBeneath(code: string, year: number): Promise<ProjectFigures[]> {
  const projects: ProjectFigures[] = [];
  let after: string | null = null;
  for (;;) {
    const data: {
      region: {
        projects: { edges: { node: ProjectFigures }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      };
    } = await graphql(
      `query ($code: String!, $year: Int!, $after: String) { region(code: $code) {
        projects(year: $year, first: 100, after: $after) {
          edges { node { budget executed totalScore reportedTotalScore } } pageInfo { hasNextPage endCursor } } } }`,
      { code, year, after },
    );
    projects.push(...data.region.projects.edges.map((e) => e.node));
    if (!data.region.projects.pageInfo.hasNextPage) return projects;
    after = data.region.projects.pageInfo.endCursor;
  }
}

async function regionsWithData(): Promise<string[]> {
  const codes: string[] = [];
  let level: string[] = (await graphql<{ regions: { code: string }[] }>('{ regions(level: PROVINCE) { code } }')).regions.map((r) => r.code);
  while (level.length) {
    codes.push(...level);
    const next: string[] = [];
    for (const code of level) {
      const data = await graphql<{ region: { children: { code: string }[] } }>('query ($code: String!) { region(code: $code) { children { code } } }', { code });
      next.push(...data.region.children.map((c) => c.code));
    }
    level = next;
  }
  return codes;
}

const FIGURES = ['budget', 'executed', 'executionRate', 'weightedScore', 'meanScore', 'reportedWeightedScore', 'reportedMeanScore', 'reportedWeightedScoreOnComputed'] as const;

function expectSameRollup(api: Record<string, number | null>, rule: Rollup, where: string) {
  expect(api.projectCount, `${where} projectCount`).toBe(rule.count);
  for (const figure of FIGURES) {
    const expected = rule[figure];
    if (expected === null) expect(api[figure], `${where} ${figure}`).toBeNull();
    else expect(api[figure], `${where} ${figure}`).toBeCloseTo(expected, 6);
  }
}

describe(`the API's rollups follow the domain's rollup rule (synthetic seed ${syntheticSeed})`, () => {
  beforeAll(async () => {
    const province = syntheticProvince({ scale: 0.002, seed: syntheticSeed });
    for (const doc of province.documents()) {
      const report = await importDocument(env.db, doc.fileName, Buffer.from(doc.text));
      expect(report.status, JSON.stringify(report.errors)).not.toBe('failed');
    }
  });

  it('at every region with data, for every fiscal year', async () => {
    const years = (await graphql<{ fiscalYears: number[] }>('{ fiscalYears }')).fiscalYears;
    const codes = await regionsWithData();
    expect(years.length).toBeGreaterThanOrEqual(2);
    expect(codes.length).toBeGreaterThan(5);
    let compared = 0;
    for (const code of codes) {
      for (const year of years) {
        const data = await graphql<{ region: { rollup: Record<string, number | null> } }>(
          `query ($code: String!, $year: Int!) { region(code: $code) { rollup(year: $year) { projectCount ${FIGURES.join(' ')} } } }`,
          { code, year },
        );
        const projects = await projectsBeneath(code, year);
        const rule = rollup(projects.map((p) => ({ budget: p.budget, executed: p.executed, score: p.totalScore, reportedScore: p.reportedTotalScore })));
        expectSameRollup(data.region.rollup, rule, `${code} ${year}`);
        if (projects.length) compared++;
      }
    }
    expect(compared).toBeGreaterThan(5);
  });
});
