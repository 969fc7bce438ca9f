/**
 * indicatorComparison's figures follow from its sources by the concept's rule, for every concept
 * of the catalog, every city and county with documents and every fiscal year of the seeds: an
 * ABSOLUTE concept sums the values of the sources in its unit; a RATE concept averages them
 * weighted by the funds of the project or evaluation they belong to (only sources with a value
 * and funds above 0); a source in another unit is listed and not aggregated. Asked for fewer
 * fields of the sources (their texts, or none), the statement sends less and the figures stay.
 */
import { describe, expect, it } from 'vitest';
import type { ConceptSource } from '../../src/db/queries/concept';
import { useSeededServer } from '../support/server';

const env = useSeededServer();

interface Row {
  region: { code: string };
  value: number | null;
  target: number | null;
  sources: ConceptSource[];
}
interface Concept {
  key: string;
  unit: string;
  aggregation: 'ABSOLUTE' | 'RATE';
}

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await env.server.post({ query, variables });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

/** The concept's rule applied to the sources, in JavaScript. */
function aggregate(concept: Concept, sources: ConceptSource[], figure: 'actualValue' | 'targetValue'): number | null {
  const comparable = sources.filter((s) => s.unit === concept.unit && s[figure] != null);
  if (concept.aggregation === 'ABSOLUTE') return comparable.length === 0 ? null : comparable.reduce((sum, s) => sum + s[figure]!, 0);
  const weighted = comparable.filter((s) => s.funds != null && s.funds > 0);
  const funds = weighted.reduce((sum, s) => sum + s.funds!, 0);
  return funds === 0 ? null : weighted.reduce((sum, s) => sum + s[figure]! * s.funds!, 0) / funds;
}

describe('indicatorComparison: each row’s figures are its sources aggregated by the concept’s rule', () => {
  it('holds for every concept, region with documents and year', async () => {
    const { indicatorConcepts, fiscalYears, cities, counties } = await graphql<{
      indicatorConcepts: Concept[];
      fiscalYears: number[];
      cities: { code: string }[];
      counties: { code: string }[];
    }>(
      '{ indicatorConcepts { key unit aggregation } fiscalYears cities: regions(level: CITY) { code } counties: regions(level: COUNTY) { code } }',
    );
    const codes = [...cities, ...counties].map((r) => r.code);
    let sourced = 0;
    let rates = 0;
    let otherUnits = 0;
    for (const concept of indicatorConcepts) {
      for (const year of fiscalYears) {
        // The same comparison asked three ways in one request: every field, the sources' texts only, no sources.
        const { full, texts, figures } = await graphql<{ full: { rows: Row[] }; texts: { rows: Row[] }; figures: { rows: Row[] } }>(
          `
            query ($codes: [String!]!, $year: Int!, $query: String!) {
              full: indicatorComparison(regionCodes: $codes, year: $year, query: $query) {
                rows {
                  region {
                    code
                  }
                  value
                  target
                  sources {
                    name
                    target
                    actual
                    targetValue
                    actualValue
                    unit
                    funds
                  }
                }
              }
              texts: indicatorComparison(regionCodes: $codes, year: $year, query: $query) {
                rows {
                  value
                  target
                  sources {
                    name
                    target
                    actual
                  }
                }
              }
              figures: indicatorComparison(regionCodes: $codes, year: $year, query: $query) {
                rows {
                  value
                  target
                }
              }
            }
          `,
          { codes, year, query: concept.key },
        );
        expect(full.rows.map((r) => r.region.code)).toEqual(codes);
        // Asked for less, the same figures and texts.
        expect(texts.rows).toEqual(
          full.rows.map((r) => ({
            value: r.value,
            target: r.target,
            sources: r.sources.map((s) => ({ name: s.name, target: s.target, actual: s.actual })),
          })),
        );
        expect(figures.rows).toEqual(full.rows.map((r) => ({ value: r.value, target: r.target })));
        for (const row of full.rows) {
          const where = `${concept.key} ${year} ${row.region.code}`;
          const value = aggregate(concept, row.sources, 'actualValue');
          const target = aggregate(concept, row.sources, 'targetValue');
          if (value == null) expect(row.value, where).toBeNull();
          else expect(row.value, where).toBeCloseTo(value, 6);
          if (target == null) expect(row.target, where).toBeNull();
          else expect(row.target, where).toBeCloseTo(target, 6);
          if (row.sources.length > 0) sourced += 1;
          if (row.value != null && concept.aggregation === 'RATE') rates += 1;
          if (row.sources.some((s) => s.unit !== concept.unit)) otherUnits += 1;
        }
      }
    }
    // The seeds hold sources of several concepts, rates among them, and sources in other units.
    expect(sourced).toBeGreaterThan(10);
    expect(rates).toBeGreaterThan(0);
    expect(otherUnits).toBeGreaterThan(0);
  });
});
