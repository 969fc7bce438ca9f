/**
 * Mutation fuzz test ("damaged input is caught"): seeded, reproducible mutants of the four seed
 * documents are read through prepareDocument and compared with the reading of the unmutated
 * seed. A mutant is SILENT when a stored figure or text changed (a project, indicator, funding
 * line, total, summary row, department goal or final-accounts figure) or a record vanished, and
 * no new warning, unread line or error names a line within the mutated lines or the span of an
 * affected table. The test asserts no silent mutant and no crash, and prints a summary by kind.
 *
 * Not counted as silent, by principle (and counted apart in the summary):
 * - a digit replaced inside one figure, giving another well-formed figure of the same shape, with
 *   nothing else changed ("8万" → "9万"): no reader can tell it from the document alone;
 * - records lost wholly after the point where a document is cut (a document cut between two
 *   tables reads as a shorter document).
 *
 * Run by test/ingest/fuzz-mutations-*.test.ts, two seed documents each (000 with 003, 001 with 002:
 * about equal reading time), so that the four are read on two workers at once; each document has its
 * own generator, so the split changes no mutant.
 * Reproduce: npx vitest run test/ingest/fuzz-mutations (FUZZ_SEED and FUZZ_CASES override the seed
 * and the number of mutants per seed document).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportError, prepareDocument, type PreparedDocument } from '../../src/ingest/prepare';
import { readTextBlocks } from '../../src/readers/text';
import { Random } from '../../src/synthetic/random';
import { SEED_DIR } from '../support/database';
import { eventLoopTurn } from '../support/eventLoop';

const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const CASES_PER_DOCUMENT = Number(process.env.FUZZ_CASES ?? 100);

const KINDS = [
  'delete-tab',
  'insert-tab',
  'delete-line',
  'duplicate-line',
  'cut',
  'swap-lines',
  'replace-digit',
  'insert-comma',
  'placeholder-cell',
  'join-lines',
  'split-line',
] as const;
type Kind = (typeof KINDS)[number];

interface Mutant {
  kind: Kind;
  lines: string[];
  /** For each mutant line (index), the original line (1-based) it comes from. */
  origOf: number[];
  /** Original lines (1-based) the mutation touched. */
  touched: number[];
  /** For cut: the last original line kept. */
  cutAt: number | null;
  /** For replace-digit: the original line and the text before/after. */
  digit: { line: number; before: string; after: string } | null;
  description: string;
}

// ---- reading --------------------------------------------------------------------------------

interface Diagnostic {
  line: number | null;
  message: string;
}

type Reading =
  { ok: true; doc: PreparedDocument; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] } | { crash: string };

function read(text: string): Reading {
  try {
    const doc = prepareDocument('fuzz.txt', { format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });
    return {
      ok: true,
      doc,
      diagnostics: [...doc.warnings, ...doc.unread].map((w) => ({ line: w.line, message: `${w.reason} ${w.text}` })),
    };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, diagnostics: error.problems };
    return { crash: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error) };
  }
}

/** A stored fact ("key|field=value") and the lines of the table it belongs to. */
interface Fact {
  fact: string;
  start: number;
  end: number;
  /** Where the figure itself is written, when that is outside its table (a total stated in the report). */
  line?: number;
}

/** Text as stored, with valid thousands separators folded (1,234.5 is 1234.5 as written otherwise). */
function norm(v: unknown): string {
  if (v === null || v === undefined) return '∅';
  if (typeof v === 'number') return String(+v.toPrecision(12));
  return compactText(String(v));
}

/** Whitespace dropped (extraction breaks labels with spaces), valid thousands separators folded. */
function compactText(s: string): string {
  return s.replace(/\s+/g, '').replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
}

function facts(doc: PreparedDocument): Fact[] {
  const out: Fact[] = [];
  const add = (
    key: string,
    fields: Record<string, unknown>,
    start: number,
    end: number,
    lines: Record<string, number | undefined> = {},
  ) => {
    for (const [field, value] of Object.entries(fields))
      out.push({ fact: `${compactText(key)}|${field}=${norm(value)}`, start, end, line: lines[field] });
  };
  const totalLines = (r: Record<string, { line: number } | null>) => ({ totalScoreText: r.totalScore?.line, total: r.totalScore?.line });
  const texts = (r: Record<string, { text: string } | null>) =>
    Object.fromEntries(Object.entries(r).map(([k, c]) => [`${k}Text`, c?.text ?? null]));
  const indicator = (key: string, i: PreparedDocument['projects'][number]['indicators'][number], s: number, e: number) =>
    add(
      `${key}|I|${i.goalPosition ?? ''}|${i.level1 ?? ''}|${i.level2 ?? ''}|${i.name}`,
      {
        targetText: i.targetText,
        actualText: i.actualText,
        targetValue: i.targetValue,
        actualValue: i.actualValue,
        weightText: i.weightText,
        weight: i.weight,
        scoreText: i.reportedScoreText,
        score: i.reportedScore,
      },
      s,
      e,
    );
  for (const p of doc.projects) {
    const key = `P|${p.organizationName}|${p.parsed.name}`;
    const { start, end } = p.parsed.lines;
    // A funding line of dashes and empty cells holds no figure, whether it is read or not.
    const fund = (l: typeof p.parsed.total | null) => {
      const cells = l ? Object.values(l).map((c) => c?.text ?? '') : [];
      const figures = cells.map((c) => (/^[-—–/／\s]*$/.test(c) ? '' : c));
      return figures.every((c) => c === '') ? null : figures.join('/');
    };
    add(
      key,
      {
        ...texts(p.reportedText),
        initialBudget: p.initialBudget,
        budget: p.fullYearBudget,
        executed: p.executed,
        funds: JSON.stringify(p.funds),
        currentYear: fund(p.parsed.currentYearFunds),
        carryOver: fund(p.parsed.carryOverFunds),
        other: fund(p.parsed.otherFunds),
        rate: p.reportedExecutionRate,
        budgetScore: p.reportedBudgetScore,
        total: p.reportedTotalScore,
        weight: p.budgetWeight,
      },
      start,
      end,
      totalLines(p.reportedText),
    );
    for (const i of p.indicators) indicator(key, i, start, end);
  }
  for (const d of doc.departments) {
    const key = `D|${d.organizationName}|${d.parsed.unitName}`;
    const { start, end } = d.parsed.lines;
    add(
      key,
      {
        ...texts(d.reportedText),
        basic: d.basicExpenditure,
        project: d.projectExpenditure,
        budget: d.budget,
        executed: d.executed,
        rate: d.reportedExecutionRate,
        budgetScore: d.reportedBudgetScore,
        total: d.reportedTotalScore,
        weight: d.budgetWeight,
      },
      start,
      end,
      totalLines(d.reportedText),
    );
    for (const g of d.goals) add(`${key}|G|${g.position}`, { name: g.name, weightText: g.weightText, weight: g.weight }, start, end);
    for (const i of d.indicators) indicator(key, i, start, end);
  }
  for (const t of doc.summaryTables) {
    for (const r of t.rows)
      add(
        `S|${t.organizationName}|${r.parsed.position}|${r.parsed.projectName}`,
        {
          ...texts(r.reportedText),
          budget: r.budget,
          executed: r.executed,
          rate: r.executionRate,
          output: r.outputScoreRate,
          benefit: r.benefitScoreRate,
          satisfaction: r.satisfactionScoreRate,
          total: r.totalScore,
        },
        t.lineStart,
        t.lineEnd,
      );
  }
  const fa = doc.finalAccounts;
  if (fa)
    add(
      // Not keyed by organization: a cut elsewhere in the document changes which name resolves it.
      'F',
      {
        income: fa.totalIncome,
        expenditure: fa.totalExpenditure,
        basic: fa.basicExpenditure,
        project: fa.projectExpenditure,
        threePublicBudget: fa.threePublicBudget,
        threePublicActual: fa.threePublicActual,
      },
      fa.parsed.lines.start,
      fa.parsed.lines.end,
    );
  return out;
}

/** Facts in `a` not matched one-for-one in `b`. */
function missingFrom(a: Fact[], b: Fact[]): Fact[] {
  const counts = new Map<string, number>();
  for (const f of b) counts.set(f.fact, (counts.get(f.fact) ?? 0) + 1);
  const out: Fact[] = [];
  for (const f of a) {
    const n = counts.get(f.fact) ?? 0;
    if (n > 0) counts.set(f.fact, n - 1);
    else out.push(f);
  }
  return out;
}

// ---- mutating -------------------------------------------------------------------------------

interface Seed {
  name: string;
  lines: string[];
  original: { doc: PreparedDocument; diagnostics: Diagnostic[]; facts: Fact[] };
  /** Original lines (1-based) inside a table that was read. */
  tableLines: number[];
}

const identity = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

function splice(
  lines: string[],
  at: number,
  remove: number,
  insert: string[],
  insertOrig: number[],
): { lines: string[]; origOf: number[] } {
  const out = lines.slice();
  const origOf = identity(lines.length);
  out.splice(at, remove, ...insert);
  origOf.splice(at, remove, ...insertOrig);
  return { lines: out, origOf };
}

/** A line (0-based index) for the mutation: inside a table most of the time, matching `fits`. */
function pickLine(r: Random, seed: Seed, fits: (line: string) => boolean): number | null {
  const inTables = seed.tableLines.map((n) => n - 1).filter((i) => fits(seed.lines[i] ?? ''));
  const anywhere = seed.lines.map((_, i) => i).filter((i) => fits(seed.lines[i] ?? ''));
  const pool = inTables.length > 0 && r.chance(0.9) ? inTables : anywhere;
  return pool.length === 0 ? null : r.pick(pool);
}

const PLACEHOLDERS = ['-', '—', '/', '……', '无', '同上'];

function mutate(r: Random, seed: Seed, kind: Kind): Mutant | null {
  const lines = seed.lines;
  const inline = (i: number, after: string, description: string): Mutant => {
    const out = lines.slice();
    out[i] = after;
    return { kind, lines: out, origOf: identity(lines.length), touched: [i + 1], cutAt: null, digit: null, description };
  };
  const shape = (at: number, removed: number, insert: string[], insertOrig: number[], touched: number[], description: string): Mutant => {
    const s = splice(lines, at, removed, insert, insertOrig);
    return { kind, lines: s.lines, origOf: s.origOf, touched, cutAt: null, digit: null, description };
  };
  switch (kind) {
    case 'delete-tab': {
      const i = pickLine(r, seed, (l) => l.includes('\t'));
      if (i === null) return null;
      const l = lines[i]!;
      const tabs = [...l].flatMap((c, k) => (c === '\t' ? [k] : []));
      const k = r.pick(tabs);
      return inline(i, l.slice(0, k) + l.slice(k + 1), `line ${i + 1}: tab at ${k} deleted`);
    }
    case 'insert-tab': {
      const i = pickLine(r, seed, (l) => l.trim() !== '');
      if (i === null) return null;
      const l = lines[i]!;
      const tabs = [...l].flatMap((c, k) => (c === '\t' ? [k] : []));
      const k = tabs.length > 0 && r.chance(0.6) ? r.pick(tabs) : r.int(0, l.length);
      return inline(i, `${l.slice(0, k)}\t${l.slice(k)}`, `line ${i + 1}: tab inserted at ${k}`);
    }
    case 'delete-line': {
      const i = pickLine(r, seed, (l) => l.trim() !== '');
      if (i === null) return null;
      return shape(i, 1, [], [], [i, i + 1, i + 2], `line ${i + 1} deleted`);
    }
    case 'duplicate-line': {
      const i = pickLine(r, seed, (l) => l.trim() !== '');
      if (i === null) return null;
      return shape(i, 1, [lines[i]!, lines[i]!], [i + 1, i + 1], [i + 1], `line ${i + 1} duplicated`);
    }
    case 'swap-lines': {
      const i = pickLine(r, seed, (l) => l.trim() !== '');
      if (i === null || i + 1 >= lines.length) return null;
      return shape(i, 2, [lines[i + 1]!, lines[i]!], [i + 2, i + 1], [i + 1, i + 2], `lines ${i + 1} and ${i + 2} swapped`);
    }
    case 'join-lines': {
      const i = pickLine(r, seed, (l) => l.trim() !== '');
      if (i === null || i + 1 >= lines.length) return null;
      return shape(i, 2, [lines[i]! + lines[i + 1]!], [i + 1], [i + 1, i + 2], `lines ${i + 1} and ${i + 2} joined`);
    }
    case 'split-line': {
      const i = pickLine(r, seed, (l) => l.trim().length > 1);
      if (i === null) return null;
      const l = lines[i]!;
      const tabs = [...l].flatMap((c, k) => (c === '\t' ? [k] : []));
      // At a tab (the row's cells go on on the next line) or anywhere in the text.
      const atTab = tabs.length > 0 && r.chance(0.5);
      const k = atTab ? r.pick(tabs) : r.int(1, l.length - 1);
      const parts = atTab ? [l.slice(0, k), l.slice(k + 1)] : [l.slice(0, k), l.slice(k)];
      return shape(i, 1, parts, [i + 1, i + 1], [i + 1], `line ${i + 1} split at ${k}`);
    }
    case 'cut': {
      const i = pickLine(r, seed, () => true);
      if (i === null) return null;
      const l = lines[i]!;
      const keep = r.chance(0.5) ? l.length : r.int(0, l.length);
      const out = [...lines.slice(0, i), l.slice(0, keep)];
      return {
        kind,
        lines: out,
        origOf: identity(i + 1),
        touched: [i + 1],
        cutAt: i + 1,
        digit: null,
        description: `cut after line ${i + 1}, ${keep} chars of it kept`,
      };
    }
    case 'replace-digit': {
      const i = pickLine(r, seed, (l) => /\d/.test(l));
      if (i === null) return null;
      const l = lines[i]!;
      const digits = [...l].flatMap((c, k) => (/\d/.test(c) ? [k] : []));
      const k = r.pick(digits);
      const d = String((Number(l[k]) + r.int(1, 9)) % 10);
      const m = inline(i, l.slice(0, k) + d + l.slice(k + 1), `line ${i + 1}: digit at ${k} → ${d}`);
      m.digit = { line: i + 1, before: l, after: m.lines[i]! };
      return m;
    }
    case 'insert-comma': {
      const i = pickLine(r, seed, (l) => /\d\d|\d\.\d/.test(l));
      if (i === null) return null;
      const l = lines[i]!;
      const numbers = [...l.matchAll(/\d+(?:\.\d+)?/g)].filter((m) => m[0].length >= 2);
      if (numbers.length === 0) return null;
      const m = r.pick(numbers);
      const at = m.index;
      const text = m[0];
      let changed: string;
      if (text.includes('.') && r.chance(0.5))
        changed = text.replace('.', ','); // 10.0% → 10,0%
      else {
        const whole = text.split('.')[0]!;
        const k = whole.length >= 4 && r.chance(0.5) ? whole.length - 3 : r.int(1, Math.max(1, whole.length - 1));
        changed = `${text.slice(0, k)},${text.slice(k)}`; // 1234.5 → 1,234.5; 100% → 10,0%
      }
      return inline(i, l.slice(0, at) + changed + l.slice(at + text.length), `line ${i + 1}: "${text}" → "${changed}"`);
    }
    case 'placeholder-cell': {
      const i = pickLine(r, seed, (l) => (l.includes('\t') ? l.split('\t').some((c) => c.trim() !== '') : l.trim() !== ''));
      if (i === null) return null;
      const l = lines[i]!;
      const cells = l.split('\t');
      const filled = cells.flatMap((c, k) => (c.trim() !== '' ? [k] : []));
      const k = r.pick(filled);
      const placeholder = r.pick(PLACEHOLDERS);
      cells[k] = placeholder;
      return inline(i, cells.join('\t'), `line ${i + 1}: cell ${k} → "${placeholder}"`);
    }
  }
}

// ---- judging --------------------------------------------------------------------------------

type Verdict = 'unchanged' | 'caught' | 'silent' | 'in-place-digit' | 'relabelled' | 'crash';

interface Outcome {
  verdict: Verdict;
  detail: string;
}

/** A diagnostic's line and message, line references in the message folded (a deleted line shifts them). */
const diagKey = (line: number | null, message: string) =>
  `${line ?? '-'}|${message.replace(/(line|lines|行)\s*\d+(\s*[–-]\s*\d+)?/g, '$1 #')}`;

function judge(seed: Seed, m: Mutant): Outcome {
  const reading = read(m.lines.join('\n'));
  if ('crash' in reading) return { verdict: 'crash', detail: reading.crash };
  const toOrig = (line: number | null): number | null => (line === null ? null : (m.origOf[line - 1] ?? null));
  const before = new Set(seed.original.diagnostics.map((d) => diagKey(d.line, d.message)));
  const fresh = reading.diagnostics
    .map((d) => ({ line: toOrig(d.line), message: d.message }))
    .filter((d) => !before.has(diagKey(d.line, d.message)));

  const mutantFacts = reading.ok
    ? facts(reading.doc).map((f) => ({ ...f, start: toOrig(f.start) ?? f.start, end: toOrig(f.end) ?? f.end }))
    : [];
  let lost = missingFrom(seed.original.facts, mutantFacts);
  let gained = missingFrom(mutantFacts, seed.original.facts);
  // A document cut between tables (or at a table's title) is a shorter document: only tables
  // begun before the cut count.
  if (m.cutAt !== null) {
    // …and a figure written after the cut (a total stated in the report) went with it.
    const field = (f: Fact) => f.fact.slice(0, f.fact.indexOf('='));
    const afterCut = new Set(lost.filter((f) => f.line !== undefined && f.line >= m.cutAt!).map(field));
    lost = lost.filter((f) => f.start < m.cutAt! && !afterCut.has(field(f)));
    gained = gained.filter((f) => !afterCut.has(field(f)));
  }
  const changed = [...lost, ...gained];
  if (!reading.ok) {
    // Refused: nothing is stored, but the refusal must name a line of the damage.
    const spans = seed.original.facts.filter((f) => m.touched.some((t) => t >= f.start && t <= f.end));
    const at = fresh.filter(
      (d) => d.line !== null && (m.touched.includes(d.line) || spans.some((f) => d.line! >= f.start && d.line! <= f.end)),
    );
    if (at.length > 0 || (changed.length === 0 && fresh.length === 0)) return { verdict: 'caught', detail: at[0]?.message ?? '' };
    // Refused as a whole for a reason that has no line (nothing left to read): loud, nothing stored.
    if (reading.diagnostics.every((d) => d.line === null)) return { verdict: 'caught', detail: reading.diagnostics[0]?.message ?? '' };
    return {
      verdict: 'silent',
      detail: `refused without naming the damaged lines: ${reading.diagnostics.map((d) => `${d.line}: ${d.message}`).join(' / ')}`,
    };
  }
  if (changed.length === 0) return { verdict: 'unchanged', detail: '' };
  const near = (line: number | null) =>
    line !== null && (m.touched.includes(line) || changed.some((f) => line >= f.start && line <= f.end));
  const hit = fresh.find((d) => near(d.line));
  if (hit) return { verdict: 'caught', detail: `${hit.line}: ${hit.message}` };
  const shown = (fs: Fact[], sign: string) => fs.slice(0, 4).map((f) => `${sign} ${f.fact} (lines ${f.start}–${f.end})`);
  const detail = [
    ...m.touched.filter((t) => t <= seed.lines.length).map((t) => `line ${t}: ${JSON.stringify(seed.lines[t - 1]!.slice(0, 160))}`),
    ...shown(lost, '-'),
    ...shown(gained, '+'),
    ...fresh.slice(0, 3).map((d) => `new diagnostic at ${d.line}: ${d.message.slice(0, 160)}`),
  ].join('\n    ');
  if (m.digit && inPlace(lost, gained)) return { verdict: 'in-place-digit', detail };
  if (relabelled(lost, gained)) return { verdict: 'relabelled', detail };
  return { verdict: 'silent', detail };
}

/**
 * A digit change that changed nothing but digits in place: every lost fact has a gained twin that
 * differs from it only in digits (a figure, or a number inside a name, rewritten in the same shape).
 */
function inPlace(lost: Fact[], gained: Fact[]): boolean {
  if (lost.length !== gained.length) return false;
  const shape = (f: Fact) => f.fact.replace(/\d+(\.\d+)?(e[-+]?\d+)?/g, '#');
  const a = lost.map(shape).sort();
  const b = gained.map(shape).sort();
  return a.every((x, k) => x === b[k]);
}

/**
 * Only an indicator's name or level labels changed, every figure and value text of every indicator
 * in the same order as before: a wrapped name losing or gaining a piece, a merged label cell
 * applying to a row moved across it. The figures are intact; the grouping text is not a figure.
 */
function relabelled(lost: Fact[], gained: Fact[]): boolean {
  if (lost.length !== gained.length) return false;
  const unlabelled = (f: Fact) => f.fact.replace(/\|I\|([^|]*)\|[^|]*\|[^|]*\|[^|]*\|/, '|I|$1|');
  const a = lost.map(unlabelled);
  const b = gained.map(unlabelled);
  return a.every((x, k) => x === b[k]);
}

// ---- the test -------------------------------------------------------------------------------

function loadSeed(name: string): Seed {
  const text = readFileSync(path.join(SEED_DIR, name), 'utf8');
  const reading = read(text);
  if (!('ok' in reading) || !reading.ok) throw new Error(`seed ${name} does not read: ${JSON.stringify(reading)}`);
  const f = facts(reading.doc);
  const tableLines = new Set<number>();
  for (const x of f) for (let n = x.start; n <= x.end; n++) tableLines.add(n);
  return {
    name,
    lines: text.split('\n'),
    original: { doc: reading.doc, diagnostics: reading.diagnostics, facts: f },
    tableLines: [...tableLines].sort((a, b) => a - b),
  };
}

/**
 * The mutation fuzz of the seed documents whose names begin with `prefixes`: one test per document,
 * then a summary by kind.
 */
export function describeMutationFuzz(prefixes: string[]): void {
  const names = readdirSync(SEED_DIR)
    .filter((n) => /^\d{3}_.*\.txt$/.test(n) && prefixes.includes(n.slice(0, 3)))
    .sort();
  const summary = new Map<Kind, Record<Verdict, number>>();
  let total = 0;

  describe('damaged input is caught (mutation fuzz)', () => {
    it(`reads the seed documents ${prefixes.join(', ')}`, () => {
      expect(names.map((n) => n.slice(0, 3))).toEqual(prefixes);
    });

    // One test per document, each with its own generator (seeded by FUZZ_SEED and the file name).
    it.each(names)(`${CASES_PER_DOCUMENT} mutants of %s: no silent change, no crash (seed ${FUZZ_SEED})`, async (name) => {
      const seed = loadSeed(name);
      const r = new Random(`${FUZZ_SEED}:${name}`);
      const bad: string[] = [];
      for (let n = 0; n < CASES_PER_DOCUMENT; n++) {
        // Reading is synchronous: a turn of the event loop between mutants (test/support/eventLoop.ts).
        await eventLoopTurn();
        let m: Mutant | null = null;
        // Kinds in turn; a kind that cannot apply to this document (no tab in 002) gives way to the next.
        for (let k = 0; m === null && k < KINDS.length; k++) m = mutate(r, seed, KINDS[(n + k) % KINDS.length]!);
        if (m === null) continue;
        total++;
        const outcome = judge(seed, m);
        const row = summary.get(m.kind) ?? { unchanged: 0, caught: 0, silent: 0, 'in-place-digit': 0, relabelled: 0, crash: 0 };
        row[outcome.verdict]++;
        summary.set(m.kind, row);
        const line = `${name.slice(0, 3)} ${m.kind} ${outcome.verdict}: ${m.description}\n    ${outcome.detail}`;
        if (process.env.FUZZ_SHOW_ALL === outcome.verdict) console.log(line);
        if (outcome.verdict === 'silent' || outcome.verdict === 'crash') bad.push(line);
      }
      if (bad.length > 0) console.log(bad.slice(0, Number(process.env.FUZZ_SHOW ?? 20)).join('\n'));
      expect(bad).toEqual([]);
    });

    afterAll(() => {
      const table = [...summary.entries()].map(([kind, v]) => ({ kind, ...v }));
      const sum = (k: Verdict) => table.reduce((s, x) => s + x[k], 0);
      const row = (kind: string, v: Record<Verdict, number>) =>
        `  ${kind.padEnd(17)} unchanged ${v.unchanged}  caught ${v.caught}  in-place-digit ${v['in-place-digit']}  relabelled ${v.relabelled}  silent ${v.silent}  crash ${v.crash}`;
      const totals = {
        unchanged: sum('unchanged'),
        caught: sum('caught'),
        'in-place-digit': sum('in-place-digit'),
        relabelled: sum('relabelled'),
        silent: sum('silent'),
        crash: sum('crash'),
      };
      console.log(
        [
          `mutation fuzz of ${prefixes.join(', ')}, seed ${FUZZ_SEED}: ${total} mutants`,
          ...table.map((t) => row(t.kind, t)),
          row('total', totals),
        ].join('\n'),
      );
      // Only meaningful when every document ran (not under a name filter): 75 of 100 mutants a document at least.
      if (summary.size > 0 && names.length === prefixes.length && total >= names.length * CASES_PER_DOCUMENT * 0.9)
        expect(total).toBeGreaterThanOrEqual(names.length * 75);
    });
  });
}
