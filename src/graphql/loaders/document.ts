/** Source documents: by id, the list of them, and lines of their text. */
import { documentLines, documentsByIds, listDocuments } from '../../db/queries/document';
import type { DocumentRow } from '../../db/rows/sourceDocument';
import type { Batcher } from './batch';

type LinesKey = { documentId: number; start: number; end: number };

export function documentLoaders(b: Batcher) {
  return {
    document: b.byIds(documentsByIds, (r) => r.id),
    /** The documents, current ones only or with those superseded: one statement for both. */
    documents: b.loader<boolean, DocumentRow[]>(async (keys) => {
      const rows = await listDocuments(b.reader, keys.includes(true));
      return keys.map((includeSuperseded) => (includeSuperseded ? rows : rows.filter((d) => d.supersededById === null)));
    }),
    sourceLines: b.loader<LinesKey, string>(
      (keys) => documentLines(b.reader, keys),
      (k) => `${k.documentId}|${k.start}|${k.end}`,
    ),
  };
}
