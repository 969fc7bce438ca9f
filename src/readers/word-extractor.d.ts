/** Types for word-extractor (the package ships none): the text of a Word .doc/.docx. */
declare module 'word-extractor' {
  interface ExtractedWordDocument {
    getBody(): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<ExtractedWordDocument>;
  }
}
