/**
 * The synthetic province (bench/): deterministic, counts as specified, and its documents load
 * through the real importer with nothing failed and no line left unread.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { importDocument } from '../../src/ingest/load';
import { planScale, syntheticProvince } from '../../src/synthetic';
import { emptyDatabase } from '../support/database';

describe('synthetic province: generation', () => {
  it('gives the same text for the same seed, and other text for another seed', () => {
    const a = syntheticProvince({ scale: 0.002, seed: 7 });
    const b = syntheticProvince({ scale: 0.002, seed: 7 });
    const c = syntheticProvince({ scale: 0.002, seed: 8 });
    const textsA = [...a.documents()].map((d) => d.text);
    expect([...b.documents()].map((d) => d.text)).toEqual(textsA);
    expect([...c.documents()].map((d) => d.text)).not.toEqual(textsA);
    // A document depends only on the seed and its organization, not on what was generated before it.
    const last = a.organizations[a.organizations.length - 1]!;
    expect(syntheticProvince({ scale: 0.002, seed: 7 }).document(last).text).toBe(textsA[textsA.length - 1]);
  });

  it('counts scale as specified: scale 1 is 17 cities, 100 counties, 3,000 organizations, 60,000 projects', () => {
    expect(planScale(1)).toMatchObject({ cities: 17, counties: 100, organizations: 3000, projects: 60_000 });
    expect(planScale(0.1)).toMatchObject({ cities: 17, counties: 100, organizations: 300, projects: 6000 });
    expect(planScale(0.01)).toMatchObject({ cities: 2, counties: 10, organizations: 30, projects: 600 });
    const p = syntheticProvince({ scale: 1, seed: 1 });
    expect(p.regions.filter((r) => r.level === 'CITY')).toHaveLength(17);
    expect(p.regions.filter((r) => r.level === 'COUNTY')).toHaveLength(100);
    expect(p.organizations).toHaveLength(3000);
    expect(p.organizations.reduce((s, o) => s + o.projectCount, 0)).toBe(60_000);
    // Real GB/T 2260 codes of 河南省, never the seed county 新乡县.
    expect(p.regions.every((r) => r.code.startsWith('41') && r.code !== '410721')).toBe(true);
    expect(new Set(p.organizations.map((o) => `${o.region.code}|${o.name}`)).size).toBe(3000);
  });

  it('writes about ten indicators per project', () => {
    const docs = [...syntheticProvince({ scale: 0.01, seed: 1 }).documents()];
    const projects = docs.reduce((s, d) => s + d.projects, 0);
    expect(projects).toBe(600);
    const perProject = docs.reduce((s, d) => s + d.indicators, 0) / projects;
    expect(perProject).toBeGreaterThan(9);
    expect(perProject).toBeLessThan(12);
  });
});

describe('synthetic province: import', () => {
  let db: Database;
  beforeAll(async () => {
    db = await emptyDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('loads a tiny scale through importDocument with no failed document and no unread line', async () => {
    const province = syntheticProvince({ scale: 0.002, seed: 1 });
    let projects = 0;
    for (const doc of province.documents()) {
      const report = await importDocument(db, doc.fileName, Buffer.from(doc.text, 'utf8'));
      expect(report.errors, doc.fileName).toEqual([]);
      expect(report.status).toBe('loaded');
      expect(report.unread, doc.fileName).toEqual([]);
      expect(report.region?.code).toBe(doc.organization.region.code);
      expect(report.fiscalYear).toBe(2022);
      expect(report.counts.projects).toBe(doc.projects);
      projects += report.counts.projects;
    }
    expect(projects).toBe(province.plan.projects);
    const [row] = await db.script.query<{ projects: number; discrepancies: number; organizations: number }>(
      `SELECT (SELECT count(*) FROM project_evaluation WHERE fiscal_year = 2022)::int AS projects,
              (SELECT count(*) FROM discrepancy)::int AS discrepancies, (SELECT count(*) FROM organization)::int AS organizations`,
    );
    expect(row!.projects).toBe(province.plan.projects);
    expect(row!.organizations).toBe(province.plan.organizations);
    // A realistic share of discrepancies: some, not everywhere.
    expect(row!.discrepancies).toBeGreaterThan(0);
  });
});
