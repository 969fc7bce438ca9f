import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentFormatError } from '../../src/readers/formatError';
import { readTabularDocument } from '../../src/seedLayouts/tabs';
import { SEED_DIR } from '../support/seedFiles';
import { eventLoopTurn } from '../support/eventLoop';

const docs = readdirSync(SEED_DIR)
  .filter((n) => /^00[013]_.*\.txt$/.test(n))
  .sort()
  .map((n) => readFileSync(join(SEED_DIR, n), 'utf8').split('\n'));

type Mutation =
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'duplicate'; at: number; count: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'cut'; at: number; char: number }
  | { kind: 'tabs'; at: number; pos: number; n: number }
  | { kind: 'bytes'; at: number; pos: number; bytes: string }
  | { kind: 'merge'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), char: fc.nat() }),
  fc.record({ kind: fc.constant('tabs' as const), at: fc.nat(), pos: fc.nat(), n: fc.integer({ min: 1, max: 30 }) }),
  fc.record({
    kind: fc.constant('bytes' as const),
    at: fc.nat(),
    pos: fc.nat(),
    bytes: fc.string({ unit: 'binary', maxLength: 40 }),
  }),
  fc.record({ kind: fc.constant('merge' as const), at: fc.nat() }),
);

function apply(lines: string[], m: Mutation): string[] {
  const out = lines.slice();
  const n = Math.max(out.length, 1);
  switch (m.kind) {
    case 'delete':
      out.splice(m.at % n, m.count);
      return out;
    case 'duplicate': {
      const at = m.at % n;
      out.splice(at, 0, ...out.slice(at, at + m.count));
      return out;
    }
    case 'swap': {
      const a = m.a % n;
      const b = m.b % n;
      const t = out[a] ?? '';
      out[a] = out[b] ?? '';
      out[b] = t;
      return out;
    }
    case 'cut': {
      const at = m.at % n;
      const line = out[at] ?? '';
      const kept = out.slice(0, at);
      kept.push(line.slice(0, m.char % (line.length + 1)));
      return kept;
    }
    case 'tabs': {
      const at = m.at % n;
      const line = out[at] ?? '';
      const pos = m.pos % (line.length + 1);
      out[at] = line.slice(0, pos) + '\t'.repeat(m.n) + line.slice(pos);
      return out;
    }
    case 'bytes': {
      const at = m.at % n;
      const line = out[at] ?? '';
      const pos = m.pos % (line.length + 1);
      out[at] = line.slice(0, pos) + m.bytes + line.slice(pos);
      return out;
    }
    case 'merge': {
      const at = m.at % n;
      out.splice(at, 2, `${out[at] ?? ''}${out[at + 1] ?? ''}`);
      return out;
    }
  }
}

/** Runs the reader; anything but a result or a DocumentFormatError fails the property. */
function readOrReject(text: string): void {
  try {
    const doc = readTabularDocument(text);
    // Structural sanity: every line number points into the document.
    const lineCount = text.split(/\r\n|\r|\n/).length;
    for (const u of [...doc.unread, ...doc.warnings]) {
      expect(u.line).toBeGreaterThanOrEqual(0);
      expect(u.line).toBeLessThanOrEqual(lineCount);
    }
    for (const p of doc.projects) {
      expect(p.lines.start).toBeLessThanOrEqual(p.lines.end);
      for (const i of p.indicators) expect(i.lines.end).toBeLessThanOrEqual(lineCount);
    }
  } catch (e) {
    if (!(e instanceof DocumentFormatError)) throw e;
  }
}

describe('tabular reader under mutation', () => {
  it('returns or throws DocumentFormatError on mutated seed documents', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: docs.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), async (which, muts) => {
        await eventLoopTurn();
        const lines = muts.reduce(apply, docs[which] ?? []);
        readOrReject(lines.join('\n'));
      }),
      { numRuns: 200, seed: 20240601 },
    );
  });

  it('survives random text and random table rows', async () => {
    const cellArb = fc.oneof(
      fc.constantFrom(
        '项目名称',
        '一级指标',
        '二级指标',
        '三级指标',
        '年初目标值(A)',
        '实际完成值(B)',
        '得分',
        '总分',
        '产出指标 (40分)',
        '数量指标',
        '年度目标1: x(5分)',
        '单位名称',
        '序号',
        '项目名称',
        '执行率',
        '同上',
        '……',
        '100% 100% 20',
        '<input checked="" type="checkbox"/>',
        '<p>',
      ),
      fc.string({ maxLength: 12 }),
    );
    const rowArb = fc.array(cellArb, { maxLength: 12 }).map((cells) => cells.join('\t'));
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { maxLength: 80 }), async (rows) => {
        await eventLoopTurn();
        readOrReject(rows.join('\n'));
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('stays fast on pathological lines', () => {
    const long = [
      '项目名称\tx',
      `\t${'('.repeat(20000)}`,
      `\t${'<'.repeat(20000)}`,
      `${'年度目标1'.repeat(5000)}(`,
      `\t${'1 '.repeat(20000)}`,
      `${'\t'.repeat(50000)}`,
    ];
    readOrReject(long.join('\n'));
  });
});
