/**
 * The database the tests run against: a PostgreSQL server when DATABASE_URL names one (its public
 * schema is emptied first), else a throw-away in-memory PGlite. Migrated, with reference data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Database } from '../../src/db/database';
import type { PrismaClient } from '../../src/generated/prisma';
import { migrate } from '../../src/db/migrate';
import { ensureReferenceData } from '../../src/db/referenceData';
import { importDocument, type ImportReport } from '../../src/ingest/load';

export const SEED_DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'seeds');
export const CONTRACT_DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'contract');

export function seedFiles(): string[] {
  return fs
    .readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export function seedText(prefix: string): string {
  const file = seedFiles().find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return fs.readFileSync(path.join(SEED_DIR, file), 'utf8');
}

export async function emptyDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL || undefined;
  const db = await openDatabase({ url, dataDir: 'memory://' });
  if (url) await db.script.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
  await migrate(db.script);
  await ensureReferenceData(db.prisma);
  return db;
}

export async function loadSeeds(db: Database): Promise<ImportReport[]> {
  const reports: ImportReport[] = [];
  for (const file of seedFiles()) reports.push(await importDocument(db.prisma, file, fs.readFileSync(path.join(SEED_DIR, file))));
  return reports;
}

export async function seededDatabase(): Promise<Database> {
  const db = await emptyDatabase();
  const reports = await loadSeeds(db);
  const failed = reports.filter((r) => r.status === 'failed');
  if (failed.length) throw new Error(`seed failed: ${JSON.stringify(failed.map((f) => f.errors))}`);
  return db;
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
