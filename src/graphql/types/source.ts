import { builder } from '../builder';
import { SourceDocumentRef, SourceRef } from '../refs';
import type { ReportedText } from '../../db/rows/row';

SourceRef.implement({
  description: '出处: where in which source document a record was read.',
  fields: (t) => ({
    document: t.field({
      type: SourceDocumentRef,
      description: 'The document.',
      resolve: async (s, _a, ctx) => (await ctx.loaders.document.load(s.documentId))!,
    }),
    lineStart: t.exposeInt('lineStart', { description: 'First line (1-based).' }),
    lineEnd: t.exposeInt('lineEnd', { description: 'Last line (inclusive).' }),
    text: t.string({
      description: 'The document lines as written.',
      resolve: (s, _a, ctx) => ctx.loaders.sourceLines.load({ documentId: s.documentId, start: s.lineStart, end: s.lineEnd }),
    }),
  }),
});

export const ReportedCellRef = builder.objectRef<{ field: string; text: string; line: number }>('ReportedCell');

ReportedCellRef.implement({
  description: 'A reported cell kept as written (原文), beside the value parsed from it.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'Which figure, e.g. budget, executed, executionRate, budgetScore, totalScore.' }),
    text: t.exposeString('text', { description: 'The text as written in the document.' }),
    line: t.exposeInt('line', { description: 'Line (1-based) in the source document.' }),
  }),
});

/** A record's reported cells, flattened from its `reportedText` JSON, in a stable order. */
export function reportedCells(reportedText: ReportedText) {
  return Object.entries(reportedText)
    .filter((entry): entry is [string, { text: string; line: number }] => entry[1] != null)
    .map(([field, cell]) => ({ field, text: cell.text, line: cell.line }));
}
