/**
 * The rollup sums (src/db/rollupSums.ts) always equal a recomputation from the records: after the
 * seeds and a synthetic province of a random seed (printed, so a failure can be replayed) over two
 * years, after corrected versions replace documents, after documents loaded beside others, and
 * after projects are deleted — on PGlite, and on PostgreSQL when DATABASE_URL names one.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { rebuildRollupSums, refreshRollupSums } from '../../src/db/rollupSums';
import { importDocument } from '../../src/ingest/load';
import { Random } from '../../src/synthetic/random';
import { syntheticProvince, type GeneratedDocument } from '../../src/synthetic';
import { seededDatabase } from '../support/database';

const seed = Number(process.env.ROLLUP_SUMS_SEED ?? Math.floor(Math.random() * 1_000_000));
const random = new Random(seed);

let db: Database;
beforeAll(async () => {
  db = await seededDatabase();
});
afterAll(async () => {
  await db?.close();
});

type Row = Record<string, unknown>;

/** Both tables, every row as text (numbers as written, with their scale), in key order. */
async function sums(client: Pick<Database['prisma'], '$queryRawUnsafe'>): Promise<{ organizations: Row[]; regions: Row[] }> {
  const rows = (table: string, key: string) =>
    client.$queryRawUnsafe<Row[]>(`SELECT to_jsonb(t)::text AS row FROM ${table} t ORDER BY ${key}`);
  return {
    organizations: await rows('organization_rollup_sum', 'fiscal_year, organization_id, region_code'),
    regions: await rows('region_rollup_sum', 'fiscal_year, region_code'),
  };
}

/** The sums as maintained, and as recomputed from every record (in a transaction rolled back). */
async function maintainedAndRecomputed() {
  const maintained = await sums(db.prisma);
  let recomputed: Awaited<ReturnType<typeof sums>> | null = null;
  await db.prisma
    .$transaction(async (tx) => {
      await rebuildRollupSums(tx);
      recomputed = await sums(tx);
      throw new Error('rolled back');
    })
    .catch((error: Error) => {
      if (error.message !== 'rolled back') throw error;
    });
  return { maintained, recomputed: recomputed! };
}

async function expectSumsOfRecords(when: string) {
  const { maintained, recomputed } = await maintainedAndRecomputed();
  expect(recomputed.organizations.length, when).toBeGreaterThan(0);
  expect(maintained, when).toEqual(recomputed);
  const [totals] = await db.prisma.$queryRaw<{ projects: number; summed: number; regions: number }[]>`
    SELECT (SELECT count(*)::int FROM project_evaluation) AS projects,
           (SELECT COALESCE(sum(project_count), 0)::int FROM organization_rollup_sum) AS summed,
           (SELECT COALESCE(sum(project_count), 0)::int FROM region_rollup_sum) AS regions`;
  expect(totals!.summed, when).toBe(totals!.projects);
  expect(totals!.regions, when).toBe(totals!.projects);
}

async function load(doc: { fileName: string; text: string }) {
  const report = await importDocument(db, doc.fileName, new TextEncoder().encode(doc.text));
  expect(report.status, JSON.stringify(report.errors)).not.toBe('failed');
  return report;
}

/** A corrected version: one amount of a project table changed (the identity and the projects stay). */
function corrected(doc: GeneratedDocument): { fileName: string; text: string } {
  const lines = doc.text.split('\n');
  const candidates = lines.flatMap((line, i) => (/\t\d+(\.\d+)?\t/.test(line) ? [i] : []));
  const i = candidates[random.int(0, candidates.length - 1)]!;
  lines[i] = lines[i]!.replace(/\t(\d+)(\.\d+)?\t/, (_m, whole: string, fraction = '') => `\t${Number(whole) + 1}${fraction}\t`);
  return { fileName: `更正-${doc.fileName}`, text: lines.join('\n') };
}

it(`the sums equal a recomputation from the records after imports, replacements and deletes (seed ${seed})`, async () => {
  await expectSumsOfRecords('the seeds');

  const years = [2021, 2022].map((year) => syntheticProvince({ scale: 0.002, seed, year }));
  const documents = years.flatMap((p) => [...p.documents()]);
  for (const doc of documents) await load(doc);
  await expectSumsOfRecords('a synthetic province over two years');

  const replaced: string[] = [];
  const chosen = new Set(Array.from({ length: 4 }, () => documents[random.int(0, documents.length - 1)]!));
  for (const doc of chosen) {
    const report = await load(corrected(doc));
    if (report.status === 'replaced') replaced.push(doc.fileName);
  }
  expect(replaced.length, 'corrected versions that replaced their document').toBeGreaterThan(0);
  await expectSumsOfRecords(`corrected versions of ${replaced.join(', ')}`);

  // Another document of an organization loaded beside its first (other projects, other seed).
  const other = syntheticProvince({ scale: 0.002, seed: seed + 1, year: 2022 });
  await load({ ...other.document(other.organizations[0]!), fileName: 'beside.txt' });
  await expectSumsOfRecords('a second document of an organization');

  // Projects deleted, their organizations' sums recomputed.
  const gone = await db.prisma.projectEvaluation.findMany({
    take: 5,
    orderBy: { id: 'desc' },
    select: { id: true, organizationId: true, fiscalYear: true },
  });
  await db.prisma.$transaction(async (tx) => {
    await tx.projectEvaluation.deleteMany({ where: { id: { in: gone.map((p) => p.id) } } });
    for (const year of new Set(gone.map((p) => p.fiscalYear))) {
      await refreshRollupSums(
        tx,
        gone.filter((p) => p.fiscalYear === year).map((p) => p.organizationId),
        year,
      );
    }
  });
  await expectSumsOfRecords('projects deleted');
});

it('a record changed without recomputing its sums is told apart (the comparison can fail)', async () => {
  await db.prisma
    .$executeRaw`UPDATE project_evaluation SET budget = budget + 1 WHERE id = (SELECT min(id) FROM project_evaluation WHERE budget IS NOT NULL)`;
  const { maintained, recomputed } = await maintainedAndRecomputed();
  expect(maintained).not.toEqual(recomputed);
});
