/**
 * `npm run import -- [--dry-run] [--json] FILE|FOLDER…` (also the package's `jixiao-import` bin):
 * loads self-evaluation documents, each in one transaction, and prints per document — as soon as
 * it finishes — what was loaded, the warnings and the lines that could not be interpreted, with
 * line numbers; then one summary line. On a terminal a progress bar keeps the running totals
 * (src/cli/importProgress.ts). A folder
 * stands for every document in it, recursively (hidden files skipped; the format is told by the
 * content, not the extension).
 *
 * The server is the one writer: when one is running (src/cli/serverClient.ts) the documents are
 * sent to it (POST /api/documents) and it answers with the same reports; only when none is does
 * this command open the database itself — and then it holds the embedded database's lock, so a
 * server cannot start on it meanwhile. A dry run reads and checks only and needs neither.
 *
 * Exits 1 when a document failed or was refused (nothing of it was written), 2 on a usage error.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeAudit } from '../api/audit';
import type { Caller } from '../api/caller';
import { readConfig, type Config } from '../config';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { ensureReferenceData } from '../db/referenceData';
import { failedReport, importDocument, type ImportReport } from '../ingest/load';
import { hasFigures } from '../ingest/partial';
import { ImportProgress } from './importProgress';
import { findServer, type ServerTarget } from './serverClient';

const USAGE = 'usage: jixiao-import [--dry-run] [--json] FILE|FOLDER…';

function describe(report: ImportReport): string {
  const lines = [
    `${report.fileName}: ${report.status}${report.region ? ` — ${report.region.name} (${report.region.code}), ${report.fiscalYear}` : ''}`,
  ];
  if (report.status !== 'failed' && report.status !== 'unchanged' && report.status !== 'refused') {
    const c = report.counts;
    lines.push(
      `  ${c.projects} projects, ${c.indicators} indicators, ${c.departmentEvaluations} department evaluations (${c.goals} goals), ` +
        `${c.summaryTables} summary tables (${c.summaryRows} rows), ${c.finalAccounts} final accounts, ${c.organizations} organizations, ` +
        `${c.discrepancies} discrepancies`,
    );
  }
  if (report.replacedDocumentId) lines.push(`  replaces document ${report.replacedDocumentId}, which stays on record as superseded`);
  for (const e of report.errors) lines.push(`  error${e.line === null ? '' : ` (line ${e.line})`}: ${e.message}`);
  if (report.status === 'failed' && hasFigures(report.partial))
    lines.push('  partly read: every table was left out; what was read of each is below (nothing was written)');
  for (const r of report.partial) {
    lines.push(`  not loaded: ${r.kind} 「${r.name}」 (lines ${r.lineStart}–${r.lineEnd}; read: ${r.read})`);
    for (const p of r.problems) lines.push(`    ${p.line === null ? '' : `line ${p.line}: `}${p.message}`);
  }
  for (const u of report.unread) lines.push(`  unread line ${u.line}: ${u.reason} — ${JSON.stringify(u.text.slice(0, 80))}`);
  for (const w of report.warnings) lines.push(`  warning line ${w.line}: ${w.reason}`);
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

function read(file: string): Read {
  try {
    return { file, fileName: path.basename(file), bytes: fs.readFileSync(file) };
  } catch (error) {
    return {
      file,
      report: failedReport(
        path.basename(file),
        `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      ),
    };
  }
}

class Refused extends Error {}

/** Sends one document to the server; its report, or Refused when the server will take none from us. */
async function send(server: ServerTarget, fileName: string, bytes: Buffer): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
  const response = await fetch(`${server.url}/api/documents`, {
    method: 'POST',
    headers: server.key ? { authorization: `Bearer ${server.key}` } : {},
    body: form,
  });
  const body = (await response.json().catch(() => ({}))) as { error?: string; reports?: ImportReport[] };
  if (body.reports?.length === 1) return body.reports[0]!;
  if (response.status === 401 || response.status === 403)
    throw new Refused(
      `the server at ${server.url} refused the upload: ${body.error ?? response.statusText}.` +
        (server.key ? '' : ' Set JIXIAO_API_KEY to an uploader or admin key (npm run keys -- create --role uploader --region CODE).'),
    );
  return failedReport(fileName, `the server at ${server.url} answered ${response.status}: ${body.error ?? response.statusText}`);
}

async function viaServer(server: ServerTarget, files: string[], progress: () => ImportProgress): Promise<ImportReport[]> {
  console.error(`jixiao-import: sending to the server at ${server.url}`);
  // Who we are to it, before sending anything: a refusal now costs no upload.
  const me = await fetch(`${server.url}/api/me`, { headers: server.key ? { authorization: `Bearer ${server.key}` } : {} });
  const who = (await me.json().catch(() => ({}))) as { error?: string; role?: string };
  if (me.status === 401 || who.role === 'READER')
    throw new Refused(
      `the server at ${server.url} takes documents only with an uploader or admin key: ${who.error ?? 'this key may read only'}.` +
        ' Set JIXIAO_API_KEY (npm run keys -- create --role uploader --region CODE).',
    );
  const reports: ImportReport[] = [];
  const shown = progress();
  for (const file of files) {
    shown.starting(path.basename(file));
    const r = read(file);
    const report = 'report' in r ? r.report : await send(server, r.fileName, r.bytes);
    shown.finished(report);
    reports.push(report);
  }
  return reports;
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

async function direct(config: Config, files: string[], dryRun: boolean, progress: () => ImportProgress): Promise<ImportReport[]> {
  // A dry run reads and checks only: it neither creates nor migrates the configured database.
  const db = await openDatabase(dryRun ? { dataDir: 'memory://' } : { url: config.DATABASE_URL, dataDir: config.JIXIAO_DATA_DIR });
  const caller: Caller = { kind: 'cli', role: 'ADMIN', who: `${os.userInfo().username}@${os.hostname()}` };
  const reports: ImportReport[] = [];
  try {
    await migrate(db.script);
    await ensureReferenceData(db.prisma);
    const shown = progress();
    for (const file of files) {
      shown.starting(path.basename(file));
      const r = read(file);
      if ('report' in r) {
        shown.finished(r.report);
        reports.push(r.report);
        continue;
      }
      let report: ImportReport;
      try {
        report = await importDocument(db.prisma, r.fileName, r.bytes, {
          dryRun,
          onWritten: (tx, written) => writeAudit(tx, { caller, action: 'upload', status: written.status, bytes: r.bytes, report: written }),
        });
      } catch (error) {
        // The database refused it (its transaction rolled back): this document failed, the others go on.
        report = failedReport(r.fileName, `not loaded, nothing written: ${(error as Error).message}`);
      }
      if (!dryRun && report.status !== 'loaded' && report.status !== 'replaced') {
        // A refusal or failure is audited too; when the database is away that entry cannot be
        // written either, which the report says — the run goes on and ends with the list.
        try {
          await writeAudit(db.prisma, { caller, action: 'upload', status: report.status, bytes: r.bytes, report });
        } catch (error) {
          report = {
            ...report,
            errors: [...report.errors, { line: null, message: `its audit entry was not written: ${lastLine((error as Error).message)}` }],
          };
        }
      }
      shown.finished(report);
      reports.push(report);
    }
  } finally {
    await db.close();
  }
  return reports;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const config = readConfig();
  const dryRun = parsed.values['dry-run'] === true;
  const files = expand(parsed.positionals);
  if (files.length === 0) {
    console.error('jixiao-import: no document found in the folders named');
    return 1;
  }
  const server = dryRun ? null : await findServer(config);
  const json = parsed.values.json === true;
  // Each document's report as it finishes, the bar on a terminal; made once the run has begun.
  let shown: ImportProgress | null = null;
  const progress = () => (shown = new ImportProgress(files.length, { out: process.stdout, err: process.stderr }, !json, describe));
  let reports: ImportReport[];
  try {
    reports = server ? await viaServer(server, files, progress) : await direct(config, files, dryRun, progress);
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    console.error(`jixiao-import: ${error.message}`);
    return 1;
  }
  (shown as ImportProgress | null)?.done(dryRun);
  if (json) console.log(JSON.stringify(reports, null, 2));
  return reports.some((r) => r.status === 'failed' || r.status === 'refused') ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`jixiao-import: ${error.message}`);
    process.exit(1);
  },
);
