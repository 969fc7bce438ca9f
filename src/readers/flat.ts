/**
 * Flattened tables into the table model. A document-sharing preview, an OCR or a careless copy
 * may put a whole self-evaluation table on one or a few long lines, its cells separated by single
 * spaces or glued together (`项目名称 XX 主管部门 YY … 年度资金总额 100 100 98.5 10 98.5% 9.85 …`).
 * Such lines are found by the template labels on them (src/readers/flatPieces.ts); the template
 * whose labels they carry says the columns, and the text between its labels is cut into rows of
 * those columns by the cells' shapes (src/readers/flatGluedRows.ts, src/readers/flatAmounts.ts).
 * The result is a grid table like any other: one row per label and its value, the funding and
 * indicator headers, one row per funding row and per indicator — each cell keeping its line — and
 * the template engine reads it as it reads a web page's table. Where the cells cannot be cut with
 * certainty the row is written as it stands (its text in one cell), so that the engine reports it
 * with its line and reason instead of a guess.
 *
 * Lines that continue a flattened table are the ones after it that a preview numbered as its pages
 * (`2、…`, `3、…`); the number is no cell.
 */
import type { Block, Table, TableCell, TableRow } from '../tables/model';
import { TEMPLATES } from '../templates';
import { LabelSet, labelSetOf, splitWeight } from '../templates/labels';
import { columnLabelsOf, labelsOf, opensWithLevels, type FundingRole, type IndicatorRole, type Template } from '../templates/template';
import { LEVEL1, LEVEL2 } from '../templates/vocabulary';
import { cutFundingRow, cutTotalRow, MORE_THAN_ONE_CUT } from './flatAmounts';
import { readByBlocks } from './flatBlocks';
import { cutRows, type FlatCell, type RowSchema, type Shape } from './flatGluedRows';
import { rowsWithLetteredFigure } from './flatLetteredFigure';
import { rowsWithGarbledComparators } from './flatGarbledComparator';
import { statedWholeAmounts } from './flatStatedWhole';
import { compactText } from './flatCompact';
import { charsOf, mayHoldLabel, splitPieces, wordsOf, type FlatChar, type Piece, type Vocabulary } from './flatPieces';
import { scatteredIndicatorHeader } from './flatScatteredHeader';
import { endsHeadlessFundingHeader, opensHeadlessFunding } from './flatHeadlessFunding';
import { mergedTail } from './flatMergedTail';

/** The level words as a flattened table carries them: the forms that end in 指标. */
const LEVEL_WORDS = [...LEVEL1.synonyms, ...LEVEL2.synonyms].filter((w) => w.endsWith('指标'));

const VOCABULARY: Vocabulary = {
  anywhere: [
    ...new Set(TEMPLATES.flatMap((t) => labelsOf(t).filter((l) => !columnLabelsOf(t).includes(l) && !t.notInGluedText?.includes(l)))),
    ...LEVEL_WORDS,
    ...TEMPLATES.flatMap((t) => t.levelWords ?? []),
  ],
  chained: [...new Set(TEMPLATES.flatMap(columnLabelsOf))],
};

/** A line is flattened when it is long and carries many labels. */
const MIN_LENGTH = 80;
const MIN_LABELS = 6;
const PAGE_MARK = /^\s*\d{1,2}、/;

function labelCount(pieces: Piece[]): number {
  return pieces.filter((p) => p.kind === 'label').length;
}

/**
 * The lines of a text, each compacted (`compactText`) and cut into pieces when first asked for, once:
 * finding the flattened regions looks at most lines more than once. A line on which no label of the
 * vocabulary is written has no pieces (there is nothing to cut).
 */
class TextLines {
  private readonly compacts: (string | undefined)[] = [];
  private readonly pieceLists: (Piece[] | undefined)[] = [];
  constructor(readonly lines: string[]) {}
  /** Line `i`'s compact text (0-based `i`). */
  compact(i: number): string {
    return (this.compacts[i] ??= compactText(this.lines[i]!));
  }
  /** Line `i`'s pieces (0-based `i`), the line alone. */
  pieces(i: number): Piece[] {
    return (this.pieceLists[i] ??= mayHoldLabel(this.compact(i), VOCABULARY)
      ? splitPieces(charsOf([{ text: this.lines[i]!, line: i + 1 }]), VOCABULARY)
      : []);
  }
}

interface Region {
  first: number;
  last: number;
  /** `pageTurn`: the line continues the one before it over a preview's page break (its `2、` taken off). */
  lines: { text: string; line: number; pageTurn?: boolean }[];
  /** Rows on lines of their own, cells glued within a line: the line breaks are no cell separators. */
  gluedLines?: boolean;
}

/** The flattened regions of a text: a flattened line and the page-numbered lines that continue it. */
function regionsOf(text: TextLines): Region[] {
  const { lines } = text;
  const regions: Region[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length < MIN_LENGTH || line.includes('\t')) continue;
    if (labelCount(text.pieces(i)) < MIN_LABELS) continue;
    const region: Region = { first: i + 1, last: i + 1, lines: [{ text: line, line: i + 1 }] };
    let j = i + 1;
    for (;;) {
      while (j < lines.length && lines[j]!.trim() === '') j++;
      if (j >= lines.length) break;
      if (PAGE_MARK.test(lines[j]!)) {
        region.lines.push({ text: lines[j]!.replace(PAGE_MARK, ''), line: j + 1, pageTurn: true });
        region.last = j + 1;
        j++;
        continue;
      }
      const broken = brokenCellLines(text, region.last);
      if (broken === 0) break;
      for (let k = region.last; k < region.last + broken; k++) region.lines.push({ text: lines[k]!, line: k + 1 });
      region.last += broken;
      j = region.last;
    }
    // The first line's own page number (`1、…`) when the next ones carry theirs.
    if (region.lines.length > 1) region.lines[0]!.text = region.lines[0]!.text.replace(PAGE_MARK, '');
    regions.push(region);
    i = region.last - 1;
  }
  return regions;
}

/**
 * How many lines right after line `last` (1-based) continue its flattened table where an OCR broke a
 * cell over lines (`…自治区补助300万元` / `259.45万元` / `86.5%市县资金年度总体目标…`): the lines
 * up to the last flattened one (long, with many labels) in the run of non-blank lines after it, when
 * the lines between are short. 0 when there is none.
 */
function brokenCellLines(text: TextLines, last: number): number {
  const { lines } = text;
  let count = 0;
  for (let k = last; k < lines.length && lines[k]!.trim() !== '' && !PAGE_MARK.test(lines[k]!); k++) {
    const line = lines[k]!;
    if (line.length >= MIN_LENGTH && !line.includes('\t') && labelCount(text.pieces(k)) >= MIN_LABELS) count = k - last + 1;
    else if (line.length >= MIN_LENGTH) break;
  }
  return count;
}

/**
 * The characters of a glued region's lines, a page turn beside a figure joining its two lines with
 * nothing between them: the preview broke the text where its page ended, and a digit on either side
 * is one number broken (`…完成10` / `2、0%100%10`: 100%) or a cell glued to the next as everywhere
 * in the text (`取得2018-2022` / `2、监测资料` is one name; a number's end is a place to cut anyway),
 * never a space inside a cell. Other line breaks stay (charsOf): between two texts the break may
 * be all that separates two cells (`…安全性` / `3、高高`); a page turn's is a form feed, which a cell
 * running over it drops (`音响、` / `2、灯光、道具…` is 音响、灯光、道具…).
 */
function overPageTurns(lines: Region['lines']): FlatChar[] {
  return lines.flatMap((l, k) => {
    const chars = charsOf([l]);
    const before = lines[k - 1]?.text.trimEnd().at(-1) ?? '';
    const besideFigure = l.pageTurn === true && (/[\d.%‰]/u.test(before) || /^\s*[\d.%‰]/u.test(l.text));
    // Elsewhere a page turn is a form feed: a place to cut like any line break, and inside a cell nothing (cellText).
    return k > 0 && !besideFigure ? [{ ch: l.pageTurn === true ? '\f' : '\n', line: l.line }, ...chars] : chars;
  });
}

/** Whether a label on the line is glued to the text after it (`转移支付(项目)名称车辆购置税…`). */
function gluedLabel(pieces: Piece[]): boolean {
  return pieces.some((p, k) => p.kind === 'label' && pieces[k + 1]?.kind === 'text' && !pieces[k + 1]!.spacedBefore);
}

/** The record name labels of every template (项目名称 …). */
const NAME_LABELS = new LabelSet(TEMPLATES.flatMap((t) => t.nameLabels));

/** A line that opens the notes under a table. */
const NOTES = /^\s*(注|说明|备注|填表说明|填报说明)\s*([:：]|$)/u;

/** How many lines with a label glued to its value make a table of short lines flattened. */
const MIN_GLUED_LINES = 3;

/**
 * A table whose rows stand on short lines of their own but whose cells were glued within each
 * line (`年度资金总额:40004000100%`): from the first line where a record's name label is glued to
 * its value to the last line that carries a label, when at least MIN_GLUED_LINES lines glue a
 * label to a value and the lines carry MIN_LABELS labels. Read as one flattened region.
 */
function gluedLineRegions(text: TextLines, taken: Set<number>): Region[] {
  const { lines } = text;
  const regions: Region[] = [];
  for (let i = 0; i < lines.length; i++) {
    // (A line whose cells are separated by tabs has none glued.)
    if (taken.has(i + 1) || lines[i]!.includes('\t')) continue;
    // A line without a name label written on it opens no region (its label pieces are parts of its compact text).
    if (!NAME_LABELS.occursIn(text.compact(i))) continue;
    const first = text.pieces(i);
    if (!first.some((p, k) => p.kind === 'label' && NAME_LABELS.has(p.norm) && first[k + 1]?.kind === 'text' && !first[k + 1]!.spacedBefore))
      continue;
    let last = i;
    let glued = 0;
    let labels = 0;
    for (let j = i; j < lines.length && !taken.has(j + 1); j++) {
      // The notes under a table (注:…, 说明, 备注) end it: the lines before them are its last rows, labelled or not.
      if (j > i && NOTES.test(lines[j]!)) {
        while (j - 1 > last && lines[j - 1]!.trim() === '') j--;
        last = j - 1;
        break;
      }
      const pieces = text.pieces(j);
      // The next record's name starts a region of its own.
      if (j > i && pieces.some((p) => p.kind === 'label' && NAME_LABELS.has(p.norm))) break;
      if (labelCount(pieces) === 0) continue;
      last = j;
      labels += labelCount(pieces);
      if (gluedLabel(pieces)) glued++;
    }
    if (glued < MIN_GLUED_LINES || labels < MIN_LABELS) continue;
    const region: Region = { first: i + 1, last: last + 1, lines: [], gluedLines: true };
    for (let j = i; j <= last; j++) region.lines.push({ text: lines[j]!, line: j + 1 });
    regions.push(region);
    i = last;
  }
  return regions;
}

/**
 * The template whose name label and recognising labels the pieces carry; else, as the template
 * reader takes a record cut before its recognising labels (byFundingHeader), the one whose name
 * label, funding heading and more than three of its funding columns they carry, the most of them.
 */
function templateOf(pieces: Piece[]): Template | null {
  const labels = pieces.filter((p) => p.kind === 'label').map((p) => p.norm);
  const has = (synonyms: readonly string[]) => {
    const set = labelSetOf(synonyms);
    return labels.some((l) => set.has(l));
  };
  // A template that may write no name label (a score sheet) opens at one of its start labels.
  const recognised = TEMPLATES.find((t) => (has(t.nameLabels) || has(t.startLabels ?? [])) && t.recognisedBy.every(has));
  if (recognised) return recognised;
  let best: Template | null = null;
  let most = 3;
  for (const t of TEMPLATES) {
    if (!has(t.nameLabels) || t.funding.heading.length === 0 || !has(t.funding.heading)) continue;
    const columns = t.funding.columns.filter((c) => has(c.labels)).length;
    if (columns > most) [best, most] = [t, columns];
  }
  return best;
}

/** Whether the flattening kept spaces between cells: most labels of the header rows stand after a space. */
function isSpaced(pieces: Piece[]): boolean {
  const labels = pieces.filter((p, k) => p.kind === 'label' && k > 0 && pieces[k - 1]!.kind === 'label');
  return labels.length > 0 && labels.filter((p) => p.spacedBefore).length * 2 > labels.length;
}

type RowCells = FlatCell[];

/**
 * The labels that open a template's indicator block: its heading, or where it has none over its
 * levels (a score sheet) its first column's (一级指标); none for a template of no indicator block
 * (a fund's evaluation, a report's figures).
 */
function indicatorHeadingOf(t: Template): readonly string[] {
  return t.indicators.heading.length > 0 ? t.indicators.heading : (t.indicators.columns[0]?.labels ?? []);
}

/**
 * The pieces of a flattened region as the template reads them: its own labels (and the level words)
 * stand as labels, everything else — other templates' labels included — is text, joined to the text
 * before it.
 */
export function ownPieces(pieces: Piece[], t: Template): Piece[] {
  const set = (labels: readonly string[]) => new LabelSet(labels);
  const own = set(labelsOf(t));
  const level = set([...LEVEL_WORDS, ...(t.levelWords ?? [])]);
  const merged: Piece[] = [];
  const fundingRowLabel = set(t.funding.rows.flatMap((r) => r.labels));
  let fundingSeen = false;
  let indicatorsSeen = false;
  const ownLevels = set(t.levelWords ?? []);
  const totalRow = t.total.inHeader ? set([]) : set(t.total.labels);
  // (A header that lost its heading — garbled, or set elsewhere — opens the block at its level columns: 二级指标 三级指标 ….)
  const opensIndicators = set([
    ...indicatorHeadingOf(t),
    ...t.indicators.columns.filter((c) => c.role === 'level1' || c.role === 'level2' || c.role === 'name').flatMap((c) => c.labels),
  ]);
  const list = withOwnEnds(pieces, own);
  const foreignChain = chainedByForeignLabel(list, t, (q) => own.has(q.norm) || level.has(q.norm));
  for (const [k, p] of list.entries()) {
    if (p.kind === 'label' && set(t.funding.heading).has(p.norm)) fundingSeen = true;
    if (p.kind === 'label' && opensIndicators.has(p.norm)) indicatorsSeen = true;
    // A funding row's label before the funding block is a word of a name (…补助地方资金(普通省道…)); the
    // template's own level words (项目绩效) and its total row's label (合计) before the indicator block are words of the prose.
    const isOwn =
      p.kind === 'label' &&
      (own.has(p.norm) || level.has(p.norm)) &&
      !foreignChain.has(k) &&
      (fundingSeen || !fundingRowLabel.has(p.norm)) &&
      (indicatorsSeen || !(ownLevels.has(p.norm) || totalRow.has(p.norm)));
    const prev = merged.at(-1);
    if (isOwn) merged.push(p);
    // A funding header without its heading opens the block as its heading does (src/readers/flatHeadlessFunding.ts).
    if (isOwn && endsHeadlessFundingHeader(merged, t)) fundingSeen = true;
    if (isOwn) continue;
    if (prev && prev.kind === 'text') {
      const chars = [...prev.chars, ...(p.spacedBefore ? [{ ch: ' ', line: p.line }] : []), ...p.chars];
      merged[merged.length - 1] = {
        ...prev,
        text: chars
          .map((c) => c.ch)
          .join('')
          .trim(),
        norm: '',
        chars,
      };
    } else merged.push({ ...p, kind: 'text' });
  }
  return merged;
}

/**
 * The column labels that stood as labels only beside another template's label (src/readers/flatPieces.ts
 * takes a column label only right after a label or right before one): `预算资金执行率 90% 100% 10`, an
 * indicator of a 项目自评表, is 预算资金 (a label of the 部门整体支出 form) and 执行率. Another
 * template's label is text here, so a column label glued after it with no label after it is a word of
 * that text too. Their places in `pieces`.
 */
function chainedByForeignLabel(pieces: Piece[], t: Template, isOwn: (label: Piece) => boolean): Set<number> {
  const columns = new LabelSet(columnLabelsOf(t));
  const out = new Set<number>();
  pieces.forEach((p, k) => {
    const before = pieces[k - 1];
    const after = pieces[k + 1];
    if (p.kind !== 'label' || !columns.has(p.norm) || p.spacedBefore) return;
    if (before?.kind !== 'label' || isOwn(before) || after?.kind === 'label') return;
    out.add(k);
  });
  return out;
}

/** Reads one flattened region (its pieces as ownPieces gives them) into rows of cells, by the template's labels. */
function rowsOf(merged: Piece[], t: Template, spaced: boolean): RowCells[] {
  const set = (labels: readonly string[]) => new LabelSet(labels);
  const level = set([...LEVEL_WORDS, ...(t.levelWords ?? [])]);
  const ownLevels = set(t.levelWords ?? []);
  const fundingHeading = set(t.funding.heading);
  const fundingColumns = t.funding.columns.map((c) => ({ role: c.role, set: set(c.labels) }));
  const fundingSkip = set(t.funding.skip ?? []);
  const fundingRows = t.funding.rows.map((r) => ({ role: r.role, set: set(r.labels) }));
  const indicatorHeading = set(indicatorHeadingOf(t));
  const indicatorColumns = t.indicators.columns.map((c) => ({ role: c.role, set: set(c.labels) }));
  /** The column of the 一级指标's weight after it (Template.levelWeightLabels: 自评权重), none elsewhere. */
  const levelWeight = set(t.levelWeightLabels ?? []);
  const total = set(t.total.labels);
  const columnLabel = set(columnLabelsOf(t));

  const bodyRules = {
    stop: (q: Piece) => q.kind === 'label' && !level.has(q.norm) && !indicatorHeading.has(q.norm) && !columnLabel.has(q.norm),
    level,
    heading: indicatorHeading,
    column: columnLabel,
    textLevel: ownLevels,
    weightedLevels: t.weightedLevels === true,
    // A form that weighs its 一级指标 in a column of their own (江西's 自评权重) fills its 二级指标 on every row that
    // opens one: text after no 二级指标 word starts with a 二级指标 of no vocabulary glued to the name
    // (`管理指标30预算编审管理完整、准确率100%…`), which no cut can tell apart. It is reported, not cut.
    level2First: (t.levelWeightLabels ?? []).length > 0,
  };

  const rows: RowCells[] = [];
  const cellOf = (p: Piece): FlatCell => ({ text: p.text, line: p.line, ...(p.garbled ? { label: p.norm } : {}) });
  let fundingRoles: FundingRole[] = [];
  let headingWeight: number | null = null;
  let inYuan = false;
  let totalAmounts: Partial<Record<FundingRole, string>> | null = null;
  /** The total row when its figures could not be cut: its place among the rows and its text (for flatMergedTail.ts). */
  let uncutTotal: { row: number; chars: FlatChar[] } | null = null;
  let indicatorRoles: IndicatorRole[] = [];

  let i = 0;
  const next = () => merged[i + 1];
  while (i < merged.length) {
    const p = merged[i]!;
    if (p.kind === 'text') {
      rows.push([cellOf(p)]);
      i++;
      continue;
    }
    // An indicator header a spreadsheet preview scattered among its first rows' cells (src/readers/flatScatteredHeader.ts).
    const scattered =
      indicatorRoles.length === 0 && !fundingHeading.has(p.norm) && !indicatorHeading.has(p.norm)
        ? scatteredIndicatorHeader(merged, i, indicatorColumns, spaced)
        : null;
    if (scattered) {
      rows.push(scattered.labels.map(cellOf), ...scattered.displaced);
      indicatorRoles = scattered.roles;
      merged[scattered.body] = scattered.rows;
      i = indicatorBody(merged, scattered.body, indicatorRoles, spaced, rows, bodyRules);
      continue;
    }
    // An indicator header whose heading was lost (garbled, or set elsewhere) opens the block at its first column label:
    // a level label with the level columns and a 指标值 or 得分 column after it, or its first two column labels (一级指标 二级指标).
    const headless =
      !fundingHeading.has(p.norm) &&
      !indicatorHeading.has(p.norm) &&
      indicatorRoles.length === 0 &&
      (headlessIndicatorHeader(merged, i, indicatorColumns, levelWeight) || opensIndicatorHeader(merged, i, indicatorColumns, levelWeight));
    // A funding header whose heading is not written opens the block at its first column label (flatHeadlessFunding.ts).
    const headlessFunding = fundingRoles.length === 0 && !fundingHeading.has(p.norm) && opensHeadlessFunding(merged, i, t);
    if (fundingHeading.has(p.norm) || indicatorHeading.has(p.norm) || headless || headlessFunding) {
      const funding = fundingHeading.has(p.norm) || headlessFunding;
      // Where the first column label is the heading, it is a column too.
      const headingIsColumn = !funding && !headless && t.indicators.heading.length === 0;
      if (funding && !headlessFunding)
        putBackFundingRow(merged, i, {
          column: (q) => fundingColumns.some((c) => c.set.has(q.norm)),
          row: (q) => fundingRows.some((r) => r.set.has(q.norm)),
        });
      const header: RowCells = headless || headlessFunding ? [] : [cellOf(p)];
      const columns = funding ? fundingColumns : indicatorColumns;
      const roles: string[] = headingIsColumn ? [t.indicators.columns[0]!.role] : [];
      let k = headless || headlessFunding ? i : i + 1;
      for (; k < merged.length; k++) {
        const q = merged[k]!;
        if (q.kind === 'text') {
          if (roles.length > 0 && isDebris(q, merged[k + 1])) continue;
          const unread = roles.length > 0 ? unreadColumn(q, roles.at(-1)!, merged[k + 1], columns, roles) : null;
          if (!unread) break;
          roles.push(unread.role);
          header.push({ ...cellOf(q), label: unread.label });
          continue;
        }
        // The column of the 一级指标's weight (自评权重) is passed over: the rows do not cut its figure apart.
        if (!funding && levelWeight.has(q.norm)) continue;
        const column = columns.find((c) => c.set.has(q.norm) && !roles.includes(c.role));
        if (column) roles.push(column.role);
        else if (!(funding && fundingSkip.has(q.norm))) break;
        header.push(cellOf(q));
      }
      rows.push(header);
      i = k;
      if (funding) {
        fundingRoles = roles as FundingRole[];
        const w = headlessFunding ? null : splitWeight(p.norm).weight;
        headingWeight = w ? Number(w.replace('分', '')) : null;
        inYuan = !headlessFunding && /\(元\)/.test(p.norm);
        continue;
      }
      // A heading repeated at a page break inside the indicator rows (with no columns) is passed over.
      if (roles.length === 0 && indicatorRoles.length > 0) continue;
      indicatorRoles = roles as IndicatorRole[];
      i = indicatorBody(merged, i, indicatorRoles, spaced, rows, bodyRules);
      continue;
    }
    const fundingRow = fundingRows.find((r) => r.set.has(p.norm));
    if (fundingRow && fundingRoles.length > 0) {
      const value = next()?.kind === 'text' ? next()! : null;
      i += value ? 2 : 1;
      if (!value) {
        rows.push([cellOf(p)]);
        continue;
      }
      if (spaced) {
        rows.push([cellOf(p), ...wordsOf(value.chars)]);
        continue;
      }
      const isTotal = fundingRow.role === 'total';
      // Without a note column the row is its figures: text after them is the next thing written (a garbled heading).
      const figuresEnd = fundingRoles.includes('note') ? value.chars.length : leadingFigures(value.chars);
      const after = value.chars.slice(figuresEnd);
      const options = {
        mayOmit: isTotal ? (['note'] as FundingRole[]) : [...t.funding.subRowMayOmit, 'note' as const],
        total: isTotal ? null : totalAmounts,
        headingWeight,
        inYuan,
      };
      let cut = cutFundingRow(value.chars.slice(0, figuresEnd), fundingRoles, options);
      // More than one cut of the total row: the one whose amount the breakdown after it states, if one alone is.
      const stated = isTotal && cut.reason === MORE_THAN_ONE_CUT ? statedWholeAmounts(textOf(after)) : [];
      if (stated.length > 0) {
        const confirmed = cutFundingRow(value.chars.slice(0, figuresEnd), fundingRoles, { ...options, statedWhole: stated });
        if (confirmed.cells) cut = confirmed;
      }
      if (cut.cells && isTotal) {
        totalAmounts = {};
        cut.cells.forEach((c, k) => (totalAmounts![fundingRoles[k]!] = c.text));
      }
      const wholeText = textOf(after).trim() === '';
      // The columns merged over the rows, printed once after the sub-row (src/readers/flatMergedTail.ts): the total row's.
      const tail = !isTotal && !cut.cells && uncutTotal && wholeText ? mergedTail(uncutTotal.chars, value.chars, fundingRoles) : null;
      if (tail && uncutTotal) {
        rows[uncutTotal.row]!.push(...tail);
        const amounts = value.chars.slice(0, value.chars.length - tail.map((c) => c.text).join('').length);
        rows.push([cellOf(p), { text: textOf(amounts).trim(), line: amounts[0]!.line }]);
        uncutTotal = null;
        continue;
      }
      if (isTotal) uncutTotal = !cut.cells && wholeText ? { row: rows.length, chars: value.chars } : null;
      rows.push([cellOf(p), ...(cut.cells ?? [cellOf(value)])]);
      const rest = after
        .map((c) => c.ch)
        .join('')
        .trim();
      if (cut.cells && rest !== '') rows.push([{ text: rest, line: after.find((c) => c.ch.trim() !== '')!.line }]);
      continue;
    }
    if (total.has(p.norm) && indicatorRoles.length > 0) {
      const value = next()?.kind === 'text' ? next()! : null;
      i += value ? 2 : 1;
      const first = indicatorRoles.findIndex((r) => r === 'weight' || r === 'score');
      const under = first < 0 ? [] : indicatorRoles.slice(first);
      const cells = value ? cutTotalRow(trimNumbers(value.chars), under) : null;
      rows.push(value ? [cellOf(p), ...(cells ?? [cellOf(value)])] : [cellOf(p)]);
      continue;
    }
    // A total in the header (自评得分 98) is its figure: text glued after it is the next thing written (财政审核评分 …).
    if (total.has(p.norm) && t.total.inHeader && next()?.kind === 'text') {
      const value = next()!;
      const figures = leadingFigures(value.chars);
      // (A score may be written with its unit: 项目总得分99分.)
      const end = figures > 0 && value.chars[figures]?.ch === '分' ? figures + 1 : figures;
      const figure = value.chars.slice(0, end);
      const after = value.chars.slice(end);
      i += 2;
      if (end === 0 || after.every((c) => c.ch.trim() === '')) {
        rows.push([cellOf(p), cellOf(value)]);
        continue;
      }
      rows.push([cellOf(p), { text: textOf(figure), line: figure[0]!.line }]);
      rows.push([{ text: textOf(after), line: after.find((c) => c.ch.trim() !== '')!.line }]);
      continue;
    }
    // A label and its value (项目名称 …, 主管部门 …), or a label alone (预期目标 实际完成情况).
    const value = next()?.kind === 'text' ? next()! : null;
    rows.push(value ? [cellOf(p), cellOf(value)] : [cellOf(p)]);
    i += value ? 2 : 1;
  }
  return rows;
}

/**
 * Another template's label that ends in one of this template's (项目主管部门 where this one has
 * 主管部门: `…学生资助项目主管部门湖北省教育厅`) is the words before it and this template's label.
 */
function withOwnEnds(pieces: Piece[], own: LabelSet): Piece[] {
  return pieces.flatMap((p): Piece[] => {
    if (p.kind !== 'label' || own.has(p.norm)) return [p];
    const base = splitWeight(p.norm).base;
    for (let cut = 1; cut < base.length; cut++) {
      const tail = p.norm.slice(cut);
      if (!own.has(tail)) continue;
      // The characters of the words before it (spaces inside the label passed over).
      let seen = 0;
      let k = 0;
      while (k < p.chars.length && seen < cut) if (!/\s/u.test(p.chars[k++]!.ch)) seen++;
      const head = p.chars.slice(0, k);
      const rest = p.chars.slice(k);
      const text = (chars: FlatChar[]) =>
        chars
          .map((c) => c.ch)
          .join('')
          .trim();
      return [
        { kind: 'text', text: text(head), norm: text(head), chars: head, line: p.line, spacedBefore: p.spacedBefore },
        { ...p, text: text(rest), norm: tail, chars: rest, line: rest[0]?.line ?? p.line, spacedBefore: /\s/u.test(head.at(-1)?.ch ?? '') },
      ];
    }
    return [p];
  });
}

/**
 * Whether the labels from `at` on are an indicator header without its heading: three labels or more
 * in a row, each a column of its own, that open with the levels (see opensWithLevels).
 */
function headlessIndicatorHeader(pieces: Piece[], at: number, columns: { role: IndicatorRole; set: LabelSet }[], levelWeight: LabelSet): boolean {
  const roles: IndicatorRole[] = [];
  for (let k = at; k < pieces.length && pieces[k]!.kind === 'label'; k++) {
    if (roles.length === 1 && levelWeight.has(pieces[k]!.norm)) continue;
    const column = columns.find((c) => c.set.has(pieces[k]!.norm) && !roles.includes(c.role));
    if (!column) break;
    roles.push(column.role);
  }
  return roles.length >= 3 && opensWithLevels(roles);
}

/** A short fragment with no Chinese before a label, among header labels, is OCR debris (`执行率(B/A1得分`, `调整预算数,A、全年执行数`). */
function isDebris(q: Piece, next: Piece | undefined): boolean {
  return q.kind === 'text' && q.text.length <= 6 && !/\p{Script=Han}/u.test(q.text) && next?.kind === 'label';
}

/** Whether the pieces from i open an indicator header without its heading: its first two column labels (一级指标 二级指标). */
function opensIndicatorHeader(pieces: Piece[], i: number, columns: { set: LabelSet }[], levelWeight: LabelSet): boolean {
  const [first, second] = columns;
  // (The 一级指标's weight column may stand between them: 分解目标 自评权重 二级指标.)
  const j = pieces[i + 1]?.kind === 'label' && levelWeight.has(pieces[i + 1]!.norm) ? i + 2 : i + 1;
  return !!first && !!second && first.set.has(pieces[i]!.norm) && pieces[j]?.kind === 'label' && second.set.has(pieces[j]!.norm);
}

/** The longest unrecognised header cell taken for a column by its place (see unreadColumn). */
const MAX_UNREAD_LABEL = 8;

/**
 * A header cell the OCR garbled beyond recognition (`考值参分`), standing between two column labels
 * that the template lists with exactly one column between them — a column not found yet — is that
 * column: its place says which, as a column label's place does in any header. Anything else is not
 * a header cell.
 */
function unreadColumn<Role extends string>(
  q: Piece,
  previous: string,
  next: Piece | undefined,
  columns: { role: Role; set: LabelSet }[],
  found: string[],
): { role: Role; label: string } | null {
  if (q.text.length > MAX_UNREAD_LABEL || !/^\p{Script=Han}+$/u.test(q.text) || next?.kind !== 'label') return null;
  const before = columns.findIndex((c) => c.role === previous);
  const after = columns.findIndex((c) => c.set.has(next.norm) && !found.includes(c.role));
  const between = columns[before + 1];
  if (before < 0 || after !== before + 2 || !between || found.includes(between.role)) return null;
  return { role: between.role, label: between.set.synonyms[0]! };
}

/** How many cells may stand out of order between a funding heading and its column labels. */
const MAX_DISPLACED = 6;

/**
 * A PDF flattened in the order of its text boxes may put other cells between the funding heading
 * and its column labels (`预算执行情况(万元)(20分) 一级指标 年度财政资金总额 项目实施单位 投资促进中心
 * 预算数(A) 执行数(B) … 285.84 285.84 100% 20`). When exactly one funding row label stands among
 * them and figures follow the column labels, the row label is put back before its figures and the
 * other cells after them, in place; anything else is left as written.
 */
function putBackFundingRow(pieces: Piece[], heading: number, is: { column: (p: Piece) => boolean; row: (p: Piece) => boolean }): void {
  const first = heading + 1;
  if (pieces[first] === undefined || (pieces[first]!.kind === 'label' && is.column(pieces[first]!))) return;
  let k = first;
  while (k < pieces.length && k - first <= MAX_DISPLACED && !(pieces[k]!.kind === 'label' && is.column(pieces[k]!))) k++;
  if (k >= pieces.length || k - first > MAX_DISPLACED) return;
  const displaced = pieces.slice(first, k);
  const rows = displaced.filter((q) => q.kind === 'label' && is.row(q));
  let end = k;
  while (end < pieces.length && ((pieces[end]!.kind === 'label' && is.column(pieces[end]!)) || isDebris(pieces[end]!, pieces[end + 1])))
    end++;
  const figures = pieces[end];
  if (rows.length !== 1 || end - k < 2 || !figures || figures.kind !== 'text' || !/^[\d.]/.test(figures.text)) return;
  const others = displaced.filter((q) => q !== rows[0]);
  pieces.splice(first, end + 1 - first, ...pieces.slice(k, end), rows[0]!, figures, ...others);
}

/**
 * How many characters at the start of a row's text are its figures (digits, `.`, `%`, dashes for
 * blank cells, and the unit 万元 written right after an amount: `10萬10萬100%20`).
 */
function leadingFigures(chars: FlatChar[]): number {
  let end = 0;
  for (;;) {
    const ch = chars[end]?.ch;
    if (ch === undefined) break;
    if (/[\d.%\s—–\-/]/u.test(ch)) end++;
    else if (/[万萬]/u.test(ch) && /\d/.test(chars[end - 1]?.ch ?? '')) end += chars[end + 1]?.ch === '元' ? 2 : 1;
    else break;
  }
  return end;
}

/** The text of characters, trimmed. */
function textOf(chars: FlatChar[]): string {
  return chars
    .map((c) => c.ch)
    .join('')
    .trim();
}

/** The figures at the start of a 总分 row's text (a note may follow them: `总分100100注:1.…`). */
function trimNumbers(chars: FlatChar[]): FlatChar[] {
  return chars.slice(0, leadingFigures(chars));
}

const SHAPES: Record<IndicatorRole, Shape> = {
  level1: 'text',
  level2: 'text',
  name: 'name',
  comparator: 'comparator',
  target: 'value',
  unit: 'unit',
  actual: 'value',
  weight: 'score',
  score: 'score',
  convertedScore: 'score',
  note: 'text',
  description: 'text',
  scoringRule: 'text',
  polarity: 'text',
};

/**
 * The indicator rows after the header, up to the next label that is not a level word: cut at the
 * level words, each stretch between two of them cut into whole rows of the columns after 三级指标
 * (a 偏差原因 left blank may be missing at a row's end). Returns where the rows stop.
 */
function indicatorBody(
  pieces: Piece[],
  from: number,
  roles: IndicatorRole[],
  spaced: boolean,
  rows: RowCells[],
  is: {
    stop: (p: Piece) => boolean;
    level: LabelSet;
    heading: LabelSet;
    column: LabelSet;
    textLevel: LabelSet;
    weightedLevels: boolean;
    level2First?: boolean;
  },
): number {
  const rest = roles.filter((r) => r !== 'level1' && r !== 'level2');
  const shapes = rest.map((r) => SHAPES[r]);
  const weight = rest.indexOf('weight');
  const score = rest.indexOf('score');
  let lead: Piece[] = [];
  // An indicator weighs no more than its level (数量指标(10分)): the innermost level that states its weight.
  const levelWeight = (): number | null => {
    const w = lead.map((p) => splitWeight(p.norm).weight).filter((x): x is string => x !== null);
    return w.length > 0 ? Number(w.at(-1)!.replace('分', '')) : null;
  };
  const schemaOf = (bound: number | null) => ({
    shapes,
    mayOmitLast: rest.at(-1) === 'note' ? 1 : 0,
    check: (cells: string[]) =>
      (weight < 0 || score < 0 || !cells[score] || Number(cells[score]) <= Number(cells[weight])) &&
      (weight < 0 || bound === null || !cells[weight] || Number(cells[weight]) <= bound),
  });
  let i = from;
  const leadCells = () => lead.map((p): FlatCell => ({ text: p.text, line: p.line }));
  const flushLead = () => {
    if (lead.length > 0) rows.push(leadCells());
    lead = [];
  };
  /** The last stretch: its characters, the level cells before it, where its rows (or its text, not cut) start. */
  let previous: { chars: FlatChar[]; lead: FlatCell[]; at: number } | null = null;
  const push = (cells: FlatCell[][], leading: FlatCell[]) =>
    cells.forEach((row, k) => rows.push([...(k === 0 ? leading : []), ...pad(row, rest.length)]));
  for (; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (is.stop(p)) break;
    if (p.kind === 'label') {
      // A header repeated at a page break is no row.
      if (is.heading.has(p.norm) || is.column.has(p.norm)) continue;
      // 一级 then 二级 open a row together; a 二级 word with no rows under it stands alone.
      if (lead.length >= 2 || (lead.length === 1 && !LEVEL1.has(lead[0]!.norm))) flushLead();
      lead.push(p);
      continue;
    }
    if (is.level2First && !lead.some((q) => LEVEL2.has(q.norm))) {
      rows.push([...leadCells(), { text: p.text, line: p.line }]);
      lead = [];
      continue;
    }
    const schema = schemaOf(levelWeight());
    // A weighted level cell (项目效益(35分)) closing the text opens the rows after it.
    const { body, level } = is.weightedLevels ? trailingLevel(p) : { body: p.chars, level: null };
    let first = true;
    for (const numbered of numberedRows(body, lead.at(-1)?.norm.endsWith('指标') ?? false)) {
      // A level's weight written apart from its word (`…完善5(10)绩效目标`, a PDF's text boxes): no cell of the rows.
      const part = withoutWeight(numbered);
      if (part.length === 0) continue;
      const cut = cutRows(part, schema, spaced);
      const lead0 = first ? leadCells() : [];
      // A level word that is a word of texts too (the template's levelWords), followed by text that makes no whole rows,
      // was a word of the stretch before it (`…可衡量5合理性5` 绩效目标 `设定符合实际需求,合理可行5`): the two are cut as one,
      // when that fits one way only.
      const word = first && lead.length === 1 && is.textLevel.has(lead[0]!.norm) ? lead[0]! : null;
      first = false;
      const joined =
        cut.ways === 0 && !spaced && word && previous ? cutRows([...previous.chars, ...word.chars, ...part], schema, false) : null;
      if (joined?.ways === 1 && previous) {
        rows.splice(previous.at);
        push(joined.rows, previous.lead);
        previous = null;
        continue;
      }
      previous = { chars: part, lead: lead0, at: rows.length };
      if (cut.ways === 1) {
        push(cut.rows, lead0);
        continue;
      }
      // No way at all, and a figure the OCR wrote in letters at the row's end (`2370人IO`): the row, that cell blank and reported.
      const lettered = spaced || cut.ways > 0 ? null : rowsWithLetteredFigure(part, schema);
      if (lettered) {
        lettered.rows.forEach((cells, k) => rows.push([...(k === 0 ? lead0 : []), ...pad(cells, rest.length)]));
        rows.push([lettered.garbled]);
        continue;
      }
      // No way at all, and comparators the OCR garbled (`8工5%工5%8`): the rows, those cells blank and reported.
      const comparators = spaced || cut.ways > 0 ? null : rowsWithGarbledComparators(part, schema);
      if (comparators) {
        comparators.rows.forEach((cells, k) => rows.push([...(k === 0 ? lead0 : []), ...pad(cells, rest.length)]));
        for (const cell of comparators.garbled) rows.push([cell]);
        continue;
      }
      // No way at all, and a figure the OCR garbled: the rows before the garbled one, when they cut one way only.
      const head = spaced || cut.ways > 1 ? null : rowsBeforeGarbled(part, schema);
      if (head) {
        head.rows.forEach((cells, k) => rows.push([...(k === 0 ? lead0 : []), ...pad(cells, rest.length)]));
        const left = part.slice(head.end);
        rows.push([{ text: textOf(left), line: left.find((c) => c.ch.trim() !== '')?.line ?? p.line }]);
        continue;
      }
      // Otherwise the rows (or the names) every way agrees on, the rest uncut for the template reader to report.
      if (cut.certain.length > 0)
        cut.certain.forEach(({ cells }, k) =>
          rows.push([...(k === 0 ? lead0 : []), ...(cells.some((c) => c.uncut) ? cells : pad(cells, rest.length))]),
        );
      else rows.push([...lead0, { text: textOf(part), line: part.find((c) => c.ch.trim() !== '')?.line ?? p.line }]);
    }
    lead = level ? [level] : [];
  }
  flushLead();
  return i;
}

/** A level's weight standing alone (`(10)`, `(10分)`), as a PDF's text boxes leave it. */
const LONE_WEIGHT = /\(\s*\d+(?:\.\d+)?\s*分?\s*\)\s*$/u;

/** A stretch without a level's weight at its end (`…完善5(10)`): the weight belongs to the level word after it. */
function withoutWeight(chars: FlatChar[]): FlatChar[] {
  const text = chars.map((c) => c.ch).join('');
  const m = LONE_WEIGHT.exec(text);
  // Only where a figure or a word ends before it (a stretch that is only the weight is dropped whole).
  return m ? chars.slice(0, [...text.slice(0, m.index)].length) : chars;
}

/** A weighted level cell at the end of a text (`…14.8万元3项目效益(35分)`): the text before it, and the cell as a piece. */
function trailingLevel(p: Piece): { body: FlatChar[]; level: Piece | null } {
  const written = p.chars.map((c) => c.ch).join('');
  const m = /\p{Script=Han}{2,8}\(\d+(?:\.\d+)?分\)\s*$/u.exec(written);
  // (Characters are code points here: Han and ASCII are one each.)
  if (!m || m.index === 0 || [...written].length !== p.chars.length) return { body: p.chars, level: null };
  const chars = p.chars.slice(m.index);
  const text = textOf(chars);
  return {
    body: p.chars.slice(0, m.index),
    level: { kind: 'label', text, norm: text.normalize('NFKC'), chars, line: chars[0]!.line, spacedBefore: false },
  };
}

/**
 * A template's numbering cell before an indicator (指标1, 指标2：; 任务1: as 江西's 整体支出绩效自评表 numbers its
 * 三级指标, 蚕茶卫生院): where a row starts. Its number
 * stops before a year that opens the name (`指标12021年11月30日前完成…` is 指标1 | 2021年…).
 */
const NUMBERING = /指标(?:\d+?(?=(?:19|20)\d{2}年)|\d+)[:：]?|任务\d+[:：]/gu;
/** The first numbering cell's 1 after a level word that took its 指标 (`生态效益指标1病害减少…`: 生态效益 | 指标1). */
const SHARED_FIRST_NUMBER = /^\s*1(?=\p{Script=Han})/u;

/**
 * The rows of a text as its numbering cells (`指标1免费发放原原种…指标2企业自行采购…`) divide it: each
 * part whole rows; the numbering cells are no cells, and a numbering cell with nothing after it
 * (`指标2:`) is a template row left unfilled. `afterIndicatorWord`: the text follows a label ending
 * in 指标 (生态效益指标), which may have taken the 指标 of the first numbering cell.
 */
function numberedRows(chars: FlatChar[], afterIndicatorWord: boolean): FlatChar[][] {
  const written = chars.map((c) => c.ch).join('');
  if ([...written].length !== chars.length) return [chars];
  const parts: FlatChar[][] = [];
  const shared = afterIndicatorWord ? SHARED_FIRST_NUMBER.exec(written) : null;
  let from = shared ? shared[0].length : 0;
  for (const m of written.matchAll(NUMBERING)) {
    parts.push(chars.slice(from, m.index));
    from = m.index! + m[0].length;
  }
  parts.push(chars.slice(from));
  return parts.filter((part) => part.some((c) => c.ch.trim() !== ''));
}

/** OCR debris inside a figure: a Latin letter glued to a digit or point (`3M.8万元` for 14.8万元). */
const GARBLED_FIGURE = /[A-Za-z][\d.]|[\d.][A-Za-z]/;

/**
 * The rows before a row an OCR garbled (`…35万元3绿化、水电费等成本3M.8万元14.8万元3`): when the text
 * cuts no way as a whole and holds a garbled figure, the text up to where the garbled row's name
 * starts (the last letter after a figure before the debris) is cut alone; its rows are kept when
 * they cut one way only, and the garbled rest is reported. Null otherwise.
 */
function rowsBeforeGarbled(chars: FlatChar[], schema: RowSchema): { rows: FlatCell[][]; end: number } | null {
  const written = chars.map((c) => c.ch).join('');
  const garbled = GARBLED_FIGURE.exec(written);
  if (!garbled || [...written].length !== chars.length) return null;
  let end = garbled.index;
  while (end > 0 && !(/[\d%‰]/u.test(chars[end - 1]!.ch) && /\p{Script=Han}/u.test(chars[end]!.ch))) end--;
  if (end === 0) return null;
  const cut = cutRows(chars.slice(0, end), schema, false);
  return cut.ways === 1 ? { rows: cut.rows, end } : null;
}

/** A row with its blank trailing cells written out. */
function pad(cells: FlatCell[], width: number): FlatCell[] {
  const out = [...cells];
  while (out.length < width) out.push({ text: '', line: out.at(-1)?.line ?? 0 });
  return out;
}

/**
 * A cell's text as the table model keeps it: a page turn inside it (a form feed, overPageTurns)
 * is nothing, another line break one space.
 */
function cellText(text: string): string {
  return text.replace(/[ \t]*\f[ \t]*/gu, '').replace(/[ \t]*\n[ \t]*/gu, ' ');
}

function gridTable(rows: RowCells[]): Table {
  const tableRows: TableRow[] = rows.map((cells, r) => ({
    line: cells[0]!.line,
    cells: cells.map((c, col): TableCell => ({
      text: cellText(c.text),
      row: r,
      col,
      rowSpan: 1,
      colSpan: 1,
      at: { line: c.line },
      ...(c.label ? { label: c.label } : {}),
    })),
    ...(cells.at(-1)?.uncut ? { restUncut: true } : {}),
  }));
  const lines = rows.flat().map((c) => c.line);
  return { shape: 'grid', rows: tableRows, lineStart: Math.min(...lines), lineEnd: Math.max(...lines) };
}

/**
 * The blocks of a text with its flattened tables read: the lines of each flattened region become
 * one grid table (blocks of other lines are kept as `readBlocks` reads them). Null when the text
 * has no flattened table a template recognises.
 */
export function readFlatBlocks(text: string, readBlocks: (text: string) => Block[]): Block[] | null {
  const lines = text.split(/\r\n|\r|\n/);
  const tables: Table[] = [];
  const covered = new Set<number>();
  const textLines = new TextLines(lines);
  const flattened = regionsOf(textLines);
  const taken = new Set(flattened.flatMap((r) => r.lines.map((l) => l.line)));
  for (const region of [...flattened, ...gluedLineRegions(textLines, taken)]) {
    const chars = charsOf(region.lines);
    // (Lines are told flattened by their labels written right; their labels are then read OCR-tolerant.)
    const glued = splitPieces(chars, VOCABULARY, false, true);
    const spaced = !region.gluedLines && isSpaced(glued);
    const pieces = spaced ? splitPieces(chars, VOCABULARY, true) : splitPieces(overPageTurns(region.lines), VOCABULARY, false, true);
    const t = templateOf(pieces);
    if (!t) continue;
    const own = ownPieces(pieces, t);
    const rows = ((spaced ? readByBlocks(own, t) : null) ?? rowsOf(own, t, spaced)).filter((r) => r.some((c) => c.text !== ''));
    if (rows.length === 0) continue;
    tables.push(gridTable(rows));
    for (let l = region.first; l <= region.last; l++) covered.add(l);
  }
  if (tables.length === 0) return null;
  // The other lines read as usual (the flattened ones blanked, so that every line keeps its number).
  const rest = readBlocks(lines.map((l, k) => (covered.has(k + 1) ? '' : l)).join('\n'));
  const lineOf = (b: Block) => (b.kind === 'paragraph' ? b.paragraph.at.line : b.table.lineStart);
  const blocks: Block[] = [...rest, ...tables.map((table): Block => ({ kind: 'table', table }))];
  return blocks.sort((a, b) => lineOf(a) - lineOf(b));
}
