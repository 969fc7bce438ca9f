/**
 * Every document of the corpus (test/fixtures/documents/) glued onto one line, as a document-sharing
 * preview glues a page (its line breaks and the spaces around them gone), is read or refused with
 * its reasons — never a crash. A fund's evaluation (sichuan-mingshan-forestry-grassland-fund) and a
 * report's figures (the Yueyang department reports) are read by templates of no indicator block,
 * and the flattened-table reader took such a template's first indicator column for granted
 * (TypeError: Cannot read properties of undefined).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../bench/reading';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'documents');
const documents = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('the corpus glued onto one line', () => {
  it.each(documents)('%s is read or refused with a reason', async (file) => {
    const text = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
    const glued = text.replace(/\s*\n\s*/g, '');
    // (The reading report's path: accepted, refused with its reasons, or crashed with the error.)
    const outcome = await readFixture(file, Buffer.from(glued));
    expect(outcome.status === 'crashed' ? outcome.reason : outcome.status).toMatch(/^(accepted|refused)$/);
  });
});
