/**
 * A document's file, as published, into the table model (src/tables/model.ts). The format is told
 * from the content, not the file name.
 */
import { DocumentFormatError } from '../ingest/model';
import type { ExtractedDocument } from '../tables/model';
import { readTextBlocks } from './text';

/** Decodes bytes as UTF-8, refusing anything that is not text. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new DocumentFormatError('not UTF-8 text (a binary file, or another encoding): nothing was read');
  }
}

export async function extractDocument(bytes: Uint8Array): Promise<ExtractedDocument> {
  const text = decodeText(bytes);
  return { format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) };
}
