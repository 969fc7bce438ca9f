/**
 * The committed migrations build exactly the schema prisma/schema.prisma describes: both are
 * applied to empty databases and their catalogs compared. When this fails, add a migration folder
 * with the SQL that brings the last one to the schema (`npx prisma migrate diff --from-empty
 * --to-schema-datamodel prisma/schema.prisma --script` shows the whole target; `--from-migrations`
 * needs a shadow database the offline engine cannot run).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';
import { migrate, readMigrations } from '../../src/db/migrate';

const CATALOG = `
  SELECT 'column' AS kind, table_name || '.' || column_name AS name,
         concat_ws(' ', udt_name, is_nullable, column_default, character_maximum_length, numeric_precision, numeric_scale) AS definition
  FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
  UNION ALL
  SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
  UNION ALL
  SELECT 'constraint', conrelid::regclass || '.' || conname, pg_get_constraintdef(oid)
  FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
  UNION ALL
  SELECT 'enum', t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
  FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname
  ORDER BY 1, 2`;

async function catalog(db: Database): Promise<{ kind: string; name: string; definition: string }[]> {
  return db.script.query(CATALOG);
}

it('the migrations and schema.prisma describe the same database', async () => {
  // The CLI runs beside the migrations, not before them, and without holding this worker's event
  // loop: run synchronously (tens of seconds under load) it kept vitest's worker from answering.
  const fromSchema = promisify(execFile)(
    'npx',
    ['prisma', 'migrate', 'diff', '--from-empty', '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  fromSchema.catch(() => undefined);
  const migrated = await openDatabase({ dataDir: 'memory://' });
  const declared = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrate(migrated.script);
    await declared.script.exec((await fromSchema).stdout);
    const expected = await catalog(declared);
    expect(expected.length).toBeGreaterThan(50);
    expect(await catalog(migrated)).toEqual(expected);
  } finally {
    await migrated.close();
    await declared.close();
  }
});

it('applies each migration once, and refuses a migration changed after it was applied', async () => {
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    const migrations = readMigrations();
    expect(await migrate(db.script, migrations)).toEqual(migrations.map((m) => m.name));
    expect(await migrate(db.script, migrations)).toEqual([]);
    const edited = migrations.map((m, i) => (i === 0 ? { ...m, checksum: 'f'.repeat(64) } : m));
    await expect(migrate(db.script, edited)).rejects.toThrow(/was changed after it was applied/);
  } finally {
    await db.close();
  }
});
