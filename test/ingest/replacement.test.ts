/**
 * Which document a new one replaces: the current document of the same identity (kind, fiscal
 * year, top-level organizations — src/ingest/identity.ts), never one that merely shares its file
 * name. Through importDocument, with the rows counted in the database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { MIGRATIONS_DIR } from '../../src/db/migrate';
import { importDocument } from '../../src/ingest/load';
import { emptyDatabase, seedFiles, seedText, tableCounts } from '../support/database';

const bytes = (text: string) => new TextEncoder().encode(text);
const fileOf = (prefix: string) => seedFiles().find((f) => f.startsWith(prefix))!;

let db: Database;
beforeAll(async () => {
  db = await emptyDatabase();
  for (const prefix of ['000_', '002_']) {
    const report = await importDocument(db, fileOf(prefix), bytes(seedText(prefix)));
    expect(report.status).toBe('loaded');
  }
});
afterAll(async () => {
  await db?.close();
});

const projectsOf = (regionCode: string) => db.prisma.projectEvaluation.count({ where: { regionCode } });

it('a document of another region under the same file name is loaded beside it: neither touches the other', async () => {
  expect(await projectsOf('420200')).toBe(20);
  // 十堰's department-wide evaluation, named like 黄石's project tables.
  const report = await importDocument(db, fileOf('000_'), bytes(seedText('003_')));
  expect(report).toMatchObject({ status: 'loaded', region: { code: '420300' }, replacedDocumentId: null });
  expect(await projectsOf('420200')).toBe(20);
  expect(await db.prisma.sourceDocument.count({ where: { fileName: fileOf('000_'), supersededById: null } })).toBe(2);
});

it('a corrected version of the same organization and year replaces it, whatever its file is called', async () => {
  const old = await db.prisma.sourceDocument.findFirstOrThrow({ where: { regionCode: '420200', supersededById: null } });
  const before = await tableCounts(db.prisma);
  const corrected = seedText('000_').replace('\t45\t44.3\t98.44%\t20\t', '\t46\t44.3\t96.30%\t20\t');
  const report = await importDocument(db, '黄石市人社局2021项目自评（更正）.txt', bytes(corrected));
  expect(report).toMatchObject({ status: 'replaced', replacedDocumentId: old.id });
  expect((await db.prisma.sourceDocument.findUniqueOrThrow({ where: { id: old.id } })).supersededById).toBe(report.documentId);
  expect(await projectsOf('420200')).toBe(20);
  const after = await tableCounts(db.prisma);
  expect({ ...after, discrepancies: 0 }).toEqual({ ...before, documents: before.documents + 1, discrepancies: 0 });
  // 十堰's document under 黄石's old file name is still there, untouched.
  expect(await db.prisma.departmentEvaluation.count({ where: { regionCode: '420300' } })).toBe(1);
});

it('the same organization’s evaluation of another year is another document', async () => {
  const nextYear = seedText('000_').replaceAll('2021年度', '2022年度');
  const report = await importDocument(db, fileOf('000_'), bytes(nextYear));
  expect(report).toMatchObject({ status: 'loaded', fiscalYear: 2022, replacedDocumentId: null });
  expect(await db.prisma.projectEvaluation.count({ where: { regionCode: '420200', fiscalYear: 2021 } })).toBe(20);
});

it('project tables of the same department in another file, no project in common, are loaded beside them', async () => {
  const current = await db.prisma.sourceDocument.findFirstOrThrow({
    where: { regionCode: '420200', fiscalYear: 2021, supersededById: null },
  });
  // The same organizations, other projects: every project renamed wherever its name is written.
  const names = (await db.prisma.projectEvaluation.findMany({ where: { documentId: current.id }, select: { name: true } })).map(
    (p) => p.name,
  );
  let other = seedText('000_');
  for (const name of names.sort((a, b) => b.length - a.length)) other = other.replaceAll(name, `${name}（二期）`);
  const report = await importDocument(db, 'part-two.txt', bytes(other));
  expect(report).toMatchObject({ status: 'loaded', replacedDocumentId: null, counts: { projects: 20 } });
  expect((await db.prisma.sourceDocument.findUniqueOrThrow({ where: { id: current.id } })).supersededById).toBeNull();
  expect(await db.prisma.projectEvaluation.count({ where: { regionCode: '420200', fiscalYear: 2021 } })).toBe(40);
  // A corrected version of the second file replaces the second file only.
  const corrected = await importDocument(db, 'part-two.txt', bytes(other.replace('\t45\t44.3\t', '\t47\t44.3\t')));
  expect(corrected).toMatchObject({ status: 'replaced', replacedDocumentId: report.documentId });
  expect(await db.prisma.projectEvaluation.count({ where: { regionCode: '420200', fiscalYear: 2021 } })).toBe(40);
});

it('documents loaded before identities were stored get theirs from the migration, as the importer computes them', async () => {
  const computed = await db.prisma.sourceDocument.findMany({
    where: { supersededById: null },
    select: { id: true, identity: true },
    orderBy: { id: 'asc' },
  });
  expect(computed.every((d) => d.identity !== null)).toBe(true);
  const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, '20261202150000_api_keys_audit_identity', 'migration.sql'), 'utf8');
  const backfill = sql.slice(sql.indexOf('WITH RECURSIVE'));
  await db.script.exec('UPDATE source_document SET identity = NULL');
  await db.script.exec(backfill);
  const backfilled = await db.prisma.sourceDocument.findMany({
    where: { supersededById: null },
    select: { id: true, identity: true },
    orderBy: { id: 'asc' },
  });
  expect(backfilled).toEqual(computed);
});
