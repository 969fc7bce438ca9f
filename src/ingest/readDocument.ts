/**
 * Chooses the reader for a document's format: tab-separated rows ('tabular', like 000/001/003) or
 * one cell per line ('line-broken', like 002). A document counts as tabular when a fair share of
 * its table lines are tab-separated.
 */
import { readLineBrokenDocument } from './lineBroken';
import { DocumentFormatError, type ParsedDocument } from './model';
import { readTabularDocument } from './tabular';
import { binaryReason } from './text';
import type { ExtractedDocument } from '../tables/model';

export function detectFormat(text: string): ParsedDocument['format'] {
  const lines = text.split(/\r?\n/);
  const tabbed = lines.filter((l) => /\S\t+\S|^\t+\S/.test(l)).length;
  return tabbed >= 5 ? 'tabular' : 'line-broken';
}

export function readDocument(extracted: ExtractedDocument): ParsedDocument {
  const text = extracted.text;
  if (text.trim() === '') throw new DocumentFormatError('empty document: no text to read');
  const binary = binaryReason(text);
  if (binary !== null) throw new DocumentFormatError(binary);
  return detectFormat(text) === 'tabular' ? readTabularDocument(text) : readLineBrokenDocument(text);
}
