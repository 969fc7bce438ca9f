/**
 * `npm run import -- --json`: the reports as one JSON array on stdout, each written as its document
 * finishes — the same text as `JSON.stringify(reports, null, 2)` of them all at the end, without
 * holding them all: a report holds its document's warnings, unread lines and what was read of its
 * tables left out, and a folder of thousands of documents would keep them all until the last.
 */
import type { ImportReport } from '../ingest/load';

export class JsonReports {
  private written = 0;

  constructor(private readonly out: NodeJS.WritableStream) {}

  /** Whether a report was written: the array is open. */
  get begun(): boolean {
    return this.written > 0;
  }

  add(report: ImportReport): void {
    // Indented as JSON.stringify indents an element of the array: two more spaces on each of its
    // lines (every line break in it is JSON.stringify's own: one inside a string is written `\n`).
    const element = JSON.stringify(report, null, 2).replaceAll('\n', '\n  ');
    this.out.write(`${this.written === 0 ? '[\n' : ',\n'}  ${element}`);
    this.written += 1;
  }

  /** Closes the array (`[]` when no report was written). */
  end(): void {
    this.out.write(this.written === 0 ? '[]\n' : '\n]\n');
  }
}
