/**
 * Indicators read for what the selection asks (src/graphql/selection.ts indicatorFields): over
 * HTTP, an indicator list asked for a few fields is read by a statement naming only those columns
 * (with the keys), its answers equal the same fields of a query selecting every field, and the
 * statements an operation issues stay as many whichever fields and however many field sets it asks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { dataOf, statementsOf } from '../support/apiReads';
import { CONTRACT_DIR } from '../support/database';
import { useSeededServer } from '../support/server';

const env = useSeededServer();

/** Every field of Indicator (concept with its key). */
const ALL = `position level1 level1Kind level2 name description scoringRule target actual targetValue actualValue unit
  comparator direction weight score scoreMin scoreMax scoreMethod judgement scoreNote reportedScore deviationNote lineStart
  lineEnd concept { key }`;

/** What the contract operations ask of an indicator. */
const CONTRACT = 'level1 level2 name target actual weight score reportedScore';

/** Columns none of the contract's fields reads. */
const UNASKED = ['description', 'scoring_rule', 'deviation_note', 'score_note', 'weight_text', 'concept_key', 'judgement'];

const data = (query: string, variables: Record<string, unknown> = {}) => dataOf(env.server, query, variables);

const indicatorStatements = (statements: string[]) => statements.filter((s) => /FROM indicator i\b/.test(s));

/** The columns a statement's select list reads from the indicator table (i.column). */
const columnsRead = (statement: string) => new Set([...statement.split(/\bFROM\b/)[0]!.matchAll(/\bi\.(\w+)/g)].map((m) => m[1]!));

const projects = (fields: string) => `{ region(code: "420000") { projects(year: 2021, first: 50) { edges { node { id indicators { ${fields} } } } } } }`;
const evaluations = (fields: string) => `{ region(code: "420000") { departmentEvaluations(year: 2021) { indicators { ${fields} } } } }`;

function pick(value: unknown, names: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => pick(v, names));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === 'indicators' ? (v as Record<string, unknown>[]).map((i) => Object.fromEntries(names.map((n) => [n, i[n]]))) : pick(v, names)]),
    );
  }
  return value;
}

it("a project's indicators asked for the contract's fields read only their columns, and equal the full query's", async () => {
  const full = await data(projects(ALL));
  const indicators = full.region.projects.edges.flatMap((e: any) => e.node.indicators);
  expect(indicators.length).toBeGreaterThan(50);
  // The seeds fill the columns the contract leaves out: leaving them out is seen.
  expect(indicators.some((i: any) => i.scoringRule || i.description || i.deviationNote)).toBe(true);
  let asked: Record<string, any> = {};
  const statements = indicatorStatements(await statementsOf(env.db, async () => (asked = await data(projects(CONTRACT)))));
  expect(statements).toHaveLength(1);
  const columns = columnsRead(statements[0]!);
  for (const c of ['id', 'project_id', 'level1', 'level2', 'name', 'target_text', 'actual_text', 'weight', 'score', 'reported_score']) expect(columns, c).toContain(c);
  for (const c of UNASKED) expect(columns, c).not.toContain(c);
  expect(asked).toEqual(pick(full, CONTRACT.split(' ')));
});

it('every indicator field asked alone equals the same field of the full query', async () => {
  const full = await data(evaluations(ALL));
  expect(full.region.departmentEvaluations.flatMap((e: any) => e.indicators).length).toBeGreaterThan(0);
  for (const name of ALL.replace(/\{[^}]*\}/g, '').split(/\s+/).filter(Boolean)) {
    const field = name === 'concept' ? 'concept { key }' : name;
    const alone = await data(evaluations(field));
    expect(alone, name).toEqual(pick(full, [name]));
  }
  // A fragment, an alias and __typename are read as fields too.
  const fragment = await data(`${evaluations('...f n: name __typename')} fragment f on Indicator { score target }`);
  const expected = pick(full, ['score', 'target', 'name']) as any;
  for (const [i, e] of fragment.region.departmentEvaluations.entries()) {
    expect(e.indicators).toEqual(
      expected.region.departmentEvaluations[i].indicators.map((x: any) => ({ score: x.score, target: x.target, n: x.name, __typename: 'Indicator' })),
    );
  }
});

it('the statements stay as many whatever the fields and field sets asked', async () => {
  const contract = fs.readFileSync(path.join(CONTRACT_DIR, 'department-evaluations.graphql'), 'utf8');
  const count = async (query: string, variables: Record<string, unknown> = {}) => {
    const before = env.db.statementCount();
    await data(query, variables);
    return env.db.statementCount() - before;
  };
  const asContract = await count(contract, { code: '420000', year: 2021 });
  // (Every field in both lists would pass the complexity limit: the columns the contract leaves out instead.)
  const others = 'position description scoringRule scoreNote deviationNote judgement';
  expect(await count(contract.replaceAll(/indicators \{[^}]*\}/g, `indicators { ${others} }`), { code: '420000', year: 2021 })).toBe(asContract);
  // Two field sets of the same lists in one request: still one statement per kind of owner.
  let statements: string[] = [];
  statements = indicatorStatements(
    await statementsOf(env.db, () =>
      data(`{ region(code: "420000") { departmentEvaluations(year: 2021) {
        a: indicators { name } b: indicators { score deviationNote } goals { a: indicators { weight } b: indicators { target } } } } }`),
    ),
  );
  expect(statements).toHaveLength(2);
  expect(columnsRead(statements.find((s) => s.includes('department_evaluation_id = ANY'))!)).toEqual(
    new Set(['id', 'department_evaluation_id', 'name', 'score', 'deviation_note']),
  );
  expect(columnsRead(statements.find((s) => s.includes('goal_id = ANY'))!)).toEqual(new Set(['id', 'goal_id', 'weight', 'target_text']));
});
