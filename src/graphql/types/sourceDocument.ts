import type { DocumentRow } from '../../db/rows/sourceDocument';
import { builder } from '../builder';
import { LeftOutTableRef, SourceDocumentRef } from '../refs';

builder.node(SourceDocumentRef, {
  description: '来源文件: a loaded source document. Its full text is kept; every record points back to its lines.',
  id: { resolve: (d) => d.id, parse: (id) => Number(id) },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.document.load(id))),
  fields: (t) => ({
    fileName: t.exposeString('fileName', { description: 'File name as imported.' }),
    contentHash: t.exposeString('contentHash', { description: 'SHA-256 of the content: the same document is never loaded twice.' }),
    format: t.exposeString('format', { description: 'tabular (tab-separated rows) or line-broken (one cell per line).' }),
    fileFormat: t.exposeString('fileFormat', {
      description:
        'The file as published, told from its content: text, csv (comma-separated values), html (web page), mht (single-file web page), docx or doc (Word), xlsx or xls (Excel), pdf.',
    }),
    encoding: t.exposeString('encoding', {
      nullable: true,
      description:
        'The character encoding a text file or web page was decoded from (utf-8, utf-16le, gb18030 …); null for Word, Excel and PDF.',
    }),
    kind: t.exposeString('kind', { description: 'What it holds, e.g. project-evaluations+department-evaluation.' }),
    fiscalYear: t.exposeInt('fiscalYear', { nullable: true, description: 'Fiscal year (年度) the document covers.' }),
    lineCount: t.exposeInt('lineCount', { description: 'Lines of text.' }),
    importedAt: t.string({ resolve: (d) => d.importedAt.toISOString(), description: 'When it was loaded (ISO 8601).' }),
    superseded: t.boolean({ description: 'Whether a corrected version replaced it.', resolve: (d) => d.supersededById != null }),
    importReport: t.string({
      description: 'The importer’s report as JSON: warnings and lines it could not interpret, with line numbers.',
      resolve: (d) => JSON.stringify(d.importReport),
    }),
    leftOutTables: t.field({
      type: [LeftOutTableRef],
      description: 'Tables found but not loaded (cut off, a row that could not be placed …): what was read of each, why, and its lines.',
      resolve: (d) => d.leftOutTables.map((table) => ({ ...table, documentId: d.id })),
    }),
  }),
});
