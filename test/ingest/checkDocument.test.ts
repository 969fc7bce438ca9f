/**
 * A dry run without a database (checkDocument, src/ingest/load.ts; what `jixiao-import --dry-run`
 * runs): a seed is checked with its counts and no document id, a cut one fails with the line of the
 * damage, and a document its uploader may not load is refused — nothing needs a database.
 */
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/ingest/load';
import { seedText } from '../support/database';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('checkDocument', () => {
  it('checks a seed: its region, year and counts, no document id', async () => {
    const report = await checkDocument('000.txt', utf8(seedText('000_')));
    expect(report).toMatchObject({
      fileName: '000.txt',
      status: 'checked',
      documentId: null,
      region: { code: '420200', name: '黄石市' },
      fiscalYear: 2021,
      counts: { projects: 20, indicators: 151, departmentEvaluations: 0 },
      errors: [],
    });
  });

  it('a document cut inside its first table fails, naming the line; nothing counted', async () => {
    const cut = seedText('000_').split('\n').slice(0, 24).join('\n');
    const report = await checkDocument('cut.txt', utf8(cut));
    expect(report.status).toBe('failed');
    expect(report.counts.projects).toBe(0);
    expect(report.errors.map((e) => e.line)).toContain(24);
  });

  it('refused when the uploader may not load it, checked when it may', async () => {
    const bytes = utf8(seedText('003_'));
    const refused = await checkDocument('003.txt', bytes, { authorize: async () => 'outside your region' });
    expect(refused).toMatchObject({
      status: 'refused',
      errors: [{ line: null, message: 'outside your region' }],
      region: { code: '420300' },
    });
    const allowed = await checkDocument('003.txt', bytes, { authorize: async () => null });
    expect(allowed.status).toBe('checked');
  });
});
