/** Types for word-extractor (the package ships none): the text of a Word .doc/.docx. */
declare module 'word-extractor' {
  interface ExtractedWordDocument {
    /** `filterUnicode` (default true): replace dashes, curly quotes and wide spaces with ASCII ones. */
    getBody(options?: { filterUnicode?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<ExtractedWordDocument>;
  }
}
