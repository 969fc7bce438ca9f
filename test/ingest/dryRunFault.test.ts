/**
 * A fault in reading a document (a bug of a reader, not a bad file: anything but the format and
 * reading errors a reading reports) during a dry run fails that document only: the run checks the
 * others, ends with the list and exits 1, as a real import does. The fault is made by replacing the
 * reading of one file name (vi.mock); the importer's run is called in-process (runImport).
 */
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runImport } from '../../src/cli/importRun';
import type { ImportReport } from '../../src/ingest/load';
import { SEED_DIR, seedFiles } from '../support/seedFiles';

vi.mock('../../src/ingest/reading', async (original) => {
  const actual = await original<typeof import('../../src/ingest/reading')>();
  return {
    ...actual,
    readAndPrepare: (...args: Parameters<typeof actual.readAndPrepare>) =>
      args[0].startsWith('001_') ? Promise.reject(new TypeError('a reader bug')) : actual.readAndPrepare(...args),
  };
});

describe('a fault in reading during a dry run', () => {
  afterEach(() => vi.restoreAllMocks());

  it('fails that document with the fault, checks the others, and exits 1', async () => {
    // The reports go to stdout as they finish (src/cli/jsonReports.ts), one JSON array in all.
    let printed = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((printed += String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const files = seedFiles().map((f) => path.join(SEED_DIR, f));
    const code = await runImport({ paths: files, dryRun: true, json: true, given: {}, language: 'en' });
    expect(code).toBe(1);
    const reports = JSON.parse(printed) as ImportReport[];
    expect(reports.map((r) => [r.fileName.slice(0, 4), r.status])).toEqual([
      ['000_', 'checked'],
      ['001_', 'failed'],
      ['002_', 'checked'],
      ['003_', 'checked'],
    ]);
    expect(reports[1]!.errors).toEqual([{ line: null, message: 'not checked: a reader bug' }]);
    expect(reports[1]!.documentId ?? null).toBeNull();
  });
});
