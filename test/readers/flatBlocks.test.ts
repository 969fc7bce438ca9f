/**
 * Tables flattened out of row order, read block by block (src/readers/flatBlocks.ts): a generated
 * national 项目支出绩效自评表 (src/synthetic/templated.ts) flattened onto one line the way a PDF
 * extractor writes text boxes by blocks — the funding figures row by row before their row labels,
 * the indicator names as one block and the value runs as another, the 总分 figures before their
 * label — reads back what was generated; a table whose runs and names do not pair, or whose
 * total row is not certain, reads no figure wrong.
 */
import { describe, expect, it } from 'vitest';
import { readFixture, readRecords, type ReadRecord } from '../../bench/reading';
import { syntheticProvince, templatedDocument, type WrittenRecord } from '../../src/synthetic';
import { Random } from '../../src/synthetic/random';
import { national } from '../../src/templates/definitions/national';
import { isLevel2Cell, LEVEL1 } from '../../src/templates/vocabulary';

const cellsOf = (line: string) => line.split('\t').filter((c) => c.trim() !== '');

/**
 * A tab-separated national table flattened by blocks onto one spaced line. `namesFirst`: the
 * name column's block before the value runs (else after the 总分 figures).
 */
function flattenByBlocks(tabbed: string, namesFirst: boolean): string {
  const out: string[] = [];
  let section: 'head' | 'funding' | 'goals' | 'indicators' = 'head';
  let labels: string[] = [];
  let names: string[] = [];
  let values: string[] = [];
  let valueCount = 0;
  for (const line of tabbed.split('\n')) {
    const cells = cellsOf(line);
    if (cells.length === 0) continue;
    const first = cells[0]!;
    if (first.includes('自评表')) section = 'head';
    if (first.startsWith('项目资金')) {
      section = 'funding';
      out.push(...cells);
      labels = [];
      continue;
    }
    if (first === '预期目标') {
      out.push(...labels);
      section = 'goals';
    }
    if (first === '绩效指标') {
      section = 'indicators';
      out.push(...cells);
      valueCount = cells.length - 4;
      names = [];
      values = [];
      continue;
    }
    if (first === '总分') {
      const block = namesFirst ? [...names, ...values, ...cells.slice(1)] : [...values, ...cells.slice(1), ...names];
      out.push(...block, first);
      section = 'head';
      continue;
    }
    if (section === 'funding') {
      labels.push(first);
      out.push(...cells.slice(1));
    } else if (section === 'indicators') {
      names.push(...cells.slice(0, cells.length - valueCount));
      values.push(...cells.slice(cells.length - valueCount));
    } else out.push(...cells);
  }
  return out.join(' ');
}

const province = syntheticProvince({ scale: 0.002, seed: 11 });
const units = province.organizations.filter((o) => o.parent !== null);
const documents = Array.from({ length: 12 }, (_, k) =>
  templatedDocument(new Random(`blocks:${k}`), national, units[k % units.length]!, province.year, 2),
);

/**
 * Whether every target and result of a record can be told apart in a spaced text: one word each,
 * or a figure and its unit each, the same unit in both (`≥6 次` / `6 次`). A cell with other spaces
 * cannot be told from two.
 */
const unitOf = (value: string | null) => /^\S+ (\S+)$/u.exec(value ?? '')?.[1] ?? null;
const oneWordValues = (r: WrittenRecord) =>
  r.indicators.every(
    (i) =>
      (!/\s/u.test(i.target ?? '') && !/\s/u.test(i.actual ?? '')) || (unitOf(i.target) !== null && unitOf(i.target) === unitOf(i.actual)),
  );
/** Whether no indicator is named by a level word (服务对象满意度): without its level cells it would read as its row's level. */
const namedApart = (r: WrittenRecord) => r.indicators.every((i) => !LEVEL1.has(i.name) && !isLevel2Cell(i.name));
/** Whether a table flattened by blocks can be read whole. */
const readable = (r: WrittenRecord) => oneWordValues(r) && namedApart(r);

async function read(text: string): Promise<ReadRecord[]> {
  const outcome = await readFixture('flattened.txt', new TextEncoder().encode(text));
  return outcome.status === 'accepted' ? readRecords(outcome.prepared) : [];
}

/** The figures of a read record in the generator's terms. */
const figures = (r: ReadRecord | WrittenRecord) => ({
  name: r.name,
  fiscalYear: r.fiscalYear,
  initialBudget: r.initialBudget,
  budget: r.budget,
  executed: r.executed,
  executionRate: r.executionRate,
  budgetScore: r.budgetScore,
  totalScore: r.totalScore,
  indicators: r.indicators.map((i) => ({ name: i.name, target: i.target, actual: i.actual, weight: i.weight, score: i.score })),
});

describe('a national table flattened by blocks (generated)', () => {
  it('the generated tables give both kinds: tables that can be read whole, and tables that cannot', () => {
    const records = documents.flatMap((d) => d.records);
    expect(records.filter(readable).length).toBeGreaterThan(records.length / 4);
    expect(records.filter((r) => !readable(r)).length).toBeGreaterThan(0);
  });

  for (const namesFirst of [true, false])
    it(`reads every table whose cells can be told apart, names ${namesFirst ? 'before' : 'after'} the value runs; no figure of the others wrong`, async () => {
      for (const doc of documents) {
        const text = flattenByBlocks(doc.text, namesFirst);
        expect(text.split('\n')).toHaveLength(1);
        const records = await read(text);
        for (const written of doc.records) {
          const r = records.find((x) => x.name === written.name);
          if (readable(written)) {
            expect(r, `${written.name} in ${text}`).toBeDefined();
            expect(figures(r!)).toEqual(figures(written));
            continue;
          }
          if (!r) continue;
          // What is read of a table not read whole is what was written.
          for (const [key, value] of Object.entries(figures(r)))
            if (key !== 'indicators' && value !== null) expect(value).toEqual(figures(written)[key as keyof ReturnType<typeof figures>]);
          for (const i of r.indicators) expect(written.indicators).toContainEqual(i);
        }
      }
    });
});
