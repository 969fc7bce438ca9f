/**
 * `npm run import -- [--dry-run] [--json] FILE…` (also the package's `jixiao-import` bin): loads
 * self-evaluation documents, each in one transaction, and prints per document what was loaded,
 * the warnings and the lines that could not be interpreted, with line numbers. Exits 1 when a
 * document failed (nothing of it was written), 2 on a usage error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { ensureReferenceData } from '../db/referenceData';
import { importDocument, NO_COUNTS, type ImportReport } from '../ingest/load';

const USAGE = 'usage: jixiao-import [--dry-run] [--json] FILE…';

function describe(report: ImportReport): string {
  const lines = [
    `${report.fileName}: ${report.status}${report.region ? ` — ${report.region.name} (${report.region.code}), ${report.fiscalYear}` : ''}`,
  ];
  if (report.status !== 'failed' && report.status !== 'unchanged') {
    const c = report.counts;
    lines.push(
      `  ${c.projects} projects, ${c.indicators} indicators, ${c.departmentEvaluations} department evaluations (${c.goals} goals), ` +
        `${c.summaryTables} summary tables (${c.summaryRows} rows), ${c.finalAccounts} final accounts, ${c.organizations} organizations, ` +
        `${c.discrepancies} discrepancies`,
    );
  }
  for (const e of report.errors) lines.push(`  error${e.line === null ? '' : ` (line ${e.line})`}: ${e.message}`);
  for (const r of report.partial) {
    lines.push(`  not loaded: ${r.kind} 「${r.name}」 (lines ${r.lineStart}–${r.lineEnd}; read: ${r.read})`);
    for (const p of r.problems) lines.push(`    ${p.line === null ? '' : `line ${p.line}: `}${p.message}`);
  }
  for (const u of report.unread) lines.push(`  unread line ${u.line}: ${u.reason} — ${JSON.stringify(u.text.slice(0, 80))}`);
  for (const w of report.warnings) lines.push(`  warning line ${w.line}: ${w.reason}`);
  return lines.join('\n');
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
  // A dry run reads and checks only: it neither creates nor migrates the configured database.
  const db = await openDatabase(dryRun ? { dataDir: 'memory://' } : { url: config.DATABASE_URL, dataDir: config.JIXIAO_DATA_DIR });
  const reports: ImportReport[] = [];
  try {
    await migrate(db.script);
    await ensureReferenceData(db.prisma);
    for (const file of parsed.positionals) {
      const failed = (message: string): ImportReport => ({
        fileName: path.basename(file),
        status: 'failed',
        documentId: null,
        region: null,
        fiscalYear: null,
        counts: NO_COUNTS,
        warnings: [],
        unread: [],
        partial: [],
        errors: [{ line: null, message }],
      });
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(file);
      } catch (error) {
        reports.push(failed(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`));
        continue;
      }
      try {
        reports.push(await importDocument(db.prisma, path.basename(file), bytes, { dryRun }));
      } catch (error) {
        // The database refused it (its transaction rolled back): this document failed, the others go on.
        reports.push(failed(`not loaded, nothing written: ${(error as Error).message}`));
      }
    }
  } finally {
    await db.close();
  }
  if (parsed.values.json) console.log(JSON.stringify(reports, null, 2));
  else console.log(reports.map(describe).join('\n'));
  return reports.some((r) => r.status === 'failed') ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`jixiao-import: ${error.message}`);
    process.exit(1);
  },
);
