/**
 * The reading report (读取保真度): how many figures of real published documents the importer reads
 * right. Every fixture under test/fixtures/documents/ (a stored web-page text and a sidecar with the
 * reading a careful person makes) and the four seeds go through the real import path without a
 * database — extractDocument(bytes), then prepareDocument(fileName, extracted) — and what comes
 * out is compared, figure by figure, with what is expected.
 *
 * It lives in bench/ because it is a measurement of the product, not part of it: nothing in src/
 * depends on it, and it writes bench/reading.md and bench/reading.json like the other benches.
 *
 *   npm run reading                               # report on stdout, bench/reading.md + .json written
 *   npm run reading -- --write-seed-expectations  # snapshot the seeds' current reading as their expectations
 *
 * Conventions of the expectations (see test/fixtures/documents/README.md): a key that is absent
 * is not assessed (the document does not say it, or not with certainty); `null` is a figure left
 * blank in the document, so the right reading is "nothing".
 */
import fs from 'node:fs';
import path from 'node:path';
import { readConfig } from '../src/config';
import { DocumentFormatError } from '../src/readers/formatError';
import type { LeftOutTable } from '../src/evaluation/partial';
import { ImportError, prepareDocument, type PreparedDocument } from '../src/ingest/prepare';
import { extractDocument } from '../src/readers';

const ROOT = path.resolve(import.meta.dirname, '..');
export const FIXTURES_DIR = path.join(ROOT, 'test', 'fixtures', 'documents');
const SEED_EXPECTATIONS_DIR = path.join(FIXTURES_DIR, 'seeds');

// ---------------------------------------------------------------------------------------------
// Expectations

export interface ExpectedIndicator {
  name: string;
  target?: string | null;
  actual?: string | null;
  weight?: number | null;
  score?: number | null;
}

/** A project table or a department-wide evaluation as a careful reader reads it. */
export interface ExpectedRecord {
  kind?: 'project' | 'department';
  name?: string;
  code?: string;
  unitName?: string;
  fiscalYear?: number | null;
  initialBudget?: number | null;
  budget?: number | null;
  executed?: number | null;
  executionRate?: number | null;
  budgetScore?: number | null;
  totalScore?: number | null;
  indicatorCount?: number;
  indicators?: ExpectedIndicator[];
  note?: string;
}

export interface Fixture {
  /** File name without extension (corpus) or the seed's file name. */
  id: string;
  origin: 'corpus' | 'seed';
  file: string;
  source: string | null;
  province: string | null;
  jurisdiction: string | null;
  template: string;
  format: string;
  truncated: boolean;
  expected: { projects: ExpectedRecord[]; departments: ExpectedRecord[]; partial: ExpectedRecord[] };
}

const RECORD_NUMBERS = ['initialBudget', 'budget', 'executed', 'executionRate', 'budgetScore', 'totalScore'] as const;
const INDICATOR_TEXTS = ['target', 'actual'] as const;
const INDICATOR_NUMBERS = ['weight', 'score'] as const;

/** The corpus fixtures: every `<id>.txt` beside its `<id>.json`. */
export function loadCorpus(dir = FIXTURES_DIR): Fixture[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -'.json'.length);
      const sidecar = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Omit<Fixture, 'id' | 'origin' | 'file'>;
      return { ...sidecar, id, origin: 'corpus' as const, file: path.join(dir, `${id}.txt`) };
    });
}

/** The seeds with the expectations snapshotted from a reading (test/fixtures/documents/seeds/). */
export function loadSeeds(seedDir: string, dir = SEED_EXPECTATIONS_DIR): Fixture[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const sidecar = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Omit<Fixture, 'id' | 'origin' | 'file'>;
      const id = f.slice(0, -'.json'.length);
      return { ...sidecar, id, origin: 'seed' as const, file: path.join(seedDir, id) };
    });
}

// ---------------------------------------------------------------------------------------------
// Reading

/** A refused document may still have been partly read: the tables it left out, with what was read of each, are in its report. */
export type ReadOutcome =
  | { status: 'accepted'; prepared: PreparedDocument }
  | { status: 'refused'; reason: string; leftOut: LeftOutTable[] }
  | { status: 'crashed'; reason: string };

/** The real import path, no database: bytes → table model → prepared document (or a refusal). */
export async function readFixture(fileName: string, bytes: Uint8Array): Promise<ReadOutcome> {
  try {
    const extracted = await extractDocument(bytes);
    return { status: 'accepted', prepared: prepareDocument(fileName, extracted) };
  } catch (error) {
    if (error instanceof ImportError || error instanceof DocumentFormatError)
      return {
        status: 'refused',
        reason: error.message.split('\n')[0] ?? error.message,
        leftOut: error instanceof ImportError ? error.leftOut : [],
      };
    return { status: 'crashed', reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** One record as the importer read it, in the expectations' terms. */
export interface ReadRecord {
  kind: 'project' | 'department';
  name: string | null;
  code: string | null;
  fiscalYear: number | null;
  initialBudget: number | null;
  budget: number | null;
  executed: number | null;
  executionRate: number | null;
  budgetScore: number | null;
  totalScore: number | null;
  indicators: { name: string; target: string | null; actual: string | null; weight: number | null; score: number | null }[];
  /** Read from a table left out (shown in the import report and served as SourceDocument.leftOutTables), not loaded as a record. */
  leftOut: boolean;
}

/** A field a template engine may add (e.g. the project code) without the current types knowing it. */
function optionalText(o: object, key: string): string | null {
  const v = (o as Record<string, unknown>)[key];
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

export function readRecords(prepared: PreparedDocument): ReadRecord[] {
  const indicators = (list: PreparedDocument['projects'][number]['indicators']) =>
    list.map((i) => ({ name: i.name, target: i.targetText, actual: i.actualText, weight: i.weight, score: i.reportedScore }));
  return [
    ...prepared.projects.map((p): ReadRecord => ({
      kind: 'project',
      name: p.parsed.name,
      code: optionalText(p.parsed, 'code'),
      fiscalYear: p.parsed.fiscalYear ?? prepared.fiscalYear,
      initialBudget: p.initialBudget,
      budget: p.fullYearBudget,
      executed: p.executed,
      executionRate: p.reportedExecutionRate,
      budgetScore: p.reportedBudgetScore,
      totalScore: p.reportedTotalScore,
      indicators: indicators(p.indicators),
      leftOut: false,
    })),
    ...prepared.departments.map((d): ReadRecord => ({
      kind: 'department',
      name: d.parsed.unitName,
      code: null,
      fiscalYear: d.parsed.fiscalYear ?? prepared.fiscalYear,
      initialBudget: d.initialBudget,
      budget: d.budget,
      executed: d.executed,
      executionRate: d.reportedExecutionRate,
      budgetScore: d.reportedBudgetScore,
      totalScore: d.reportedTotalScore,
      indicators: indicators(d.indicators),
      leftOut: false,
    })),
    ...leftOutRecords(prepared.partial, prepared.fiscalYear),
  ];
}

/** The tables left out, as read (the figures the import report shows). */
export function leftOutRecords(tables: LeftOutTable[], fiscalYear: number | null): ReadRecord[] {
  return tables.map((t) => ({
    kind: t.kind === 'project' ? 'project' : 'department',
    name: t.name,
    code: t.code,
    fiscalYear: t.fiscalYear ?? fiscalYear,
    initialBudget: t.figures.initialBudget?.value ?? null,
    budget: t.figures.budget?.value ?? null,
    executed: t.figures.executed?.value ?? null,
    executionRate: t.figures.executionRate?.value ?? null,
    budgetScore: t.figures.budgetScore?.value ?? null,
    totalScore: t.figures.totalScore?.value ?? null,
    indicators: t.indicators.map((i) => ({
      name: i.name,
      target: i.target,
      actual: i.actual,
      weight: i.weight?.value ?? null,
      score: i.score?.value ?? null,
    })),
    leftOut: true,
  }));
}

// ---------------------------------------------------------------------------------------------
// Comparing

export type Verdict = 'right' | 'wrong' | 'wrong-column' | 'missed';

export interface FigureResult {
  record: string;
  field: string;
  expected: string | number | null;
  read: string | number | null;
  verdict: Verdict;
  /** For a wrong-column figure: the field whose expected value was read here. */
  column?: string;
  partial: boolean;
  /** Read from a table left out (reported with its figures, not loaded). */
  leftOut: boolean;
}

const squash = (s: string) => s.replace(/\s+/gu, '');

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
}

function same(read: string | number | null, expected: string | number | null): boolean {
  if (read === null || expected === null) return read === expected;
  if (typeof read === 'number' && typeof expected === 'number') return sameNumber(read, expected);
  return String(read).trim() === String(expected).trim();
}

/** The verdict on one figure; `others` are the expected values of the record's other fields. */
function judge(
  read: string | number | null,
  expected: string | number | null,
  others: [string, string | number | null][],
): { verdict: Verdict; column?: string } {
  if (same(read, expected)) return { verdict: 'right' };
  if (read === null) return { verdict: 'missed' };
  const other = others.find(([, v]) => v !== null && same(read, v));
  return other ? { verdict: 'wrong-column', column: other[0] } : { verdict: 'wrong' };
}

function label(e: ExpectedRecord, i: number): string {
  return e.name ?? e.unitName ?? `${e.kind ?? 'project'} #${i + 1} (unnamed)`;
}

/** Whether a read record is the expected one: by name (the code may lead it), else by its first indicator. */
function matches(e: ExpectedRecord, r: ReadRecord): boolean {
  const name = e.name ?? e.unitName;
  if (name && r.name) {
    const read = squash(r.name);
    return read === squash(name) || (e.code !== undefined && read === squash(`${e.code}-${name}`));
  }
  const first = e.indicators?.[0]?.name;
  return first !== undefined && r.indicators.some((i) => squash(i.name) === squash(first));
}

function compareRecord(e: ExpectedRecord, r: ReadRecord | null, tag: string, partial: boolean): FigureResult[] {
  const out: FigureResult[] = [];
  const leftOut = r?.leftOut ?? false;
  // A record that was not read at all (a refused document, a table not found) reads no figure,
  // not even the blank ones: every figure of it is missed.
  const verdict = (read: string | number | null, expected: string | number | null, others: [string, string | number | null][]) =>
    r === null ? { verdict: 'missed' as const } : judge(read, expected, others);
  const push = (
    field: string,
    expected: string | number | null,
    read: string | number | null,
    others: [string, string | number | null][],
  ) => out.push({ record: tag, field, expected, read, partial, leftOut, ...verdict(read, expected, others) });

  if (e.name !== undefined) {
    // The name as written, or with its code in front (51000021R000000019951-工资性支出) when no code is read apart.
    const read = r?.name ?? null;
    const ok = read !== null && e.code !== undefined && r?.code === null && squash(read) === squash(`${e.code}-${e.name}`);
    push('name', e.name, ok ? e.name : read, []);
  }
  if (e.unitName !== undefined) push('unitName', e.unitName, r?.name ?? null, []);
  if (e.code !== undefined) {
    const read = r?.code ?? (r?.name && squash(r.name).startsWith(`${e.code}-`) ? e.code : null);
    push('code', e.code, read, []);
  }
  if (e.fiscalYear !== undefined) push('fiscalYear', e.fiscalYear, r?.fiscalYear ?? null, []);
  const recordOthers = RECORD_NUMBERS.filter((k) => e[k] !== undefined).map((k) => [k, e[k] ?? null] as [string, number | null]);
  for (const key of RECORD_NUMBERS) {
    if (e[key] === undefined) continue;
    push(
      key,
      e[key] ?? null,
      r ? r[key] : null,
      recordOthers.filter(([k, v]) => k !== key && !same(v, e[key] ?? null)),
    );
  }
  if (e.indicatorCount !== undefined) {
    const count = r ? r.indicators.length : null;
    // A table left out says it is incomplete: fewer indicator rows than the table has are rows not read, not a wrong count.
    if (leftOut && count !== e.indicatorCount)
      out.push({ record: tag, field: 'indicatorCount', expected: e.indicatorCount, read: count, partial, leftOut, verdict: 'missed' });
    else push('indicatorCount', e.indicatorCount, count, []);
  }

  const used = new Set<number>();
  (e.indicators ?? []).forEach((ei) => {
    const index = r ? r.indicators.findIndex((ri, k) => !used.has(k) && squash(ri.name) === squash(ei.name)) : -1;
    if (index >= 0) used.add(index);
    const ri = index >= 0 ? r!.indicators[index]! : null;
    const itag = `${tag} › ${ei.name}`;
    out.push({
      record: itag,
      field: 'name',
      expected: ei.name,
      read: ri?.name ?? null,
      partial,
      leftOut,
      ...verdict(ri?.name ?? null, ei.name, []),
    });
    const others: [string, string | number | null][] = [...INDICATOR_TEXTS, ...INDICATOR_NUMBERS]
      .filter((k) => ei[k] !== undefined)
      .map((k) => [k, ei[k] ?? null]);
    for (const key of [...INDICATOR_TEXTS, ...INDICATOR_NUMBERS]) {
      if (ei[key] === undefined) continue;
      const expected = ei[key] ?? null;
      const read = ri ? ri[key] : null;
      out.push({
        record: itag,
        field: key,
        expected,
        read,
        partial,
        leftOut,
        ...verdict(
          read,
          expected,
          others.filter(([k, v]) => k !== key && !same(v, expected)),
        ),
      });
    }
  });
  return out;
}

export type DocumentStatus = 'read' | 'partly read' | 'refused' | 'crashed';

export interface DocumentResult {
  id: string;
  origin: Fixture['origin'];
  template: string;
  format: string;
  province: string | null;
  truncated: boolean;
  status: DocumentStatus;
  reason: string | null;
  recordsExpected: number;
  recordsRead: number;
  figures: FigureResult[];
}

/** Compares what was read (or the refusal) with a fixture's expectations. */
export function compareDocument(fixture: Fixture, outcome: ReadOutcome): DocumentResult {
  const read =
    outcome.status === 'accepted'
      ? readRecords(outcome.prepared)
      : outcome.status === 'refused'
        ? leftOutRecords(outcome.leftOut, null)
        : [];
  const used = new Set<number>();
  const figures: FigureResult[] = [];
  const expectedRecords = [
    ...fixture.expected.projects.map((e) => ({ e: { ...e, kind: 'project' as const }, partial: false })),
    ...fixture.expected.departments.map((e) => ({ e: { ...e, kind: 'department' as const }, partial: false })),
    ...fixture.expected.partial.map((e) => ({ e, partial: true })),
  ];
  expectedRecords.forEach(({ e, partial }, i) => {
    const kind = e.kind ?? 'project';
    const index = read.findIndex((r, k) => !used.has(k) && r.kind === kind && matches(e, r));
    const fallback = index < 0 && kind === 'department' && !e.unitName ? read.findIndex((r, k) => !used.has(k) && r.kind === kind) : index;
    if (fallback >= 0) used.add(fallback);
    figures.push(...compareRecord(e, fallback >= 0 ? read[fallback]! : null, `${partial ? '[partial] ' : ''}${label(e, i)}`, partial));
  });
  const wrongOrMissed = figures.some((f) => f.verdict !== 'right');
  // A refused document of which figures were read (every table left out, each in its report with what was read) is partly read.
  const anyRight = figures.some((f) => f.verdict === 'right' && f.read !== null);
  const status: DocumentStatus =
    outcome.status === 'crashed'
      ? 'crashed'
      : outcome.status === 'refused'
        ? anyRight
          ? 'partly read'
          : 'refused'
        : wrongOrMissed || read.some((r) => r.leftOut)
          ? 'partly read'
          : 'read';
  return {
    id: fixture.id,
    origin: fixture.origin,
    template: fixture.template,
    format: fixture.format,
    province: fixture.province,
    truncated: fixture.truncated,
    status,
    reason: outcome.status === 'accepted' ? null : outcome.reason,
    recordsExpected: expectedRecords.length,
    recordsRead: read.length,
    figures,
  };
}

// ---------------------------------------------------------------------------------------------
// Summing up

export interface Tally {
  documents: number;
  read: number;
  partlyRead: number;
  refused: number;
  crashed: number;
  figures: number;
  right: number;
  wrong: number;
  wrongColumn: number;
  missed: number;
  /** Of the right figures, those read from tables left out (shown in the import report, not loaded as records). */
  rightLeftOut: number;
}

export function tally(results: DocumentResult[]): Tally {
  const figures = results.flatMap((r) => r.figures);
  const count = (v: Verdict) => figures.filter((f) => f.verdict === v).length;
  return {
    documents: results.length,
    read: results.filter((r) => r.status === 'read').length,
    partlyRead: results.filter((r) => r.status === 'partly read').length,
    refused: results.filter((r) => r.status === 'refused').length,
    crashed: results.filter((r) => r.status === 'crashed').length,
    figures: figures.length,
    right: count('right'),
    wrong: count('wrong'),
    wrongColumn: count('wrong-column'),
    missed: count('missed'),
    rightLeftOut: figures.filter((f) => f.verdict === 'right' && f.leftOut).length,
  };
}

function groupBy(results: DocumentResult[], key: (r: DocumentResult) => string): [string, Tally][] {
  const groups = new Map<string, DocumentResult[]>();
  for (const r of results) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, rs]) => [k, tally(rs)]);
}

export interface ReadingReport {
  generatedAt: string;
  command: string;
  headline: string;
  corpus: Tally;
  corpusCompleteTables: Tally;
  seeds: Tally;
  byTemplate: [string, Tally][];
  byFormat: [string, Tally][];
  documents: DocumentResult[];
}

const pct = (a: number, b: number) => (b > 0 ? `${((100 * a) / b).toFixed(1)}%` : '—');

export function headline(t: Tally): string {
  return `${t.right} of ${t.figures} expected figures read right (${pct(t.right, t.figures)}; ${t.rightLeftOut} of them in tables left out, reported with their figures), ${t.wrongColumn} from a wrong column, ${t.crashed} crashes`;
}

export async function runReading(fixtures: Fixture[]): Promise<DocumentResult[]> {
  const results: DocumentResult[] = [];
  for (const fixture of fixtures) {
    const bytes = new Uint8Array(fs.readFileSync(fixture.file));
    results.push(compareDocument(fixture, await readFixture(path.basename(fixture.file), bytes)));
  }
  return results;
}

export function summarize(results: DocumentResult[], command: string): ReadingReport {
  const corpus = results.filter((r) => r.origin === 'corpus');
  const completeOnly = corpus.map((r) => ({ ...r, figures: r.figures.filter((f) => !f.partial) }));
  const t = tally(corpus);
  return {
    generatedAt: new Date().toISOString(),
    command,
    headline: headline(t),
    corpus: t,
    corpusCompleteTables: tally(completeOnly),
    seeds: tally(results.filter((r) => r.origin === 'seed')),
    byTemplate: groupBy(results, (r) => `${r.origin === 'seed' ? 'seed: ' : ''}${r.template}`),
    byFormat: groupBy(results, (r) => `${r.origin === 'seed' ? 'seed: ' : ''}${r.format}`),
    documents: results,
  };
}

function tallyRow(name: string, t: Tally): string {
  return `| ${name} | ${t.documents} | ${t.read} | ${t.partlyRead} | ${t.refused} | ${t.crashed} | ${t.figures} | ${t.right} (${pct(t.right, t.figures)}) | ${t.wrong} | ${t.wrongColumn} | ${t.missed} |`;
}

const TALLY_HEAD =
  '| | documents | read | partly read | refused | crashed | figures | right | wrong | wrong column | not read |\n|---|---|---|---|---|---|---|---|---|---|---|';

function cell(v: string | number | null): string {
  return v === null ? '∅' : `\`${String(v).replace(/\|/g, '\\|')}\``;
}

export function renderMarkdown(r: ReadingReport): string {
  const wrongRows = r.documents
    .filter((d) => d.status === 'read' || d.status === 'partly read')
    .flatMap((d) =>
      d.figures
        .filter((f) => f.verdict !== 'right')
        .map(
          (f) =>
            `| ${d.origin === 'seed' ? 'seed ' : ''}${d.id} | ${f.record.replace(/\|/g, '\\|')} › ${f.field} | ${cell(f.read)} | ${cell(f.expected)} | ${f.verdict}${f.column ? ` (= ${f.column})` : ''} |`,
        ),
    );
  const lines = [
    '# Reading report (读取保真度)',
    '',
    `Generated ${r.generatedAt} by \`${r.command}\` (bench/reading.ts): every document under`,
    '`test/fixtures/documents/` (real published pages, expectations read by hand; see its README) and the',
    'four seeds go through `extractDocument` → `prepareDocument` without a database, and each expected',
    "figure is compared with what was read. The seeds' expectations are their reading when the snapshot",
    'was taken (a regression baseline, spot-checked against test/ingest/import.test.ts), so they are',
    'reported apart and not in the headline.',
    '',
    `**Corpus: ${r.headline}.** In complete tables only: ${headline(r.corpusCompleteTables)}.`,
    `Seeds (baseline): ${headline(r.seeds)}.`,
    '',
    'A figure is *right* when it equals the expectation (numbers numerically, texts after trimming; a',
    'blank cell is right when nothing is read), *not read* when nothing was read where something is',
    'expected, *wrong column* when the wrong value read equals the expected value of another field of the',
    'same record (a shifted or swapped cell), *wrong* otherwise. The figures read of a table left out (cut',
    'off, a row not placed) count: the import report shows them, with the reason and lines, and a loaded',
    'document serves them as `SourceDocument.leftOutTables`; a refused document whose tables were all left',
    'out is *partly read* when figures of them were read right, and reads nothing otherwise.',
    '',
    '## By template',
    '',
    TALLY_HEAD,
    ...r.byTemplate.map(([k, t]) => tallyRow(k, t)),
    '',
    '## By format',
    '',
    TALLY_HEAD,
    ...r.byFormat.map(([k, t]) => tallyRow(k, t)),
    '',
    '## Documents',
    '',
    '| document | template | format | status | records read / expected | figures right | reason / first misses |',
    '|---|---|---|---|---|---|---|',
    ...r.documents.map((d) => {
      const right = d.figures.filter((f) => f.verdict === 'right').length;
      const misses = d.figures
        .filter((f) => f.verdict !== 'right')
        .slice(0, 3)
        .map((f) => `${f.record}.${f.field}: read ${cell(f.read)}, expected ${cell(f.expected)}${f.column ? ` (= ${f.column})` : ''}`)
        .join('; ');
      const why = (d.reason ?? misses).replace(/\|/g, '\\|').replace(/\n/g, ' ');
      return `| ${d.origin === 'seed' ? 'seed ' : ''}${d.id} | ${d.template} | ${d.format} | ${d.status} | ${d.recordsRead} / ${d.recordsExpected} | ${right}/${d.figures.length} | ${why} |`;
    }),
    '',
    '## Figures read wrong',
    '',
    'In documents that were read or partly read (a refused document reads nothing, and is listed above with its reason):',
    '',
    ...(wrongRows.length > 0
      ? ['| document | record › field | read | expected | verdict |', '|---|---|---|---|---|', ...wrongRows]
      : ['None.']),
    '',
    'Every figure with its verdict is in bench/reading.json.',
    '',
  ];
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Seeds: expectations snapshotted from a reading

const SEED_META: Record<string, { template: string; format: string; province: string; jurisdiction: string }> = {
  '000_ad1903e17936058e.txt': { template: 'seed-hubei-project', format: 'text/tabs', province: '湖北省', jurisdiction: '黄石市' },
  '001_36bbbe4670b73e8a.txt': { template: 'seed-henan-project', format: 'text/tabs', province: '河南省', jurisdiction: '新乡县' },
  '002_08c5a9fc441d161e.txt': { template: 'seed-hubei-project', format: 'text/lines', province: '湖北省', jurisdiction: '通城县' },
  '003_d47b5030e5ff90bc.txt': { template: 'seed-hubei-dept', format: 'text/tabs', province: '湖北省', jurisdiction: '十堰市' },
};

/** A figure as it would be written: parsing noise (0.9843999999999999) rounded away. */
const written = (x: number | null) => (x === null ? null : Number(x.toPrecision(12)));

function expectationOf(r: ReadRecord): ExpectedRecord {
  return {
    ...(r.kind === 'department' ? { unitName: r.name ?? '' } : { name: r.name ?? '' }),
    ...(r.code ? { code: r.code } : {}),
    fiscalYear: r.fiscalYear,
    ...Object.fromEntries(RECORD_NUMBERS.map((k) => [k, written(r[k])])),
    indicatorCount: r.indicators.length,
    indicators: r.indicators.map((i) => ({ ...i, weight: written(i.weight), score: written(i.score) })),
  };
}

async function writeSeedExpectations(seedDir: string): Promise<void> {
  fs.mkdirSync(SEED_EXPECTATIONS_DIR, { recursive: true });
  for (const [file, meta] of Object.entries(SEED_META)) {
    const outcome = await readFixture(file, new Uint8Array(fs.readFileSync(path.join(seedDir, file))));
    if (outcome.status !== 'accepted') throw new Error(`seed ${file} was not read (${outcome.reason}): no baseline written`);
    const records = readRecords(outcome.prepared).map(expectationOf);
    const sidecar = {
      source: `seed:${file}`,
      expectedFrom:
        'the reading at snapshot time (npm run reading -- --write-seed-expectations), a regression baseline, not a hand reading',
      retrieved: null,
      ...meta,
      truncated: false,
      expected: {
        projects: records.filter((e) => e.name !== undefined),
        departments: records.filter((e) => e.unitName !== undefined),
        partial: [],
      },
    };
    fs.writeFileSync(path.join(SEED_EXPECTATIONS_DIR, `${file}.json`), `${JSON.stringify(sidecar, null, 1)}\n`);
    console.log(`${file}: ${records.length} records written`);
  }
}

async function main(): Promise<void> {
  const seedDir = readConfig().JIXIAO_SEED_DIR;
  if (process.argv.includes('--write-seed-expectations')) return writeSeedExpectations(seedDir);
  const fixtures = [...loadCorpus(), ...(fs.existsSync(seedDir) ? loadSeeds(seedDir) : [])];
  const report = summarize(await runReading(fixtures), 'npm run reading');
  fs.writeFileSync(path.join(ROOT, 'bench', 'reading.json'), `${JSON.stringify(report, null, 1)}\n`);
  const markdown = renderMarkdown(report);
  fs.writeFileSync(path.join(ROOT, 'bench', 'reading.md'), markdown);
  console.log(markdown);
  if (!fs.existsSync(seedDir)) console.log(`(seeds not found at ${seedDir}: set JIXIAO_SEED_DIR to include them)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
