/**
 * Inserting tables' rows (src/db/writes/tableRows.ts) in one statement, each table's with one
 * parameter: the JSON array of arrays taken apart by the database (INSERT … SELECT FROM
 * jsonb_array_elements … ORDER BY the rows' order), returning the new ids in the order of the rows.
 * One string per table crosses the driver, not a parameter or an array element per cell. A
 * reference to a row written before is its position in that table's ids (insertTables). jsonb, not json: a json value is parsed
 * again by every `->` taken of it, which made a row's columns cost the square of their number (an
 * indicator batch: 54 ms of the server's time against 12 ms as jsonb). Decimals travel as JSON
 * numbers, which jsonb keeps as numeric: they reach the database exactly as written.
 */
import { Prisma } from '../../generated/prisma';
import { tableOf } from '../rows/row';
import type { SqlWriter } from '../transaction';
import type { TableRows } from './tableRows';

const CASTS: Record<string, string> = {
  Int: 'int',
  String: 'text',
  Decimal: 'numeric',
  Boolean: 'boolean',
  DateTime: 'timestamp',
  Float: 'float8',
};

/** The ids written so far, by table, in the order of their rows. */
export type WrittenIds = ReadonlyMap<Prisma.ModelName, readonly number[]>;

/** The INSERT of a table's rows; a reference is a position in the ids `idsOf` its table. */
function insertOf(rows: TableRows, idsOf: (target: Prisma.ModelName) => Prisma.Sql): Prisma.Sql {
  const table = tableOf(rows.model);
  const fields = rows.keys.map((k) => {
    const field = table.columns.find((f) => f.name === k);
    if (!field) throw new Error(`insertTables: ${rows.model} has no column for ${k}`);
    return field;
  });
  // A JSON column's value is the element itself (JSON null: SQL NULL); enums travel as text and are cast.
  const columns = Prisma.raw(fields.map((f) => `"${f.dbName ?? f.name}"`).join(', '));
  const selected = Prisma.join(
    fields.map((f, i) => {
      const target = rows.references[f.name];
      if (target) return Prisma.sql`(${idsOf(target)})[(e.v->>${Prisma.raw(String(i))})::int]`;
      return Prisma.raw(
        f.type === 'Json'
          ? `CASE WHEN jsonb_typeof(e.v->${i}) = 'null' THEN NULL ELSE e.v->${i} END`
          : `(e.v->>${i})::${f.kind === 'enum' ? `"${f.type}"` : CASTS[f.type]!}`,
      );
    }),
  );
  return Prisma.sql`INSERT INTO ${Prisma.raw(`"${table.name}"`)} (${columns})
    SELECT ${selected} FROM jsonb_array_elements(${rows.json}::jsonb) WITH ORDINALITY AS e(v, ord) ORDER BY ord`;
}

/**
 * Several tables' rows in one statement (data-modifying CTEs, one per table, in the order given):
 * a reference to a table written before in it is a position in that table's new ids, in their
 * order — the rows' order, as each table's rows are inserted in their order and ids only grow —
 * and to one of `given` a position in the ids passed beside. One statement, not one per table:
 * each costs a round trip, and its own bind, executor start and end, in the database and in the
 * driver (a document's tables: half its statements). The foreign keys are checked at its end,
 * every row written. Returns the ids of the first table's rows (tables without rows are left out).
 */
export async function insertTables(tx: SqlWriter, tables: readonly TableRows[], given: WrittenIds = new Map()): Promise<number[]> {
  const present = tables.filter((rows) => rows.keys.length > 0);
  if (present.length === 0) return [];
  const alias = new Map<Prisma.ModelName, number>();
  const referenced = new Set(present.flatMap((rows) => Object.values(rows.references)));
  const parts = present.map((rows, k) => {
    const idsOf = (target: Prisma.ModelName) => {
      const at = alias.get(target);
      if (at !== undefined) return Prisma.raw(`(SELECT ids FROM i${at})`);
      return Prisma.sql`${[...(given.get(target) ?? [])]}::int[]`;
    };
    const insert = insertOf(rows, idsOf);
    const ids = referenced.has(rows.model) && !alias.has(rows.model);
    if (ids) alias.set(rows.model, k);
    return ids
      ? Prisma.sql`t${Prisma.raw(String(k))} AS (${insert} RETURNING id), i${Prisma.raw(String(k))} AS (SELECT array_agg(id ORDER BY id) AS ids FROM t${Prisma.raw(String(k))})`
      : Prisma.sql`t${Prisma.raw(String(k))} AS (${insert} RETURNING id)`;
  });
  const inserted = await tx.$queryRaw<{ id: number }[]>`WITH ${Prisma.join(parts, ',\n    ')}
    SELECT id FROM t0 ORDER BY id`;
  return inserted.map((r) => r.id);
}
