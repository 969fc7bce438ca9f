/**
 * Arguments checked where they are declared (src/graphql/checkedArgs.ts): every field of the
 * schema that takes a fiscal year refuses an impossible one with the same error, naming the
 * argument, and the list below is every such field (a new one must be added here to pass).
 */
import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema';
import { ENGLISH, useSeededServer } from '../support/server';

const env = useSeededServer();

/** Each field with a year argument, and a query reaching it with the year given as $year. */
const YEAR_FIELDS: Record<string, string> = {
  'Query.projects': '{ projects(year: $year) { totalCount } }',
  'Query.compareRegions': '{ compareRegions(codes: ["420200"], year: $year) { region { code } } }',
  'Query.regionRanking': '{ regionRanking(level: CITY, year: $year, metric: EXECUTION_RATE) { rank } }',
  'Query.organizationRanking': '{ organizationRanking(regionCode: "420200", year: $year, metric: EXECUTION_RATE) { rank } }',
  'Query.indicatorComparison': '{ indicatorComparison(regionCodes: ["420200"], year: $year, query: "城镇新增就业") { rows { value } } }',
  'Region.rollup': '{ region(code: "420200") { rollup(year: $year) { projectCount } } }',
  'Region.rollupChange': '{ region(code: "420200") { rollupChange(year: $year) { projectCountChange } } }',
  'Region.projects': '{ region(code: "420200") { projects(year: $year) { totalCount } } }',
  'Region.departmentEvaluations': '{ region(code: "420200") { departmentEvaluations(year: $year) { id } } }',
  'Region.summaryTables': '{ region(code: "420200") { summaryTables(year: $year) { unitName } } }',
  'Region.discrepancies': '{ region(code: "420200") { discrepancies(year: $year) { totalCount } } }',
  'Organization.rollup': '{ region(code: "420200") { organizations { rollup(year: $year) { projectCount } } } }',
  'Organization.projects': '{ region(code: "420200") { organizations { projects(year: $year) { totalCount } } } }',
};

function withYear(query: string): string {
  return `query ($year: Int!) ${query}`;
}

describe('year arguments', () => {
  it('the list covers every field of the schema that takes a year', () => {
    const fields = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) =>
        Object.values(type.getFields()).flatMap((f) => (f.args.some((a) => a.name === 'year') ? [`${type.name}.${f.name}`] : [])),
      );
    expect(fields.sort()).toEqual(Object.keys(YEAR_FIELDS).sort());
  });

  it.each(Object.entries(YEAR_FIELDS))('%s refuses an impossible year, naming it', async (_field, query) => {
    const response = await env.server.post({ query: withYear(query), variables: { year: 1700 } }, ENGLISH);
    const { errors } = (await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
    expect(errors?.[0]?.message).toBe('Invalid year 1700: a fiscal year between 1990 and 2100 is expected.');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'year' });
  });

  it.each(Object.entries(YEAR_FIELDS))('%s answers a plausible year', async (_field, query) => {
    const response = await env.server.post({ query: withYear(query), variables: { year: 2021 } }, ENGLISH);
    const { errors, data } = (await response.json()) as { errors?: unknown[]; data?: unknown };
    expect(errors).toBeUndefined();
    expect(data).not.toBeNull();
  });
});
