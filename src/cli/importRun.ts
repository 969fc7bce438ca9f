/**
 * The importer's run once its arguments are understood (src/cli/import.ts): the documents sent to a
 * running server, or read and written here — or, for a dry run, read and checked only. Loaded by
 * the command only when there is a run to make: the readers, the database driver and PGlite are
 * most of the command's start, which its usage errors and `--help` do not need.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeAudit } from '../api/audit';
import type { Caller } from '../api/caller';
import { readConfig, type Config } from '../config';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { ensureReferenceData } from '../db/referenceData';
import { refreshStatistics } from '../db/statistics';
import { importerText } from '../i18n/importer';
import type { Language } from '../i18n/language';
import type { PrepareOptions } from '../ingest/prepare';
import { checkDocument, failedReport, importDocument, wroteRecords, type ImportReport } from '../ingest/load';
import { createReadingPool, READ_IN_PROCESS_UP_TO, readAhead } from '../ingest/readingPool';
import { hasFigures } from '../evaluation/partial';
import { ImportProgress } from './importProgress';
import { JsonReports } from './jsonReports';
import { findServer, type ServerTarget } from './serverClient';

function describe(report: ImportReport, language: Language): string {
  const say = (text: { zh: string; en: string }) => text[language];
  const lines = [
    `${report.fileName}: ${importerText.status(report.status, language)}${report.region ? ` — ${report.region.name} (${report.region.code}), ${report.fiscalYear}` : ''}`,
  ];
  if (report.status !== 'failed' && report.status !== 'unchanged' && report.status !== 'refused') {
    lines.push(`  ${say(importerText.counts(report.counts))}`);
  }
  if (report.replacedDocumentId) lines.push(`  ${say(importerText.replaces(report.replacedDocumentId))}`);
  for (const e of report.errors) lines.push(`  ${say(importerText.error(e.line))}: ${e.message}`);
  if (report.status === 'failed' && hasFigures(report.partial)) lines.push(`  ${say(importerText.partlyRead())}`);
  for (const r of report.partial) {
    lines.push(`  ${say(importerText.notLoaded(r.kind, r.name, r.lineStart, r.lineEnd, r.read))}`);
    for (const p of r.problems) lines.push(`    ${p.line === null ? '' : say(importerText.line(p.line))}${p.message}`);
  }
  for (const u of report.unread) lines.push(`  ${say(importerText.unread(u.line))}: ${u.reason} — ${JSON.stringify(u.text.slice(0, 80))}`);
  for (const w of report.warnings) lines.push(`  ${say(importerText.warning(w.line))}: ${w.reason}`);
  return lines.join('\n');
}

/** The files named: a folder stands for every non-hidden file beneath it, in path order. */
function expand(args: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push(full);
    }
  };
  for (const arg of args) {
    if (fs.statSync(arg, { throwIfNoEntry: false })?.isDirectory()) walk(arg);
    else files.push(arg); // a file, or a path that fails to read below, with its reason
  }
  return files;
}

type Read = { file: string; fileName: string; bytes: Buffer } | { file: string; report: ImportReport };

function read(file: string, language: Language): Read {
  try {
    return { file, fileName: path.basename(file), bytes: fs.readFileSync(file) };
  } catch (error) {
    const problem = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { file, report: failedReport(path.basename(file), importerText.cannotRead(file, problem)[language]) };
  }
}

class Refused extends Error {}

/**
 * Where each document's report goes as it finishes (runImport): shown, and with --json written out
 * — and then let go. Nothing keeps a run's reports: a report holds its document's warnings, unread
 * lines and what was read of its tables left out, and kept they would grow with the folder.
 */
interface Reporting {
  starting(fileName: string): void;
  finished(report: ImportReport): void;
}

/** Sends one document to the server; its report, or Refused when the server will take none from us. */
async function send(
  server: ServerTarget,
  fileName: string,
  bytes: Buffer,
  language: Language,
  given: PrepareOptions,
): Promise<ImportReport> {
  const form = new FormData();
  if (given.region) form.append('region', given.region.code);
  if (given.fiscalYear !== undefined) form.append('year', String(given.fiscalYear));
  form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
  const response = await fetch(`${server.url}/api/documents`, {
    method: 'POST',
    headers: { 'accept-language': language, ...(server.key ? { authorization: `Bearer ${server.key}` } : {}) },
    body: form,
  });
  const body = (await response.json().catch(() => ({}))) as { error?: string; reports?: ImportReport[] };
  if (body.reports?.length === 1) return body.reports[0]!;
  if (response.status === 401 || response.status === 403)
    throw new Refused(importerText.refusedUpload(server.url, body.error ?? response.statusText, Boolean(server.key))[language]);
  return failedReport(fileName, importerText.serverAnswered(server.url, response.status, body.error ?? response.statusText)[language]);
}

async function viaServer(
  server: ServerTarget,
  files: string[],
  progress: () => Reporting,
  language: Language,
  given: PrepareOptions,
): Promise<void> {
  console.error(`jixiao-import: ${importerText.sending(server.url)[language]}`);
  // Who we are to it, before sending anything: a refusal now costs no upload. It answers in our language.
  const me = await fetch(`${server.url}/api/me`, {
    headers: { 'accept-language': language, ...(server.key ? { authorization: `Bearer ${server.key}` } : {}) },
  });
  const who = (await me.json().catch(() => ({}))) as { error?: string; role?: string };
  if (me.status === 401 || who.role === 'READER')
    throw new Refused(importerText.uploaderKeyNeeded(server.url, who.error ?? importerText.readOnly()[language])[language]);
  const shown = progress();
  for (const file of files) {
    shown.starting(path.basename(file));
    const r = read(file, language);
    shown.finished('report' in r ? r.report : await send(server, r.fileName, r.bytes, language, given));
  }
}

/** The last non-empty line of an error message (Prisma's start with a code frame). */
function lastLine(message: string): string {
  return (
    message
      .trim()
      .split('\n')
      .filter((l) => l.trim() !== '')
      .at(-1) ?? message
  );
}

async function direct(
  config: Config,
  files: string[],
  dryRun: boolean,
  given: PrepareOptions,
  progress: () => Reporting,
  language: Language,
): Promise<void> {
  // A dry run reads and checks only (checkDocument): it opens no database, neither the configured
  // one nor a throw-away one.
  const db = dryRun ? null : await openDatabase({ url: config.DATABASE_URL, dataDir: config.JIXIAO_DATA_DIR });
  const caller: Caller = { kind: 'cli', role: 'ADMIN', who: `${os.userInfo().username}@${os.hostname()}` };
  /** Whether a document's records were written: the planner's statistics are refreshed then. */
  let wrote = false;
  try {
    if (db) {
      await migrate(db.script);
      await ensureReferenceData(db.prisma);
    }
    const shown = progress();
    // Documents are read on the reading threads while the one before is written (src/ingest/readingPool.ts);
    // a few are read in-process (starting threads would cost more than they save).
    const pool = files.length > READ_IN_PROCESS_UP_TO ? createReadingPool({ timeLimitMs: config.JIXIAO_READ_TIMEOUT_MS }) : null;
    const reads = (function* () {
      for (const file of files) {
        const r = read(file, language);
        yield 'report' in r ? { ...r, fileName: r.report.fileName } : r;
      }
    })();
    try {
      for await (const { item: r, reading } of readAhead(reads, pool, undefined, given)) {
        shown.starting(r.fileName);
        if ('report' in r) {
          shown.finished(r.report);
          continue;
        }
        if (!db) {
          let report: ImportReport;
          try {
            report = await checkDocument(r.fileName, r.bytes, { ...given, reading });
          } catch (error) {
            // A fault in reading it (a bug, not a bad file): this document failed, the others go on, as below.
            report = failedReport(r.fileName, importerText.notChecked((error as Error).message)[language]);
          }
          shown.finished(report);
          continue;
        }
        let report: ImportReport;
        try {
          report = await importDocument(db, r.fileName, r.bytes, {
            ...given,
            reading,
            onWritten: (tx, written) =>
              writeAudit(tx, { caller, action: 'upload', status: written.status, bytes: r.bytes, report: written }),
          });
        } catch (error) {
          // The database refused it (its transaction rolled back), or reading it hit a fault: this
          // document failed, the others go on.
          report = failedReport(r.fileName, importerText.notWritten((error as Error).message)[language]);
        }
        if (report.status !== 'loaded' && report.status !== 'replaced') {
          // A refusal or failure is audited too; when the database is away that entry cannot be
          // written either, which the report says — the run goes on and ends with the list.
          try {
            await writeAudit(db.prisma, { caller, action: 'upload', status: report.status, bytes: r.bytes, report });
          } catch (error) {
            report = {
              ...report,
              errors: [
                ...report.errors,
                { line: null, message: importerText.auditNotWritten(lastLine((error as Error).message))[language] },
              ],
            };
          }
        }
        wrote ||= wroteRecords(report);
        shown.finished(report);
      }
    } finally {
      await pool?.close();
    }
    // A run that wrote documents leaves the planner's statistics current (src/db/statistics.ts).
    if (db && wrote) {
      try {
        await refreshStatistics(db);
      } catch (error) {
        console.error(`jixiao-import: ${importerText.statisticsNotRefreshed(lastLine((error as Error).message))[language]}`);
      }
    }
  } finally {
    await db?.close();
  }
}

export interface ImportRun {
  /** Files and folders named. */
  paths: string[];
  dryRun: boolean;
  json: boolean;
  /** What the documents that do not say it are told: their region (`--region`), their year (`--year`). */
  given: PrepareOptions;
  language: Language;
}

/** Makes the run: prints each document's report as it finishes and the summary; the exit code. */
export async function runImport({ paths, dryRun, json, given, language }: ImportRun): Promise<number> {
  const config = readConfig();
  const files = expand(paths);
  if (files.length === 0) {
    console.error(`jixiao-import: ${importerText.noDocumentFound()[language]}`);
    return 1;
  }
  const server = dryRun ? null : await findServer(config);
  // Each document's report as it finishes — printed, or with --json written as an element of the
  // array on stdout — and the bar on a terminal; made once the run has begun. Of the reports the run
  // keeps only whether one failed or was refused (its exit code).
  const reports = json ? new JsonReports(process.stdout) : null;
  let refusedOrFailed = false;
  let shown: ImportProgress | null = null;
  const progress = (): Reporting => {
    const bar = (shown = new ImportProgress(
      files.length,
      { out: process.stdout, err: process.stderr },
      !json,
      (r) => describe(r, language),
      language,
    ));
    return {
      starting: (fileName) => bar.starting(fileName),
      finished(report) {
        bar.finished(report);
        reports?.add(report);
        refusedOrFailed ||= report.status === 'failed' || report.status === 'refused';
      },
    };
  };
  try {
    if (server) await viaServer(server, files, progress, language, given);
    else await direct(config, files, dryRun, given, progress, language);
  } catch (error) {
    // The reports written so far stay one JSON array.
    if (reports?.begun) reports.end();
    if (!(error instanceof Refused)) throw error;
    console.error(`jixiao-import: ${error.message}`);
    return 1;
  }
  (shown as ImportProgress | null)?.done(dryRun);
  reports?.end();
  return refusedOrFailed ? 1 : 0;
}
