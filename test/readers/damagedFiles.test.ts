/**
 * Damaged files, seeded and reproducible: office-made fixtures of every format (test/fixtures/office/)
 * cut short or with bytes changed at random places, and random bytes behind each format's magic
 * number. Each is read, or refused with a DocumentFormatError that says what is wrong — never
 * another error, never a hang (test/fixtures/damaged/ keeps the mutants that once did either).
 * Reproduce: DAMAGE_SEED and DAMAGE_CASES override the seed and the mutants per file.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/readers';
import { DocumentFormatError } from '../../src/readers/formatError';
import { Random } from '../../src/synthetic/random';

const SEED = process.env.DAMAGE_SEED ?? '20261205';
const CASES = Number(process.env.DAMAGE_CASES ?? 40);
const OFFICE = path.join(__dirname, '..', 'fixtures', 'office');
const FILES = [
  'hebei-project.docx.gz',
  'hebei-project.doc.gz',
  'hebei-project.xlsx.gz',
  'hebei-project.xls.gz',
  'hebei-project.writer.pdf.gz',
  'hebei-project.calc.pdf.gz',
  'hebei-project.writer.html.gz',
];

const fixture = (name: string) => {
  const bytes = fs.readFileSync(path.join(OFFICE, name));
  return name.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes;
};

/** Reads the bytes; a refusal is its message, anything else thrown fails the test. */
async function outcome(bytes: Uint8Array): Promise<string> {
  try {
    const extracted = await extractDocument(bytes);
    return `read ${extracted.format}`;
  } catch (error) {
    if (error instanceof DocumentFormatError) return `refused: ${error.message}`;
    throw error;
  }
}

describe('damaged files are read or refused with a reason', () => {
  it.each(FILES)('%s cut short, or with bytes changed', async (name) => {
    const original = fixture(name);
    const random = new Random(`damaged:${SEED}:${name}`);
    const outcomes: string[] = [];
    for (let k = 0; k < CASES; k++) {
      const cut = original.subarray(0, random.int(16, original.length - 1));
      const changed = Buffer.from(original);
      for (let n = random.int(1, 200); n > 0; n--) changed[random.int(0, changed.length - 1)] = random.int(0, 255);
      outcomes.push(await outcome(cut), await outcome(changed));
    }
    for (const o of outcomes) expect(o).toMatch(/^(read \w+|refused: .+)$/);
  });

  it('random bytes behind each format magic number', async () => {
    const random = new Random(`damaged:${SEED}:magic`);
    const magics = [
      [0x50, 0x4b, 0x03, 0x04],
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
      [...Buffer.from('%PDF-1.7\n')],
      [...Buffer.from('<html>')],
    ];
    for (const magic of magics)
      for (let k = 0; k < CASES; k++) {
        const tail = Array.from({ length: random.int(0, 4096) }, () => random.int(0, 255));
        expect(await outcome(Uint8Array.from([...magic, ...tail]))).toMatch(/^(read \w+|refused: .+)$/);
      }
  });
});
