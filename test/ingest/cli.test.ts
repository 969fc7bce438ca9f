/**
 * The importer as a command (`tsx src/cli/import.ts`, what `npm run import --` runs), as its own
 * process started from the run's build of it (test/support/commandBuilds.ts): exit codes, what it
 * prints per document, and what it leaves in the database — an on-disk PGlite in a temporary
 * directory, or the PostgreSQL server named by DATABASE_URL.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database';
import type { ImportReport } from '../../src/ingest/load';
import { dataDirCopyOf, emptyDatabase, SEED_DIR, seedFiles, seedText, tableCounts as countRows } from '../support/database';
import { commandArgs } from '../support/process';

const ROOT = path.resolve(__dirname, '..', '..');
const DATABASE_URL = process.env.DATABASE_URL || undefined;

let work: string;
let dataDir: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The command in English (`--lang en`), as the assertions below read it. */
function cli(...args: string[]): Promise<Run> {
  return command(['--lang', 'en', ...args]);
}

/** The command as it speaks by default: Chinese, with no language asked for (LANG and LC_ALL unset). */
function cliChinese(...args: string[]): Promise<Run> {
  return command(args, { LANG: undefined, LC_ALL: undefined });
}

async function command(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<Run> {
  // No server answers at JIXIAO_URL (port 9, discard): the command opens the database itself.
  const env: NodeJS.ProcessEnv = { ...process.env, JIXIAO_DATA_DIR: dataDir, LOG_LEVEL: 'silent', JIXIAO_URL: 'http://127.0.0.1:9' };
  if (!DATABASE_URL) delete env.DATABASE_URL;
  for (const [name, value] of Object.entries(extraEnv)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [...commandArgs('src/cli/import.ts'), ...args], {
      cwd: ROOT,
      env,
      maxBuffer: 1 << 24,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** Rows per table in the database the command wrote to (opened after it exited). */
async function storedCounts() {
  if (!DATABASE_URL && !fs.existsSync(dataDir)) return null;
  const db = await openDatabase({ url: DATABASE_URL, dataDir });
  try {
    return await countRows(db.prisma);
  } finally {
    await db.close();
  }
}

/** The rows the planner's statistics hold for a table (pg_class.reltuples): stale until it is analyzed. */
async function plannedRows(table: string): Promise<number> {
  const db = await openDatabase({ url: DATABASE_URL, dataDir });
  try {
    const [row] = await db.prisma.$queryRaw<{ n: number }[]>`SELECT reltuples::int AS n FROM pg_class WHERE relname = ${table}`;
    return row!.n;
  } finally {
    await db.close();
  }
}

const seeds = () => seedFiles().map((f) => path.join(SEED_DIR, f));
const SEEDS_STORED = {
  documents: 4,
  projects: 20 + 11 + 26,
  departmentEvaluations: 3,
  goals: 14,
  indicators: 151 + 161 + 259 + 38,
  summaryTables: 5,
  summaryRows: 22,
  finalAccounts: 1,
  // 000, 001 and 003 (test/ingest/import.test.ts counts them by kind).
  discrepancies: 17 + 100 + 15 + 6,
};

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-cli-'));
  dataDir = path.join(work, 'pglite');
  if (DATABASE_URL) await (await emptyDatabase()).close();
});
afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

describe('usage', () => {
  it('no file: exit 2 with the usage', async () => {
    const run = await cli();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'usage: jixiao-import [--dry-run] [--json] [--lang zh|en] [--region CODE|NAME] [--year YYYY] FILE|FOLDER…',
    );
  });

  it('speaks Chinese unless asked otherwise; --lang en or an English LANG gives English; an unknown --lang is a usage error', async () => {
    const chinese = await cliChinese();
    expect(chinese.code).toBe(2);
    expect(chinese.stderr).toContain(
      '用法：jixiao-import [--dry-run] [--json] [--lang zh|en] [--region 区划代码|名称] [--year 年度] 文件|文件夹…',
    );
    const byLang = await command([], { LANG: 'en_US.UTF-8', LC_ALL: undefined });
    expect(byLang.stderr).toContain('usage: jixiao-import');
    const byFlag = await command(['--lang', 'zh', '--help'], { LANG: 'en_US.UTF-8' });
    expect(byFlag.stdout).toContain('用法：');
    const unknown = await cliChinese('--lang', 'fr', seeds()[0]!);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--lang 应为 zh 或 en，收到“fr”');
  });

  it('an unknown option: exit 2', async () => {
    const run = await cli('--force', seeds()[0]!);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--force[\s\S]*usage:/);
  });

  it('a --region that names no region: exit 2, with what it takes', async () => {
    const run = await cli('--region', 'nowhere', seeds()[0]!);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--region takes a GB\/T 2260 code[\s\S]*got "nowhere"[\s\S]*usage:/);
  });

  /** The Qingshen page (test/fixtures/documents) changed by `edit`, written to the work folder. */
  function qingshenPage(fileName: string, edit: (page: string) => string): string {
    const file = path.join(work, fileName);
    const page = path.resolve(ROOT, 'test', 'fixtures', 'documents', 'sichuan-qingshen-wage-expenditure.txt');
    fs.writeFileSync(file, edit(fs.readFileSync(page, 'utf8')));
    return file;
  }

  it('--region names the region of a document that names none (dry run)', async () => {
    const placeless = qingshenPage('placeless.txt', (page) => page.replaceAll('青神县', ''));
    const refused = await cli('--dry-run', placeless);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/unknown jurisdiction.*--region/);
    expect(refused.stdout).toMatch(/工资性支出/);
    const named = await cli('--dry-run', '--region', '511425', placeless);
    expect(named.code).toBe(0);
    expect(named.stdout).toContain('青神县 (511425), 2023');
  });

  it('a --year that is no fiscal year: exit 2, with what it takes', async () => {
    for (const year of ['22', '2022年', '1900']) {
      const run = await cli('--year', year, seeds()[0]!);
      expect(run.code, year).toBe(2);
      expect(run.stderr).toContain(`--year takes a four-digit fiscal year from 1990 to 2100 (e.g. 2022), got "${year}"`);
    }
  });

  it('--year names the fiscal year of a document that names none (dry run)', async () => {
    const yearless = qingshenPage('yearless.txt', (page) => page.replace('(2023年度)', ''));
    const refused = await cli('--dry-run', yearless);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/no fiscal year.*--year/);
    const named = await cli('--dry-run', '--year', '2023', yearless);
    expect(named.code).toBe(0);
    expect(named.stdout).toContain('青神县 (511425), 2023');
  });

  it('--help: exit 0', async () => {
    const run = await cli('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('usage:');
  });
});

// Each run starts a process, opens and migrates a database and reads every file: slow on a busy machine.
describe('checking (dry runs)', () => {
  it('reports in Chinese by default: status, counts and the summary line', async () => {
    const run = await cliChinese('--dry-run', seeds()[0]!);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('000_ad1903e17936058e.txt: 已检查 — 黄石市 (420200), 2021');
    expect(run.stdout).toContain('  20 个项目，151 个指标，0 个部门整体评价（0 个目标）');
    expect(run.stdout).toMatch(/\n {2}未读第 \d+ 行: /);
    expect(run.stdout).toMatch(
      /^jixiao-import: 1 份文档：1 份已检查（1 份部分读取），0 份未变，0 份已拒绝，0 份失败；20 个项目，151 个指标，/m,
    );
    expect(run.stdout).not.toMatch(/: checked|unread line| projects, /);
  });

  it('--dry-run checks every seed, prints its counts and writes nothing', async () => {
    const run = await cli('--dry-run', ...seeds());
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('000_ad1903e17936058e.txt: checked — 黄石市 (420200), 2021');
    expect(run.stdout).toContain('20 projects, 151 indicators, 0 department evaluations (0 goals)');
    expect(run.stdout).toContain('001_36bbbe4670b73e8a.txt: checked — 新乡县 (410721), 2021');
    expect(run.stdout).toContain('11 projects, 161 indicators, 1 department evaluations (0 goals), 5 summary tables (22 rows)');
    expect(run.stdout).toContain('002_08c5a9fc441d161e.txt: checked — 通城县 (421222), 2023');
    expect(run.stdout).toContain(
      '26 projects, 259 indicators, 1 department evaluations (7 goals), 0 summary tables (0 rows), 1 final accounts',
    );
    expect(run.stdout).toContain('003_d47b5030e5ff90bc.txt: checked — 十堰市 (420300), 2021');
    expect(run.stdout).toContain('0 projects, 38 indicators, 1 department evaluations (7 goals)');
    const counts = await storedCounts();
    if (DATABASE_URL) expect(counts).toMatchObject({ documents: 0, projects: 0, indicators: 0, organizations: 0 });
    else expect(counts).toBeNull(); // the data directory was not even created
  });
});

describe('importing', () => {
  // On PGlite the command finds its data directory made, migrated and with the reference data, as
  // after a first run (a copy of the run's template: initdb, the migrations and 拼音 of every region
  // are most of a first run); on a PostgreSQL server the file's database is such a copy already.
  beforeAll(async () => {
    if (!DATABASE_URL) await dataDirCopyOf('empty', dataDir);
  });

  it('loads the four seeds: exit 0, per document counts, warnings and unread lines with their line numbers', async () => {
    const run = await cli(...seeds());
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('000_ad1903e17936058e.txt: loaded — 黄石市 (420200), 2021');
    expect(run.stdout).toContain(
      '  20 projects, 151 indicators, 0 department evaluations (0 goals), 0 summary tables (0 rows), 0 final accounts, 4 organizations, 17 discrepancies',
    );
    expect(run.stdout).toContain('  unread line 626: text line inside a project table — "黄石市劳动就业管理局"');
    expect(run.stdout).toContain('  warning line 330: several values in one cell split: "100% 100% 20"');
    expect(run.stdout).toContain('001_36bbbe4670b73e8a.txt: loaded — 新乡县 (410721), 2021');
    expect(run.stdout).toContain('002_08c5a9fc441d161e.txt: loaded — 通城县 (421222), 2023');
    expect(run.stdout).toContain('003_d47b5030e5ff90bc.txt: loaded — 十堰市 (420300), 2021');
    // Every warning and unread line of every document names its line.
    for (const line of run.stdout.split('\n').filter((l) => /^\s+(warning|unread)/.test(l)))
      expect(line).toMatch(/^ {2}(warning|unread) line \d+: /);
    expect(await storedCounts()).toMatchObject(SEEDS_STORED);
    // A run that wrote documents leaves the planner's statistics current (ANALYZE: src/db/statistics.ts).
    expect(await plannedRows('indicator')).toBe(SEEDS_STORED.indicators);
    expect(await plannedRows('project_evaluation')).toBe(SEEDS_STORED.projects);
  });

  it('a failing document among others: exit 1, the error with its line, nothing written for it', async () => {
    const cut = path.join(work, 'cut-000.txt');
    fs.writeFileSync(cut, seedText('000_').split('\n').slice(0, 24).join('\n'));
    const shifted = path.join(work, 'shifted-000.txt');
    const lines = seedText('000_').split('\n');
    lines[17] = lines[17]!.replace('\t45\t', '\t1,2.3万\t');
    fs.writeFileSync(shifted, lines.join('\n'));
    const png = path.join(work, 'image.png');
    fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const before = await storedCounts();

    const run = await cli(seeds()[0]!, cut, shifted, png, path.join(work, 'missing.txt'), seeds()[3]!);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('000_ad1903e17936058e.txt: unchanged');
    expect(run.stdout).toContain('cut-000.txt: failed');
    // Read by the template reader (no reading loads a table, and it reports what it placed): its words for the cut.
    expect(run.stdout).toMatch(/ {2}error \(line 24\): project 「12333信息平台建设经费」: no 总分 row/);
    expect(run.stdout).toMatch(/cut-000\.txt: failed\n(.*\n)* {2}partly read: every table was left out/);
    expect(run.stdout).toContain('shifted-000.txt: failed');
    expect(run.stdout).toMatch(/ {2}error \(line 18\): 「1,2\.3万」/);
    expect(run.stdout).toMatch(/image\.png: failed\n {2}error: not UTF-8 text/);
    expect(run.stdout).toMatch(/missing\.txt: failed\n {2}error: cannot read .*missing\.txt: ENOENT/);
    expect(run.stdout).toContain('003_d47b5030e5ff90bc.txt: unchanged');
    expect(await storedCounts()).toEqual(before);
  });

  it('--json: one report per file', async () => {
    const corrected = path.join(work, '003_d47b5030e5ff90bc.txt');
    fs.writeFileSync(corrected, seedText('003_').replace('自评得分: 97', '自评得分: 96'));
    const run = await cli('--json', seeds()[1]!, corrected);
    expect(run.code, run.stderr).toBe(0);
    const reports = JSON.parse(run.stdout) as ImportReport[];
    expect(reports.map((r) => [r.fileName, r.status])).toEqual([
      ['001_36bbbe4670b73e8a.txt', 'unchanged'],
      ['003_d47b5030e5ff90bc.txt', 'replaced'],
    ]);
    expect(reports[1]).toMatchObject({
      region: { code: '420300', name: '十堰市' },
      fiscalYear: 2021,
      counts: { indicators: 38, goals: 7 },
      errors: [],
    });
    // The corrected version replaced the old one's records: counts as before, one more document.
    expect(await storedCounts()).toMatchObject({ ...SEEDS_STORED, documents: 5 });
  });
});
