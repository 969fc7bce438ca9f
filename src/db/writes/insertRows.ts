/**
 * Inserting many rows of a table in one statement, a column per array (INSERT … SELECT FROM
 * unnest … ORDER BY the rows' order), returning the new ids in the order of the rows — what
 * createManyAndReturn does, without the ORM compiling a statement with a parameter per cell (the
 * importer's largest cost for documents with hundreds of indicators). Decimals travel as text, so
 * that they reach the database exactly as written.
 */
import { Prisma } from '../../generated/prisma';
import { tableOf } from '../rows/row';

const CASTS: Record<string, string> = {
  Int: 'int',
  String: 'text',
  Decimal: 'numeric',
  Json: 'jsonb',
  Boolean: 'boolean',
  DateTime: 'timestamp',
  Float: 'float8',
};

export async function insertRows(tx: Prisma.TransactionClient, model: Prisma.ModelName, rows: readonly object[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const table = tableOf(model);
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const fields = keys.map((k) => {
    const field = table.columns.find((f) => f.name === k);
    if (!field) throw new Error(`insertRows: ${model} has no column for ${k}`);
    return field;
  });
  const values = fields.map((field) =>
    rows.map((row) => {
      const v = (row as Record<string, unknown>)[field.name];
      if (v === undefined && field.hasDefaultValue) throw new Error(`insertRows: ${model}.${field.name} left to its default`);
      if (v === undefined || v === null) return null;
      if (field.type === 'Json') return JSON.stringify(v);
      if (field.type === 'DateTime') return (v as Date).toISOString();
      if (field.type === 'Decimal') return String(v);
      return v;
    }),
  );
  // Enums travel as text arrays and are cast per value (the drivers send only base-type arrays).
  const columns = Prisma.raw(fields.map((f) => `"${f.dbName ?? f.name}"`).join(', '));
  const arrays = Prisma.join(
    values.map((v, i) => Prisma.sql`${v}::${Prisma.raw(fields[i]!.kind === 'enum' ? 'text' : CASTS[fields[i]!.type]!)}[]`),
  );
  const names = Prisma.raw(fields.map((_, i) => `c${i}`).join(', '));
  const selected = Prisma.raw(fields.map((f, i) => (f.kind === 'enum' ? `c${i}::"${f.type}"` : `c${i}`)).join(', '));
  const inserted = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO ${Prisma.raw(`"${table.name}"`)} (${columns})
    SELECT ${selected} FROM unnest(${arrays}) WITH ORDINALITY AS t(${names}, ord) ORDER BY ord
    RETURNING id`;
  return inserted.map((r) => r.id);
}
