/**
 * The template engine: reads every project or department-wide self-evaluation table a template
 * (src/templates/definitions/) describes out of the cell sequence (src/templates/tokens.ts), by
 * labels only.
 *
 * - A record starts at a name label (项目名称, 转移支付（项目）名称, 部门（单位）名称); it is read by the first
 *   template whose recognising labels all appear before the next record. A name label no
 *   template recognises (a table of contents, a summary table) is not a project.
 * - A label's value is the cell after it, unless that cell is itself a label (then nothing was
 *   written).
 * - A block (funding, indicators) is its heading, its column labels in the order written (that
 *   order is the block's width), then its rows. A row's cells are the rest of its row where rows
 *   are known (grid), else the cells up to the next label (stream). Cells are placed in column
 *   order, and only when that is certain: as many cells as columns (trailing empty cells past
 *   the width dropped), or fewer when the columns left off are ones the template lets the row
 *   omit, or when every cell is a placeholder. Each placed cell must fit its column (an amount
 *   in an amount column …). Indicator rows whose 一级/二级指标 are merged into the rows above are
 *   told by the vocabulary (src/templates/vocabulary.ts): a stream segment between two
 *   recognised leading cells must hold whole rows. A row whose empty cells left no trace is
 *   placed when one way alone fits its figures (src/templates/placement.ts); an indicator row
 *   placed so stays only when the weights add up to the 总分 row. Anything else is reported in `unread` with
 *   its lines and the reason, and the record carries a reading problem — never guessed.
 * - Placeholders (`/`, `—`, `-`, `无`, blank) are "not reported": null.
 * - 指标性质 (=, ≥, ≤) and 度量单位 are joined with the value as written: `≥` `95` `%` → `≥95%`.
 */
import { headlessRows } from './headlessRows';
import { parseMoneyWan, parseRateCell, parseScoreCell } from '../domain/reportedValue';
import { agrees } from './consistency';
import type {
  Cell,
  FundingLine,
  ParsedDepartmentEvaluation,
  ParsedDepartmentGoal,
  ParsedIndicator,
  ParsedProjectEvaluation,
  Unread,
} from './parsed';
import { splitHeaderGroups } from './headerGroups';
import { escapeRegExp, isLabelShaped, isPlaceholder, LabelSet, labelSetOf, normalizeLabel, splitWeight } from './labels';
import {
  fundingRowAgrees,
  indicatorCellFits,
  indicatorRowAgrees,
  isSubItem,
  fitsInOrderOnly,
  placeShortRow,
  subItemRules,
  type PlacementRules,
} from './placement';
import { cutOffRowCells } from './cutOffRow';
import {
  LEVEL_ROLES,
  labelsOf,
  opensWithLevels,
  type Column,
  type FundingRole,
  type FundingRowRole,
  type IndicatorRole,
  type Template,
} from './template';
import { changed, type Token, type TokenStream } from './tokens';
import { firstFrom, LabelPositions } from './labelPositions';
import { isSignOff, opensNotes } from './signOff';
import { LEVEL1, LEVEL2, isLevel2Cell } from './vocabulary';
import { cutNoteMergedRows, type NoteMergedCut } from './noteMergedRows';
import { yearOfName } from './nameYear';
import { isUnscoredPair } from './unscoredParts';
import { asAbove, goalCell, withoutLevelShare, type GoalCell } from './goals';
import { headerPlaces, laidByColumn, underHeader, type HeaderPlace } from './headerPlaces';
import { continuesSpacedLine, spacedLineText } from './spacedLines';
import { scoreLeftBlank } from './scorelessRows';
import { isUnevaluatedBlock } from './unevaluatedRows';
import { figureBeforeNote } from './figureBeforeNote';
import { printedEarly } from './earlyLevel';
import { scoreBeside, yearAlone } from './aboveTable';
import { isLevelTail } from './levelTail';
import { headlessFundingAt } from './headlessFunding';
import { mergedTailPlacement } from './mergedTail';
import { readClassification } from './classification';
import { headingWeightAsWritten, isLoneHeadingWeight } from './headingWeight';
import { nameOfUnconfirmed, namedOnlyIndicator } from './unconfirmedNames';
import { fitsUnderLevel1, groupsNotAddingUp, scoreWithin, weightInName } from './weightedNames';
import { cleanProse } from '../tables/cellText';
import { WIDE } from '../readers/wide';
import { readLabelledFunding } from './labelledFunding';
import { joinRepeatedNames } from './repeatedName';
import { yearOfWholePeriod } from './wholeYearPeriod';
import { totalInCell } from './totalInCell';
import { columnNumbersFrom } from './columnNumbers';

export interface ProjectReading {
  projects: ParsedProjectEvaluation[];
  departmentEvaluations: ParsedDepartmentEvaluation[];
  unread: Unread[];
  /** Cells read for their place and not kept (a funding row or column the records have no field for), with their lines. */
  notKept: Unread[];
}

interface Sets {
  name: LabelSet;
  supervising: LabelSet;
  implementing: LabelSet;
  fundingHeading: LabelSet;
  fundingSkip: LabelSet;
  indicatorHeading: LabelSet;
  total: LabelSet;
  expected: LabelSet;
  actual: LabelSet;
  deviation: LabelSet;
  improvement: LabelSet;
  /** Every label of the template: a cell that is one of these is never a value. */
  all: LabelSet;
  fundingRows: { role: Template['funding']['rows'][number]['role']; set: LabelSet }[];
  /** A funding breakdown cell: one of `funding.breakdowns`, then a colon (and its amount). */
  breakdown: RegExp | null;
  /** The template's `recognisedBy` lists, each a set (asked of every record's tokens). */
  recognisedBy: LabelSet[];
}

function breakdownPattern(labels: string[] | undefined): RegExp | null {
  if (!labels || labels.length === 0) return null;
  const escaped = labels.map((l) => escapeRegExp(normalizeLabel(l)));
  return new RegExp(`^(?:其中:)?(?:${escaped.join('|')}):`);
}

const setsCache = new WeakMap<Template, Sets>();

function setsOf(t: Template): Sets {
  const cached = setsCache.get(t);
  if (cached) return cached;
  const sets: Sets = {
    name: new LabelSet(t.nameLabels),
    supervising: new LabelSet(t.supervisingLabels),
    implementing: new LabelSet(t.implementingLabels),
    fundingHeading: new LabelSet(t.funding.heading),
    fundingSkip: new LabelSet(t.funding.skip ?? []),
    indicatorHeading: new LabelSet(t.indicators.heading),
    total: new LabelSet(t.total.labels),
    expected: new LabelSet(t.goals?.expected ?? []),
    actual: new LabelSet(t.goals?.actual ?? []),
    deviation: new LabelSet(t.closing.deviationAnalysis),
    improvement: new LabelSet(t.closing.improvementMeasures),
    all: new LabelSet(labelsOf(t)),
    fundingRows: t.funding.rows.map((r) => ({ role: r.role, set: new LabelSet(r.labels) })),
    breakdown: breakdownPattern(t.funding.breakdowns),
    recognisedBy: t.recognisedBy.map((labels) => new LabelSet(labels)),
  };
  setsCache.set(t, sets);
  return sets;
}

const FUNDING_NAMES: Record<FundingRole, string> = {
  initialBudget: '年初预算数',
  budget: '预算数',
  executed: '执行数',
  executionRate: '执行率',
  weight: '分值/权重',
  score: '得分',
  note: '原因',
  rowNumber: '行次',
  pooled: '统筹整合资金数',
  netBudget: '扣除统筹整合资金后预算金额',
  received: '全年到位资金',
  receivedRate: '预算到位',
};

/** An indicator's direction (指标性质 beside 指标方向): positive, negative. */
const POLARITY = /^(?:正向|反向|中性)(?:指标)?$/u;

/** Whether a cell's text fits a column of this role (placeholders fit every column). */
function fits(role: FundingRole | IndicatorRole | 'total-weight' | 'total-score', text: string): boolean {
  if (isPlaceholder(text)) return true;
  switch (role) {
    case 'initialBudget':
    case 'budget':
    case 'executed':
    case 'pooled':
    case 'netBudget':
    case 'received':
      return parseMoneyWan(text).status === 'OK';
    case 'executionRate':
    case 'receivedRate':
      return parseRateCell(text).status === 'OK';
    case 'rowNumber':
      return /^\d{1,3}$/.test(text.trim());
    case 'polarity':
      return POLARITY.test(text.trim());
    case 'weight':
    case 'score':
    case 'convertedScore':
    case 'total-weight':
    case 'total-score':
      return parseScoreCell(text).status === 'OK';
    default:
      return true;
  }
}

/** A closing text as stored: a converted page's paragraph markup (<p>…</p> <p>…</p>) one line per paragraph (src/tables/cellText.ts). */
function prose(cell: Cell | null): string | null {
  const text = cell ? cleanProse(cell.text) : '';
  return text === '' ? null : text;
}

function cellOf(token: Token | undefined): Cell | null {
  return token && !isPlaceholder(token.text) ? { text: token.text, line: token.line } : null;
}

/** A record being read: the template, its token range, what it found wrong, the lines it used. */
class RecordReader {
  readonly sets: Sets;
  readonly problems: { line: number; message: string }[] = [];
  readonly unread: Unread[] = [];
  /** Cells read for their place and not kept: see ProjectReading.notKept. */
  readonly notKept: Unread[] = [];
  lastLine: number;

  constructor(
    readonly ts: TokenStream,
    readonly t: Template,
    readonly start: number,
    readonly end: number,
    /** Every known form's funding column labels (年初预算数, 全年预算数(A) …): a header of a funding block, whichever form's. */
    readonly fundingColumns: LabelSet = new LabelSet([]),
  ) {
    this.sets = setsOf(t);
    this.lastLine = ts.tokens[start]!.line;
  }

  /** The last line of the record's text: where a cut-off table stops. */
  endLine(): number {
    return this.ts.tokens[this.end - 1]?.line ?? this.lastLine;
  }

  tok(i: number): Token | undefined {
    return i < this.end ? this.ts.tokens[i] : undefined;
  }

  use(i: number): void {
    const token = this.ts.tokens[i];
    if (token && token.line > this.lastLine) this.lastLine = token.line;
  }

  isLabel(token: Token | undefined): boolean {
    return token !== undefined && token.norm !== '' && (this.sets.all.has(token.norm) || this.isBreakdown(token));
  }

  /** A funding breakdown cell (`按收入性质分:2030.12`): a label with its amount, after the rows. */
  isBreakdown(token: Token): boolean {
    return this.sets.breakdown !== null && this.sets.breakdown.test(token.text.normalize('NFKC').replace(/\s+/g, ''));
  }

  find(set: LabelSet, from = this.start): number {
    for (let i = from; i < this.end; i++) if (this.ts.tokens[i]!.norm !== '' && set.has(this.ts.tokens[i]!.norm)) return i;
    return -1;
  }

  /** The value written after a label: the next cell unless it is a label. */
  valueAfter(set: LabelSet): Cell | null {
    const at = this.find(set);
    return at < 0 ? null : this.valueAt(at);
  }

  /** The value written after the label at `at`. */
  valueAt(at: number): Cell | null {
    // In a known row, empty cells after the label are the label's merged cells.
    let i = at + 1;
    const row = this.ts.tokens[at]!.row;
    while (row !== null && this.tok(i)?.row === row && this.tok(i)!.norm === '') i++;
    const next = this.tok(i);
    // A note heading (备注：, 注：) after a label left blank is no value of it.
    if (!next || this.isLabel(next) || opensNotes(next.text)) return null;
    this.use(i);
    // One cell per line: a Chinese value broken over lines (创业担保贷 / 款贴息专项资金) before the next label is one value.
    let text = next.text.trim();
    for (let parts = 1; next.row === null && parts < 3; parts++) {
      const more = this.tok(i + 1);
      const after = this.tok(i + 2);
      if (!more || more.row !== null || !WRAPPED_ON.test(more.text.trim()) || !WIDE.test(text.at(-1) ?? '') || this.isLabel(more)) break;
      if (after && !this.isLabel(after)) break;
      text += more.text.trim();
      this.use(++i);
    }
    return text === next.text.trim() ? cellOf(next) : { text, line: next.line };
  }

  /** The cells of the row a label opens: the rest of its known row, else the cells up to the next label. */
  rowAfter(at: number): { cells: Token[]; next: number } {
    const token = this.ts.tokens[at]!;
    if (token.row !== null) {
      const indexes = this.ts.rows[token.row]!.filter((i) => i > at && i < this.end);
      if (indexes.length > 0) return { cells: indexes.map((i) => this.ts.tokens[i]!), next: indexes.at(-1)! + 1 };
    }
    const cells: Token[] = [];
    let i = at + 1;
    // (A stream row ends at the next label, a known row, or the form's sign-off under the table.)
    while (i < this.end && !this.isLabel(this.ts.tokens[i]) && this.ts.tokens[i]!.row === null && !isSignOff(this.ts.tokens[i]!.text))
      cells.push(this.ts.tokens[i++]!);
    return { cells, next: i };
  }

  /**
   * The cells after a label that ends its known row, up to the next label: a row broken over lines
   * (its empty cells passed over; they may have been lost anywhere, so the cells say `blanksLost`).
   */
  continuation(at: number): { cells: Token[]; next: number } {
    const cells: Token[] = [];
    let i = at + 1;
    for (; i < this.end && !this.isLabel(this.ts.tokens[i]); i++) {
      const token = this.ts.tokens[i]!;
      if (token.text.trim() !== '') cells.push({ ...token, blanksLost: true });
    }
    return { cells, next: i };
  }

  /** Column labels after a heading, in the order written; empty cells and `skip` labels passed over. */
  header<Role extends string>(from: number, columns: Column<Role>[], skip: LabelSet): { columns: Column<Role>[]; next: number } {
    const sets = columns.map((c) => ({ column: c, set: labelSetOf(c.labels), before: c.before ? labelSetOf(c.before) : null }));
    const found: Column<Role>[] = [];
    let i = from;
    while (i < this.end) {
      const token = this.ts.tokens[i]!;
      if (token.norm === '' || skip.has(token.norm)) {
        i++;
        continue;
      }
      // A label broken over two or three cells (年初 / 预算数) is joined.
      let matched = false;
      for (let n = 1; n <= 3 && !matched; n++) {
        const joined = this.ts.tokens
          .slice(i, Math.min(i + n, this.end))
          .map((x) => x.norm)
          .join('');
        // A column whose own label it is comes before one whose label it is with its column mark
        // left off (年初预算数(A) is the budget of a form that has no other, not its 年初预算数).
        const after = this.ts.tokens.slice(i + n, this.end).find((x) => x.norm !== '' && !skip.has(x.norm));
        const free = sets.filter((s) => !found.includes(s.column) && (!s.before || (after !== undefined && s.before.has(after.norm))));
        const hit = free.find((s) => s.set.normalized.has(joined)) ?? free.find((s) => s.set.has(joined));
        if (hit) {
          found.push(hit.column);
          i += n;
          matched = true;
        }
      }
      if (!matched) break;
    }
    if (i > from) this.use(i - 1);
    return { columns: found, next: i };
  }

  report(cells: Token[], fallbackLine: number, reason: string): void {
    const line = cells[0]?.line ?? fallbackLine;
    this.unread.push({ line, text: cells.map((c) => c.text).join(' | '), reason });
    this.problems.push({ line, message: reason });
  }

  /**
   * Places a row's cells in its columns, or says why not. `mayOmit`: columns the row may leave
   * off at its end.
   */
  place<Role extends string>(
    cells: Token[],
    columns: Column<Role>[],
    mayOmit: readonly Role[],
    fit: (role: Role, text: string) => boolean,
    solve?: PlacementRules<Role>,
  ): { placed: Map<Role, Token>; error: null; inferred?: string } | { placed: null; error: string } {
    const result = this.placeInOrder(cells, columns, mayOmit, fit);
    if (result.error === null || !solve) return result;
    // A row short of cells whose blanks left no trace (no empty cell written between its cells)
    // may still fit its columns one way only (src/templates/placement.ts).
    let n = cells.length;
    while (n > 0 && cells[n - 1]!.text.trim() === '') n--;
    const used = cells.slice(0, n);
    if (n < 2 || n >= columns.length || used.some((c) => c.text.trim() === '')) return result;
    const at = placeShortRow(
      used.map((c) => c.text),
      columns.map((c) => c.role),
      solve,
    );
    if (!at) return result;
    const placed = new Map<Role, Token>();
    at.forEach((col, k) => col >= 0 && placed.set(columns[col]!.role, used[k]!));
    // `inferred`: why the cells could not be placed in order.
    return { placed, error: null, inferred: result.error };
  }

  /** Places a row's cells in column order (see place). */
  private placeInOrder<Role extends string>(
    cells: Token[],
    columns: Column<Role>[],
    mayOmit: readonly Role[],
    fit: (role: Role, text: string) => boolean,
  ): { placed: Map<Role, Token>; error: null } | { placed: null; error: string } {
    let n = cells.length;
    while (n > columns.length && cells[n - 1]!.norm === '') n--;
    const used = cells.slice(0, n);
    const width = columns.length;
    if (n > width) return { placed: null, error: `${n} cells for the ${width} columns (${columns.map((c) => c.labels[0]).join(' / ')})` };
    const spaced = used.some((c) => c.blanksLost);
    // A row whose blanks were lost goes in order where no other order fits its cells (src/templates/placement.ts);
    // not rows joined together (a row broken over lines?), which only the 总分 row confirms.
    const oneRow = used.every((c) => c.row !== null && c.row === used[0]!.row);
    const onlyInOrder = () => spaced && oneRow && fitsInOrderOnly(used.map((c) => c.text), columns.map((c) => c.role), fit);
    if (n < width && !used.every((c) => isPlaceholder(c.text))) {
      const missing = columns.slice(n).filter((c) => !mayOmit.includes(c.role));
      if (missing.length > 0 && !onlyInOrder())
        return {
          placed: null,
          error: `${n} cells for the ${width} columns (${columns.map((c) => c.labels[0]).join(' / ')}): cannot tell which are missing`,
        };
    }
    const placed = new Map<Role, Token>();
    if (n < width && used.every((c) => isPlaceholder(c.text))) return { placed, error: null };
    // Cells told apart by spaces: an empty cell left no trace, so a short row is placed only when
    // what it leaves off can only be at its end — its last cell a figure in a figure column.
    if (n < width && spaced) {
      const last = used[n - 1];
      // (Not where it fits a figure column further on: 3 | 9.3 | 9.3 under 年度指标值 / 实际完成值 / 分值 / 得分 may be 分值 and 得分.)
      const figureLast =
        last !== undefined &&
        !isPlaceholder(last.text) &&
        FIGURE_ROLES.has(columns[n - 1]!.role) &&
        fit(columns[n - 1]!.role, last.text) &&
        !columns.slice(n).some((c) => FIGURE_ROLES.has(c.role) && fit(c.role, last.text));
      // Or a bare figure before notes only (src/templates/figureBeforeNote.ts).
      const beforeNote =
        last !== undefined && fit(columns[n - 1]!.role, last.text) && figureBeforeNote(last.text, columns.slice(n).map((c) => c.role));
      if (!figureLast && !beforeNote && !onlyInOrder())
        return {
          placed: null,
          error: `${n} cells for the ${width} columns (${columns.map((c) => c.labels[0]).join(' / ')}), its empty cells lost (cells separated by spaces, or a row broken over lines): an empty cell may have been anywhere`,
        };
    }
    for (let k = 0; k < n; k++) {
      const role = columns[k]!.role;
      if (!fit(role, used[k]!.text))
        return { placed: null, error: `「${used[k]!.text}」 does not fit the ${columns[k]!.labels[0]} column: cells shifted or missing` };
      placed.set(role, used[k]!);
    }
    return { placed, error: null };
  }
}

/** Indicator columns read for their place and not kept: 河北's 单项指标折算得分, 内蒙古's 指标性质 (正向 / 反向). */
const PLACE_ONLY: readonly IndicatorRole[] = ['convertedScore', 'polarity'];

/** The funding rows by the name the forms most often give them. */
const FUNDING_ROW_NAMES: Record<FundingRowRole, string> = {
  total: '年度资金总额',
  currentYear: '其中:当年财政拨款',
  carryOver: '上年结转资金',
  other: '其他资金',
  basic: '基本支出',
  project: '项目支出',
  extra: '(其他来源)',
};

/**
 * Reports cells into a list (RecordReader.unread, or .notKept: read and not kept): their written
 * ones joined by ` | `, at the first one's line, with the reason; nothing where none is written.
 */
function listed(into: Unread[], cells: readonly { text: string; line: number; norm?: string }[], reason: string): void {
  const written = cells.filter((c) => (c.norm ?? c.text.trim()) !== '');
  if (written.length > 0) into.push({ line: written[0]!.line, text: written.map((c) => c.text).join(' | '), reason });
}

/** Columns that hold a figure (an amount, a rate, points). */
const FIGURE_ROLES = new Set<string>(['initialBudget', 'budget', 'executed', 'executionRate', 'weight', 'score']);

const EMPTY_LINE: FundingLine = { initialBudget: null, budget: null, executed: null, executionRate: null, weight: null, score: null };

type KeptRow = Exclude<FundingRowRole, 'extra'>;

/** The funding columns a record keeps (FundingLine); the others are read for their place only. */
const isKept = (role: FundingRole): role is keyof FundingLine => role in EMPTY_LINE;

/**
 * A known row that does not place, joined with up to two known rows after it that hold figures
 * only (no label): a row broken over lines (`年度资金总额(万元): 1 52.800000` / `52.800000 52.800000
 * 100.00% 30.800000 58.33%`), its empty cells lost (blanksLost). Taken when together they place.
 */
function joinFigureRows<R>(
  r: RecordReader,
  cells: Token[],
  next: number,
  figure: (c: Token) => boolean,
  place: (cells: Token[]) => R & { error: string | null },
): { cells: Token[]; next: number; result: R & { error: string | null } } | null {
  if (cells.length === 0 || cells[0]!.row === null) return null;
  let joined = cells.filter((c) => c.norm !== '');
  let at = next;
  for (let extra = 0; extra < 2; extra++) {
    while (at < r.end && r.ts.tokens[at]!.norm === '') at++;
    const first = r.tok(at);
    if (!first || first.row === null || r.isLabel(first)) return null;
    const row = r.ts.rows[first.row]!.filter((k) => k >= at && k < r.end);
    const more = row.map((k) => r.ts.tokens[k]!).filter((x) => x.norm !== '');
    if (more.length === 0 || !more.every(figure)) return null;
    joined = [...joined, ...more].map((x) => ({ ...x, blanksLost: true }));
    at = row.at(-1)! + 1;
    const result = place(joined);
    if (result.error === null) return { cells: joined, next: at, result };
  }
  return null;
}

function readFunding(r: RecordReader): { weight: Cell | null; lines: Partial<Record<KeptRow, FundingLine>> } {
  const t = r.t;
  const lines: Partial<Record<KeptRow, FundingLine>> = {};
  // Amounts written as labelled cells (src/templates/labelledFunding.ts): the total line.
  const labelled = readLabelledFunding(t, {
    find: (set) => r.find(set),
    valueAt: (at) => r.valueAt(at),
    use: (at) => r.use(at),
    tokens: r.ts.tokens,
  });
  if (labelled) {
    r.problems.push(...labelled.problems);
    for (const { label, cell } of labelled.notKept) listed(r.notKept, [cell], `${label}: read, not kept (a record keeps its budget and the amount executed)`);
    if (labelled.line.budget || labelled.line.executed) lines.total = labelled.line;
  }
  if (t.funding.heading.length === 0) return { weight: null, lines };
  const h = r.find(r.sets.fundingHeading);
  // Its column labels without the heading (src/templates/headlessFunding.ts): the block opens at the first.
  const headless = h < 0 ? headlessFundingAt(r.ts.tokens, r.start, r.end, t) : -1;
  if (h < 0 && headless < 0) {
    r.problems.push({ line: r.endLine(), message: `no ${t.funding.heading[0]} block: a truncated table` });
    return { weight: null, lines };
  }
  if (headless >= 0) return readFundingRows(r, headless, null, unitAbove(r.ts, r.start, headless) === '元');
  r.use(h);
  const headingWeight = splitWeight(r.ts.tokens[h]!.norm).weight;
  // The heading's weight alone on the line under it (预算执行情况(万元) / (20分)) is the heading's.
  const below = headingWeight ? undefined : r.tok(h + 1);
  const weightBelow = below && isLoneHeadingWeight(below.text) ? below : null;
  if (weightBelow) r.use(h + 1);
  const weight = headingWeight
    ? { text: headingWeightAsWritten(r.ts.tokens[h]!.text) ?? headingWeight, line: r.ts.tokens[h]!.line }
    : weightBelow
      ? { text: weightBelow.text.trim(), line: weightBelow.line }
      : null;
  // Amounts are in 万元 unless the heading says 元 (项目资金（元）), or, where it says no unit, the
  // table's unit stated above it does (金额单位：元): then a bare amount gets its unit.
  const heading = r.ts.tokens[h]!.norm;
  const inYuan = /\(元\)/.test(heading) || (!/元/.test(heading) && unitAbove(r.ts, r.start, h) === '元');
  return readFundingRows(r, weightBelow ? h + 2 : h + 1, weight, inYuan, h);
}

/** A table's unit as a line above it states it (单位：元, 金额单位：万元, （单位：元）). */
const UNIT_STATED = /单位[:：]\s*(万元|元)(?!\p{Script=Han})/u;

/**
 * The unit stated last between a few cells before the record and its funding block's heading, or
 * null: in one cell, or as a label and its value cut apart (金额单位 | 元, src/templates/labelledCells.ts).
 */
function unitAbove(ts: TokenStream, start: number, heading: number): string | null {
  for (let k = heading - 1; k >= Math.max(0, start - 8); k--) {
    const norm = ts.tokens[k]!.norm;
    const m = UNIT_STATED.exec(norm) ?? (norm.endsWith('单位') ? /^(万元|元)$/.exec(ts.tokens[k + 1]?.norm ?? '') : null);
    if (m) return m[1]!;
  }
  return null;
}

/**
 * A row of a grid's funding block that opens with a label no template knows (其中：省级财政资金, a
 * breakdown the form adds), its cells a whole funding row — at least one figure, every cell fitting
 * its column as a sub-row's would (`placeSubRow`): read and reported with its line, not kept (as an
 * `extra` row). Whether it was (then its cells are used).
 */
function readsAsUnknownFundingRow(r: RecordReader, i: number, placeSubRow: (cells: Token[]) => { error: string | null }): boolean {
  const token = r.ts.tokens[i]!;
  if (token.row === null || r.isLabel(token) || !isLabelShaped(token.norm)) return false;
  // The first written cell of its row.
  if (r.ts.rows[token.row]!.some((k) => k < i && r.ts.tokens[k]!.norm !== '')) return false;
  const { cells } = r.rowAfter(i);
  if (!cells.some((c) => /\d/.test(c.text)) || placeSubRow(cells).error !== null) return false;
  r.unread.push({
    line: token.line,
    text: [token, ...cells].map((c) => c.text).join(' | '),
    reason: `funding row 「${token.text}」, which no template describes: read, not kept`,
  });
  r.use(i);
  for (const c of cells) r.use(c.index);
  return true;
}

/**
 * The grid columns under the cells of a funding header's row that the template passes over
 * (`funding.skip`) after its first column label, each up to the next cell of the row: the label
 * each stands under.
 */
function passedOverColumns(r: RecordReader, from: number, next: number): Map<number, string> {
  const under = new Map<number, string>();
  const first = r.ts.tokens.slice(from, next).find((x) => x.norm !== '' && !r.sets.fundingSkip.has(x.norm));
  if (first?.row == null || first.col === undefined) return under;
  const row = r.ts.rows[first.row]!.map((k) => r.ts.tokens[k]!).filter((x) => x.norm !== '' && x.col !== undefined);
  row.forEach((x, k) => {
    if (x.col! <= first.col! || !r.sets.fundingSkip.has(x.norm)) return;
    const end = row[k + 1]?.col ?? x.col! + 1;
    for (let col = x.col!; col < end; col++) under.set(col, x.text);
  });
  return under;
}

/** The funding block from its column labels at `from` on (after its heading `h`, when written). */
function readFundingRows(
  r: RecordReader,
  from: number,
  weight: Cell | null,
  inYuan: boolean,
  h = from,
): { weight: Cell | null; lines: Partial<Record<KeptRow, FundingLine>> } {
  const t = r.t;
  const lines: Partial<Record<KeptRow, FundingLine>> = {};
  const { columns, next } = r.header(from, t.funding.columns, r.sets.fundingSkip);
  if (!columns.some((c) => c.role === 'budget' || c.role === 'initialBudget') || !columns.some((c) => c.role === 'executed')) {
    r.report([r.ts.tokens[h]!], r.ts.tokens[h]!.line, `${t.funding.heading[0]}: the column labels (预算数, 执行数) were not found`);
    return { weight, lines };
  }
  if (h === from) for (let k = from; k < next; k++) r.use(k);
  const passedOver = passedOverColumns(r, from, next);
  // Every row is placed by the same rules; a sub-row (其中 …) may leave off the columns the template says.
  const solve: PlacementRules<FundingRole> = {
    fits: (role, text) => fits(role, text),
    required: [],
    agrees: fundingRowAgrees(columns.map((c) => c.role)),
  };
  const place = (cells: Token[], mayOmit: readonly FundingRole[]) =>
    r.place(cells, columns, [...mayOmit, 'note'], (role, text) => fits(role, text), solve);
  const placeSubRow = (cells: Token[]) => place(cells, t.funding.subRowMayOmit);
  let i = next;
  for (;;) {
    while (i < r.end && r.ts.tokens[i]!.norm === '') i++;
    const token = r.tok(i);
    if (!token) break;
    if (r.isBreakdown(token)) {
      // The cells after it in its row, up to the next label, are its figures: quoted with it.
      const own: Token[] = [];
      for (let k = i + 1; k < r.end && token.row !== null && r.ts.tokens[k]!.row === token.row && !r.isLabel(r.ts.tokens[k]); k++)
        own.push(r.ts.tokens[k]!);
      listed(r.unread, [token, ...own], 'a breakdown of the funds (按收入/支出性质分): not kept');
      for (const x of [token, ...own]) r.use(x.index);
      i += own.length + 1;
      continue;
    }
    // The row numbering the columns under the header (列次 0 1 2 …) holds no amount.
    const numbers = columnNumbersFrom(r.ts, i);
    if (numbers) {
      for (const c of numbers) r.use(c.index);
      i = numbers.at(-1)!.index + 1;
      continue;
    }
    const row = r.sets.fundingRows.find((x) => x.set.has(token.norm));
    if (!row && readsAsUnknownFundingRow(r, i, placeSubRow)) {
      i = r.rowAfter(i).next;
      continue;
    }
    if (!row) {
      // Cells that belong to no row (a row broken over lines): reported, when another row follows.
      let j = i;
      while (j < r.end && !r.isLabel(r.ts.tokens[j])) j++;
      const next = r.tok(j);
      if (j === i || !next || !r.sets.fundingRows.some((x) => x.set.has(next.norm))) {
        // The block ends; figures before the next label, of no row, are reported (the rows read stand).
        const stray = r.ts.tokens.slice(i, j);
        if (stray.some((x) => /\d/.test(x.norm))) listed(r.unread, stray, 'funding cells after the funding rows, of no row: not placed');
        break;
      }
      r.report(r.ts.tokens.slice(i, j), token.line, 'funding cells outside any row (a row broken over lines?): not placed');
      i = j;
      continue;
    }
    r.use(i);
    const placeRow = (cells: Token[]) => (row.role === 'total' ? place(cells, []) : placeSubRow(cells));
    let { cells, next: after } = r.rowAfter(i);
    // In a grid, what stands under a header cell passed over (佐证材料: the documents that attest the amounts) is no amount.
    const aside = cells.filter((c) => c.col !== undefined && passedOver.has(c.col) && c.norm !== '');
    if (aside.length > 0) {
      listed(r.notKept, aside, `funding row 「${token.text}」, under 「${passedOver.get(aside[0]!.col!)}」: read for its place, not kept`);
      for (const c of aside) r.use(c.index);
      cells = cells.filter((c) => !aside.includes(c) && !(c.col !== undefined && passedOver.has(c.col)));
    }
    let result = placeRow(cells);
    // A label that ends its line: its cells were wrapped onto the lines after it, up to the next label.
    const wrapped = cells.every((c) => c.text.trim() === '') ? r.continuation(i) : null;
    const wrappedResult = wrapped && wrapped.cells.length > 0 ? placeRow(wrapped.cells) : null;
    // Taken when they place, or reported as the row's when they are all figures (not the text of what follows).
    const figures = (c: Token) => columns.some((col) => FIGURE_ROLES.has(col.role) && fits(col.role, c.text));
    if (wrapped && wrappedResult && (wrappedResult.error === null || wrapped.cells.every(figures)))
      ({ cells, next: after, result } = { ...wrapped, result: wrappedResult });
    // A row broken over lines where a blank cell was lost: its cells go on in the known rows after it that hold figures only.
    const broken = result.error !== null && !wrapped ? joinFigureRows(r, cells, after, figures, placeRow) : null;
    if (broken) ({ cells, next: after, result } = broken);
    // Amounts glued uncut before the columns merged over the rows (src/templates/mergedTail.ts): those columns read, the amounts reported.
    const tail = result.error !== null ? mergedTailPlacement(cells, columns.map((c) => c.role)) : null;
    if (tail) {
      r.report([token, tail.amounts], token.line, `funding row 「${token.text}」: its amounts (「${tail.amounts.text}」) are glued together and cannot be cut with certainty: not read`);
      cells = cells.filter((c) => c !== tail.amounts);
      result = { placed: tail.placed, error: null };
    }
    i = after;
    if (result.error !== null) {
      r.report([token, ...cells], token.line, `funding row 「${token.text}」: ${result.error}`);
      continue;
    }
    for (const c of cells) r.use(c.index);
    if (row.role === 'extra') {
      listed(r.notKept, [token, ...cells], `funding row 「${token.text}」: read, not kept apart (its amounts are in the 年度资金总额)`);
      continue;
    }
    const line: FundingLine = { ...EMPTY_LINE };
    for (const [role, cell] of result.placed) {
      if (!isKept(role)) {
        if (role !== 'rowNumber' && cellOf(cell)) listed(r.notKept, [cell], `funding row 「${token.text}」, column ${FUNDING_NAMES[role]}: read for its place, not kept`);
        continue;
      }
      const written = cellOf(cell);
      const money = role === 'initialBudget' || role === 'budget' || role === 'executed';
      line[role] =
        written && inYuan && money && /^[-+]?[\d,]+(?:\.\d+)?$/.test(written.text) ? { ...written, text: `${written.text}元` } : written;
    }
    if (!lines[row.role]) lines[row.role] = line;
  }
  return { weight, lines };
}

/** Target text as written: comparator, value and unit joined (`≥` `95` `%` → `≥95%`). */
function joinValue(comparator: Token | undefined, value: Token | undefined, unit: Token | undefined, withComparator: boolean): Cell | null {
  const v = cellOf(value);
  if (!v) return null;
  const sign =
    withComparator && comparator && !isPlaceholder(comparator.text) && !v.text.startsWith(comparator.text) ? comparator.text : '';
  // The unit joins a value that ends in its figure (95, 2,931, 不低于95, １００ written full-width); a
  // value that ends in a unit of its own (95%, 符合标准) is kept as written.
  const endsInFigure = /\d$/.test(v.text.trim().normalize('NFKC'));
  const u = unit && !isPlaceholder(unit.text) && endsInFigure ? unit.text.trim() : '';
  return { text: `${sign}${v.text}${u}`, line: v.line };
}

/** An indicator placed by the shapes of its cells, awaiting the 总分 row's confirmation: its cells, and why they did not place in order. */
interface Inferred {
  indicator: ParsedIndicator;
  cells: Token[];
  why: string;
}

/** A level cell's weight written on a line of its own: `(50分)`, `(50)`, or its opening bracket lost, `30分)`. */
const WEIGHT_ONLY = /^(?:\(\d+(?:\.\d+)?分?\)|\d+(?:\.\d+)?分\))$/;

const TEMPLATE_LEFTOVER = /^(指标\d+[:：]?|…+|\.{3,}|其他)$/;
/** A cell that opens with an indicator row's number (指标1：/). */
const NUMBER_MARK = /^指标\d+/;
/** A cell that only numbers an indicator row: 指标1, 指标2：. */
const NUMBER_CELL = /^指标\d+[:：]?$/;
/** A template row left unfilled (指标2：, ……) or marked not applicable (指标1：/). */
const isLeftover = (norm: string) => TEMPLATE_LEFTOVER.test(norm) || isPlaceholder(norm.replace(/^指标\d+[:：]?/, ''));

/**
 * A stream segment without its unfilled template rows — a 指标2 or …… cell and the empty cells
 * after it — when the segment does not make whole rows as it is and does without them. Those
 * cells hold nothing, so taking them out moves no figure; if the rest still does not make whole
 * rows, the segment is kept as it was (and reported).
 */
function withoutLeftovers(segment: Token[], width: number): Token[] {
  if (segment.length % width === 0) return segment;
  const kept = leftoversDropped(segment);
  return kept.length % width === 0 ? kept : segment;
}

/**
 * A segment without its unfilled template rows (a 指标2 or …… cell and the empty cells after it).
 * A placeholder alone (无, /) is no such row: it is a cell's value, and taking it out to make whole
 * rows would move every cell after it (a name broken over two lines plus a 无 dropped: five cells made four).
 */
function leftoversDropped(segment: Token[]): Token[] {
  const kept: Token[] = [];
  for (let k = 0; k < segment.length; k++) {
    const norm = segment[k]!.norm;
    if (norm !== '' && isLeftover(norm) && (TEMPLATE_LEFTOVER.test(norm) || NUMBER_MARK.test(norm))) {
      while (k + 1 < segment.length && segment[k + 1]!.norm === '') k++;
      continue;
    }
    kept.push(segment[k]!);
  }
  return kept;
}

/** Empty cells at the end of the text past a segment's whole rows (blank lines after a table cut off): they hold nothing. */
function withoutTrailingBlanks(segment: Token[], width: number): Token[] {
  let n = segment.length;
  while (n % width !== 0 && n > 0 && segment[n - 1]!.norm === '') n--;
  return n % width === 0 ? segment.slice(0, n) : segment;
}

/** The rest of a Chinese value on a line of its own: Chinese words, no figure, no heading's number (一、项目基本情况, （二）…). */
const WRAPPED_ON = /^(?![一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[\p{Script=Han}、，,（）()]+$/u;
/** A form's title (项目支出绩效自评表, 绩效自评表(2022年度)): the next table's, where a block runs on to it (a form without a 总分 row). */
const NEXT_TITLE = /^.{0,30}(?:自评表|评价表|评分表)(?:\([^()]{0,12}\))?$/u;

/** The label of a column that numbers the rows. */
const ROW_NUMBER = new LabelSet(['序号']);

/** A level cell that carries its weight (`预算编制(30分)`): words with a weight, no figure of their own. */
function isWeightedLevel(norm: string): boolean {
  const { base, weight } = splitWeight(norm);
  return weight !== null && /\p{Script=Han}/u.test(base) && !/\d/.test(base);
}

/** Where a template's levels carry their weights, a weighted level cell (管理指标(30分)) is a 一级指标 whatever its words. */
const LEVEL1_OR_WEIGHTED = { has: (norm: string) => LEVEL1.has(norm) || isWeightedLevel(norm) };

/** The columns a 年度指标值 heading spans in a two-row header: 指标性质 / 指标值 / 度量单位. */
const TARGET_PARTS: readonly IndicatorRole[] = ['comparator', 'target', 'unit'];

/**
 * A header written on two rows, read in the order written: the first row's labels (年度指标值 /
 * 实际完成值 / 分值 / 得分 / …), then the labels of the columns that span both rows (一级 / 二级 /
 * 三级指标), then the second row's parts of 年度指标值 (指标性质 / 指标值 / 度量单位). The columns
 * stand in the order 一级 / 二级 / 三级, then the first row's with 年度指标值 replaced by its parts.
 * A first row with no 年度指标值 and nothing after the levels (a score sheet) stands after the
 * levels. Any other header is returned as it was read.
 */
function twoRowHeader(
  r: RecordReader,
  read: { columns: Column<IndicatorRole>[]; next: number },
): { columns: Column<IndicatorRole>[]; next: number } {
  const roles = read.columns.map((c) => c.role);
  const at = roles.indexOf('level1');
  if (at <= 0 || roles[at + 1] !== 'level2' || roles[at + 2] !== 'name') return read;
  const top = read.columns.slice(0, at);
  const parts = read.columns.slice(at + 3);
  // The levels under a first row with no 年度指标值 (a score sheet: 指标分值 … 备注, then 一级 / 二级 / 三级指标): they come first.
  if (parts.length === 0 && !top.some((c) => c.role === 'target'))
    return { columns: [...read.columns.slice(at, at + 3), ...top], next: read.next };
  if (!top.some((c) => c.role === 'target') || parts.some((c) => !TARGET_PARTS.includes(c.role))) return read;
  // The parts the first pass could not take (指标值 is 年度指标值's column, already taken).
  const partColumns = r.t.indicators.columns.filter((c) => TARGET_PARTS.includes(c.role));
  let next = read.next;
  for (;;) {
    const token = r.tok(next);
    const column = token && partColumns.find((c) => !parts.includes(c) && labelSetOf(c.labels).has(token.norm));
    if (!column) break;
    parts.push(column);
    next++;
  }
  if (!parts.some((c) => c.role === 'target')) return read;
  r.use(next - 1);
  const order = (c: Column<IndicatorRole>) => TARGET_PARTS.indexOf(c.role);
  return {
    columns: [
      ...read.columns.slice(at, at + 3),
      ...top.flatMap((c) => (c.role === 'target' ? [...parts].sort((a, b) => order(a) - order(b)) : [c])),
    ],
    next,
  };
}

/** A header whose second row splits groups of the first (Template.indicators.groups, src/templates/headerGroups.ts): their parts read, the row used. */
function groupedHeader(
  r: RecordReader,
  read: { columns: Column<IndicatorRole>[]; next: number },
): { columns: Column<IndicatorRole>[]; next: number } {
  const groups = r.t.indicators.groups;
  if (!groups) return read;
  // The cells after the first row, as far as a second header row may reach.
  const after: string[] = [];
  for (let k = read.next; k < r.end && after.length < 16; k++) after.push(r.tok(k)!.norm);
  const split = splitHeaderGroups(read.columns, after, groups);
  if (!split) return read;
  r.use(read.next + split.used - 1);
  return { columns: split.columns, next: read.next + split.used };
}

/** Where a block whose heading was lost starts: the first level column label that opens a whole header (see opensWithLevels), else the first one. */
function headlessHeader(r: RecordReader, from: number): number {
  const levels = new LabelSet(r.t.indicators.columns.filter((c) => LEVEL_ROLES.includes(c.role)).flatMap((c) => c.labels));
  let first = -1;
  for (let h = r.find(levels, from); h >= 0; h = r.find(levels, h + 1)) {
    if (first < 0) first = h;
    const lastLine = r.lastLine;
    const { columns } = r.header(h, r.t.indicators.columns, ROW_NUMBER);
    r.lastLine = lastLine;
    if (opensWithLevels(columns.map((c) => c.role))) return h;
  }
  return first;
}

/** The weight and score of the budget's execution read from a row of the indicator block (IndicatorBlock.budgetRow). */
interface BudgetScored {
  weight: Cell | null;
  score: Cell | null;
}

/** A goal row of the indicator block (Template.goalRows) and the indicators read after it. */
interface GoalRow {
  cell: GoalCell;
  token: Token;
  indicators: ParsedIndicator[];
}

function readIndicators(
  r: RecordReader,
  from: number,
): {
  indicators: ParsedIndicator[];
  columns: Column<IndicatorRole>[];
  stop: number;
  inferred: Inferred[];
  namedOnly: ParsedIndicator[];
  goals: GoalRow[];
  budgetScored?: BudgetScored | null;
} {
  const t = r.t;
  const goals: GoalRow[] = [];
  // A form with no indicator block (Sichuan's fund evaluation form): nothing to read (the import says it has no indicator rows).
  if (t.indicators.columns.length === 0) return { indicators: [], columns: [], stop: from, inferred: [], namedOnly: [], goals };
  // The block starts at its heading, or where the heading was lost (garbled, or set elsewhere by a
  // flattening) at the first level column label (一级 / 二级 / 三级指标) that opens a whole header.
  let h = r.find(r.sets.indicatorHeading, from);
  const headless = h < 0;
  if (headless) h = headlessHeader(r, from);
  const indicators: ParsedIndicator[] = [];
  if (h < 0) {
    r.problems.push({ line: r.endLine(), message: `no ${t.indicators.heading[0]} block: a truncated table` });
    // A 总分 row may still stand after where the block was (a preview that skipped the block).
    return { indicators, columns: [], stop: from, inferred: [], namedOnly: [], goals };
  }
  r.use(h);
  // A 序号 column before the levels (a score sheet): its cells number the rows and are no column of the template.
  // The heading's weight alone on the line under it (年度绩效目标 / (80分)) is no column label.
  const weightBelow = !headless && isLoneHeadingWeight(r.tok(h + 1)?.text ?? '');
  const { columns, next } = groupedHeader(r, twoRowHeader(r, r.header(headless ? h : weightBelow ? h + 2 : h + 1, t.indicators.columns, ROW_NUMBER)));
  const numbered = [h - 1, h + 1].some((k) => k >= r.start && ROW_NUMBER.has(r.tok(k)?.norm ?? ''));
  const roles = columns.map((c) => c.role);
  const levelColumns = t.indicators.columns.some((c) => c.role === 'level1' || c.role === 'level2');
  if (!opensWithLevels(roles)) {
    r.report(
      [r.ts.tokens[h]!],
      r.ts.tokens[h]!.line,
      `${t.indicators.heading[0]}: the column labels (一级指标 / 二级指标 / 三级指标 / 指标值) were not found`,
    );
    return { indicators, columns, stop: next, inferred: [], namedOnly: [], goals };
  }
  // From the 三级指标 on (a header whose 一级指标 label was lost starts at 二级指标: the rows' level words still say their levels).
  const rest = columns.slice(roles.indexOf('name'));
  // Where each column stands in a one-row header: a row as wide may be read by place (src/templates/headerPlaces.ts).
  let lastLabel = next - 1;
  while (lastLabel > 0 && r.ts.tokens[lastLabel]!.norm === '') lastLabel--;
  const headerRow = r.ts.tokens[lastLabel]?.row ?? null;
  const places =
    headerRow === null || numbered
      ? null
      : headerPlaces(
          r.ts.rows[headerRow]!.map((x) => r.ts.tokens[x]!),
          columns,
          r.sets.indicatorHeading,
          (c) => labelSetOf(c.labels),
        );
  let level1: string | null = null;
  let level2: string | null = null;

  // A scored indicator fills its 分值 and 得分, which the 总分 row confirms (confirmInferred): without them no row is placed by its shapes.
  const scored = rest.some((c) => c.role === 'weight') && rest.some((c) => c.role === 'score');
  const solve: PlacementRules<IndicatorRole> | undefined = scored
    ? { fits: (role, text) => indicatorCellFits(role, text, fits), required: ['name', 'weight', 'score'], agrees: indicatorRowAgrees }
    : undefined;
  /** The row's cells without the number cell of a numbered row (指标1 | 学生满意度 | …): the number is no column. */
  const unnumbered = (rowCells: Token[]) =>
    rowCells.length > 1 && NUMBER_CELL.test(rowCells[0]!.norm) && /\p{L}/u.test(rowCells[1]!.norm) && !isLeftover(rowCells[1]!.norm)
      ? rowCells.slice(1)
      : rowCells;
  const partRules = solve && subItemRules(solve);
  /** A part (其中…, no 分值/得分 of its own) placed by its own rule: certain without the 总分 row. */
  const isPart = (rowCells: Token[]) => {
    if (partRules === undefined) return false;
    const written = unnumbered(rowCells).filter((c) => c.norm !== '');
    return (
      isSubItem(written[0]?.text ?? '') ||
      isUnscoredPair(
        written.slice(1).map((c) => c.text),
        (text) => fits('score', text),
      )
    );
  };
  // A row may end before its free-text columns: the 偏差原因 note, and a 得分计算方法 written once down the block (历城区).
  /**
   * `mayBlankScore`: whether the text after the row starts a row of its own (the row is whole) —
   * asked only of a row one cell short that may have left its 得分 blank, where only that fits
   * (src/templates/scorelessRows.ts): finding out places the next row too.
   */
  /** Whether every row of the block gives its name and 年初目标值 only, its 总分 blank (src/templates/unevaluatedRows.ts): set before the rows are read. */
  let unevaluated = false;
  const placeRow = (rowCells: Token[], mayBlankScore: () => boolean = () => false) => {
    const cells = unnumbered(rowCells);
    const written = cells.filter((c) => c.norm !== '');
    if (unevaluated && written.length === 2)
      return { placed: new Map<IndicatorRole, Token>([['name', written[0]!], ['target', written[1]!]]), error: null, inferred: undefined };
    const blankScore =
      scoreLeftBlank(
        cells.map((c) => c.text),
        rest.map((c) => c.role),
        (text) => fits('score', text),
      ) && mayBlankScore();
    const mayEndBefore: IndicatorRole[] = blankScore ? ['note', 'scoringRule', 'score'] : ['note', 'scoringRule'];
    return r.place(cells, rest, mayEndBefore, (role, text) => fits(role, text), isPart(rowCells) ? partRules : solve);
  };

  /** Indicators placed by the shapes of their cells (a short row, a row broken over lines): kept only when the 总分 row confirms them. */
  const inferred: Inferred[] = [];
  /** Cells of the columns read for their place only (PLACE_ONLY), reported once the rows are read. */
  const placeOnly: { role: IndicatorRole; cell: Token }[] = [];
  /** Rows of which only the name could be read (their figures reported): not indicators of the table, shown with it when it is left out. */
  const namedOnly: ParsedIndicator[] = [];

  const build = (rowCells: Token[], lead: Token[], joinedFrom: string | null = null, mayBlankScore?: () => boolean) => {
    const cells = unnumbered(rowCells);
    // Template rows left unfilled (指标2：, ……) are no indicators.
    const first = cells.find((c) => c.norm !== '');
    if (!first || (isLeftover(first.norm) && cells.every((c) => c === first || isPlaceholder(c.text)))) return;
    if (cells.at(-1)?.restUncut) {
      uncutRow(cells, lead);
      return;
    }
    // A row of a grid with its first cell written and its other cells blank: a name alone, whatever its
    // width (a lone cell with figures in it may be a row glued whole: placed, or reported as such).
    const writtenCells = cells.filter((c) => c.norm !== '');
    const alone = writtenCells.length === 1 && writtenCells[0] === cells[0] && cells[0]!.row !== null;
    if (lead.length === 0 && alone && /\p{Script=Han}/u.test(cells[0]!.text) && (cells.length > 1 || !/\d/.test(cells[0]!.text))) {
      nameAlone(cells);
      return;
    }
    const result = placeRow(cells, mayBlankScore);
    if (result.error !== null) {
      r.report([...lead, ...cells], lead[0]?.line ?? cells[0]?.line ?? r.lastLine, `indicator row: ${result.error}`);
      return;
    }
    const p = result.placed;
    const nameToken = p.get('name');
    // A row whose name and another cell are funding column labels (年初预算数 | 全年预算数(A) |
    // 全年执行数(B), a funding header cut from its block) is no indicator: reported, not read as one.
    const fundingLabel = (c: Token | undefined) => c !== undefined && c.norm !== '' && r.fundingColumns.has(c.norm);
    if (fundingLabel(nameToken) && [...p.entries()].some(([role, c]) => role !== 'name' && fundingLabel(c))) {
      r.report([...lead, ...cells], nameToken!.line, `indicator row: 「${nameToken!.text}」 and a cell after it are funding column labels, not an indicator`);
      return;
    }
    const others = [...p.entries()].filter(([role, c]) => role !== 'name' && !isPlaceholder(c.text));
    // 指标1：, 指标1 (江西's 任务1：) before the name are the template's numbering (kept when nothing else is written).
    const written = (nameToken?.text ?? '').trim();
    const stripped = written.replace(/^(?:指标\s*\d+\s*[:：]?|任务\s*\d+\s*[:：])\s*/, '');
    const numberless = /[\p{L}\p{N}]/u.test(stripped) ? stripped : written;
    // A name that carries its weight where the form has no 分值 column (src/templates/weightedNames.ts).
    const carried = t.weightedNames && !p.has('weight') ? weightInName(numberless) : null;
    const name = carried?.weight ? carried.name : numberless;
    const weightCell = carried?.weight && nameToken ? { text: carried.weight, line: nameToken.line } : cellOf(p.get('weight'));
    if (name !== '' && !isPlaceholder(name) && others.length === 0 && lead.length === 0) {
      nameAlone(cells);
      return;
    }
    if (name === '' || isPlaceholder(name)) {
      if (others.length === 0) return;
      r.report([...lead, ...cells], cells[0]?.line ?? r.lastLine, 'indicator row without a 三级指标 name');
      return;
    }
    // A weight read from the name must hold the row's 得分: a score above it is a cell from elsewhere.
    const score = cellOf(p.get('score'));
    if (carried?.weight && score && !(parseScoreCell(score.text).status === 'OK' && scoreWithin(score.text, carried.weight))) {
      r.report(
        [...lead, ...cells],
        cells[0]?.line ?? r.lastLine,
        `indicator row: 得分 「${score.text}」 is no score within the weight its name carries (${carried.weight})`,
      );
      return;
    }
    const all = [...lead, ...cells];
    for (const c of all) r.use(c.index);
    for (const role of PLACE_ONLY) {
      const c = p.get(role);
      if (c && c.norm !== '' && !isPlaceholder(c.text)) placeOnly.push({ role, cell: c });
    }
    const hasComparator = roles.includes('comparator');
    const indicator: ParsedIndicator = {
      level1,
      level2,
      name,
      description: cellOf(p.get('description'))?.text ?? null,
      // 同上 ("as above") is the scoring rule of the indicator above.
      scoringRule: asAbove(cellOf(p.get('scoringRule'))?.text ?? null, indicators.at(-1)?.scoringRule ?? null),
      target: joinValue(p.get('comparator'), p.get('target'), p.get('unit'), hasComparator),
      // The 度量单位 is the unit of the 指标值: the 完成值 is kept as written.
      actual: cellOf(p.get('actual')),
      weight: weightCell,
      score: cellOf(p.get('score')),
      deviationNote: cellOf(p.get('note'))?.text ?? null,
      lines: { start: all[0]!.line, end: all.at(-1)!.line },
    };
    indicators.push(indicator);
    goals.at(-1)?.indicators.push(indicator);
    const why = joinedFrom ?? (isPart(cells) ? undefined : result.inferred);
    if (why) inferred.push({ indicator, cells: all, why });
  };

  /**
   * A row with a name and nothing else: the rest of the name above (a name wrapped onto a row of its
   * own), or an indicator left blank — which, cannot be told, so it is reported and not read; it holds
   * no figure, so the table's figures stand (the rows around it are read).
   */
  const nameAlone = (cells: Token[]) => {
    for (const c of cells) r.use(c.index);
    r.unread.push({
      line: cells[0]?.line ?? r.lastLine,
      text: cells.filter((c) => c.norm !== '').map((c) => c.text).join(' | '),
      reason: 'indicator row with a name and nothing else: the rest of the name above, or an indicator left blank: not read',
    });
  };

  /**
   * A flattened row cut only as far as its name (TableRow.restUncut): its name is kept apart
   * (`namedOnly`), its figures not read; the row is reported with the text that could not be cut.
   */
  const uncutRow = (cells: Token[], lead: Token[]) => {
    const rest = cells.at(-1)!;
    const line = lead[0]?.line ?? cells[0]!.line;
    if (cells.length !== 2 || !/\p{L}/u.test(cells[0]!.text)) {
      r.report([...lead, ...cells], line, `indicator row: its cells could not be told apart (glued, more than one way to cut them)`);
      return;
    }
    const name = cells[0]!;
    for (const c of [...lead, name]) r.use(c.index);
    namedOnly.push(
      namedOnlyIndicator({ level1, level2, name: name.text.trim(), lines: { start: (lead[0] ?? name).line, end: rest.line } }),
    );
    r.report(
      [...lead, ...cells],
      line,
      `indicator 「${name.text.trim()}」: the cells after its name (「${rest.text}」) could not be told apart (glued, more than one way to cut them): not read`,
    );
  };

  /** The cells of a row joined with up to two known rows after it (their empty cells lost), when together they place. */
  const joinRows = (cells: Token[], from: number): { cells: Token[]; next: number; certain: boolean } | null => {
    let joined = cells.filter((c) => c.norm !== '');
    let at = from;
    for (let extra = 0; extra < 2; extra++) {
      const first = firstFrom(at);
      if (!first || first.row === null || isEnd(first) || leadAt(first.index).n > 0) return null;
      const more = rowFrom(first.index)
        .map((x) => r.ts.tokens[x]!)
        .filter((x) => x.norm !== '');
      joined = [...joined, ...more].map((x) => ({ ...x, blanksLost: true }));
      at = rowFrom(first.index).at(-1)! + 1;
      const placed = placeRow(joined);
      if (placed.error === null)
        // Certain without the 总分 row: the row's last cells alone on the next line (figures, no
        // name of their own), and with them every column is filled in order.
        return {
          cells: joined,
          next: at,
          certain: extra === 0 && isTail(more) && placed.inferred === undefined && joined.length === rest.length,
        };
    }
    return null;
  };
  /** Cells that cannot open a row of their own: figures only (分值, 得分 …), on the line after the row they end. */
  const isTail = (more: Token[]) => more.length > 0 && more.every((c) => fits('score', c.text) && !isPlaceholder(c.text));

  /** A row of a stream cut by cutNoteMergedRows: placed in order (its note may be left off), its name, 分值 and 得分 written. */
  const wholeRow = (rowCells: Token[]) => {
    const placed = placeRow(rowCells);
    if (placed.error !== null || placed.inferred !== undefined) return false;
    return (['name', 'weight', 'score'] as const).every((role) => {
      const cell = placed.placed.get(role);
      return cell !== undefined && !isPlaceholder(cell.text);
    });
  };
  /** A stream segment that makes no whole rows, cut where a note was merged over two rows or the text stops (src/templates/noteMergedRows.ts). */
  const noteMergedCut = (segment: Token[], to: number): NoteMergedCut | null =>
    scored && rest.at(-1)?.role === 'note'
      ? cutNoteMergedRows(segment, rest.length, wholeRow, to === r.end && r.end === r.ts.tokens.length)
      : null;

  const headerCells = headerRow === null ? [] : r.ts.rows[headerRow]!.map((x) => r.ts.tokens[x]!);
  /** A grid row laid under the header by grid column (src/templates/headerPlaces.ts), a place merged from above an emptied copy of its first cell. */
  const laidOut = (row: Token[]) => laidByColumn(row, headerCells, (col) => changed(row[0]!, { text: '', norm: '', col }));
  /** Where each cell of a grid row as wide as its header stands under it (its token index → place): null for a row that does not lay by grid column, or is short. */
  const placesOf = (row: Token[]): Map<number, HeaderPlace> | null => {
    const laid = laidOut(row);
    if (!laid || !places || laid.length < places.length) return null;
    return new Map(laid.flatMap((cell, k) => (row.includes(cell) ? [[cell.index, places[k] ?? null] as const] : [])));
  };
  /**
   * A row read by where its cells stand under the header (src/templates/headerPlaces.ts): the whole
   * row, its leading blanks may have been passed over with the header's; a grid row laid by column.
   */
  const readByPlace = (row: Token[]) => {
    const laid = laidOut(row);
    const vocabulary = { level1: t.weightedLevels === true ? LEVEL1_OR_WEIGHTED : LEVEL1, level2: LEVEL2 };
    return underHeader(laid ?? row, places!, rest.map((c) => c.role), vocabulary, laid !== null);
  };
  /**
   * Whether a grid row has a place under the 三级指标 or a column after it that a cell merged down
   * from above covers, before a cell of its own (北京's 得分计算方法 merged over the rows: the row's
   * 得分 stands after it): its cells in order would each slide a column, so it is read by place.
   */
  const coveredInRest = (row: Token[]): boolean => {
    const laid = laidOut(row);
    if (!laid || !places) return false;
    const restRoles = new Set(rest.map((c) => c.role));
    const lastOwn = laid.findLastIndex((cell) => row.includes(cell) && cell.norm !== '');
    return laid.some((cell, k) => k < lastOwn && !row.includes(cell) && places[k] !== null && places[k] !== 'heading' && restRoles.has(places[k]!));
  };
  /** A level word at i: one cell, or two when the word was broken over two (经济效益 / 指标); the longer wins. */
  const wordAt = (i: number, set: LabelSet): Token[] => {
    const a = r.tok(i);
    const b = r.tok(i + 1);
    if (!a || a.norm === '') return [];
    if (b && b.row === a.row && b.norm !== '' && set.has(a.norm + b.norm)) return [a, b];
    return set.has(a.norm) ||
      set.has(withoutLevelShare(a.norm)) ||
      (t.weightedLevels === true &&
        isWeightedLevel(a.norm) &&
        (!t.weightedNames || isWeightedLevel(b?.row === a.row ? (b?.norm ?? '') : ''))) ||
      (set === LEVEL2 && isLevel2Cell(a.norm))
      ? [a]
      : [];
  };
  const joined = (tokens: Token[]): Token | null =>
    tokens.length === 0 ? null : { ...tokens[0]!, text: tokens.map((x) => x.text).join('') };
  /** The 一级/二级指标 words that open a row at i, and how many cells they take. */
  const leadAt = (i: number): { level1: Token | null; level2: Token | null; n: number } => {
    // A form without level columns (重庆's 指标名称 / 计量单位 / …) may head its rows with a level
    // on a row of its own; in a row with figures a level word is the indicator's name (服务对象满意度).
    const first = r.tok(i);
    if (!levelColumns && first?.row != null && rowFrom(i).some((x) => x !== i && r.ts.tokens[x]!.norm !== '')) return { level1: null, level2: null, n: 0 };
    const l1 = wordAt(i, LEVEL1);
    const l2after = l1.length > 0 ? wordAt(i + l1.length, LEVEL2) : [];
    if (l1.length > 0 && l2after.length > 0) return { level1: joined(l1), level2: joined(l2after), n: l1.length + l2after.length };
    const l2 = wordAt(i, LEVEL2);
    if (l2.length > 0) return { level1: null, level2: joined(l2), n: l2.length };
    if (l1.length > 0) return { level1: joined(l1), level2: null, n: l1.length };
    return { level1: null, level2: null, n: 0 };
  };
  const isEnd = (token: Token | undefined) =>
    !token ||
    r.sets.total.has(token.norm) ||
    r.isLabel(token) ||
    r.sets.name.has(token.norm) ||
    opensNotes(token.text) ||
    isSignOff(token.text) ||
    NEXT_TITLE.test(token.norm);

  /** The known row's cells from token i on. */
  const rowFrom = (i: number) => r.ts.rows[r.ts.tokens[i]!.row!]!.filter((k) => k >= i && k < r.end);
  /** The first non-empty token from i on. */
  const firstFrom = (i: number): Token | undefined => {
    while (i < r.end && r.ts.tokens[i]!.norm === '') i++;
    return r.tok(i);
  };
  const isLevelWord = (norm: string) => LEVEL1.has(norm) || LEVEL2.has(norm);
  /** Whether the text from a token on starts a row of its own (the table's end, a level word, a row that places by itself): the row above is whole. */
  const opensRow = (token: Token | undefined) => {
    if (isEnd(token) || leadAt(token!.index).n > 0) return true;
    if (token!.row === null) return false;
    const next = rowFrom(token!.index).map((x) => r.ts.tokens[x]!);
    return placeRow(next).error === null;
  };
  /** The first part of a level word broken over two lines (经济效益 / 指标, 可持续影 / 响指标), waiting for the rest. */
  let pending: Token | null = null;
  /** Whether the grid row just read opened a 一级指标 (its weight may stand alone on the next line). */
  let level1Above = false;
  /** The block's row scoring the budget's execution (IndicatorBlock.budgetRow): its weight and score. */
  let budgetScored: BudgetScored | null = null;
  const budgetRow = t.indicators.budgetRow ? labelSetOf(t.indicators.budgetRow) : null;
  /** A 一级指标 cell printed a row early, heading the rows after its own (src/templates/earlyLevel.ts). */
  let early: string | null = null;
  /** The 二级指标 read under the current 一级指标 (Template.weightedNames: what its weight has room for). */
  let level2Seen: string[] = [];

  /** A goal row at i (Template.goalRows): its one written cell a goal (年度目标1: … (18分)), and where the row ends. */
  const goalAt = (i: number): { cell: GoalCell; token: Token; next: number } | null => {
    if (!t.goalRows) return null;
    const token = r.ts.tokens[i]!;
    const indexes = token.row === null ? [i] : rowFrom(i);
    const written = indexes.map((x) => r.ts.tokens[x]!).filter((x) => x.norm !== '');
    const cell = written.length === 1 ? goalCell(written[0]!.text) : null;
    return cell ? { cell, token: written[0]!, next: indexes.at(-1)! + 1 } : null;
  };

  /** The cells written in each known row of the block after its level words, and where the block stops; null where a cell has no known row. */
  const blockRows = (): { rows: string[][]; stop: number } | null => {
    const rows: string[][] = [];
    let k = next;
    while (k < r.end && !isEnd(r.tok(k))) {
      const token = r.ts.tokens[k]!;
      if (token.norm === '') {
        k++;
        continue;
      }
      if (token.row === null) return null;
      const indexes = rowFrom(k);
      const written = indexes.map((x) => r.ts.tokens[x]!).filter((x) => x.norm !== '');
      rows.push(written.slice(leadAt(written[0]!.index).n).map((x) => x.text));
      k = indexes.at(-1)! + 1;
    }
    return { rows, stop: k };
  };
  const block = blockRows();
  const totalAt = block?.stop ?? -1;
  unevaluated =
    block !== null &&
    r.sets.total.has(r.tok(totalAt)?.norm ?? '') &&
    isUnevaluatedBlock(
      block.rows,
      rest.map((c) => c.role),
      r.rowAfter(totalAt).cells.every((c) => isPlaceholder(c.text)),
    );

  // The header's labels as written (its heading cell aside): a table broken over pages may print them
  // again at the top of each page (Word's repeated header rows), where they are no end of the block.
  const headerNorms: string[] = [];
  for (let k = headless ? h : h + 1; k < next; k++) if (r.ts.tokens[k]!.norm !== '') headerNorms.push(r.ts.tokens[k]!.norm);
  /** Where the header printed again from token i on ends (the heading cell may come with it); null when none is there. */
  const repeatedHeaderEnd = (i: number): number | null => {
    let k = i;
    const skip = () => {
      while (k < r.end && r.ts.tokens[k]!.norm === '') k++;
    };
    skip();
    if (k < r.end && r.sets.indicatorHeading.has(r.ts.tokens[k]!.norm)) k++;
    for (const norm of headerNorms) {
      skip();
      if (k >= r.end || r.ts.tokens[k]!.norm !== norm) return null;
      k++;
    }
    return headerNorms.length >= 3 ? k : null;
  };

  let i = next;
  while (i < r.end) {
    const repeated = repeatedHeaderEnd(i);
    if (repeated !== null) {
      for (let k = i; k < repeated; k++) r.use(k);
      i = repeated;
      continue;
    }
    // The block's heading written again before a level (a form that merges 绩效指标 over each part of the block: 绩 效 指 标 | 效益指标 | …): passed over.
    const again = r.tok(i);
    if (again && r.sets.indicatorHeading.has(again.norm)) {
      let j = i + 1;
      while (j < r.end && r.ts.tokens[j]!.norm === '') j++;
      if (j < r.end && leadAt(j).level1 !== null) {
        r.use(i);
        i = j;
        continue;
      }
    }
    if (isEnd(r.tok(i))) break;
    const token = r.ts.tokens[i]!;
    const goal = goalAt(i);
    if (goal) {
      goals.push({ cell: goal.cell, token: goal.token, indicators: [] });
      r.use(goal.token.index);
      level1 = null;
      level2 = null;
      early = null;
      i = goal.next;
      continue;
    }
    if (token.row !== null) {
      // A known row: its leading empty cells are merged cells above; then 一级/二级 words if any.
      const indexes = rowFrom(i);
      let k = 0;
      while (k < indexes.length && r.ts.tokens[indexes[k]!]!.norm === '') k++;
      // Its number (序号), when more cells follow it, and the empty cells after it (levels merged from above, where they are written out).
      if (numbered && k + 1 < indexes.length && /^\d{1,3}$/.test(r.ts.tokens[indexes[k]!]!.norm)) {
        k++;
        while (k < indexes.length && r.ts.tokens[indexes[k]!]!.norm === '') k++;
      }
      // The end of the level cell above (`50%)`) before this row's 二级指标 (src/templates/levelTail.ts).
      if (k + 1 < indexes.length && isLevelTail(r.ts.tokens[indexes[k]!]!.norm) && wordAt(indexes[k + 1]!, LEVEL2).length > 0)
        r.use(indexes[k++]!);
      if (k < indexes.length && isEnd(r.ts.tokens[indexes[k]!])) {
        i = indexes[k]!;
        break;
      }
      const written = indexes.map((x) => r.ts.tokens[x]!).filter((x) => x.norm !== '');
      const after = firstFrom(indexes.at(-1)! + 1);
      // The row scoring the budget's execution (河北's 预算执行率 | 预算执行率 | …): its label written
      // across the level columns and again as its name; placed as an indicator row, kept as the budget's.
      if (budgetRow && written.length > 1 && budgetRow.has(written[0]!.norm)) {
        const cells = indexes.map((x) => r.ts.tokens[x]!).filter((x) => x.index >= (budgetRow.has(written[1]!.norm) ? written[1]! : written[0]!).index);
        const placed = placeRow(cells);
        if (placed.error === null && placed.inferred === undefined) {
          budgetScored = { weight: cellOf(placed.placed.get('weight')), score: cellOf(placed.placed.get('score')) };
          for (const x of written) r.use(x.index);
        } else r.report(written, written[0]!.line, `the budget's execution row 「${written[0]!.text}」: ${placed.error ?? placed.inferred}`);
        i = indexes.at(-1)! + 1;
        continue;
      }
      // A level cell's weight on a line of its own (产出指标 / (50分)): part of the 一级指标 cell the row
      // above opened; of no level written above it (its level's words lost), it is reported, not kept.
      if (written.length === 1 && WEIGHT_ONLY.test(written[0]!.norm)) {
        r.use(written[0]!.index);
        if (level1Above && level1 !== null) {
          const opened = indicators.at(-1);
          const weighted: string = `${level1}${written[0]!.text.trim()}`;
          if (opened?.level1 === level1) opened.level1 = weighted;
          level1 = weighted;
        }
        else listed(r.unread, [written[0]!], 'a level weight on a line of its own, under no level cell: not kept');
        i = indexes.at(-1)! + 1;
        continue;
      }
      if (
        !pending &&
        written.length === 1 &&
        after &&
        after.row !== null &&
        !WEIGHT_ONLY.test(after.norm) &&
        isLevelWord(written[0]!.norm + after.norm)
      ) {
        pending = written[0]!;
        i = indexes.at(-1)! + 1;
        continue;
      }
      let lead = leadAt(indexes[k] ?? r.end);
      if (pending) {
        const first = written[0]!;
        const norm = pending.norm + first.norm;
        const word = { ...pending, text: pending.text + first.text, norm };
        lead = LEVEL2.has(norm) ? { level1: null, level2: word, n: 1 } : { level1: word, level2: null, n: 1 };
        pending = null;
      }
      // A row whose level words stand under the 三级指标 or a column after it, by grid column, has
      // them for its name (社会效益 in a score sheet's third column, its levels merged from above) —
      // in a row as wide as its header, and only when no level word stands in a level column: a
      // row's cells may be shifted (a 一级指标 printed a row early, src/templates/earlyLevel.ts).
      if (places && lead.n > 0 && lead.n === Number(lead.level1 !== null) + Number(lead.level2 !== null)) {
        const placed = placesOf(indexes.map((x) => r.ts.tokens[x]!));
        const inRest = (x: Token | null) => x !== null && placed !== null && rest.some((c) => c.role === placed.get(x.index));
        if (inRest(lead.level1 ?? lead.level2)) lead = { level1: null, level2: null, n: 0 };
      }
      // Where names carry their weights too, a lone weighted level cell is a 二级指标 when it fits under the 一级指标 (src/templates/weightedNames.ts).
      if (t.weightedNames && lead.level1 && !lead.level2 && fitsUnderLevel1(lead.level1.text, level1, level2Seen))
        lead = { level1: null, level2: lead.level1, n: lead.n };
      const rowLead = [lead.level1, lead.level2].filter((x): x is Token => x !== null);
      level1Above = lead.level1 !== null;
      if (early !== null) {
        level1 = early;
        level2 = null;
        early = null;
      }
      if (lead.level1 && lead.level2 && printedEarly(lead.level1.text, lead.level2.text, level1)) early = lead.level1.text;
      else if (lead.level1) {
        level1 = lead.level1.text;
        level2 = null;
        level2Seen = [];
      }
      if (lead.level2) {
        level2 = lead.level2.text;
        level2Seen.push(level2);
      }
      const cells = indexes.slice(k + lead.n).map((x) => r.ts.tokens[x]!);
      i = indexes.at(-1)! + 1;
      // A row broken over lines (减轻贫困学生家庭经济负担 / 有效 / 有效 | 10 | 10): a row cut before its
      // figures is joined with the next rows that open no level, when together they place.
      const alone = placeRow(cells);
      // A row that does not place in order, its cells under their column labels (level cells slid
      // into the wrong level column, a 二级指标 not of the vocabulary): read by place.
      const byPlace =
        (alone.error !== null || coveredInRest(r.ts.rows[token.row]!.map((x) => r.ts.tokens[x]!))) &&
        places &&
        rowLead.every((x) => indexes.includes(x.index))
          ? readByPlace(r.ts.rows[token.row]!.map((x) => r.ts.tokens[x]!))
          : null;
      if (byPlace && placeRow(byPlace.rest).error === null) {
        if (byPlace.level1) {
          level1 = byPlace.level1.text;
          level2 = null;
        }
        if (byPlace.level2) level2 = byPlace.level2.text;
        build(
          byPlace.rest,
          [byPlace.level1, byPlace.level2].filter((x): x is Token => x !== null),
        );
        continue;
      }
      const nextFirst = firstFrom(i);
      const tailNext =
        nextFirst !== undefined &&
        nextFirst.row !== null &&
        nextFirst.line === cells.at(-1)?.line! + 1 &&
        isTail(
          rowFrom(nextFirst.index)
            .map((x) => r.ts.tokens[x]!)
            .filter((x) => x.norm !== ''),
        );
      const joined =
        cells.some((c) => c.norm !== '') &&
        alone.error !== null &&
        (tailNext || !cells.some((c) => fits('score', c.text) && !isPlaceholder(c.text)))
          ? joinRows(cells, i)
          : null;
      // The last row of an excerpt cut off inside it: its cells as far as written, by position (src/templates/cutOffRow.ts).
      const cutOff = alone.error !== null && !joined ? cutOffRowCells(cells, rest.length, r.ts.tokens.slice(i)) : null;
      if (cutOff) r.problems.push({ line: token.line, message: 'indicator row cut off by the end of the text: read as far as written' });
      if (joined) {
        build(joined.cells, rowLead, joined.certain ? null : `${alone.error ?? ''} (a row broken over lines?)`);
        i = joined.next;
      } else build(cutOff ?? cells, rowLead, null, () => !tailNext && opensRow(nextFirst));
      continue;
    }
    // A stream: the cells up to the next leading word (or the end) must make whole rows.
    const lead = leadAt(i);
    if (lead.level1) {
      level1 = lead.level1.text;
      level2 = null;
    }
    if (lead.level2) level2 = lead.level2.text;
    let j = i + lead.n;
    // The cell right after a 二级指标 word is the row's name, even where the name is such a word too (服务对象满意度).
    if (lead.level2 && j < r.end && !isEnd(r.tok(j)) && r.ts.tokens[j]!.row === null && leadAt(j).level1 === null) j++;
    while (j < r.end && !isEnd(r.tok(j)) && r.ts.tokens[j]!.row === null && leadAt(j).n === 0) j++;
    const width = rest.length;
    const cells = r.ts.tokens.slice(i + lead.n, j);
    const segment = withoutLeftovers(j === r.end ? withoutTrailingBlanks(cells, width) : cells, width);
    const rowLead = [lead.level1, lead.level2].filter((x): x is Token => x !== null);
    const written = segment.filter((c) => c.norm !== '');
    const merged = segment.length > 0 && segment.length % width !== 0 ? noteMergedCut(leftoversDropped(segment), j) : null;
    if (j > i + lead.n && segment.every((c) => c.norm === '' || isLeftover(c.norm))) {
      // Only empty cells and template rows left unfilled (指标2, ……): no indicator.
    } else if ((lead.level1 || lead.level2) && written.length === 1 && WEIGHT_ONLY.test(written[0]!.norm)) {
      // The level cell's weight on a line of its own (产出指标 / (50)): part of the cell above — of the
      // 一级指标 where that stands alone; after a 二级指标 it may be either's, so it is reported.
      r.use(written[0]!.index);
      if (lead.level1 && !lead.level2) level1 = `${level1}${written[0]!.text.trim()}`;
      else listed(r.unread, [written[0]!], 'a level weight on a line of its own after a 二级指标: whose it is cannot be told, not kept');
    } else if (merged) {
      merged.rows.forEach((row, k) => build(row, k === 0 ? rowLead : []));
      if (merged.cutOff.length > 0)
        r.report(merged.cutOff, merged.cutOff[0]!.line, 'indicator row cut off by the end of the text: not read');
    } else if (segment.length === 0 || segment.length % width !== 0) {
      r.report(
        [...rowLead, ...segment],
        token.line,
        `indicator cells (${segment.length}) do not make whole rows of ${width} (${rest.map((c) => c.labels[0]).join(' / ')}): a cell is missing or extra`,
      );
    } else {
      for (let k = 0; k < segment.length; k += width) build(segment.slice(k, k + width), k === 0 ? rowLead : []);
    }
    i = j;
  }
  if (pending) r.report([pending], pending.line, 'indicator row: a level word broken over lines, its rest not found');
  // The columns read for their place only, each reported once with its cells (ProjectReading.notKept).
  for (const role of PLACE_ONLY) {
    const cells = placeOnly.filter((x) => x.role === role).map((x) => x.cell);
    const label = columns.find((c) => c.role === role)?.labels[0] ?? role;
    if (cells.length > 0) listed(r.notKept, cells, `${label} of the indicator rows (lines ${cells[0]!.line}–${cells.at(-1)!.line}): read for its place, not kept`);
  }
  return { indicators, columns, stop: i, inferred, namedOnly, goals, budgetScored };
}

/** A cell that is a figure alone: 10, 96.7%, ≥95%. */
const BARE_FIGURE = /^[≥≤<>=]?\d+(\.\d+)?%?$/;

/** The indicator columns a total row leaves blank: it sums 分值 and 得分 only. */
const TOTAL_BLANK: readonly IndicatorRole[] = ['comparator', 'target', 'unit', 'actual', 'scoringRule', 'description'];

/**
 * The 总分/合计 row: its figures stand under the 分值 / 得分 columns (and a note after them), after
 * the label's merged cells — Beijing's and the 衔接资金 form's 年度指标值 / 全年实际值 between 分值 and
 * 得分 are blank in it, and merged away or dropped in many renderings.
 */
function readTotal(
  r: RecordReader,
  from: number,
  columns: Column<IndicatorRole>[],
): { score: Cell | null; weight: Cell | null; line: number | null } {
  if (r.t.total.labels.length === 0) return { score: null, weight: null, line: null };
  if (r.t.total.inHeader) {
    // (It may stand right before the name label, in the title's row: 项目总得分 99分 项目名称 ….)
    const before = [r.start - 2, r.start - 1].find((i) => i >= 0 && r.sets.total.has(r.ts.tokens[i]!.norm));
    const label = before ?? r.find(r.sets.total);
    // (Or the label and its figure in one cell: 项目总得分：99分.)
    const inCell = label < 0 ? totalInCell(r.ts.tokens, r.start - 2, r.end, r.sets.total) : null;
    if (inCell) {
      r.use(inCell.index);
      return { score: inCell.score, weight: null, line: inCell.score.line };
    }
    if (label < 0) r.problems.push({ line: r.ts.tokens[r.start]!.line, message: `no ${r.t.total.labels[0]} cell in the header` });
    return label < 0
      ? { score: null, weight: null, line: null }
      : { score: r.valueAt(label), weight: null, line: r.ts.tokens[label]!.line };
  }
  const at = r.find(r.sets.total, from);
  if (at < 0) {
    const stated = r.t.total.inProse ? totalInProse(r.ts, r.start, r.t.total.inProse) : null;
    if (stated) return { score: stated, weight: null, line: stated.line };
    r.problems.push({ line: r.endLine(), message: `no ${r.t.total.labels[0]} row: a truncated table` });
    return { score: null, weight: null, line: null };
  }
  // Figures between where the indicator rows stopped and the 总分 row were read as nothing: the
  // table is reported, not loaded short of them. (Where no indicator header was found, that is the problem said.)
  const skipped = columns.length > 0 ? r.ts.tokens.slice(from, at).filter((x) => /\d/.test(x.norm)) : [];
  if (skipped.length > 0)
    r.problems.push({
      line: skipped[0]!.line,
      message: `cells between the indicator rows and the ${r.t.total.labels[0]} row were not read (「${r.ts.tokens[from]!.text}」 ended the rows; ${skipped.length} cells with figures after it)`,
    });
  r.use(at);
  const after = r.rowAfter(at).cells;
  // The label's merged cells (empty in a known row) come before the figures.
  const lead = r.ts.tokens[at]!.row === null ? 0 : after.findIndex((c) => c.norm !== '');
  const written = lead < 0 ? [] : after.slice(lead);
  // Without the indicator block's header (skipped or cut off), its columns stand as the template writes them.
  const header = columns.length > 0 ? columns : r.t.indicators.columns;
  const first = header.findIndex((c) => c.role === 'weight' || c.role === 'score');
  const from1st = first < 0 ? [] : header.slice(first);
  const under = from1st.filter((c) => !TOTAL_BLANK.includes(c.role));
  // A blank cell (or a placeholder, — /) where a column a total leaves blank stands is no figure (where merged cells or a stream dropped it, nothing is left to drop).
  const cells = written.filter((c, k) => !((c.norm === '' || isPlaceholder(c.text)) && TOTAL_BLANK.includes(from1st[k]?.role ?? 'weight')));
  const result = r.place(
    cells,
    under,
    under.slice(1).map((c) => c.role),
    (role, text) => fits(role === 'weight' ? 'total-weight' : role === 'score' ? 'total-score' : role, text),
  );
  if (result.error !== null) {
    r.report([r.ts.tokens[at]!, ...cells], r.ts.tokens[at]!.line, `total row: ${result.error}`);
    return { score: null, weight: null, line: r.ts.tokens[at]!.line };
  }
  const score = result.placed.get('score');
  if (score) r.use(score.index);
  return { score: cellOf(score), weight: cellOf(result.placed.get('weight')), line: r.ts.tokens[at]!.line };
}

/**
 * The total a report states in its prose before the table (`项目绩效评价总体得分95分`): in the cell
 * the record opens at or the few before it, the first of the phrases followed by a score and 分.
 */
function totalInProse(ts: TokenStream, start: number, phrases: string[]): Cell | null {
  const said = new RegExp(`(?:${phrases.join('|')})[为是:：]?(\\d+(?:\\.\\d+)?)分`, 'u');
  for (let k = start, seen = 0; k >= 0 && seen < 6; k--) {
    const token = ts.tokens[k]!;
    if (token.norm === '') continue;
    seen++;
    const m = said.exec(token.norm);
    if (m && parseScoreCell(m[1]!).status === 'OK') return { text: m[1]!, line: token.line };
  }
  return sentenceOverCells(ts, start, said);
}

/**
 * The total said in a sentence the text broke over cells (`…开展绩效自评,自评得分` / `90` / `分,存在的问题…`,
 * a PDF's lines set as cells): the few cells before `start` read as one text, the phrase nearest
 * the table; its line is the score's.
 */
function sentenceOverCells(ts: TokenStream, start: number, said: RegExp): Cell | null {
  const cells: Token[] = [];
  for (let k = start - 1; k >= 0 && cells.length < 12; k--) if (ts.tokens[k]!.norm !== '') cells.unshift(ts.tokens[k]!);
  const text = cells.map((c) => c.norm).join('');
  const all = [...text.matchAll(new RegExp(said.source, 'gu'))];
  const m = all.at(-1);
  if (!m || parseScoreCell(m[1]!).status !== 'OK') return null;
  // The cell the figure starts in.
  const at = m.index! + m[0].indexOf(m[1]!, m[0].length - m[1]!.length - 1);
  let end = 0;
  const cell = cells.find((c) => (end += c.norm.length) > at)!;
  return { text: m[1]!, line: cell.line };
}

/**
 * Indicators placed by the shapes of their cells (a short row, a row broken over lines) are kept
 * only when the weights add up: the indicators' 分值, with or without the budget's, make the 总分
 * row's 分值. Otherwise each is reported with its lines, and left out — its name kept apart
 * (`namedOnly`, src/templates/unconfirmedNames.ts), its figures not read.
 */
function confirmInferred(
  r: RecordReader,
  indicators: ParsedIndicator[],
  inferred: Inferred[],
  weights: { budget: Cell | null; total: Cell | null },
): { indicators: ParsedIndicator[]; namedOnly: ParsedIndicator[] } {
  if (inferred.length === 0) return { indicators, namedOnly: [] };
  const points = (c: Cell | null) => {
    const parsed = c ? parseScoreCell(c.text) : null;
    return parsed?.status === 'OK' ? parsed.value : null;
  };
  const total = points(weights.total);
  // A part (其中…, or a row of two figures and no points) has no weight of its own: its indicator's weight counts it.
  const isPart = (i: ParsedIndicator) =>
    isSubItem(i.name) || (i.score === null && isUnscoredPair([i.target?.text ?? '', i.actual?.text ?? ''], (text) => fits('score', text)));
  const each = indicators.filter((i) => i.weight !== null || !isPart(i)).map((i) => points(i.weight));
  const sum = each.every((w) => w !== null) ? each.reduce((a, b) => a! + b!, 0)! : null;
  const budget = points(weights.budget) ?? 0;
  if (total !== null && sum !== null && (agrees(sum, total, 6) || agrees(sum + budget, total, 6))) return { indicators, namedOnly: [] };
  const said = `indicators ${sum ?? '?'}, budget ${budget}, 总分 row ${total ?? 'not read'}`;
  for (const { cells, why } of inferred)
    r.report(
      cells,
      cells[0]!.line,
      `indicator row: ${why}; one placement fits the shapes of its cells, but the weights do not add up to the 总分 row's 分值 to confirm it (${said})`,
    );
  const dropped = new Set(inferred.map((x) => x.indicator));
  return {
    indicators: indicators.filter((i) => !dropped.has(i)),
    namedOnly: inferred.flatMap(({ indicator, cells }) => nameOfUnconfirmed(indicator, cells)),
  };
}

function readGoals(r: RecordReader): { expected: string | null; actual: string | null } {
  if (!r.t.goals) return { expected: null, actual: null };
  const e = r.find(r.sets.expected);
  const a = e < 0 ? -1 : r.find(r.sets.actual, e + 1);
  if (a < 0) return { expected: null, actual: null };
  // Where rows are known, the values are the next row's cells (the label row's own trailing
  // empty cells are padding); in a stream, the two cells after the labels.
  let next = a + 1;
  const labelRow = r.ts.tokens[a]!.row;
  while (labelRow !== null && r.tok(next)?.row === labelRow && r.tok(next)!.norm === '') next++;
  const first = r.tok(next);
  let values: Token[];
  if (first && first.row !== null && first.row !== labelRow) {
    values = r.ts.rows[first.row]!.map((k) => r.ts.tokens[k]!).filter((x) => x.norm !== '' && x.index < r.end);
  } else values = [first, r.tok(next + 1)].filter((x): x is Token => x !== undefined && !r.isLabel(x));
  if (values.length === 0 || values.some((v) => r.isLabel(v))) return { expected: null, actual: null };
  // A goal as adjusted during the year between the two (重庆's 全年(调整)绩效目标): reported, not kept.
  const adjusted = r.t.goals.adjusted && labelRow !== null ? labelSetOf(r.t.goals.adjusted) : null;
  const adjustedLabel = adjusted && r.ts.tokens.slice(e + 1, a).some((x) => adjusted.has(x.norm));
  if (adjustedLabel && values.length === 3) {
    listed(r.notKept, [values[1]!], '全年(调整)绩效目标, the goal as adjusted during the year: read, not kept (年初绩效目标 is)');
    values.splice(1, 1);
  }
  if (values.length !== 2) {
    r.unread.push({
      line: values[0]!.line,
      text: values.map((v) => v.text).join(' | '),
      reason: `${values.length} cells where 预期目标 and 实际完成情况 are expected: not placed`,
    });
    return { expected: null, actual: null };
  }
  for (const v of values) r.use(v.index);
  return { expected: cellOf(values[0])?.text ?? null, actual: cellOf(values[1])?.text ?? null };
}

const YEAR = /((?:19|20)\d{2})\s*年/;
const UNIT_ABOVE = /^(单位名称|填报单位|部门|单位)(\(盖章\))?[:：].+/;
/** A label cell that ends at its colon, its value in the next cell. */
const LABEL_ALONE = /[:：]\s*$/;
const FILLED_ON = /填报日期[:：]\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?)/;
/** A year of account in a cell of its own (`（2021年度）`), not a date (`填报日期:2022年2月3日`). */
const YEAR_OF_ACCOUNT = /((?:19|20)\d{2})\s*年度/;

/** A report's heading: a short cell naming a year's self-evaluation or evaluation report (平山县行政审批局部门 / 2023年度整体支出绩效自评报告). */
const REPORT_HEADING = /^[^,，。;；:：]{0,30}?((?:19|20)\d{2})年度[^,，。;；:：]{0,30}(?:自评报告|评价报告)$/u;

/**
 * A form whose title names no year (部门整体支出绩效自评表), attached to a report whose heading does:
 * the heading's year, when the heading stands within a few cells above the title (the report's
 * first paragraphs between them) and no other title of a table comes between.
 */
function reportHeadingYear(ts: TokenStream, titleAt: number): number | null {
  for (let k = titleAt - 1, seen = 0; k >= 0 && seen < 12; k--) {
    const token = ts.tokens[k]!;
    if (token.norm === '') continue;
    seen++;
    const m = REPORT_HEADING.exec(token.norm);
    if (m) return Number(m[1]);
    if (/(?:自评表|评价表|评分表)$/u.test(token.norm)) return null;
  }
  return null;
}
const CODE = /^([0-9A-Za-z]{12,})\s*[-—－_]\s*(.+)$/;

/** A report's title naming the project it evaluates: `…关于国省县乡道路养护及道班房维修项目绩效评价报告` → 国省县乡道路养护及道班房维修项目. */
const REPORT_SUBJECT = /关于(.+?)(?:的)?(?:绩效)?(?:自评|评价)报告/u;

/** The project a report's title names (REPORT_SUBJECT), in the cell at `start` or the nearest of the few above it. */
function reportSubject(ts: TokenStream, start: number): string | null {
  for (let k = start, seen = 0; k >= 0 && seen < 12; k--) {
    const token = ts.tokens[k]!;
    if (token.norm === '') continue;
    seen++;
    const m = REPORT_SUBJECT.exec(token.norm);
    if (m) return m[1]!;
  }
  return null;
}

/**
 * A cell naming a file (`《重庆市梁平区林业局2022年度部门整体绩效自评表.docx》由会员分享…`, a
 * document-sharing site's header): no title of a table, whatever the file's name says.
 */
const NAMES_A_FILE = /\.(?:docx?|pdf|xlsx?|wps)》/iu;

/** Whether a cell is a title of the template (a file's name is none). */
function namesTitle(t: Template, norm: string): boolean {
  return t.titles.some((x) => norm.includes(x)) && !NAMES_A_FILE.test(norm);
}

/**
 * What a title names between its year and the template's title word (`****2024年度林业草原改革发展资金绩效评价表`
 * → 林业草原改革发展资金), in the nearest of the few cells above `start` (or at it) that holds a title word.
 */
function titleSubject(ts: TokenStream, t: Template, start: number): string | null {
  const words = t.titles.map(escapeRegExp).join('|');
  const subject = new RegExp(`(?:19|20)\\d{2}年度?(\\p{Script=Han}.*?)(?:${words})`, 'u');
  for (let k = start, seen = 0; k >= 0 && seen < 12; k--) {
    const token = ts.tokens[k]!;
    if (token.norm === '') continue;
    seen++;
    if (!namesTitle(t, token.norm)) continue;
    return subject.exec(token.norm)?.[1] ?? null;
  }
  return null;
}

/**
 * The year of a title its line's space cut from it (`2017 年部门整体支出绩效评价得分表`: the year a
 * cell of its own before the title, which opens with 年), as a match of YEAR.
 */
function yearCutOff(ts: TokenStream, title: Token): RegExpExecArray | null {
  const before = ts.tokens[title.index - 1];
  if (!before || before.line !== title.line || !/^(?:19|20)\d{2}$/.test(before.norm) || !title.norm.startsWith('年')) return null;
  return YEAR.exec(before.norm + title.norm);
}

/** A title that names its unit before its year: `大英县总工会2020年度部门决算` → 大英县总工会. */
const UNIT_BEFORE_YEAR = /^(\D{2,}?)(?:19|20)\d{2}年度?/;

/**
 * The title of a record that writes no name label: its first cell when that is a title of the
 * template, else the nearest cell above naming a title of the template, or a unit and a year (the
 * page's title, `大英县总工会2020年度部门决算`). The year is the one the title names.
 */
function unnamedTitle(ts: TokenStream, t: Template, start: number): { title: Token | null; fiscalYear: number | null } {
  const isTitle = (token: Token) => !NAMES_A_FILE.test(token.norm) && (namesTitle(t, token.norm) || UNIT_BEFORE_YEAR.test(token.norm));
  let title: Token | null = namesTitle(t, ts.tokens[start]!.norm) ? ts.tokens[start]! : null;
  for (let k = start - 1, seen = 0; title === null && k >= 0 && seen < 12; k--) {
    const token = ts.tokens[k]!;
    if (token.norm === '') continue;
    seen++;
    if (isTitle(token)) title = token;
  }
  const year = title ? (YEAR.exec(title.text) ?? yearCutOff(ts, title)) : null;
  return { title, fiscalYear: year ? Number(year[1]) : null };
}

/** The label that names a record of the template: its first name label, or the usual one of its kind where it writes none (a form opened by its title). */
function nameLabelOf(t: Template): string {
  return t.nameLabels[0] ?? (t.kind === 'department' ? '部门(单位)名称' : '项目名称');
}

const fundingColumnsCache = new WeakMap<readonly Template[], LabelSet>();

/** Every template's funding column labels. */
function fundingColumnsOf(templates: readonly Template[]): LabelSet {
  let set = fundingColumnsCache.get(templates);
  if (!set) fundingColumnsCache.set(templates, (set = new LabelSet(templates.flatMap((t) => t.funding.columns.flatMap((c) => c.labels)))));
  return set;
}

function readRecord(
  ts: TokenStream,
  t: Template,
  start: number,
  end: number,
  fundingColumns: LabelSet,
): { project: ParsedProjectEvaluation | null; department: ParsedDepartmentEvaluation | null; unread: Unread[]; notKept: Unread[] } {
  const r = new RecordReader(ts, t, start, end, fundingColumns);
  // The title: a cell naming the template a few cells above the name; the year in it or next to it.
  let title: Token | null = null;
  let fiscalYear: number | null = null;
  // A line of a spaced table counts as one cell, and is read as one (`( 2019 年度)`): see spacedLines.ts.
  for (let k = start - 1, seen = 0; k >= 0 && seen < 6; k--) {
    const token = ts.tokens[k]!;
    if (token.norm === '') continue;
    if (!continuesSpacedLine(ts, k, start)) seen++;
    if (t.titles.some((x) => token.norm.includes(x))) {
      title = token;
      // The year: in the title, or in a cell of its own before the name (`（2021年度）`).
      for (let y = k; y < start && fiscalYear === null; y++) {
        const m = y === k ? YEAR.exec(ts.tokens[y]!.text) : YEAR_OF_ACCOUNT.exec(spacedLineText(ts, y, start));
        if (m) fiscalYear = Number(m[1]);
      }
      // Neither: the year of the report the form is attached to, its heading a little above the title.
      if (fiscalYear === null) fiscalYear = reportHeadingYear(ts, k);
      break;
    }
  }
  // The unit above the table (单位名称：…, 单位（盖章）：…, 部门：…) and the 填报日期, where written in a cell with its label.
  let reportingUnit: string | null = null;
  let filledOn: string | null = null;
  // No title: the year alone in brackets above the table, and a 自评得分 beside the 填报日期 (src/templates/aboveTable.ts).
  const yearAbove = title === null && fiscalYear === null;
  let scoreAbove: Cell | null = null;
  for (let k = start - 1, seen = 0; k >= 0 && seen < 6; k--) {
    const token = ts.tokens[k]!;
    if (token.norm === '') continue;
    seen++;
    // A label cut from its value on the same line (src/templates/labelledCells.ts) is read with it again.
    const value = ts.tokens[k + 1];
    const text = LABEL_ALONE.test(token.text) && k + 1 < start && value?.line === token.line ? token.text + value.text : token.text;
    const unit = UNIT_ABOVE.exec(text === token.text ? token.norm : normalizeLabel(text));
    if (unit && reportingUnit === null) reportingUnit = text.replace(/^[^:：]*[:：]\s*/, '').trim() || null;
    const date = FILLED_ON.exec(text);
    if (date && filledOn === null) filledOn = date[1]!.trim();
    const score = date ? scoreBeside(text) : null;
    if (score !== null && scoreAbove === null) scoreAbove = { text: score, line: token.line };
    if (yearAbove && fiscalYear === null) fiscalYear = yearAlone(token.text);
  }
  const unnamed = !r.sets.name.has(ts.tokens[start]!.norm);
  if (unnamed) ({ title, fiscalYear } = unnamedTitle(ts, t, start));
  // A table that writes no name label belongs to the unit its title names before the year.
  // A project's score sheet with no name label is the project its report's title names (关于…项目绩效评价报告).
  // A form that names what it evaluates only in its title (namedByTitle): the words between the title's year and its title word.
  const unnamedName = () =>
    t.kind === 'project'
      ? (reportSubject(ts, start) ?? (t.namedByTitle ? (titleSubject(ts, t, start) ?? '') : ''))
      : title
        ? (UNIT_BEFORE_YEAR.exec(title.norm)?.[1] ?? '')
        : '';
  const nameText = unnamed ? unnamedName() : (r.valueAt(start)?.text ?? '');
  const code = CODE.exec(nameText);
  const name = code ? code[2]!.trim() : nameText;
  // No title names the year: a project's name may (2023年…项目).
  if (fiscalYear === null && t.kind === 'project') fiscalYear = yearOfName(name);
  // Nor the name: the whole calendar year the report's cover says it evaluates (src/templates/wholeYearPeriod.ts).
  if (fiscalYear === null && t.kind === 'project') fiscalYear = yearOfWholePeriod(ts.tokens.slice(start, end));
  if (name === '')
    r.problems.push({
      line: ts.tokens[start]!.line,
      message: unnamed ? `no unit named (${nameLabelOf(t)}, or the title before its year)` : `${nameLabelOf(t)}: no name written`,
    });

  const supervising = r.valueAfter(r.sets.supervising);
  const implementing = r.valueAfter(r.sets.implementing);
  const goals = readGoals(r);
  const funding = readFunding(r);
  const fundingEnd = r.find(r.sets.indicatorHeading);
  const read = readIndicators(r, fundingEnd < 0 ? start : fundingEnd);
  const total = readTotal(r, read.stop, read.columns);
  // Where no total row follows the indicator rows to tell figures left between (a form without one,
  // or with its total in its header), what ended them ends the record's rows: a level word after it
  // (产出指标, 满意度指标(10分) …), or a row of the table with figures in two cells (≥95% | 10 | 96.7% |
  // 10), up to a 总分 is an indicator row not read, and the record is reported, not loaded short of it.
  const totalBelow = r.t.total.labels.length === 0 || r.t.total.inHeader ? -1 : r.find(r.sets.total, read.stop);
  if (read.columns.length > 0 && totalBelow < 0) {
    const after = r.find(r.sets.total, read.stop);
    const rest = r.ts.tokens.slice(read.stop, after < 0 ? r.end : after);
    const figures = new Map<number, number>();
    for (const x of rest) if (x.row !== null && BARE_FIGURE.test(x.norm)) figures.set(x.row, (figures.get(x.row) ?? 0) + 1);
    const level = rest.find((x) => LEVEL1_OR_WEIGHTED.has(x.norm) || LEVEL2.has(x.norm) || (x.row !== null && (figures.get(x.row) ?? 0) >= 2));
    if (level)
      r.problems.push({
        line: level.line,
        message: `indicator rows after 「${r.ts.tokens[read.stop]!.text}」 were not read (「${level.text}」 after it)`,
      });
  }
  // The budget's weight and score, where the indicator block scores its execution in a row (河北's 预算执行率).
  const scoredLine = funding.lines.total;
  if (read.budgetScored && scoredLine) {
    scoredLine.weight ??= read.budgetScored.weight;
    scoredLine.score ??= read.budgetScored.score;
  }
  const confirmed = confirmInferred(r, read.indicators, read.inferred, {
    budget: funding.weight ?? funding.lines.total?.weight ?? null,
    total: total.weight,
  });
  const indicators = confirmed.indicators;
  const namedOnly = [...read.namedOnly, ...confirmed.namedOnly].sort((a, b) => a.lines.start - b.lines.start);
  // Names that carry their weights: each 二级指标's rows make up its weight (src/templates/weightedNames.ts).
  if (t.weightedNames) {
    const off = new Set(groupsNotAddingUp(indicators, r.find(r.sets.total, read.stop) < 0));
    for (const i of off) {
      const reason = `indicator row: the weights of the rows under 「${i.level2}」 do not make up its weight: not kept`;
      r.unread.push({ line: i.lines.start, text: [i.name, i.weight?.text, i.score?.text].join(' | '), reason });
      r.problems.push({ line: i.lines.start, message: reason });
    }
    indicators.splice(0, indicators.length, ...indicators.filter((i) => !off.has(i)));
  }
  const deviation = r.valueAfter(r.sets.deviation);
  const improvement = r.valueAfter(r.sets.improvement);
  if (t.funding.heading.length > 0 && !funding.lines.total && !r.problems.some((p) => p.message.includes(t.funding.heading[0]!)))
    r.problems.push({
      line: ts.tokens[start]!.line,
      message: `no ${t.funding.rows[0]!.labels[0]} row (资金总额): a truncated or unreadable funding block`,
    });
  // Nothing read after the name (a report's cover, its tables beyond the text): no evaluation to load.
  if (Object.values(funding.lines).every((l) => !l) && read.indicators.length === 0 && namedOnly.length === 0 && !total.score)
    r.problems.push({ line: ts.tokens[start]!.line, message: 'no figure read after the name: its tables are cut off or beyond the text' });
  const lines = { start: title && title.line < ts.tokens[start]!.line ? title.line : ts.tokens[start]!.line, end: r.lastLine };
  const shownName = name || `(${nameLabelOf(t)} not written, line ${ts.tokens[start]!.line})`;
  const totalLine = funding.lines.total ?? { ...EMPTY_LINE };

  if (t.kind === 'department') {
    const expenditure = (labels: string[] | undefined) => (labels ? r.valueAfter(labelSetOf(labels)) : null);
    // Indicators under a goal row are the goal's (Template.goalRows); the others the table's own.
    const kept = new Set(indicators);
    const inGoals = new Set(read.goals.flatMap((g) => g.indicators));
    const annualGoals: ParsedDepartmentGoal[] = read.goals.map((g) => {
      const own = g.indicators.filter((x) => kept.has(x));
      return {
        position: g.cell.position,
        name: g.cell.name,
        weight: g.cell.weight === null ? null : { text: g.cell.weight, line: g.token.line },
        indicators: own,
        lines: { start: g.token.line, end: Math.max(g.token.line, ...own.map((x) => x.lines.end)) },
      };
    });
    const department: ParsedDepartmentEvaluation = {
      title: title?.text ?? null,
      fiscalYear,
      unitName: shownName,
      filledOn,
      reportedTotalScore: total.score ?? scoreAbove,
      basicExpenditure: funding.lines.basic?.executed ?? expenditure(t.expenditureLabels?.basic),
      projectExpenditure: funding.lines.project?.executed ?? expenditure(t.expenditureLabels?.project),
      budget: totalLine.budget ?? totalLine.initialBudget,
      initialBudget: totalLine.initialBudget,
      executed: totalLine.executed,
      executionRate: totalLine.executionRate,
      budgetWeight: funding.weight ?? totalLine.weight,
      budgetScore: totalLine.score,
      annualObjectives: goals.expected,
      narrative: null,
      indicators: indicators.filter((x) => !inGoals.has(x)),
      namedOnlyIndicators: namedOnly,
      goals: annualGoals,
      lines,
      templateId: t.id,
      readingProblems: r.problems,
    };
    // A department-wide evaluation keeps its total's figures: the other rows' are reported.
    for (const [role, line] of Object.entries(funding.lines) as [FundingRowRole, FundingLine | undefined][]) {
      const written = line ? Object.values(line).filter((c): c is Cell => c !== null && !(role === 'total' || ((role === 'basic' || role === 'project') && c === line.executed))) : [];
      listed(r.notKept, written, `funding row ${FUNDING_ROW_NAMES[role]} of a department-wide evaluation: read, not kept (its 年度资金总额 is)`);
    }
    return { project: null, department, unread: r.unread, notKept: r.notKept };
  }
  const project: ParsedProjectEvaluation = {
    title: title?.text ?? null,
    fiscalYear,
    name: shownName,
    code: code ? code[1]! : null,
    supervisingDepartment: supervising?.text ?? null,
    implementingUnit: implementing?.text ?? null,
    reportingUnit,
    filledOn,
    classification: readClassification(t.classificationLabels, (labels) => r.valueAfter(labelSetOf(labels))?.text ?? null),
    budgetWeight: funding.weight ?? totalLine.weight,
    total: totalLine,
    currentYearFunds: funding.lines.currentYear ?? null,
    carryOverFunds: funding.lines.carryOver ?? null,
    otherFunds: funding.lines.other ?? null,
    expectedGoal: goals.expected,
    actualOutcome: goals.actual,
    indicators,
    namedOnlyIndicators: namedOnly,
    reportedTotalScore: total.score,
    deviationAnalysis: prose(deviation),
    improvementMeasures: prose(improvement),
    narrative: null,
    lines,
    templateId: t.id,
    totalRowLine: total.line,
    readingProblems: r.problems,
  };
  return { project, department: null, unread: r.unread, notKept: r.notKept };
}

/**
 * Where the record before the name label at `next` ends: at the next table's title where one
 * stands a few cells above that name (a table without a total row runs on to it) — the first of
 * titles written one after the other (the page's title, then the table's own title row) — else at
 * the name.
 */
function recordEnd(ts: TokenStream, from: number, next: number, titles: readonly string[]): number {
  const isTitle = (k: number) => titles.some((x) => ts.tokens[k]!.norm.includes(x));
  /** The non-empty token before k within the record, or -1. */
  const before = (k: number) => {
    for (k--; k > from; k--) if (ts.tokens[k]!.norm !== '') return k;
    return -1;
  };
  for (let k = next - 1, seen = 0; k > from && seen < 6; k--) {
    if (ts.tokens[k]!.norm === '') continue;
    seen++;
    if (!isTitle(k)) continue;
    for (let b = before(k); b > from && isTitle(b); b = before(k)) k = b;
    return k;
  }
  return next;
}

/** Every template's name labels as one set: a token is a record's start when any template names it. */
const nameLabelsCache = new WeakMap<readonly Template[], LabelSet>();

function nameLabelsOf(templates: readonly Template[]): LabelSet {
  let set = nameLabelsCache.get(templates);
  if (!set) nameLabelsCache.set(templates, (set = new LabelSet(templates.flatMap((t) => t.nameLabels))));
  return set;
}

export function readRecords(ts: TokenStream, templates: readonly Template[]): ProjectReading {
  const names = nameLabelsOf(templates);
  const labels = new LabelPositions(ts);
  const starts = labels.labelled(names);
  const projects: ParsedProjectEvaluation[] = [];
  const departmentEvaluations: ParsedDepartmentEvaluation[] = [];
  const unread: Unread[] = [];
  const notKept: Unread[] = [];
  const recognises = (t: Template, from: number, to: number) =>
    setsOf(t).recognisedBy.every((set) => {
      const at = firstFrom(labels.labelled(set), from);
      return at >= 0 && at < to;
    });
  const titles = templates.flatMap((t) => t.titles);
  const named = starts.map((start, k) => {
    const next = starts[k + 1];
    const end = next === undefined ? ts.tokens.length : recordEnd(ts, start, next, titles);
    // A name label no template recognises is a list of projects (contents, summary), not a project table.
    const template = templates.find((t) => setsOf(t).name.has(ts.tokens[start]!.norm) && recognises(t, start, end));
    return { start, end, template: template ?? byFundingHeader(ts, templates, start, end) };
  });
  // A project named again at the head of its report's next table is one record (src/templates/repeatedName.ts).
  const records = joinRepeatedNames(ts, named, (t, norm) => setsOf(t).all.has(norm));
  records.push(...unnamedRecords(ts, labels, templates, records, recognises));
  records.sort((a, b) => a.start - b.start);
  // A table before the first record (an excerpt that starts inside a table) is no whole record.
  const headings = templates.map((t) => [setsOf(t).fundingHeading, setsOf(t).indicatorHeading]).flat();
  const end = records[0]?.start ?? ts.tokens.length;
  const orphan = ts.tokens.slice(0, end).find((x) => x.norm !== '' && headings.some((h) => h.has(x.norm)));
  // Its indicator block is read for what it holds (a table left out: no name, no budget) by the
  // template whose indicator columns its header writes, the most of them.
  const widths = orphan
    ? templates.map((t) =>
        setsOf(t).indicatorHeading.has(orphan.norm)
          ? new RecordReader(ts, t, orphan.index, end).header(orphan.index + 1, t.indicators.columns, new LabelSet([])).columns.length
          : 0,
      )
    : [];
  const widest = widths.indexOf(Math.max(0, ...widths));
  // No header at all: the tail of a table in cells that its total row and closing labels tell (src/templates/headlessRows.ts).
  const tail = orphan ? null : headlessRows(ts, templates, end);
  if (tail) {
    const read = readRecord(tail.stream, tail.template, 0, tail.stream.tokens.length, fundingColumnsOf(templates));
    read.project?.readingProblems?.unshift(tail.cut);
    if (read.project) projects.push(read.project);
    unread.push(...read.unread);
    notKept.push(...read.notKept);
  }
  if (orphan && widest >= 0 && widths[widest]! >= 4) {
    const read = readRecord(ts, templates[widest]!, orphan.index, end, fundingColumnsOf(templates));
    const cut = { line: orphan.line, message: 'a table before any 项目名称 (the text starts inside it): its head is cut off' };
    for (const record of [read.project, read.department]) record?.readingProblems?.unshift(cut);
    if (read.project) projects.push(read.project);
    if (read.department) departmentEvaluations.push(read.department);
    unread.push(...read.unread);
    notKept.push(...read.notKept);
  } else if (orphan)
    unread.push({
      line: orphan.line,
      text: orphan.text,
      reason: 'a table before any 项目名称 (the text starts inside a table?): not read',
    });
  for (const { start, end, template } of records) {
    if (!template) continue;
    const read = readRecord(ts, template, start, end, fundingColumnsOf(templates));
    if (read.project) projects.push(read.project);
    if (read.department) departmentEvaluations.push(read.department);
    unread.push(...read.unread);
    notKept.push(...read.notKept);
  }
  return { projects, departmentEvaluations, unread, notKept };
}

type RecordRange = { start: number; end: number; template: Template | undefined };

/**
 * The template of a record that no template recognises wholly because its text stops (or a
 * preview skips) before the labels of its indicator block: the one whose funding block reads the
 * most of the column labels written after its heading (at least 4 of them, 年初预算数 / 全年预算数 /
 * 全年执行数 / 执行率 …), among those whose name label opens it. Its tables are read for what they
 * hold, and reported as incomplete (no 绩效指标 block). A name label with no such block after it
 * (a table of contents) stays no record.
 */
function byFundingHeader(ts: TokenStream, templates: readonly Template[], start: number, end: number): Template | undefined {
  let best: Template | undefined;
  let most = 3;
  for (const t of templates) {
    const sets = setsOf(t);
    if (!sets.name.has(ts.tokens[start]!.norm) || t.funding.heading.length === 0) continue;
    const reader = new RecordReader(ts, t, start, end);
    const h = reader.find(sets.fundingHeading);
    if (h < 0) continue;
    const read = reader.header(h + 1, t.funding.columns, sets.fundingSkip).columns.length;
    if (read > most) [best, most] = [t, read];
  }
  return best;
}

/**
 * Records of the templates that may write no name label (startLabels): one opens at the first of
 * its title cells or start labels outside every record read from a name label, and runs to the
 * next record, when the template recognises it.
 */
function unnamedRecords(
  ts: TokenStream,
  labels: LabelPositions,
  templates: readonly Template[],
  named: RecordRange[],
  recognises: (t: Template, from: number, to: number) => boolean,
): RecordRange[] {
  const found: RecordRange[] = [];
  const within = (i: number) => (r: RecordRange) => r.template !== undefined && i >= r.start && i < r.end;
  const inside = (i: number) => named.some(within(i)) || found.some(within(i));
  const nextStart = (i: number) => Math.min(ts.tokens.length, ...[...named, ...found].map((r) => r.start).filter((s) => s > i));
  for (const t of templates) {
    if (!t.startLabels) continue;
    const startLabels = labelSetOf(t.startLabels);
    // (The template stands for its question: is the text a start label of it, or one of its titles?)
    const opening = labels.where(t, (norm) => startLabels.has(norm) || namesTitle(t, norm));
    let after = 0;
    for (const i of opening) {
      if (i < after || inside(i)) continue;
      const end = nextStart(i);
      if (!recognises(t, i, end)) continue;
      found.push({ start: i, end, template: t });
      after = end;
    }
  }
  return found;
}
