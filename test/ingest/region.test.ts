/**
 * A document whose place or year cannot be named is still read: a real Sichuan page
 * (test/fixtures/documents/sichuan-qingshen-wage-expenditure) with its place (青神县) taken out
 * of the unit names is refused with the reason — it needs a region, and the import says how to
 * name one — and its table is reported with what was read of it; imported again with the region
 * named (`--region`, the upload's `region` field), it loads there. Without its year (2023年度 taken
 * out of its title) it is refused the same way, its table reported, and loads in the year named for
 * it (`--year`, the upload's `year` field). On PGlite, and on PostgreSQL
 * when DATABASE_URL names one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { importDocument } from '../../src/ingest/load';
import { regionNamed } from '../../src/ingest/resolve';
import { emptyDatabase } from '../support/database';

const FIXTURE = path.resolve(__dirname, '..', 'fixtures', 'documents', 'sichuan-qingshen-wage-expenditure.txt');
const placeless = fs.readFileSync(FIXTURE, 'utf8').replaceAll('青神县', '');
const bytes = new TextEncoder().encode(placeless);

let db: Database;
beforeAll(async () => {
  db = await emptyDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe('regionNamed', () => {
  it('takes a GB/T 2260 code or a name that names one region', () => {
    expect(regionNamed('511425')).toMatchObject({ code: '511425', name: '青神县' });
    expect(regionNamed(' 襄阳市 ')).toMatchObject({ code: '420600' });
    expect(regionNamed('湖北省襄阳市')).toMatchObject({ code: '420600' });
  });
  it('refuses what names no region', () => {
    expect(regionNamed('999999')).toBeNull();
    expect(regionNamed('nowhere')).toBeNull();
    expect(regionNamed('襄阳市中心医院')).toBeNull();
  });
});

describe('a place named in traditional characters', () => {
  it('is the place its simplified name names, pinyin readings and all', async () => {
    const traditional = fs.readFileSync(FIXTURE, 'utf8').replaceAll('青神县', '青(qīng)神縣');
    expect(traditional).not.toContain('青神县');
    // Checked, not loaded: the tests below start from a database without it.
    const report = await importDocument(db, 'qingshen-traditional.txt', new TextEncoder().encode(traditional), { dryRun: true });
    expect(report).toMatchObject({ status: 'checked', errors: [], region: { code: '511425', name: '青神县' } });
  });
});

describe('a document that names no place', () => {
  it('is read, refused with the reason, and its table reported with what was read', async () => {
    const report = await importDocument(db, 'placeless.txt', bytes);
    expect(report.status).toBe('failed');
    expect(report.errors[0]!.message).toMatch(/unknown jurisdiction.*--region/);
    expect(report.partial).toHaveLength(1);
    const table = report.partial[0]!;
    expect(table).toMatchObject({ kind: 'project', name: '工资性支出', code: '51000021R000000019951', fiscalYear: 2023 });
    expect(table.reason).toMatch(/names no region/);
    expect(table.figures.budget).toMatchObject({ text: '251.89', value: 251.89 });
    expect(table.indicators.length).toBeGreaterThan(0);
    expect(await db.prisma.projectEvaluation.count()).toBe(0);
  });

  it('loads in the region named for it', async () => {
    const report = await importDocument(db, 'placeless.txt', bytes, { region: regionNamed('511425')! });
    expect(report.status).toBe('loaded');
    expect(report.region).toEqual({ code: '511425', name: '青神县' });
    expect(report.counts.projects).toBe(1);
    const project = await db.prisma.projectEvaluation.findFirstOrThrow({ select: { name: true, fullYearBudget: true } });
    expect(project.name).toBe('工资性支出');
    expect(Number(project.fullYearBudget)).toBe(251.89);
  });

  it('a region the document names wins over the one given', async () => {
    const named = fs.readFileSync(FIXTURE);
    const report = await importDocument(db, 'qingshen.txt', named, { region: regionNamed('420600')!, dryRun: true });
    expect(report.region).toEqual({ code: '511425', name: '青神县' });
  });
});

describe('a document that names no fiscal year', () => {
  const yearless = new TextEncoder().encode(fs.readFileSync(FIXTURE, 'utf8').replace('(2023年度)', ''));

  it('is read, refused with the reason, and its complete table reported with what was read', async () => {
    const report = await importDocument(db, 'yearless.txt', yearless, { dryRun: true });
    expect(report.status).toBe('failed');
    expect(report.errors[0]!.message).toMatch(/no fiscal year.*--year/);
    expect(report.partial).toHaveLength(1);
    expect(report.partial[0]).toMatchObject({
      name: '工资性支出',
      fiscalYear: null,
      reason: expect.stringMatching(/names no fiscal year/),
    });
    expect(report.partial[0]!.figures.executed).toMatchObject({ value: 251.89 });
  });

  it('loads in the year named for it, its records of that year', async () => {
    const report = await importDocument(db, 'yearless.txt', yearless, { fiscalYear: 2023 });
    expect(report).toMatchObject({ status: 'loaded', fiscalYear: 2023, region: { code: '511425' } });
    const project = await db.prisma.projectEvaluation.findFirstOrThrow({
      where: { documentId: report.documentId! },
      select: { fiscalYear: true },
    });
    expect(project.fiscalYear).toBe(2023);
  });

  it('a year the document names wins over the one given', async () => {
    const report = await importDocument(db, 'qingshen.txt', fs.readFileSync(FIXTURE), { fiscalYear: 2019, dryRun: true });
    expect(report).toMatchObject({ status: 'checked', fiscalYear: 2023 });
  });
});
