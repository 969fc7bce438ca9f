/**
 * Project pages read for what the selection asks (src/graphql/selection.ts projectFields): over
 * HTTP, a page asked for the contract's fields is read by a statement naming only their columns
 * (with the id), every field asked alone equals the same field of a page asking every field, and
 * the contract operation issues as many statements as when it asks every field.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { dataOf, statementsOf } from '../support/apiReads';
import { CONTRACT_DIR } from '../support/database';
import { useSeededServer } from '../support/server';

const env = useSeededServer();

const data = (query: string, variables: Record<string, unknown> = {}) => dataOf(env.server, query, variables);

/** Every field of ProjectEvaluation without arguments, objects and lists of objects by their __typename (their resolvers still run). */
async function everyField(): Promise<string[]> {
  const { __type } = await data(`{ __type(name: "ProjectEvaluation") { fields { name args { name } type { kind ofType { kind ofType { kind ofType { kind } } } } } } }`);
  const leaf = (t: any): boolean => (t.ofType ? leaf(t.ofType) : t.kind === 'SCALAR' || t.kind === 'ENUM');
  return __type.fields.filter((f: any) => f.args.length === 0).map((f: any) => (leaf(f.type) ? f.name : `${f.name} { __typename }`));
}

const page = (fields: string) => `{ region(code: "420000") { projects(year: 2021, first: 8) { totalCount edges { cursor node { ${fields} } } } } }`;

it('every project field asked alone equals the same field of a page asking every field', async () => {
  const fields = await everyField();
  expect(fields.length).toBeGreaterThan(40);
  const full = await data(page(fields.join(' ')));
  expect(full.region.projects.edges.length).toBe(8);
  for (const field of fields) {
    const name = field.split(' ')[0]!;
    const alone = await data(page(field));
    expect(alone.region.projects.edges, name).toEqual(full.region.projects.edges.map((e: any) => ({ cursor: e.cursor, node: { [name]: e.node[name] } })));
  }
});

it("the contract's page reads only the columns its fields read, in as many statements as a page of every field", async () => {
  const contract = fs.readFileSync(path.join(CONTRACT_DIR, 'region-projects.graphql'), 'utf8');
  const variables = { code: '420000', year: 2021, first: 20 };
  let asked: Record<string, any> = {};
  const statements = await statementsOf(env.db, async () => (asked = await data(contract, variables)));
  const pages = statements.filter((s) => s.includes('row_number()'));
  expect(pages).toHaveLength(1);
  const columns = new Set([...pages[0]!.split(/\bFROM\b/)[0]!.matchAll(/\bp\.(\w+)/g)].map((m) => m[1]!));
  expect(columns).toEqual(
    new Set(['rn', 'id', 'name', 'organization_id', 'budget', 'executed', 'execution_rate', 'budget_score', 'reported_budget_score', 'total_score', 'reported_total_score', 'grade']),
  );
  // The same page with every field of the project: the same answers for the contract's fields, as many statements.
  const everything = contract.replace(/node \{\s*id/, `node { id ${(await everyField()).filter((f) => !/^(indicators|discrepancies|organization)\b/.test(f)).join(' ')}`);
  const all = await statementsOf(env.db, async () => {
    const full = await data(everything, variables);
    for (const [i, e] of asked.region.projects.edges.entries()) {
      for (const [k, v] of Object.entries(e.node)) expect(full.region.projects.edges[i].node[k], k).toEqual(v);
    }
  });
  expect(all).toHaveLength(statements.length);
  expect(all.filter((s) => s.includes('row_number()'))[0]).toMatch(/p\.reported_text/);
});
