/**
 * Names for the API's read statements (src/db/reader.ts). pg prepares a named statement on a
 * connection the first time it runs there and afterwards only binds and executes it: PostgreSQL
 * then skips parsing and analysing the text, which for a rollup statement (a few kilobytes of
 * aggregates) costs more than running it (bench/ab.ts, RegionRollup: ≈0.3 ms of ≈0.9 ms per
 * statement). Plans are still made for each execution's values (plan_cache_mode in
 * SESSION_OPTIONS, src/db/database.ts), as for an unnamed statement.
 *
 * A prepared statement holds server memory on each connection (≈150 KB for a rollup), and a
 * statement's text depends on what the operation asked for: only the first MAX_PREPARED distinct
 * texts get a name, the others run unnamed as before. A name stands for one text in the whole
 * process, so no connection can be asked to run a name with another text.
 */
export const MAX_PREPARED = 64;

/** A namer: the name a statement's text runs under, undefined once `max` texts have one. */
export function statementNames(max: number): (text: string) => string | undefined {
  const names = new Map<string, string>();
  return (text) => {
    let name = names.get(text);
    if (name === undefined && names.size < max) {
      name = `jixiao_read_${names.size + 1}`;
      names.set(text, name);
    }
    return name;
  };
}

/** The process's names, shared by every pool it reads through. */
export const preparedName = statementNames(MAX_PREPARED);
