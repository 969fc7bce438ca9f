/** What every resolver receives: the database, who is calling and this request's loaders, built once per request. */
import { ANONYMOUS, type Caller } from '../api/caller';
import type { Database } from '../db/database';
import { RequestBudget } from './budget';
import { Loaders } from './loaders';

export interface Context {
  db: Database;
  loaders: Loaders;
  caller: Caller;
  /** This request's limits while it runs (abandoned when aborted, rows loaded). */
  budget: RequestBudget;
  /** The data version the request runs at (src/db/dataVersion.ts), and its ETag; empty outside HTTP. */
  dataVersion: string;
  etag: string | null;
}

export function createContext(
  db: Database,
  caller: Caller = ANONYMOUS,
  budget: RequestBudget = new RequestBudget(),
  http: { dataVersion: string; etag: string | null } = { dataVersion: '', etag: null },
): Context {
  return { db, loaders: new Loaders(db.prisma, budget), caller, budget, ...http };
}
