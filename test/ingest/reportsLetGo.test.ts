/**
 * The importer keeps no document's report once it has shown it (src/cli/importRun.ts): a report
 * holds the document's warnings, unread lines and what was read of its tables left out, and a run
 * that kept them all grew with the folder. With --json they go out one by one as elements of the
 * same array `JSON.stringify(reports, null, 2)` of them all would print (src/cli/jsonReports.ts).
 *
 * The run is made in this thread (a dry run of the four seeds: no database, no server); each report
 * is marked once shown — its prototype made an instance's of a class of this test — and when the
 * summary comes, `v8.queryObjects` counts the marked ones still reachable after a full collection.
 */
import path from 'node:path';
import v8 from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportProgress } from '../../src/cli/importProgress';
import { runImport } from '../../src/cli/importRun';
import type { ImportReport } from '../../src/ingest/load';
import { SEED_DIR, seedFiles } from '../support/database';

class Shown {}

const { finished, done } = ImportProgress.prototype;

afterEach(() => {
  Object.assign(ImportProgress.prototype, { finished, done });
  vi.restoreAllMocks();
});

/** A dry run of the seeds in this thread: its exit code, stdout, how many reports were shown and how many were still held at the summary. */
async function dryRun(json: boolean) {
  let shown = 0;
  let heldAtTheEnd = -1;
  Object.assign(ImportProgress.prototype, {
    finished(this: ImportProgress, report: ImportReport) {
      finished.call(this, report);
      Object.setPrototypeOf(report, Shown.prototype);
      shown += 1;
    },
    done(this: ImportProgress, dryRun: boolean) {
      heldAtTheEnd = v8.queryObjects(Shown, { format: 'count' });
      done.call(this, dryRun);
    },
  });
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const code = await runImport({
    paths: seedFiles().map((f) => path.join(SEED_DIR, f)),
    dryRun: true,
    json,
    given: {},
    language: 'en',
  });
  vi.restoreAllMocks();
  return { code, stdout, shown, heldAtTheEnd };
}

// v8.queryObjects came with Node 20.13.
describe.skipIf(typeof v8.queryObjects !== 'function')('the importer lets each report go once shown', () => {
  it('printed', async () => {
    const run = await dryRun(false);
    expect(run.code).toBe(0);
    expect(run.shown).toBe(seedFiles().length);
    expect(run.stdout).toContain(': checked');
    expect(run.heldAtTheEnd).toBe(0);
  });

  it('with --json: written as they finish, the array as JSON.stringify writes it', async () => {
    const run = await dryRun(true);
    expect(run.code).toBe(0);
    expect(run.heldAtTheEnd).toBe(0);
    const reports = JSON.parse(run.stdout) as ImportReport[];
    expect(reports.map((r) => r.status)).toEqual(seedFiles().map(() => 'checked'));
    expect(run.stdout).toBe(`${JSON.stringify(reports, null, 2)}\n`);
  });
});
