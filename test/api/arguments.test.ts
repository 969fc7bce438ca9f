/**
 * Arguments checked where they are declared (src/graphql/checkedArgs.ts): every field of the
 * schema that takes a fiscal year refuses an impossible one with the same error, naming the
 * argument, and the list below is every such field (a new one must be added here to pass).
 * Likewise every argument that takes GB/T 2260 region codes.
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

/** Each root field's region-code argument, and a query reaching it with the code (or codes) given as $code. */
const REGION_CODE_ARGUMENTS: Record<string, { query: string; list: boolean }> = {
  'Query.region(code)': { query: 'query ($code: String!) { region(code: $code) { code } }', list: false },
  'Query.regions(parentCode)': { query: 'query ($code: String) { regions(parentCode: $code) { code } }', list: false },
  'Query.compareRegions(codes)': {
    query: 'query ($code: [String!]!) { compareRegions(codes: $code, year: 2021) { region { code } } }',
    list: true,
  },
  'Query.regionRanking(within)': {
    query: 'query ($code: String) { regionRanking(level: CITY, year: 2021, metric: EXECUTION_RATE, within: $code) { rank } }',
    list: false,
  },
  'Query.organizationRanking(regionCode)': {
    query: 'query ($code: String!) { organizationRanking(regionCode: $code, year: 2021, metric: EXECUTION_RATE) { rank } }',
    list: false,
  },
  'Query.indicatorComparison(regionCodes)': {
    query: 'query ($code: [String!]!) { indicatorComparison(regionCodes: $code, year: 2021, query: "城镇新增就业") { rows { value } } }',
    list: true,
  },
};

const REGION_CODE_NAMES = new Set(['code', 'codes', 'parentCode', 'within', 'regionCode', 'regionCodes']);

async function post(query: string, code: unknown) {
  const response = await env.server.post({ query, variables: { code } }, ENGLISH);
  return (await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: unknown };
}

function argumentOf(key: string): string {
  return key.slice(key.indexOf('(') + 1, -1);
}

describe('region code arguments', () => {
  it('the list covers every root field argument that takes region codes', () => {
    const args = Object.values(schema.getQueryType()!.getFields()).flatMap((f) =>
      f.args.filter((a) => REGION_CODE_NAMES.has(a.name)).map((a) => `Query.${f.name}(${a.name})`),
    );
    expect(args.sort()).toEqual(Object.keys(REGION_CODE_ARGUMENTS).sort());
  });

  it.each(Object.entries(REGION_CODE_ARGUMENTS))(
    '%s refuses a malformed code, naming it and the argument',
    async (key, { query, list }) => {
      const { errors } = await post(query, list ? ['420200', '黄石'] : '黄石');
      expect(errors?.[0]?.message).toBe('Invalid region code "黄石": a six-digit GB/T 2260 code such as "420200" is expected.');
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: argumentOf(key) });
    },
  );

  it.each(Object.entries(REGION_CODE_ARGUMENTS))('%s refuses an unknown code, naming it and the argument', async (key, { query, list }) => {
    const { errors } = await post(query, list ? ['420200', '999999'] : '999999');
    expect(errors?.[0]?.message).toBe('Unknown region code "999999": not a GB/T 2260 administrative division.');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: argumentOf(key) });
  });

  it.each(Object.entries(REGION_CODE_ARGUMENTS).filter(([, a]) => a.list))('%s refuses no codes and too many', async (key, { query }) => {
    const none = await post(query, []);
    expect(none.errors?.[0]?.message).toBe('Give at least one region code.');
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: argumentOf(key) });
    const many = await post(
      query,
      Array.from({ length: 51 }, () => '420200'),
    );
    expect(many.errors?.[0]?.message).toBe('At most 50 regions can be compared at once (got 51).');
  });

  it.each(Object.entries(REGION_CODE_ARGUMENTS))('%s answers a known code', async (_key, { query, list }) => {
    const { errors, data } = await post(query, list ? ['420200', '420300'] : '420200');
    expect(errors).toBeUndefined();
    expect(data).not.toBeNull();
  });
});
