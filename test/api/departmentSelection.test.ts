/**
 * Department-wide evaluations listed for what the selection asks (src/graphql/selection.ts
 * departmentEvaluationFields): over HTTP, every field asked alone equals the same field of a listing
 * asking every field; the contract's listing is read by a statement naming only its fields'
 * columns (with the id); and an evaluation of a form without weighted goals (Henan's) has its empty
 * goals without a statement asking for them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { dataOf, statementsOf } from '../support/apiReads';
import { CONTRACT_DIR } from '../support/database';
import { useSeededServer } from '../support/server';

const env = useSeededServer();

const data = (query: string, variables: Record<string, unknown> = {}) => dataOf(env.server, query, variables);

/** Every field of DepartmentEvaluation without arguments, objects and lists of objects by their __typename (their resolvers still run). */
async function everyField(): Promise<string[]> {
  const { __type } = await data(
    `{ __type(name: "DepartmentEvaluation") { fields { name args { name } type { kind ofType { kind ofType { kind ofType { kind } } } } } } }`,
  );
  const leaf = (t: any): boolean => (t.ofType ? leaf(t.ofType) : t.kind === 'SCALAR' || t.kind === 'ENUM');
  return __type.fields.filter((f: any) => f.args.length === 0).map((f: any) => (leaf(f.type) ? f.name : `${f.name} { __typename }`));
}

// 十堰 (003: Hubei's form, seven goals) and 新乡县 (001: Henan's form, no goals) beneath their provinces.
const listing = (fields: string) =>
  `{ hubei: region(code: "420000") { departmentEvaluations(year: 2021) { ${fields} } } henan: region(code: "410000") { departmentEvaluations(year: 2021) { ${fields} } } }`;

it('every department evaluation field asked alone equals the same field of a listing asking every field', async () => {
  const fields = await everyField();
  expect(fields.length).toBeGreaterThan(20);
  const full = await data(listing(fields.join(' ')));
  expect(full.hubei.departmentEvaluations.length).toBe(1);
  expect(full.henan.departmentEvaluations.length).toBe(1);
  expect(full.hubei.departmentEvaluations[0].goals.length).toBe(7);
  for (const field of fields) {
    const name = field.split(' ')[0]!;
    const alone = await data(listing(field));
    for (const region of ['hubei', 'henan'])
      expect(alone[region].departmentEvaluations, name).toEqual(full[region].departmentEvaluations.map((e: any) => ({ [name]: e[name] })));
  }
});

it("the contract's listing reads only its fields' columns, and no goals of a form that has none", async () => {
  const contract = fs.readFileSync(path.join(CONTRACT_DIR, 'department-evaluations.graphql'), 'utf8');
  const read = async (code: string) => {
    let answer: Record<string, any> = {};
    const statements = await statementsOf(env.db, async () => (answer = await data(contract, { code, year: 2021 })));
    return { answer, statements };
  };
  const hubei = await read('420300');
  const listings = hubei.statements.filter((s) => /\bFROM region_closure c\s+JOIN department_evaluation e\b/.test(s));
  expect(listings).toHaveLength(1);
  const columns = new Set([...listings[0]!.split(/\bFROM\b/)[0]!.matchAll(/\be\.(\w+)/g)].map((m) => m[1]!));
  expect(columns).toEqual(
    new Set(['id', 'organization_id', 'reported_total_score', 'budget', 'executed', 'execution_rate', 'computed_score', 'template']),
  );
  expect(hubei.answer.region.departmentEvaluations[0].goals.length).toBe(7);
  expect(hubei.statements.filter((s) => /\bFROM department_goal\b/.test(s))).toHaveLength(1);

  const henan = await read('410721');
  expect(henan.answer.region.departmentEvaluations[0].goals).toEqual([]);
  expect(henan.answer.region.departmentEvaluations[0].indicators.length).toBe(39);
  expect(henan.statements.filter((s) => /\bFROM department_goal\b/.test(s))).toHaveLength(0);
  // The listing and its indicators; Hubei's also reads its goals and their indicators.
  expect(henan.statements).toHaveLength(2);
  expect(hubei.statements).toHaveLength(4);
});
