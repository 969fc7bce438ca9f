/**
 * A request's loaders are made when first used (src/graphql/loaders/index.ts): each is one object
 * for the whole request (its cache and batching shared by every resolver), the loaders of one
 * entity share their state, and no request sees another's.
 */
import { expect, it } from 'vitest';
import type { SqlReader } from '../../src/db/reader';
import { createLoaders } from '../../src/graphql/loaders';

/** A reader answering every statement with no rows, counting them. */
function countingReader(): SqlReader & { statements: number } {
  const reader = {
    statements: 0,
    async $queryRaw<T>() {
      reader.statements += 1;
      return [] as T;
    },
  };
  return reader;
}

it('gives one loader per name for the whole request, made on first use', async () => {
  const reader = countingReader();
  const loaders = createLoaders({ reader });
  expect(loaders.fiscalYears).toBe(loaders.fiscalYears);
  expect(loaders.regionRollup).toBe(loaders.regionRollup);
  expect(loaders.indicators('project')).toBe(loaders.indicators('project'));
  expect(loaders.indicators('project')).not.toBe(loaders.indicators('goal'));
  // One batch for the keys asked in one turn, whichever access asked them.
  await Promise.all([loaders.fiscalYears.load('420000'), loaders.fiscalYears.load('420200')]);
  expect(reader.statements).toBe(1);
  // Cached for the request: asking again reads nothing.
  await loaders.fiscalYears.load('420000');
  expect(reader.statements).toBe(1);
});

it('shares state between the loaders of one entity, made together', async () => {
  const reader = countingReader();
  const loaders = createLoaders({ reader });
  // Both filter by the regions with data: one statement for the two.
  await loaders.regionChildren(false).load('420000');
  await loaders.regionsWithin.load({ level: 'CITY', within: '420000' });
  expect(reader.statements).toBe(1);
});

it('never shares a loader or its cache between requests', async () => {
  const reader = countingReader();
  const first = createLoaders({ reader });
  const second = createLoaders({ reader });
  expect(first.fiscalYears).not.toBe(second.fiscalYears);
  expect(first.regionChildren(false)).not.toBe(second.regionChildren(false));
  await first.fiscalYears.load('420000');
  await second.fiscalYears.load('420000');
  expect(reader.statements).toBe(2);
});

it('knows every loader of every entity', () => {
  const loaders = createLoaders({ reader: countingReader() });
  for (const name of ['region', 'regionRollup', 'organizationRollup', 'project', 'regionProjects', 'indicators', 'fiscalYears'] as const) {
    expect(loaders[name], name).toBeDefined();
  }
  expect((loaders as unknown as Record<string, unknown>).noSuchLoader).toBeUndefined();
});
