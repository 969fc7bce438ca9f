/**
 * The reading report over the real corpus (test/fixtures/documents/): no document may crash the
 * importer, and no figure may be taken from a wrong column. The share of figures read right is
 * printed, not asserted (the template engine that raises it lands later). The comparison itself
 * must be able to fail: a deliberately wrong expectation, and a swapped pair of columns, are caught.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config';
import {
  compareDocument,
  headline,
  loadCorpus,
  loadSeeds,
  readFixture,
  runReading,
  tally,
  type DocumentResult,
  type Fixture,
} from '../../bench/reading';

/** The seed documents, where the server finds them (JIXIAO_SEED_DIR, else ../shared/seeds). */
const SEED_DIR = readConfig().JIXIAO_SEED_DIR;

describe('reading report over the real corpus', () => {
  const corpus = loadCorpus();
  let results: DocumentResult[];

  beforeAll(async () => {
    results = await runReading(corpus);
  });

  it('has documents from at least 7 provinces and 6 templates, each with a source text', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(14);
    expect(new Set(corpus.map((f) => f.province).filter(Boolean)).size).toBeGreaterThanOrEqual(7);
    expect(new Set(corpus.map((f) => f.template)).size).toBeGreaterThanOrEqual(6);
    for (const f of corpus) expect(fs.existsSync(f.file), f.file).toBe(true);
  });

  it('pairs every stored text with a sidecar naming a documented template and format', () => {
    const dir = path.dirname(corpus[0]!.file);
    const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
    const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(texts.sort()).toEqual(corpus.map((f) => `${f.id}.txt`).sort());
    for (const f of corpus) {
      expect(readme, `${f.id}: template ${f.template}`).toContain(`\`${f.template}\``);
      expect(readme, `${f.id}: format ${f.format}`).toContain(`\`${f.format}\``);
      expect(f.source === null || /^https?:\/\//.test(f.source), f.id).toBe(true);
    }
  });

  it('crashes on no document and takes no figure from a wrong column', () => {
    const t = tally(results);
    console.log(`reading report, corpus: ${headline(t)} (read ${t.read}, partly ${t.partlyRead}, refused ${t.refused})`);
    expect(results.filter((r) => r.status === 'crashed').map((r) => [r.id, r.reason])).toEqual([]);
    expect(
      results.flatMap((r) => r.figures.filter((f) => f.verdict === 'wrong-column').map((f) => `${r.id}: ${f.record}.${f.field}`)),
    ).toEqual([]);
  });

  it('gives every refused document a reason', () => {
    for (const r of results.filter((x) => x.status === 'refused')) expect(r.reason, r.id).toMatch(/\S/);
  });
});

describe('the comparison can fail', () => {
  const seeds = loadSeeds(SEED_DIR);
  const seed = seeds.find((s) => s.id.startsWith('000_'));

  it('detects a wrong expectation and a figure read from a swapped column', async () => {
    expect(seed, 'seed 000 and its baseline expectations').toBeDefined();
    const fixture = seed!;
    const outcome = await readFixture(fixture.id, new Uint8Array(fs.readFileSync(fixture.file)));
    const baseline = compareDocument(fixture, outcome);
    expect(baseline.status).toBe('read');

    // 12333信息平台建设经费: budget 45, executed 44.3 (test/ingest/import.test.ts).
    const project = fixture.expected.projects.find((p) => p.name === '12333信息平台建设经费');
    expect(project).toMatchObject({ budget: 45, executed: 44.3, executionRate: 0.9844, budgetScore: 20, totalScore: 98 });

    const altered = (change: Partial<NonNullable<typeof project>>): Fixture => ({
      ...fixture,
      expected: {
        ...fixture.expected,
        projects: fixture.expected.projects.map((p) => (p === project ? { ...p, ...change } : p)),
      },
    });

    const wrong = compareDocument(altered({ totalScore: 97 }), outcome);
    expect(wrong.status).toBe('partly read');
    expect(wrong.figures.filter((f) => f.verdict !== 'right')).toEqual([
      expect.objectContaining({ record: '12333信息平台建设经费', field: 'totalScore', read: 98, expected: 97, verdict: 'wrong' }),
    ]);

    // Were budget and executed swapped in the document's reading, both would come from a wrong column.
    const swapped = compareDocument(altered({ budget: 44.3, executed: 45 }), outcome);
    expect(swapped.figures.filter((f) => f.verdict === 'wrong-column').map((f) => [f.field, f.column])).toEqual([
      ['budget', 'executed'],
      ['executed', 'budget'],
    ]);
  });

  it('counts every figure of a refused document with nothing read as not read, blank ones included', async () => {
    const fixture = loadCorpus().find((f) => f.id === 'sichuan-qingshen-wage-expenditure')!;
    const result = compareDocument(fixture, { status: 'refused', reason: 'test', leftOut: [] });
    expect(result.status).toBe('refused');
    expect(result.figures.length).toBeGreaterThan(0);
    expect(result.figures.every((f) => f.verdict === 'missed')).toBe(true);
  });
});
