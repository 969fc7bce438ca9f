/**
 * Every loader is one statement per batch: lists of regions of several levels, organizations of
 * several regions and the document lists asked several ways in one request cost what one of
 * each costs, and each answers as it does alone.
 */
import { expect, it } from 'vitest';
import { useSeededServer } from '../support/server';

const env = useSeededServer();

async function run(query: string): Promise<{ data: Record<string, any>; statements: number }> {
  const before = env.db.statementCount();
  const body = (await (await env.server.post({ query })).json()) as { data?: Record<string, any>; errors?: unknown };
  expect(body.errors, query).toBeUndefined();
  return { data: body.data!, statements: env.db.statementCount() - before };
}

const PARTS = {
  provinces: 'provinces: regions(level: PROVINCE) { code }',
  cities: 'cities: regions(level: CITY) { code }',
  everything: 'everything: regions(includeEmpty: true) { code level }',
  cityRanking: 'cityRanking: regionRanking(level: CITY, year: 2021, metric: BUDGET) { region { code } value }',
  countyRanking: 'countyRanking: regionRanking(level: COUNTY, year: 2021, metric: BUDGET) { region { code } value }',
  hubei: 'hubei: organizationRanking(regionCode: "420000", year: 2021, metric: BUDGET) { organization { id name } value }',
  later: 'later: organizationRanking(regionCode: "420000", year: 2023, metric: BUDGET) { organization { id name } value }',
  current: 'current: documents { id fileName }',
  all: 'all: documents(includeSuperseded: true) { id }',
};

it('lists asked several ways in one request are one statement per loader, each as it is alone', async () => {
  const together = await run(`{ ${Object.values(PARTS).join('\n')} }`);
  for (const [name, part] of Object.entries(PARTS)) {
    const alone = await run(`{ ${part} }`);
    expect(together.data[name], name).toEqual(alone.data[name]);
    expect(alone.data[name].length, name).toBeGreaterThan(0);
  }
  // One of each kind (a ranking per year: a year is a statement of its own), then all of them: the same statements.
  const first = await run(`{ ${[PARTS.provinces, PARTS.cityRanking, PARTS.hubei, PARTS.later, PARTS.current].join('\n')} }`);
  expect(together.statements).toBe(first.statements);
  expect(together.data.everything.length).toBeGreaterThan(together.data.cities.length + together.data.provinces.length);
  expect(together.data.later).not.toEqual(together.data.hubei);
});
