/** Types for word-extractor (the package ships none): the text of a Word .doc/.docx. */
declare module 'word-extractor' {
  /** A .doc table row: the edges of its cells in twips (one more than its cells), and each cell merged into the one above it, on its left, or neither. */
  export interface DocTableRow {
    edges: number[];
    merged: ('above' | 'left' | null)[];
  }
  interface ExtractedWordDocument {
    /** `filterUnicode` (default true): replace dashes, curly quotes and wide spaces with ASCII ones. */
    getBody(options?: { filterUnicode?: boolean }): string;
    /**
     * Added by patches/word-extractor+1.0.4.patch: the body's table rows in the order their row
     * ends come in its text, each as its table definition shapes it (null where it has none).
     */
    getTableRows(): (DocTableRow | null)[];
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<ExtractedWordDocument>;
  }
}
