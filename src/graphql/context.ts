/** What every resolver receives: the database, who is calling and this request's loaders, built once per request. */
import { ANONYMOUS, type Caller } from '../api/caller';
import type { Database } from '../db/database';
import { Loaders } from './loaders';

export interface Context {
  db: Database;
  loaders: Loaders;
  caller: Caller;
}

export function createContext(db: Database, caller: Caller = ANONYMOUS): Context {
  return { db, loaders: new Loaders(db.prisma), caller };
}
