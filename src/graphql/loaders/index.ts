/**
 * Per-request DataLoaders, grouped by entity (one module each beside this one): every database
 * read of a request goes through one of these, each batch is one SQL statement (one per distinct
 * year or page shape), so the number of statements an operation issues depends on its shape, not
 * on the data.
 */
import type { Database } from '../../db/database';
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

export function createLoaders(db: Pick<Database, 'reader'>, budget: RequestBudget = new RequestBudget()) {
  const b = new Batcher(db.reader, budget);
  return {
    ...regionLoaders(b),
    ...rollupLoaders(b),
    ...organizationLoaders(b),
    ...projectLoaders(b),
    ...indicatorLoaders(b),
    ...discrepancyLoaders(b),
    ...departmentLoaders(b),
    ...summaryLoaders(b),
    ...documentLoaders(b),
    ...conceptLoaders(b),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
