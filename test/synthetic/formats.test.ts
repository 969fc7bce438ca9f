/**
 * Round trip through every published format: a generated document, rendered as HTML, .docx,
 * .xlsx or PDF and imported through importDocument, gives what was generated — its project and
 * indicator counts, its jurisdiction and year — and stores the same records, figure for figure,
 * as its text does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { importDocument, type ImportReport } from '../../src/ingest/load';
import { publish, syntheticProvince, type GeneratedDocument, type PublishedFormat } from '../../src/synthetic';
import { emptyDatabase } from '../support/database';

let db: Database;
beforeAll(async () => {
  db = await emptyDatabase();
});
afterAll(async () => {
  await db?.close();
});

/** A department's document (with its department-wide table) and a sub-unit's. */
const province = syntheticProvince({ scale: 0.002, seed: 3 });
const chosen: GeneratedDocument[] = [
  province.document(province.organizations.find((o) => o.parent === null)!),
  province.document(province.organizations.find((o) => o.parent !== null)!),
];

/** The figures stored for a document's projects, in order. */
async function figures(documentId: number) {
  const projects = await db.prisma.projectEvaluation.findMany({
    where: { documentId },
    orderBy: { id: 'asc' },
    include: { indicators: { orderBy: { id: 'asc' } } },
  });
  return projects.map((p) => ({
    name: p.name,
    numbers: [
      p.initialBudget,
      p.fullYearBudget,
      p.executed,
      p.reportedExecutionRate,
      p.reportedBudgetScore,
      p.reportedTotalScore,
      p.totalScore,
    ].map(String),
    grade: p.grade,
    discrepancies: p.discrepancyCount,
    indicators: p.indicators.map((i) => [
      i.level1,
      i.level2,
      i.name,
      i.targetText,
      i.actualText,
      i.weightText,
      i.reportedScoreText,
      String(i.score),
    ]),
  }));
}

/** Each document's text import and its figures, taken before a rendering (the same evaluation by identity) replaces it. */
const textReports = new Map<string, { report: ImportReport; figures: unknown }>();

for (const doc of chosen) {
  describe(`${doc.fileName} (${doc.organization.name})`, () => {
    beforeAll(async () => {
      const { fileName, bytes } = await publish(doc, 'text');
      const report = await importDocument(db, fileName, bytes);
      expect(report.status).toBe('loaded');
      textReports.set(doc.fileName, { report, figures: await figures(report.documentId!) });
    });

    for (const format of ['html', 'docx', 'xlsx', 'pdf'] as PublishedFormat[]) {
      it(`${format}: generated → rendered → imported equals generated`, async () => {
        const { fileName, bytes } = await publish(doc, format);
        const report = await importDocument(db, fileName, bytes);
        const fromText = textReports.get(doc.fileName)!;
        expect(report.errors).toEqual([]);
        expect(report.status).toBe('replaced');
        expect(report.unread).toEqual([]);
        expect(report.region?.code).toBe(doc.organization.region.code);
        expect(report.fiscalYear).toBe(province.year);
        expect(report.counts.projects).toBe(doc.projects);
        expect(report.counts.indicators).toBe(doc.indicators);
        expect(report.counts).toEqual(fromText.report.counts);
        expect(await figures(report.documentId!)).toEqual(fromText.figures);
      });
    }
  });
}
