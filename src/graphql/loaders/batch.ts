/**
 * What every entity's loaders are made of: a per-request DataLoader whose batch checks and charges
 * the request's budget, keys grouped by a shared parameter (a year, a page shape) so that each
 * group is one statement, and the rows laid out in the order of the keys.
 */
import DataLoader from 'dataloader';
import type { SqlReader } from '../../db/reader';
import type { RequestBudget } from '../budget';

export class Batcher {
  constructor(
    /** Reads through the driver (src/db/reader.ts). */
    readonly reader: SqlReader,
    /** Stops loading when the request is abandoned, and bounds the rows it loads. */
    private readonly budget: RequestBudget,
  ) {}

  loader<K, V>(batch: (keys: readonly K[]) => Promise<V[]>, cacheKey?: (key: K) => unknown): DataLoader<K, V, unknown> {
    return new DataLoader<K, V, unknown>(
      async (keys) => {
        this.budget.check();
        const values = await batch(keys);
        this.budget.charge(values);
        return values;
      },
      { cacheKeyFn: cacheKey ?? ((k) => k) },
    );
  }

  /**
   * A loader keyed by (id, year, what the selection asks: figures, columns — or nothing): the keys of
   * one year are fetched in one statement asking for the union of what they ask, and `assemble` lays
   * the rows out in the order of the ids.
   */
  yearBatchedAsking<K extends YearKey<unknown>, A, R, V>(
    askedOf: (key: K) => readonly A[],
    fetch: (reader: SqlReader, ids: K['id'][], year: number, asked: A[]) => Promise<R[]>,
    assemble: (ids: K['id'][], rows: R[]) => V[],
  ) {
    return this.loader<K, V>(
      (keys) =>
        batchByGroup(
          keys,
          (k) => String(k.year),
          async (group) => {
            const ids = [...new Set(group.map((k) => k.id))];
            const asked = [...new Set(group.flatMap(askedOf))];
            const values = assemble(ids, await fetch(this.reader, ids, group[0]!.year, asked));
            const place = new Map(ids.map((id, i) => [id, i]));
            return new Map(group.map((k) => [k, values[place.get(k.id)!]!]));
          },
        ),
      (k) => `${String(k.id)}|${k.year}|${[...askedOf(k)].sort().join(',')}`,
    );
  }

  /** Lists of rows in and beneath regions for a year. */
  regionYearLists<R extends { key: string }>(fetch: (reader: SqlReader, codes: readonly string[], year: number) => Promise<R[]>) {
    return this.yearBatchedAsking(
      (_key: YearKey<string>) => [],
      fetch,
      (codes, rows: R[]) => grouped(codes, rows, (r) => r.key),
    );
  }

  /** Rows by their ids (undefined for an id with no row), in one statement per batch. */
  byIds<I, R>(fetch: (reader: SqlReader, ids: readonly I[]) => Promise<R[]>, idOf: (row: R) => I) {
    return this.loader<I, R | undefined>(async (ids) => {
      const rows = byId(await fetch(this.reader, ids), idOf);
      return ids.map((id) => rows.get(id));
    });
  }

  /** The rows of each owner (an empty list for none), in one statement per batch. */
  listsOf<I, R>(fetch: (reader: SqlReader, ids: readonly I[]) => Promise<R[]>, ownerOf: (row: R) => I | null) {
    return this.loader<I, R[]>(async (ids) => grouped(ids, await fetch(this.reader, ids), ownerOf));
  }

  /** Lists of rows that several kinds of owner have (a project's, a goal's …): one loader per kind, `choose(kind)`. */
  listsByOwner<O extends string, R>(
    owners: Record<O, (row: R) => number | null>,
    fetch: (reader: SqlReader, owner: O, ids: readonly number[]) => Promise<R[]>,
  ) {
    return perValue(Object.keys(owners) as O[], (owner) =>
      this.listsOf((reader, ids: readonly number[]) => fetch(reader, owner, ids), owners[owner]),
    );
  }
}

export interface YearKey<T> {
  id: T;
  year: number;
}

/** Groups keys that share a parameter (a year, a page shape) so each group is one statement. */
export async function batchByGroup<K, V>(
  keys: readonly K[],
  groupOf: (key: K) => string,
  load: (group: K[]) => Promise<Map<K, V>>,
): Promise<V[]> {
  const groups = new Map<string, K[]>();
  for (const key of keys) {
    const g = groupOf(key);
    groups.set(g, [...(groups.get(g) ?? []), key]);
  }
  const results = new Map<K, V>();
  for (const group of groups.values()) {
    for (const [k, v] of await load(group)) results.set(k, v);
  }
  return keys.map((k) => results.get(k) as V);
}

export function byId<K, R>(rows: R[], keyOf: (row: R) => K): Map<K, R> {
  return new Map(rows.map((r) => [keyOf(r), r]));
}

export function grouped<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K | null): R[][] {
  const map = new Map<K | null, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

/** One loader per value of a parameter (an owner kind, a flag), made up front: `choose(value)`. */
export function perValue<P, L>(values: readonly P[], make: (value: P) => L): (value: P) => L {
  const made = new Map(values.map((v) => [v, make(v)]));
  return (value) => made.get(value)!;
}
