/**
 * The database the tests run against: a PostgreSQL server when DATABASE_URL names one, else a
 * throw-away in-memory PGlite. Migrated, with reference data, and seeded if asked: a copy of the
 * template globalSetup prepared (test/support/templates.ts) — on the server, the file's own
 * database (test/support/fileDatabase.ts) is created anew from it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';
import type { PrismaClient } from '../../src/generated/prisma';
import { importDocument, type ImportReport } from '../../src/ingest/load';
import { SEED_DIR, seedFiles } from './seedFiles';
import { fileDatabasePrefix, onServer } from './serverDatabases';
import type { TemplateKind } from './templates';

export { CONTRACT_DIR, SEED_DIR, seedFiles } from './seedFiles';

export function seedText(prefix: string): string {
  const file = seedFiles().find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return fs.readFileSync(path.join(SEED_DIR, file), 'utf8');
}

/** Each template's dump, read once per file (PGlite). */
const dumps = new Map<TemplateKind, Blob>();

function dumpOf(kind: TemplateKind): Blob {
  if (!dumps.has(kind)) dumps.set(kind, new Blob([fs.readFileSync(inject('templates')[kind])]));
  return dumps.get(kind)!;
}

/** A copy of a template: a new in-memory PGlite from its dump, or the file's database created anew from it. */
async function copyOf(kind: TemplateKind): Promise<Database> {
  const template = inject('templates')[kind];
  const url = process.env.DATABASE_URL || undefined;
  if (!url) return openDatabase({ dataDir: 'memory://', loadDataDir: dumpOf(kind) });
  const server = process.env.JIXIAO_TEST_SERVER_URL!;
  const name = new URL(url).pathname.slice(1);
  if (!name.startsWith(fileDatabasePrefix(server))) throw new Error(`DATABASE_URL names ${name}, not the file's own database`);
  await onServer(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return openDatabase({ url, dataDir: 'memory://' });
}

/**
 * A PGlite data directory on disk, copied from a template, for the processes a test starts on it
 * (the importer, the server): what they would otherwise make with initdb, the migrations and the
 * reference data. PGlite runs only: on a PostgreSQL server the templates are databases there.
 */
export async function dataDirCopyOf(kind: TemplateKind, dataDir: string): Promise<void> {
  if (process.env.DATABASE_URL) throw new Error('dataDirCopyOf: the templates of this run are databases on a PostgreSQL server');
  await (await openDatabase({ dataDir, loadDataDir: dumpOf(kind) })).close();
}

export function emptyDatabase(): Promise<Database> {
  return copyOf('empty');
}

export async function loadSeeds(db: Database): Promise<ImportReport[]> {
  const reports: ImportReport[] = [];
  for (const file of seedFiles()) reports.push(await importDocument(db, file, fs.readFileSync(path.join(SEED_DIR, file))));
  return reports;
}

/** Seeded: the four seeds imported (globalSetup fails the run if any seed fails). */
export function seededDatabase(): Promise<Database> {
  return copyOf('seeded');
}

/** Rows per table, all documents together: what an import that fails must leave unchanged. */
export async function tableCounts(prisma: PrismaClient) {
  return {
    documents: await prisma.sourceDocument.count(),
    organizations: await prisma.organization.count(),
    projects: await prisma.projectEvaluation.count(),
    departmentEvaluations: await prisma.departmentEvaluation.count(),
    goals: await prisma.departmentGoal.count(),
    indicators: await prisma.indicator.count(),
    summaryTables: await prisma.summaryTable.count(),
    summaryRows: await prisma.summaryRow.count(),
    finalAccounts: await prisma.finalAccounts.count(),
    discrepancies: await prisma.discrepancy.count(),
  };
}
