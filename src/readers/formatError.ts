/**
 * The error of a document that cannot be read at all (empty, binary, an unsupported format, no
 * tables): every reader and the import path throw it, the import reports its message and line.
 */
export class DocumentFormatError extends Error {
  constructor(
    message: string,
    readonly line: number | null = null,
  ) {
    super(line === null ? message : `line ${line}: ${message}`);
    this.name = 'DocumentFormatError';
  }
}
