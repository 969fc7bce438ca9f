/**
 * A table's rows as the writer sends them: one JSON array of arrays, a value per key in the keys'
 * order — one string, built wherever the rows are (a reading thread), sent as it is
 * (src/db/writes/insertRows.ts). Pure: no database, no ORM.
 */
import type { Prisma } from '../../generated/prisma';

export interface TableRows {
  model: Prisma.ModelName;
  /** Every key of the rows (a row without one holds null there). */
  keys: string[];
  /**
   * Keys whose value is the position (1-based) of a row of another table written before, among
   * that table's rows of the same write: its id is known only once it is written.
   */
  references: Partial<Record<string, Prisma.ModelName>>;
  json: string;
}

/** Refuses a value the database would take for another (NaN, ∞); dates travel as ISO text. */
export function tableRows(model: Prisma.ModelName, rows: readonly object[], references: TableRows['references'] = {}): TableRows {
  // Gathered row by row, not through one array of every row's keys (an indicator table: tens of thousands).
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  const keys = [...seen];
  const values = rows.map((row) =>
    keys.map((key) => {
      const v = (row as Record<string, unknown>)[key];
      if (v === undefined || v === null) return null;
      if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`${model}.${key} is ${v}`);
      return v instanceof Date ? v.toISOString() : v;
    }),
  );
  return { model, keys, references, json: JSON.stringify(values) };
}
