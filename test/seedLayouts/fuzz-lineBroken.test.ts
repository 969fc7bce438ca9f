import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLineBrokenDocument } from '../../src/seedLayouts/lines';
import { DocumentFormatError } from '../../src/readers/formatError';
import { SEED_DIR } from '../support/seedFiles';
import { eventLoopTurn } from '../support/eventLoop';

const LINES = readFileSync(join(SEED_DIR, '002_08c5a9fc441d161e.txt'), 'utf8').split('\n');

type Mutation =
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'duplicate'; at: number; count: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'cut'; at: number }
  | { kind: 'bytes'; at: number; bytes: number[] };

const idx = fc.nat({ max: LINES.length - 1 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: idx, count: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: idx, count: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('swap' as const), a: idx, b: idx }),
  fc.record({ kind: fc.constant('cut' as const), at: idx }),
  fc.record({
    kind: fc.constant('bytes' as const),
    at: idx,
    bytes: fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 1, maxLength: 12 }),
  }),
);

function apply(lines: string[], m: Mutation): string[] {
  const out = [...lines];
  switch (m.kind) {
    case 'delete':
      out.splice(m.at, m.count);
      return out;
    case 'duplicate':
      out.splice(m.at, 0, ...out.slice(m.at, m.at + m.count));
      return out;
    case 'swap': {
      const a = out[m.a] ?? '';
      out[m.a] = out[m.b] ?? '';
      out[m.b] = a;
      return out;
    }
    case 'cut': {
      const line = out[m.at] ?? '';
      return [...out.slice(0, m.at), line.slice(0, Math.floor(line.length / 2))];
    }
    case 'bytes': {
      const line = out[m.at] ?? '';
      const k = Math.floor(line.length / 2);
      out[m.at] = line.slice(0, k) + String.fromCharCode(...m.bytes) + line.slice(k);
      return out;
    }
  }
}

describe('fuzz: mutated copies of seed 002', () => {
  it('returns a document or throws DocumentFormatError, never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 5 }), async (ms) => {
        await eventLoopTurn();
        let lines = LINES;
        for (const m of ms) lines = apply(lines, m);
        const text = lines.join('\n');
        try {
          const d = readLineBrokenDocument(text);
          expect(d.format).toBe('line-broken');
          for (const p of d.projects) {
            expect(typeof p.name).toBe('string');
            expect(p.lines.start).toBeLessThanOrEqual(p.lines.end);
          }
          for (const u of [...d.unread, ...d.warnings]) expect(u.line).toBeGreaterThanOrEqual(0);
        } catch (e) {
          if (!(e instanceof DocumentFormatError)) throw e;
        }
      }),
      { numRuns: 150, seed: 20240226 },
    );
  });

  it('random prefixes and random short texts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.nat({ max: LINES.length }).map((n) => LINES.slice(0, n).join('\n')),
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
        ),
        async (text) => {
          await eventLoopTurn();
          try {
            readLineBrokenDocument(text);
          } catch (e) {
            if (!(e instanceof DocumentFormatError)) throw e;
          }
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });
});
