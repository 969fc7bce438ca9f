/**
 * The acceptance test of the format readers: a seed rendered as it would be published — a web
 * page, a single-file web page (.mht), a Word .docx, an Excel .xlsx, a PDF (src/synthetic/render/) — and imported through
 * importDocument stores exactly the records its text gives: the same projects, indicators,
 * summary and department tables and discrepancies, every figure and text as written (only the
 * line numbers, which refer to each document's own canonical text, may differ). Re-importing
 * the same file changes nothing; the file's format is recorded. The same evaluation in another
 * format is the same document by identity (organizations, year): each rendering replaces the one
 * loaded before it, so the text's records are taken before any rendering is loaded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { importDocument, type ImportReport } from '../../src/ingest/load';
import { EXTENSIONS, layoutFromTabbedText, render, type RenderFormat } from '../../src/synthetic/render';
import { emptyDatabase, seedFiles, seedText } from '../support/database';

/** A stored row without its ids and line numbers (which differ between documents by design). */
function comparable(row: object): unknown {
  return JSON.parse(
    JSON.stringify(row, (key, value: unknown) => (/^(id|.*Id|line.*|.*Line(Start|End)?|importedAt)$/.test(key) ? undefined : value)),
  );
}

let db: Database;
beforeAll(async () => {
  db = await emptyDatabase();
});
afterAll(async () => {
  await db?.close();
});

/** Everything stored from one document, in a stable order, ids and lines left out. */
async function stored(documentId: number) {
  const p = db.prisma;
  const order = { id: 'asc' } as const;
  return comparable({
    projects: await p.projectEvaluation.findMany({ where: { documentId }, orderBy: order, include: { indicators: { orderBy: order } } }),
    departments: await p.departmentEvaluation.findMany({
      where: { documentId },
      orderBy: order,
      include: { indicators: { orderBy: order }, goals: { orderBy: order } },
    }),
    summaryTables: await p.summaryTable.findMany({ where: { documentId }, orderBy: order, include: { rows: { orderBy: order } } }),
    finalAccounts: await p.finalAccounts.findMany({ where: { documentId }, orderBy: order }),
    discrepancies: (await p.discrepancy.findMany({ where: { documentId }, orderBy: order })).map((d) => ({
      ...d,
      // Line numbers differ between a format and its text; everything else is the same.
      message: d.message.replace(/line \d+/g, 'line N'),
      messageZh: d.messageZh.replace(/第\d+行/g, '第N行'),
      causedBy: d.causedBy?.replace(/@\d+/g, '@N') ?? null,
    })),
  });
}

const cases: [string, number, number | null, RenderFormat[]][] = [
  ['000_', 20, 151, ['html', 'mht', 'docx', 'xlsx', 'pdf']],
  ['001_', 11, null, ['html', 'mht', 'docx', 'xlsx', 'pdf']],
];

for (const [prefix, projects, indicators, formats] of cases) {
  describe(`seed ${prefix} as published`, () => {
    const file = seedFiles().find((f) => f.startsWith(prefix))!;
    const text = seedText(prefix);
    let fromText: ImportReport;
    let textRecords: unknown;

    beforeAll(async () => {
      fromText = await importDocument(db, file, new TextEncoder().encode(text));
      expect(fromText.status).toBe('loaded');
      expect(fromText.counts.projects).toBe(projects);
      if (indicators !== null) expect(fromText.counts.indicators).toBe(indicators);
      textRecords = await stored(fromText.documentId!);
    });

    for (const format of formats) {
      it(`${format}: the same records as the text`, async () => {
        // Merged as published; a PDF unmerged, so that every cell has its border: a column that a
        // merge always covers has no border of its own, and the tabs that end a warning's line differ.
        const bytes = await render(layoutFromTabbedText(text, { merge: format !== 'pdf' }), format);
        const name = `${file.replace(/\.txt$/, '')}.${EXTENSIONS[format]}`;
        const report = await importDocument(db, name, bytes);
        expect(report.errors).toEqual([]);
        expect(report.status).toBe('replaced');
        expect(report.counts).toEqual(fromText.counts);
        expect(report.region).toEqual(fromText.region);
        expect(report.fiscalYear).toBe(fromText.fiscalYear);
        expect(await stored(report.documentId!)).toEqual(textRecords);
        // A text row with fewer tab cells than its neighbours is a warning about the text's own shape;
        // a rendered table has every row as wide as the table, so that warning has no counterpart.
        const textShape = /^table row with \d+ cells where the rows around it have/;
        const lines = (r: ImportReport, which: 'warnings' | 'unread') =>
          r[which].filter((w) => !textShape.test(w.reason)).map((w) => [w.text, w.reason]);
        expect(lines(report, 'warnings')).toEqual(lines(fromText, 'warnings'));
        expect(lines(report, 'unread')).toEqual(lines(fromText, 'unread'));

        const document = await db.prisma.sourceDocument.findUniqueOrThrow({ where: { id: report.documentId! } });
        expect(document.fileFormat).toBe(format);
        expect(document.format).toBe('tabular');
        // The same file again: identified by its bytes, nothing loaded.
        expect((await importDocument(db, name, bytes)).status).toBe('unchanged');
      });
    }
  });
}
