/**
 * The order test files start in: the slowest first, so that a run does not end waiting on a long
 * file that started last. Vitest orders files by the durations of the previous run when it has them
 * (its cache in node_modules/.vite); a clean clone — CI — has none, and files would start by size,
 * which put the two mutation-fuzz files (small files, a minute of reading) at the very end. The
 * files named here start first, in this order (the slowest of a full run on 2 cores, 2026-12-04);
 * the others follow in vitest's own order.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const SLOWEST_FIRST = [
  'test/server/faults.test.ts',
  'test/server/oneWriter.test.ts',
  'test/ingest/cli.test.ts',
  'test/db/migrations.test.ts',
  'test/dashboard/officer.test.ts',
  'test/server/replica.test.ts',
  'test/ingest/fuzz-mutations-001-002.test.ts',
  'test/ingest/fuzz-mutations-000-003.test.ts',
  'test/readers/seed-formats.test.ts',
  'test/ingest/readingPool.test.ts',
  'test/synthetic/formats.test.ts',
  'test/api/statements.test.ts',
  'test/seedLayouts/fuzz-lineBroken.test.ts',
  'test/export/export.test.ts',
  'test/readers/office.test.ts',
  'test/synthetic/templates.test.ts',
];

export class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const i = SLOWEST_FIRST.findIndex((name) => spec.moduleId.endsWith(`/${name}`));
      return i < 0 ? SLOWEST_FIRST.length : i;
    };
    // Array.prototype.sort is stable: the others keep vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
