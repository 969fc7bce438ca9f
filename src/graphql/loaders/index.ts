/**
 * Per-request DataLoaders, grouped by entity (one module each beside this one): every database
 * read of a request goes through one of these, each batch is one SQL statement (one per distinct
 * year or page shape), so the number of statements an operation issues depends on its shape, not
 * on the data.
 *
 * A request uses a few of the ~45 loaders, so each entity's group is made when one of its loaders
 * is first used: making them all up front (their DataLoaders, batch functions and one object
 * spread of them all) cost more per request than the SQL of a small operation.
 */
import type { Database } from '../../db/database';
import type { SqlReader } from '../../db/reader';
import { RequestBudget } from '../budget';
import { Batcher } from './batch';
import { conceptLoaders } from './concept';
import { departmentLoaders } from './department';
import { discrepancyLoaders } from './discrepancy';
import { documentLoaders } from './document';
import { indicatorLoaders } from './indicator';
import { organizationLoaders } from './organization';
import { projectLoaders } from './project';
import { regionLoaders } from './region';
import { rollupLoaders } from './rollup';
import { summaryLoaders } from './summary';

const GROUPS = [
  regionLoaders,
  rollupLoaders,
  organizationLoaders,
  projectLoaders,
  indicatorLoaders,
  discrepancyLoaders,
  departmentLoaders,
  summaryLoaders,
  documentLoaders,
  conceptLoaders,
] as const;

type Group = (typeof GROUPS)[number];
type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

export type Loaders = Intersection<ReturnType<Group>>;

/** The loaders of one request: a getter per loader makes its group on first use (then an own property). */
class RequestLoaders {
  constructor(readonly batcher: Batcher) {}
}

/**
 * Which group makes which loader, learned once by making every group over a batcher that is never
 * used (making a loader reads nothing).
 */
const unused = new Batcher({ $queryRaw: () => Promise.reject(new Error('not a request')) } satisfies SqlReader, new RequestBudget());
for (const group of GROUPS) {
  for (const name of Object.keys(group(unused))) {
    if (Object.prototype.hasOwnProperty.call(RequestLoaders.prototype, name)) throw new Error(`two loader groups name ${name}`);
    Object.defineProperty(RequestLoaders.prototype, name, {
      get(this: RequestLoaders) {
        const made = group(this.batcher) as Record<string, unknown>;
        for (const [key, loader] of Object.entries(made)) Object.defineProperty(this, key, { value: loader, enumerable: true });
        return made[name];
      },
    });
  }
}

export function createLoaders(db: Pick<Database, 'reader'>, budget: RequestBudget = new RequestBudget()): Loaders {
  return new RequestLoaders(new Batcher(db.reader, budget)) as unknown as Loaders;
}
