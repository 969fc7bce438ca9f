/**
 * The dashboard's operations against the committed public schema (schema/schema.graphql), and the
 * pure parts of the page: how figures are written and how the state is kept in the URL.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { count, money, NONE, percent, score, unitValue } from '../../dashboard/src/format';
import {
  COMPARE,
  compareIndicatorsQuery,
  ORGANIZATION,
  PROJECT,
  PROVINCE,
  REGION,
  REGION_PROJECTS_PAGE,
  SEARCH,
  STARTUP,
  WORST,
} from '../../dashboard/src/queries';
import { DEFAULT_STATE, formatHash, parseHash } from '../../dashboard/src/state';

const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8'));

describe('the dashboard uses only the public API', () => {
  const operations = {
    STARTUP,
    SEARCH,
    PROVINCE,
    WORST,
    REGION,
    REGION_PROJECTS_PAGE,
    ORGANIZATION,
    PROJECT,
    COMPARE,
    COMPARE_INDICATORS: compareIndicatorsQuery(10),
  };
  for (const [name, document] of Object.entries(operations)) {
    it(`${name} validates against schema/schema.graphql`, () => {
      expect(validate(schema, parse(document.toString())).map((e) => e.message)).toEqual([]);
    });
  }

  it('are the documents of dashboard/src/operations, typed by graphql-codegen: no query text or response type written by hand', () => {
    const source = fs.readFileSync(path.resolve(__dirname, '..', '..', 'dashboard', 'src', 'queries.ts'), 'utf8');
    // Only the per-concept aliases are put together in code, around the generated fragment.
    expect(source.match(/\bquery \w+/g)).toEqual(['query DashboardCompareIndicators']);
    expect(source).not.toMatch(/^export interface/m);
    expect(compareIndicatorsQuery(2).toString()).toContain(
      'c1: indicatorComparison(regionCodes: $codes, year: $year, query: $q1) { ...ComparedIndicatorFields }',
    );
    expect(compareIndicatorsQuery(2).toString()).toContain('fragment ComparedIndicatorFields on IndicatorComparison');
  });
});

describe('figures are written the same way everywhere', () => {
  it('money in 万元 with two decimals and thousands separators', () => {
    expect(money(1523.6)).toBe('1,523.60');
    expect(money(1084.15)).toBe('1,084.15');
    expect(money(21468.3)).toBe('21,468.30');
    expect(money(0)).toBe('0.00');
    expect(money(-1234.567)).toBe('-1,234.57');
    expect(money(null)).toBe(NONE);
  });
  it('rates as percentages, scores with two decimals, counts', () => {
    expect(percent(0.7115712785508007)).toBe('71.16%');
    expect(percent(1)).toBe('100.00%');
    expect(percent(null)).toBe(NONE);
    expect(score(87.81513787847437)).toBe('87.82');
    expect(count(3448800)).toBe('3,448,800');
  });
  it('indicator values in the concept’s base unit', () => {
    expect(unitValue(49700, '人')).toBe('49,700 人');
    expect(unitValue(0.969, 'rate')).toBe('96.90%');
    expect(unitValue(null, '人')).toBe(NONE);
  });
});

describe('the state lives in the URL', () => {
  it('round-trips every view', () => {
    const states = [
      { ...DEFAULT_STATE, view: 'province' as const, year: 2023, province: '410000' },
      { ...DEFAULT_STATE, view: 'region' as const, region: '421222', org: 'T3JnYW5pemF0aW9uOjE=', project: 'UHJvamVjdEV2YWx1YXRpb246MTE=' },
      { ...DEFAULT_STATE, view: 'compare' as const, codes: ['420200', '420300', '410721'] },
    ];
    for (const state of states) {
      const hash = formatHash(state);
      const parsed = parseHash(hash);
      expect(parsed.view).toBe(state.view);
      expect(formatHash(parsed)).toBe(hash);
    }
    expect(formatHash(states[2]!)).toBe('#/compare?year=2021&codes=420200,420300,410721');
  });
  it('falls back to the defaults on anything malformed', () => {
    expect(parseHash('')).toEqual(DEFAULT_STATE);
    expect(parseHash('#/nowhere?year=abc&codes=12,x')).toEqual(DEFAULT_STATE);
    expect(parseHash('#/compare?codes=420200,420200').codes).toEqual(['420200']);
  });
});
