/**
 * What `npm run import` shows while it works: one report per document as soon as it finishes, a
 * progress bar with the running totals (cli-progress, only when stderr is a terminal), and a final
 * summary line — documents loaded, partly read (some lines not interpreted, or a table left out), unchanged, refused
 * or failed; records; discrepancies — in the command's language (src/i18n/importer.ts).
 */
import { MultiBar, Presets } from 'cli-progress';
import { importerText, type ImportTotals } from '../i18n/importer';
import type { Language } from '../i18n/language';
import type { ImportReport } from '../ingest/load';
import { hasFigures } from '../evaluation/partial';

export interface ProgressStreams {
  /** Where the reports and the summary go (stdout). */
  out: NodeJS.WritableStream & { isTTY?: boolean };
  /** Where the bar goes (stderr); drawn only when it is a terminal. */
  err: NodeJS.WritableStream & { isTTY?: boolean };
}

const WRITES = new Set<ImportReport['status']>(['loaded', 'replaced', 'checked']);

export class ImportProgress {
  private readonly totals: ImportTotals = {
    documents: 0,
    loaded: 0,
    partlyRead: 0,
    unchanged: 0,
    refused: 0,
    failed: 0,
    failedPartlyRead: 0,
    projects: 0,
    indicators: 0,
    departmentEvaluations: 0,
    summaryRows: 0,
    discrepancies: 0,
  };
  private readonly bars: MultiBar | null;
  private readonly bar: ReturnType<MultiBar['create']> | null;

  constructor(
    total: number,
    private readonly streams: ProgressStreams,
    /** Whether the per-document reports are printed (not with --json). */
    private readonly printReports: boolean,
    private readonly describe: (report: ImportReport) => string,
    private readonly language: Language,
  ) {
    // With --json to the terminal the reports themselves stream past on it (src/cli/jsonReports.ts):
    // no bar under them, which would be redrawn into their lines.
    if (streams.err.isTTY && total > 0 && (printReports || !streams.out.isTTY)) {
      this.bars = new MultiBar(
        {
          stream: streams.err,
          format: importerText.bar()[language],
          hideCursor: true,
          clearOnComplete: false,
          autopadding: true,
        },
        Presets.shades_classic,
      );
      this.bar = this.bars.create(total, 0, { projects: 0, discrepancies: 0, file: '' });
    } else {
      this.bars = null;
      this.bar = null;
    }
  }

  /** A document is about to be read or sent. */
  starting(fileName: string): void {
    this.bar?.update({ file: fileName });
  }

  /** A document finished: its report now, the totals updated. */
  finished(report: ImportReport): void {
    const t = this.totals;
    t.documents += 1;
    if (WRITES.has(report.status)) {
      t.loaded += 1;
      if (report.unread.length || report.partial.length) t.partlyRead += 1;
      t.projects += report.counts.projects;
      t.indicators += report.counts.indicators;
      t.departmentEvaluations += report.counts.departmentEvaluations;
      t.summaryRows += report.counts.summaryRows;
      t.discrepancies += report.counts.discrepancies;
    } else if (report.status === 'unchanged') t.unchanged += 1;
    else if (report.status === 'refused') t.refused += 1;
    else {
      t.failed += 1;
      if (hasFigures(report.partial)) t.failedPartlyRead += 1;
    }
    if (this.printReports) this.print(`${this.describe(report)}\n`);
    this.bar?.increment(1, { projects: t.projects, discrepancies: t.discrepancies, file: report.fileName });
  }

  /** Stops the bar and prints the summary line (to stdout, or to stderr when stdout carries JSON). */
  done(dryRun: boolean): void {
    this.bars?.stop();
    const line = `jixiao-import: ${importerText.summary(this.totals, dryRun)[this.language]}\n`;
    if (this.printReports) this.streams.out.write(line);
    else this.streams.err.write(line);
  }

  /** A line above the bar when both share the terminal; otherwise straight to stdout. */
  private print(text: string): void {
    if (this.bars && this.streams.out.isTTY) this.bars.log(text);
    else this.streams.out.write(text);
  }
}
