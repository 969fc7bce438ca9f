/**
 * Databases prepared once per run and copied per test (issue 16): PGlite's initdb, the migrations,
 * the reference data (拼音 of every region) and the four seeds' import are most of a test file's
 * start, and were repeated by every file. globalSetup (test/support/globalSetup.ts) prepares two
 * templates — migrated with reference data (`empty`), and with the seeds imported too (`seeded`) —
 * and test/support/database.ts copies them: on PGlite a dumped data directory loaded by a new
 * in-memory PGlite, on a PostgreSQL server a database created from a template database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { ensureReferenceData } from '../../src/db/referenceData';
import { importDocument } from '../../src/ingest/load';
import { SEED_DIR, seedFiles } from './seedFiles';
import { databaseUrl, fileDatabasePrefix, onServer } from './serverDatabases';

export type TemplateKind = 'empty' | 'seeded';

/** Where the templates are: PGlite dump files, or template database names on the server. */
export type Templates = Record<TemplateKind, string>;

/** Migrates and writes the reference data, then (`seeded`) imports every seed, failing on any seed that fails. */
async function fill(db: Database, kind: TemplateKind): Promise<void> {
  if (kind === 'empty') {
    await migrate(db.script);
    await ensureReferenceData(db.prisma);
    return;
  }
  for (const file of seedFiles()) {
    const report = await importDocument(db, file, fs.readFileSync(path.join(SEED_DIR, file)));
    if (report.status === 'failed') throw new Error(`seed ${file} failed: ${JSON.stringify(report.errors)}`);
  }
}

/** Prepares both templates; returns where they are and how to remove them. */
export async function prepareTemplates(serverUrl: string | undefined): Promise<{ templates: Templates; remove: () => Promise<void> }> {
  if (serverUrl) {
    const templates: Templates = {
      empty: `${fileDatabasePrefix(serverUrl)}template_empty`,
      seeded: `${fileDatabasePrefix(serverUrl)}template_seeded`,
    };
    await onServer(serverUrl, `CREATE DATABASE "${templates.empty}"`);
    let db = await openDatabase({ url: databaseUrl(serverUrl, templates.empty), dataDir: '' });
    await fill(db, 'empty').finally(() => db.close());
    await onServer(serverUrl, `CREATE DATABASE "${templates.seeded}" TEMPLATE "${templates.empty}"`);
    db = await openDatabase({ url: databaseUrl(serverUrl, templates.seeded), dataDir: '' });
    await fill(db, 'seeded').finally(() => db.close());
    const remove = () => onServer(serverUrl, ...Object.values(templates).map((name) => `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    return { templates, remove };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-test-templates-'));
  const templates: Templates = { empty: path.join(dir, 'empty.tar'), seeded: path.join(dir, 'seeded.tar') };
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    for (const kind of ['empty', 'seeded'] as const) {
      await fill(db, kind);
      fs.writeFileSync(templates[kind], Buffer.from(await (await db.dumpDataDir())!.arrayBuffer()));
    }
  } finally {
    await db.close();
  }
  return { templates, remove: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}
