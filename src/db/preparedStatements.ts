/**
 * Names for the API's read statements (src/db/reader.ts) and the import's writes
 * (src/db/transaction.ts). pg prepares a named statement on a
 * connection the first time it runs there and afterwards only binds and executes it: PostgreSQL
 * then skips parsing and analysing the text, which for a rollup statement (a few kilobytes of
 * aggregates) costs more than running it (bench/ab.ts, RegionRollup: ≈0.3 ms of ≈0.9 ms per
 * statement). PostgreSQL plans its first five runs for their values, then keeps one generic plan
 * when that costs no more (plan_cache_mode=auto, SESSION_OPTIONS in src/db/database.ts): the plan
 * of a rollup over the rollup sums or of a lookup by keys is the same whatever the keys, and
 * planning it again cost as much as running it (the province rollup: 0.37 against 0.19 ms of the
 * server's CPU). A read whose best plan depends on its values — a text searched, an indicator
 * concept common in one place and rare in another, a page filtered by score — is marked
 * `plannedForItsValues` and runs unnamed: planned for its values on every run.
 *
 * A prepared statement holds server memory on each connection (≈150 KB for a rollup), and a
 * statement's text depends on what the operation asked for: only the first MAX_PREPARED distinct
 * texts get a name, the others run unnamed as before. A name stands for one text in the whole
 * process, so no connection can be asked to run a name with another text.
 */
export const MAX_PREPARED = 64;

export interface StatementNames {
  /** The name a statement's text runs under; undefined once `max` texts have one, or for a text unnamed. */
  nameOf(text: string): string | undefined;
  /** Runs a text unnamed from now on (its prepared statements went stale: `isStalePlan`). */
  unname(text: string): void;
}

/**
 * `prefix` keeps two sets of names apart on one connection; with `repeated`, a text is named only
 * once it runs a second time, so that texts run once (a list of values written into the text) do
 * not take the names (the texts seen once are forgotten a thousand at a time).
 */
export function statementNames(max: number, { prefix = 'jixiao_read', repeated = false } = {}): StatementNames {
  /** A text's name; null for a text unnamed. */
  const names = new Map<string, string | null>();
  const seenOnce = new Set<string>();
  return {
    nameOf(text) {
      let name = names.get(text);
      if (name === undefined && names.size < max) {
        if (repeated && !seenOnce.has(text)) {
          if (seenOnce.size >= 1000) seenOnce.clear();
          seenOnce.add(text);
          return undefined;
        }
        seenOnce.delete(text);
        name = `${prefix}_${names.size + 1}`;
        names.set(text, name);
      }
      return name ?? undefined;
    },
    unname(text) {
      if (names.has(text)) names.set(text, null);
    },
  };
}

const valuePlanned = new WeakSet<object>();

/** Marks a read to run unnamed, planned for its own values on every run (never a generic plan). */
export function plannedForItsValues<T extends object>(statement: T): T {
  valuePlanned.add(statement);
  return statement;
}

/** Whether a read was marked `plannedForItsValues`. */
export function isPlannedForItsValues(statement: object): boolean {
  return valuePlanned.has(statement);
}

/** The process's names, shared by every pool it reads through. */
export const preparedStatements = statementNames(MAX_PREPARED);

/**
 * The names of the import's statements (src/db/transaction.ts), apart from the reads': a document's
 * load runs the same dozen texts (an INSERT per table, the rollup sums' refresh), whose parsing and
 * analysing took about a sixth of its time in the database.
 */
export const preparedWrites = statementNames(MAX_PREPARED, { prefix: 'jixiao_write', repeated: true });

/**
 * Whether PostgreSQL refused a prepared statement because what it returns changed since it was
 * prepared ("cached plan must not change result type": a migration by another process added a
 * column to a table read with `*`, say). It refuses it again on every run on that connection;
 * the same text sent unnamed just runs, as it did before statements were prepared.
 */
export function isStalePlan(error: unknown): boolean {
  const e = error as { code?: unknown; routine?: unknown } | null;
  return e?.code === '0A000' && e.routine === 'RevalidateCachedQuery';
}
