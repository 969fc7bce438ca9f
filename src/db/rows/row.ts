/**
 * A table's row as the reads return it and the writes take it, derived from the Prisma model, so
 * that each table's shape is written once (prisma/schema.prisma): decimals are numbers (the reads
 * cast them to float8, the writes send them as text, exact), enums their names, JSON columns the
 * shape given per table.
 */
import { Prisma } from '../../generated/prisma';

/** The row of a model: its scalar columns, decimals as numbers, JSON columns typed by `Json`. */
export type Row<Model, Json extends Partial<Record<keyof Model, unknown>> = {}> = {
  [K in keyof Model]: K extends keyof Json
    ? Json[K]
    : Model[K] extends Prisma.Decimal
      ? number
      : Model[K] extends Prisma.Decimal | null
        ? number | null
        : Model[K];
};

/** A row to insert: what the database assigns (the id) left out. */
export type NewRow<R> = Omit<R, 'id'>;

/** Reported cells as written, with their lines ({ field: { text, line } }): the reportedText columns. */
export type ReportedText = Record<string, { text: string; line: number } | null>;

const MODELS = new Map(Prisma.dmmf.datamodel.models.map((m) => [m.name, m]));

/** A model's table and scalar columns as Prisma's schema describes them. */
export function tableOf(model: Prisma.ModelName) {
  const found = MODELS.get(model)!;
  return {
    name: found.dbName ?? found.name,
    columns: found.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum'),
  };
}

/**
 * The select list of a model's row from the table aliased `alias`: every column under its field
 * name (but those `left out`), decimals cast to float8 and enums to text — the mapping from the
 * database to `Row`.
 */
export function columnsOf(model: Prisma.ModelName, alias: string, leftOut: readonly string[] = []): Prisma.Sql {
  const list = tableOf(model).columns.filter((f) => !leftOut.includes(f.name)).map((f) => {
    const column = `${alias}.${f.dbName ?? f.name}`;
    const value = f.type === 'Decimal' ? `${column}::float8` : f.kind === 'enum' ? `${column}::text` : column;
    return `${value} AS "${f.name}"`;
  });
  return Prisma.raw(list.join(', '));
}

/** The select list of these fields only of a model's row (`columnsOf`, the others left out of the row). */
export function columnsOnly(model: Prisma.ModelName, alias: string, fields: readonly string[]): Prisma.Sql {
  const wanted = new Set(fields);
  return columnsOf(model, alias, tableOf(model).columns.map((f) => f.name).filter((f) => !wanted.has(f)));
}
