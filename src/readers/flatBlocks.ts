/**
 * Tables flattened out of row order (按块还原). A PDF extractor or a spreadsheet preview may write a
 * table's text boxes in an order of its own: the figures of the funding rows before their labels,
 * a row's cells scattered (`20000.00 20000.00 4.52` … `实施单位 9,034` … `年度总体目标 10 45.17%`),
 * the indicators' value runs together and their names together in another place
 * (`=100% 100% 10 10 及时 及时 20 20 … 100 98.62` … `合同结算条款完成率 费用结算及时性 …`). Read row by
 * row (src/readers/flat.ts) such a table has no row whose label stands before its figures.
 *
 * Here it is read block by block, each placement checked by what the form guarantees:
 *
 * - the funding block's total row (年度资金总额) is the one set of figures of the block whose
 *   执行率 is 全年执行数 / 全年预算数 (to one unit of its last written digit), whose 得分 is no more
 *   than its 分值 (a whole number) and within one point of 分值 × 执行率 — found wherever its cells
 *   stand in the block, and only when every such set has the same figures; its 年初预算数 is the
 *   amount written right before its 全年预算数, where there is one;
 * - the indicator rows are the value runs `年度指标值 实际完成值 分值 得分` (得分 ≤ 分值 ≤ 100) in the
 *   order written, and the names in the order written — numbered (指标1:) where the form numbers
 *   them, else every other text — taken together only when there are as many names as runs and
 *   the weights with the funding block's make the 总分's 分值 (100);
 * - the 总分 row is the pair of figures after the last run whose first is that weight total.
 *
 * A table of the region that reads so is written as the grid the template reader expects (the
 * name, the funding header and total row, the indicator header and rows, 总分); what is not
 * certain is left out: a table whose indicators do not pair keeps its funding row and has its
 * indicator text written as it stands, for the template reader to report. A region is read so
 * only when its total row's label has no figures after it (out of row order) and at least one of
 * its tables reads whole; otherwise it is read row by row as before.
 */
import { LabelSet } from '../templates/labels';
import { isLevel2Cell, LEVEL1 } from '../templates/vocabulary';
import type { FundingRole, Template } from '../templates/template';
import type { FlatCell } from './flatGluedRows';
import type { FlatChar, Piece } from './flatPieces';

type Row = FlatCell[];

/** A word of a text piece (its characters between spaces), where it stands in the region. */
interface Word {
  text: string;
  line: number;
  /** Index of its piece, and of the word in the region's word list. */
  piece: number;
  at: number;
}

const AMOUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const PERCENT = /^\d+(?:\.\d+)?%$/;
const NUMBER = /^\d+(?:\.\d+)?$/;
const HAN = /\p{Script=Han}/u;
/** A figure of an indicator's target or result: a comparator, a number, a unit (`>=90%`, `75元`, `8755`, `≥95%`). */
const VALUE_FIGURE = /^(?:[<>≤≥=]=?|不低于|不少于|不高于|大于|小于)?\d[\d,.]*(?:%|‰|\p{Script=Han}{1,3})?$/u;
/** A word a target or result may be (`及时`, `达标`, `已按月拨付`). */
const VALUE_WORD = /^\p{Script=Han}{1,8}$/u;
/** A level's weight broken off its word (`(10分`). */
const WEIGHT_FRAGMENT = /^[(（]\s*\d/u;
/** A form's numbering of its indicators (指标1:), kept apart from the name. */
const NUMBERING = /^指标\d+[:：]?/u;
/** The first number of a numbering whose 指标 a level word before it took (`社会效益指标` `1:是否…`). */
const SHARED_NUMBER = /^\d+[:：]/u;

const amount = (text: string) => Number(text.replace(/,/g, ''));

function wordsOf(pieces: Piece[], from: number, to: number, words: Word[] = []): Word[] {
  for (let k = from; k < to; k++) {
    const p = pieces[k]!;
    if (p.kind !== 'text') continue;
    let chars: FlatChar[] = [];
    const flush = () => {
      if (chars.length > 0) words.push({ text: chars.map((c) => c.ch).join(''), line: chars[0]!.line, piece: k, at: words.length });
      chars = [];
    };
    for (const c of p.chars) {
      if (/\s/u.test(c.ch)) flush();
      else chars.push(c);
    }
    flush();
  }
  return words;
}

const cell = (w: Word | Piece): FlatCell => ({ text: w.text, line: w.line });

/**
 * Whether `written` (a rate as written, `86.19%`) is `value` rounded to its digits in any direction
 * (down, to the nearest, up): less than one unit of its last digit away.
 */
function nearRate(value: number, written: string): boolean {
  const decimals = /\.(\d+)/.exec(written)?.[1]?.length ?? 0;
  return Math.abs(value * 100 - Number(written.replace('%', ''))) < 10 ** -decimals - 1e-9;
}

interface TotalRow {
  cells: Partial<Record<FundingRole, Word>>;
}

/**
 * The funding block's total row among the figures of the block (see the module comment), or null
 * when none fits or two that fit disagree.
 */
function totalRow(figures: Word[]): TotalRow | null {
  const amounts = figures.filter((w) => AMOUNT.test(w.text));
  const rates = figures.filter((w) => PERCENT.test(w.text));
  const fits: { budget: Word; executed: Word; rate: Word; weight: Word; score: Word }[] = [];
  for (const rate of rates)
    for (const budget of amounts)
      for (const executed of amounts) {
        if (executed === budget || amount(budget.text) <= 0 || !nearRate(amount(executed.text) / amount(budget.text), rate.text)) continue;
        for (const weight of amounts) {
          const w = amount(weight.text);
          if (weight === budget || weight === executed || !Number.isInteger(w) || w <= 0 || w >= 100) continue;
          const expected = w * Math.min(1, Number(rate.text.replace('%', '')) / 100);
          for (const score of amounts) {
            if ([budget, executed, weight].includes(score)) continue;
            const s = amount(score.text);
            if (s <= w && Math.abs(s - expected) <= 1) fits.push({ budget, executed, rate, weight, score });
          }
        }
      }
  if (fits.length === 0) return null;
  const key = (f: (typeof fits)[number]) => [f.budget, f.executed, f.rate, f.weight, f.score].map((w) => amount(w.text.replace('%', ''))).join('|');
  const after = (w: Word, before: Word) => w.piece === before.piece && w.at === before.at + 1;
  // Sets that disagree: the ones whose 全年执行数 stands right after its 全年预算数 (the columns' order, where it shows), if they agree.
  const sideBySide = fits.filter((f) => after(f.executed, f.budget));
  if (new Set(fits.map(key)).size > 1 && (sideBySide.length === 0 || new Set(sideBySide.map(key)).size > 1)) return null;
  if (new Set(fits.map(key)).size > 1) fits.splice(0, fits.length, ...sideBySide);
  // Where equal figures stand in several places: the 全年执行数 right after a 全年预算数, the 全年预算数 right after another amount (its 年初预算数).
  const placed = (f: (typeof fits)[number]) => [f.budget, f.executed, f.rate, f.weight, f.score];
  const rank = (f: (typeof fits)[number]) => {
    const before = figures.find((w) => after(f.budget, w));
    const initial = before && AMOUNT.test(before.text) && !placed(f).includes(before);
    return (after(f.executed, f.budget) ? 2 : 0) + (initial ? 1 : 0);
  };
  const best = fits.reduce((a, b) => (rank(b) > rank(a) || (rank(b) === rank(a) && b.executed.at < a.executed.at) ? b : a));
  const before = figures.find((w) => after(best.budget, w));
  const initial = before && AMOUNT.test(before.text) && !placed(best).includes(before) ? before : undefined;
  return {
    cells: {
      ...(initial ? { initialBudget: initial } : {}),
      budget: best.budget,
      executed: best.executed,
      weight: best.weight,
      executionRate: best.rate,
      score: best.score,
    },
  };
}

interface IndicatorRun {
  target: FlatCell;
  actual: FlatCell;
  weight: Word;
  score: Word;
  /** How many words it takes. */
  length: number;
  /** The words written right after it in the same text (its 偏差原因分析及改进措施). */
  note: Word[];
}

const isValue = (w: Word | undefined) => w !== undefined && (VALUE_FIGURE.test(w.text) || VALUE_WORD.test(w.text));
const isFigure = (w: Word | undefined) => w !== undefined && VALUE_FIGURE.test(w.text);
/** A unit written apart from its figure (`2644 人次`, `3.61 万元`). */
const UNIT = /^\p{Script=Han}{1,3}$/u;
const BARE_FIGURE = /^(?:[<>≤≥=]=?)?\d[\d,.]*%?$/u;

/**
 * Whether the words from k are a value run: target, result, 分值, 得分 — the target and the result
 * both figures or both words (a name's last word before figures is none), or both figures each
 * followed by the same unit (`≥2573 人次 2644 人次 10 9`).
 */
function runAt(words: Word[], k: number): IndicatorRun | null {
  const scored = (weight: Word | undefined, score: Word | undefined) =>
    weight !== undefined &&
    score !== undefined &&
    NUMBER.test(weight.text) &&
    NUMBER.test(score.text) &&
    Number(weight.text) > 0 &&
    Number(weight.text) <= 100 &&
    Number(score.text) <= Number(weight.text);
  const [a, b, c, d, e, f] = words.slice(k, k + 6);
  if (a && b && isValue(a) && isValue(b) && isFigure(a) === isFigure(b) && scored(c, d))
    return { target: cell(a), actual: cell(b), weight: c!, score: d!, length: 4, note: [] };
  const unit = (figure: Word | undefined, u: Word | undefined) => figure !== undefined && BARE_FIGURE.test(figure.text) && u !== undefined && UNIT.test(u.text);
  if (unit(a, b) && unit(c, d) && b!.text === d!.text && scored(e, f)) {
    const joined = (x: Word, y: Word): FlatCell => ({ text: `${x.text} ${y.text}`, line: x.line });
    return { target: joined(a!, b!), actual: joined(c!, d!), weight: e!, score: f!, length: 6, note: [] };
  }
  return null;
}

interface Indicators {
  rows: { name: FlatCell; run: IndicatorRun }[];
  total: [Word, Word];
}

/**
 * The indicator rows of a table's indicator text (its words, labels left out), or null when its
 * names and value runs do not pair (see the module comment).
 */
function indicatorsOf(words: Word[], afterLevelWord: (w: Word) => boolean, budgetWeight: number): Indicators | null {
  const runs: IndicatorRun[] = [];
  const others: Word[] = [];
  let total: [Word, Word] | null = null;
  // The run the words before this one closed, where no label stands between.
  let open: IndicatorRun | null = null;
  for (let k = 0; k < words.length; ) {
    const run = runAt(words, k);
    if (run) {
      runs.push(run);
      open = run;
      k += run.length;
      continue;
    }
    const [a, b] = [words[k]!, words[k + 1]];
    const weights = budgetWeight + runs.reduce((sum, r) => sum + Number(r.weight.text), 0);
    if (total === null && runs.length > 0 && b && NUMBER.test(a.text) && NUMBER.test(b.text) && Number(a.text) === weights && Number(b.text) <= weights) {
      total = [a, b];
      open = null;
      k += 2;
      continue;
    }
    const before = words[k - 1];
    if (open && before && before.piece === a.piece && !NUMBERING.test(a.text)) {
      open.note.push(a);
      k++;
      continue;
    }
    open = null;
    others.push(words[k]!);
    k++;
  }
  const numbered = others.some((w) => NUMBERING.test(w.text));
  const names: { words: Word[]; glued: string }[] = [];
  if (numbered) {
    let open: { words: Word[]; glued: string } | null = null;
    for (const w of others) {
      const number = NUMBERING.exec(w.text) ?? (afterLevelWord(w) ? SHARED_NUMBER.exec(w.text) : null);
      const next = open?.words.at(-1);
      const continues = open && next && w.piece === next.piece && w.at === next.at + 1;
      if (number) {
        const rest = w.text.slice(number[0].length);
        open = { words: [{ ...w, text: rest }], glued: rest };
        names.push(open);
      } else if (open && continues && !WEIGHT_FRAGMENT.test(w.text) && !w.text.endsWith('指标')) {
        open.words.push(w);
        open.glued += ` ${w.text}`;
      } else open = null;
    }
  } else
    for (const w of others) {
      if (!HAN.test(w.text)) return null;
      const last = names.at(-1);
      // A word of one character is the end of a name wrapped in its cell: beside it, with the space; stranded elsewhere, glued on.
      if ([...w.text].length === 1 && last) {
        const beside = last.words.at(-1)!.piece === w.piece && last.words.at(-1)!.at === w.at - 1;
        last.glued += beside ? ` ${w.text}` : w.text;
        last.words.push(w);
        continue;
      }
      names.push({ words: [w], glued: w.text });
    }
  // A name that is a level word (服务对象满意度) would be read as the level of its row: its level cells are not known here.
  const levelWord = (name: string) => LEVEL1.has(name.normalize('NFKC')) || isLevel2Cell(name.normalize('NFKC'));
  if (!total || runs.length === 0 || names.length !== runs.length || names.some((n) => n.glued.trim() === '' || levelWord(n.glued.trim())))
    return null;
  return { rows: names.map((n, k) => ({ name: { text: n.glued.trim(), line: n.words[0]!.line }, run: runs[k]! })), total };
}

/** The title in a text (the template's title word with its year in brackets), and where it ends. */
function titleIn(text: string, t: Template): { start: number; end: number } | null {
  for (const title of t.titles) {
    const at = text.indexOf(title);
    if (at < 0) continue;
    const start = Math.max(0, text.lastIndexOf(' ', at) + 1);
    const year = /^\s*[(（][^)）]{0,16}[)）]/u.exec(text.slice(at + title.length));
    return { start, end: at + title.length + (year ? year[0].length : 0) };
  }
  return null;
}

/** A text piece made of part of another's characters (from, to: indexes of the written text). */
function partOf(p: Piece, from: number, to: number): Piece | null {
  const chars = p.chars.slice(from, to);
  const text = chars
    .map((c) => c.ch)
    .join('')
    .trim();
  return text === '' ? null : { kind: 'text', text, norm: text, chars, line: chars.find((c) => c.ch.trim() !== '')!.line, spacedBefore: false };
}

/**
 * Whether a region is out of row order: a funding total row's label with no figure right after it
 * (the label standing as a label, or as a word of a text where it came before the block's heading).
 */
function outOfRowOrder(pieces: Piece[], t: Template): boolean {
  const total = new LabelSet(t.funding.rows.filter((r) => r.role === 'total').flatMap((r) => r.labels));
  const at = pieces.findIndex((p) => p.kind === 'label' && total.has(p.norm));
  if (at >= 0) return !(pieces[at + 1]?.kind === 'text' && /^\d/.test(pieces[at + 1]!.text));
  const words = wordsOf(pieces, 0, pieces.length);
  const word = words.findIndex((w) => total.has(w.text));
  return word >= 0 && !(words[word + 1]?.piece === words[word]!.piece && /^\d/.test(words[word + 1]!.text));
}

/** The region's tables: each from its title (or its name label) to the next one's. */
function tablesOf(pieces: Piece[], t: Template): Piece[][] {
  const names = new LabelSet(t.nameLabels);
  const starts = pieces.flatMap((p, k) => (p.kind === 'label' && names.has(p.norm) ? [k] : []));
  if (starts.length === 0) return [];
  const tables: Piece[][] = [];
  let carried: Piece[] = [];
  starts.forEach((start, n) => {
    const end = starts[n + 1] ?? pieces.length;
    const body = [...carried, ...pieces.slice(start, end)];
    carried = [];
    // The next table's title (and the name written before its label) ends this table's last text.
    const last = body.at(-1);
    if (n + 1 < starts.length && last?.kind === 'text') {
      const title = titleIn(last.text, t);
      if (title) {
        const written = last.chars.map((c) => c.ch).join('');
        const cut = written.indexOf(last.text) + title.start;
        body.pop();
        const head = partOf(last, 0, cut);
        const tail = partOf(last, cut, last.chars.length);
        if (head) body.push(head);
        if (tail) carried = [tail];
      }
    }
    tables.push(body);
  });
  // The first table's title stands before its name label.
  const before = pieces[starts[0]! - 1];
  if (before?.kind === 'text') tables[0]!.unshift(before);
  return tables;
}

interface TableReading {
  rows: Row[];
  whole: boolean;
}

/** One table of the region read block by block. */
function readTable(pieces: Piece[], t: Template): TableReading {
  const set = (labels: readonly string[]) => new LabelSet(labels);
  const names = set(t.nameLabels);
  const header = set([...t.supervisingLabels, ...t.implementingLabels]);
  const indicatorOpens = set([
    ...t.indicators.heading,
    ...t.indicators.columns.filter((c) => c.role === 'level1' || c.role === 'level2' || c.role === 'name').flatMap((c) => c.labels),
  ]);
  const levelWords = (p: Piece) => p.kind === 'label' && p.norm.endsWith('指标');
  const rows: Row[] = [];

  // The title, and the name: after its label, or before it (after the title) when the label has nothing after it.
  let k = 0;
  let name: Piece | null = null;
  const first = pieces[0]!;
  if (first.kind === 'text') {
    const title = titleIn(first.text, t);
    const written = first.chars.map((c) => c.ch).join('');
    const offset = written.indexOf(first.text);
    const titleEnd = title ? offset + title.end : 0;
    const titlePiece = title ? partOf(first, offset + title.start, titleEnd) : null;
    if (titlePiece) rows.push([cell(titlePiece)]);
    if (pieces[1]?.kind === 'label' && pieces[2]?.kind !== 'text') name = partOf(first, titleEnd, first.chars.length);
    k = 1;
  }
  const nameLabel = pieces[k];
  if (nameLabel?.kind === 'label' && names.has(nameLabel.norm)) {
    if (pieces[k + 1]?.kind === 'text' && !name) name = pieces[++k]!;
    if (name) rows.push([cell(nameLabel), cell(name)]);
  }
  const indicatorsFrom = pieces.findIndex((p) => p.kind === 'label' && indicatorOpens.has(p.norm));
  const fundingEnd = indicatorsFrom < 0 ? pieces.length : indicatorsFrom;
  // 主管部门 and 实施单位 with a text right after them (a figure there is a displaced cell, not theirs).
  for (let j = k; j < fundingEnd; j++) {
    const p = pieces[j]!;
    const value = pieces[j + 1];
    if (p.kind === 'label' && header.has(p.norm) && value?.kind === 'text' && HAN.test(value.text)) rows.push([cell(p), cell(value)]);
  }

  const fundingWords = wordsOf(pieces, 0, fundingEnd);
  const figures = fundingWords.filter((w) => AMOUNT.test(w.text) || PERCENT.test(w.text));
  const total = totalRow(figures);
  // Each label as written: a label piece, or a word of the text (a row label the flattening put before the block's heading).
  const written = (labels: readonly string[], from: number, to: number): FlatCell | null => {
    const set = new LabelSet(labels);
    const found = pieces.slice(from, to).find((p) => p.kind === 'label' && set.has(p.norm));
    if (found) return cell(found);
    const word = wordsOf(pieces, from, to).find((w) => set.has(w.text));
    return word ? cell(word) : null;
  };
  const heading = written(t.funding.heading, 0, fundingEnd);
  const totalLabel = written(
    t.funding.rows.filter((r) => r.role === 'total').flatMap((r) => r.labels),
    0,
    fundingEnd,
  );
  if (total && heading && totalLabel) {
    const columns = t.funding.columns.filter((c) => total.cells[c.role]);
    rows.push([heading, ...columns.map((c) => written(c.labels, 0, fundingEnd) ?? { text: c.labels[0]!, line: heading.line })]);
    rows.push([totalLabel, ...columns.map((c) => cell(total.cells[c.role]!))]);
  }

  if (indicatorsFrom < 0) return { rows, whole: false };
  const totalScore = set(t.total.labels);
  const totalAt = pieces.findIndex((p, j) => j > indicatorsFrom && p.kind === 'label' && totalScore.has(p.norm));
  const indicatorEnd = totalAt < 0 ? pieces.length : totalAt;
  const words = wordsOf(pieces, indicatorsFrom, indicatorEnd);
  const afterLevelWord = (w: Word) => w.at === words.findIndex((x) => x.piece === w.piece) && levelWords(pieces[w.piece - 1]!);
  const budgetWeight = total ? amount(total.cells.weight!.text) : NaN;
  const indicators = total ? indicatorsOf(words, afterLevelWord, budgetWeight) : null;
  const columnLabel = (role: string): FlatCell => {
    const labels = t.indicators.columns.find((c) => c.role === role)!.labels;
    return written(labels, indicatorsFrom, pieces.length) ?? { text: labels[0]!, line: pieces[indicatorsFrom]!.line };
  };
  if (!indicators) {
    const text = words.map((w) => w.text).join(' ');
    if (text !== '') rows.push([{ text, line: words[0]!.line }]);
    return { rows, whole: false };
  }
  // (Level cells are left blank: which level a row stands under is not written beside it.)
  const noted = indicators.rows.some((r) => r.run.note.length > 0) && t.indicators.columns.some((c) => c.role === 'note');
  const roles = ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score', ...(noted ? ['note'] : [])];
  rows.push(roles.map(columnLabel));
  for (const { name: n, run } of indicators.rows) {
    const note: FlatCell = { text: run.note.map((w) => w.text).join(' '), line: run.note[0]?.line ?? run.score.line };
    const blank = { text: '', line: n.line };
    rows.push([blank, blank, n, run.target, run.actual, cell(run.weight), cell(run.score), ...(noted ? [note] : [])]);
  }
  const totalPiece = totalAt >= 0 ? pieces[totalAt]! : null;
  if (totalPiece) rows.push([cell(totalPiece), cell(indicators.total[0]), cell(indicators.total[1])]);
  return { rows, whole: totalPiece !== null };
}

/**
 * The rows of a flattened region read block by block (its pieces as src/readers/flat.ts's
 * ownPieces gives them), or null when it is not out of row order or no table of it reads whole.
 */
export function readByBlocks(pieces: Piece[], t: Template): Row[] | null {
  if (t.funding.columns.length === 0 || !outOfRowOrder(pieces, t)) return null;
  const tables = tablesOf(pieces, t).map((table) => readTable(table, t));
  if (!tables.some((r) => r.whole)) return null;
  return tables.flatMap((r) => r.rows);
}
