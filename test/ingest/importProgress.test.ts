/**
 * What the importer shows while it works: each document's report as it finishes and one summary
 * line (the command as a process, --dry-run on the seeds and a bad file), and the progress bar,
 * drawn only on a terminal (ImportProgress on a stream that says it is one, and on one that does not).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ImportProgress } from '../../src/cli/importProgress';
import { NO_COUNTS, type ImportReport } from '../../src/ingest/load';
import { SEED_DIR, seedFiles } from '../support/database';
import { commandArgs } from '../support/process';

const ROOT = path.resolve(__dirname, '..', '..');

function report(fileName: string, status: ImportReport['status'], projects: number, discrepancies: number, unread = 0): ImportReport {
  return {
    fileName,
    status,
    documentId: null,
    region: null,
    fiscalYear: 2021,
    counts: { ...NO_COUNTS, projects, discrepancies },
    warnings: [],
    unread: Array.from({ length: unread }, (_, i) => ({ line: i + 1, reason: 'x', text: 'x' })),
    partial: [],
    errors: [],
  };
}

function stream(isTTY: boolean) {
  const s = Object.assign(new PassThrough(), { isTTY, columns: 120 });
  let text = '';
  s.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { s, text: () => text };
}

describe('the importer as a person uses it', () => {
  it('prints each document as it finishes, then one summary line (a dry run of the seeds and a bad file)', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-progress-'));
    fs.writeFileSync(path.join(work, 'zz-not-a-table.txt'), '这不是自评表\n');
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', JIXIAO_URL: 'http://127.0.0.1:9' };
    const run = await promisify(execFile)(
      process.execPath,
      [...commandArgs('src/cli/import.ts'), '--lang', 'en', '--dry-run', ...seedFiles().map((f) => path.join(SEED_DIR, f)), work],
      { cwd: ROOT, env, maxBuffer: 1 << 24 },
    ).catch((error: { code: number; stdout: string; stderr: string }) => error);
    fs.rmSync(work, { recursive: true, force: true });
    const lines = run.stdout.trimEnd().split('\n');
    const summary = lines.at(-1)!;
    expect(summary).toMatch(
      /^jixiao-import: 5 documents: 4 checked \(\d+ partly read\), 0 unchanged, 0 refused, 1 failed; (\d+) projects, (\d+) indicators, (\d+) department evaluations, 22 summary rows; (\d+) discrepancies$/,
    );
    // The totals are the sums of the documents' own lines.
    const sum = (re: RegExp) =>
      lines
        .map((l) => Number(re.exec(l)?.[1] ?? 0))
        .slice(0, -1)
        .reduce((a, b) => a + b, 0);
    const [, projects, indicators, departments, discrepancies] = summary.match(
      /(\d+) projects, (\d+) indicators, (\d+) department evaluations, .*; (\d+) discrepancies$/,
    )!;
    expect(Number(projects)).toBe(sum(/^  (\d+) projects/));
    expect(Number(indicators)).toBe(sum(/^  \d+ projects, (\d+) indicators/));
    expect(Number(departments)).toBe(sum(/indicators, (\d+) department evaluations/));
    expect(Number(discrepancies)).toBe(sum(/, (\d+) discrepancies$/));
    // The reports come in the order the documents were read, before the summary.
    const heads = lines.filter((l) => /^\S+\.txt: /.test(l)).map((l) => l.split(':')[0]);
    expect(heads.slice(-1)).toEqual(['zz-not-a-table.txt']);
    expect(heads.length).toBe(5);
    // Not a terminal: no bar, no escape codes.
    expect(run.stderr).not.toMatch(/\u001b\[|importing \[/);
  });

  it('draws the bar with running totals on a terminal, and prints the reports above it', () => {
    const out = stream(false);
    const err = stream(true);
    const progress = new ImportProgress(2, { out: out.s, err: err.s }, true, (r) => `${r.fileName}: ${r.status}`, 'en');
    progress.starting('a.txt');
    progress.finished(report('a.txt', 'loaded', 20, 4, 2));
    progress.starting('b.txt');
    progress.finished(report('b.txt', 'refused', 0, 0));
    progress.done(false);
    expect(out.text()).toBe(
      'a.txt: loaded\nb.txt: refused\n' +
        'jixiao-import: 2 documents: 1 loaded (1 partly read), 0 unchanged, 1 refused, 0 failed; 20 projects, 0 indicators, 0 department evaluations, 0 summary rows; 4 discrepancies\n',
    );
    expect(err.text()).toMatch(/importing \[.*\] \d\/2 documents \| 20 projects, 4 discrepancies/);
  });

  it('says it in Chinese when the command speaks Chinese', () => {
    const out = stream(false);
    const err = stream(false);
    const progress = new ImportProgress(1, { out: out.s, err: err.s }, true, (r) => r.fileName, 'zh');
    progress.finished(report('a.txt', 'loaded', 20, 4, 2));
    progress.done(false);
    expect(out.text()).toBe(
      'a.txt\njixiao-import: 1 份文档：1 份已载入（1 份部分读取），0 份未变，0 份已拒绝，0 份失败；' +
        '20 个项目，0 个指标，0 个部门整体评价，0 行汇总；4 处差异\n',
    );
  });

  it('draws no bar when stderr is not a terminal, and puts the summary on stderr when stdout carries JSON', () => {
    const out = stream(false);
    const err = stream(false);
    const progress = new ImportProgress(1, { out: out.s, err: err.s }, false, () => 'never', 'en');
    progress.finished(report('a.txt', 'checked', 3, 1));
    progress.done(true);
    expect(out.text()).toBe('');
    expect(err.text()).toBe(
      'jixiao-import: 1 document: 1 checked (0 partly read), 0 unchanged, 0 refused, 0 failed; 3 projects, 0 indicators, 0 department evaluations, 0 summary rows; 1 discrepancies\n',
    );
  });

  it('draws no bar when the JSON reports go to the same terminal (they stream past on it)', () => {
    const out = stream(true);
    const err = stream(true);
    const progress = new ImportProgress(1, { out: out.s, err: err.s }, false, () => 'never', 'en');
    progress.starting('a.txt');
    progress.finished(report('a.txt', 'checked', 3, 1));
    progress.done(true);
    expect(out.text()).toBe('');
    expect(err.text()).toBe(
      'jixiao-import: 1 document: 1 checked (0 partly read), 0 unchanged, 0 refused, 0 failed; 3 projects, 0 indicators, 0 department evaluations, 0 summary rows; 1 discrepancies\n',
    );
  });
});
