/** What every resolver receives: the request's reads, who is calling, the language of the answer and this request's loaders, built once per request. */
import { ANONYMOUS, type Caller } from '../api/caller';
import type { RequestReads } from '../db/database';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/language';
import { RequestBudget } from './budget';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  /** The request's readers: over HTTP bound to its statement scope, cancelled with it (src/db/cancellation.ts). */
  db: RequestReads;
  loaders: Loaders;
  caller: Caller;
  /** This request's limits while it runs (abandoned when aborted, rows loaded). */
  budget: RequestBudget;
  /** The data version the request runs at (src/db/dataVersion.ts), and its ETag; empty outside HTTP. */
  dataVersion: string;
  etag: string | null;
  /** The language messages are answered in (src/i18n/language.ts): Chinese unless English was asked for. */
  language: Language;
}

export function createContext(
  db: RequestReads,
  caller: Caller = ANONYMOUS,
  budget: RequestBudget = new RequestBudget(),
  language: Language = DEFAULT_LANGUAGE,
  http: { dataVersion: string; etag: string | null } = { dataVersion: '', etag: null },
): Context {
  return { db, loaders: createLoaders(db, budget), caller, budget, language, ...http };
}
