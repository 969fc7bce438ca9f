/**
 * A form that writes each 一级指标's weight in a column of its own right after it (江西's
 * 整体支出绩效自评表: 分解目标 / 自评权重 / 二级指标 / 三级指标 / 年度指标值 / 全年完成值 / 分值 / 得分, rows
 * `管理指标 | 30 | 预算编审管理 | 完整、准确率 | 100% | 100% | 4 | 4`, then `| | 预算执行管理 | …` under
 * it): the weight is joined into the level cell (`管理指标(30分)`, a weighted level, see
 * Template.weightedLevels) and the 自评权重 column taken out of the header and of every row, so the
 * rows are as wide as the template's columns. The form says so (Template.levelWeightLabels). Where
 * cells keep their places (grid rows), only where the block adds up: each level's weight is the sum
 * of the 分值 of its rows (its own row and the ones under it, up to the next level or the block's
 * end). Where cells are told apart only by lines, see joinInStream. A block that does not add up is
 * left as written: its rows, a cell too wide, are reported, never read from a shifted column.
 */
import { LabelSet, normalizeLabel } from './labels';
import type { Template } from './template';
import { joinedInto, type Token, type TokenStream } from './tokens';

const FIGURE = /^\d+(?:\.\d+)?$/;

interface Level {
  cell: Token;
  weight: Token;
  parts: number[];
}

/** The templates' level weight columns: the 一级指标 label, the weight column's after it, and the rows' 分值. */
interface Form {
  level: LabelSet;
  levelWeight: LabelSet;
  weight: LabelSet;
  /** Every column label of its indicator header. */
  header: LabelSet;
  total: LabelSet;
}

function columnsOf(templates: readonly Template[]): Form[] {
  return templates.flatMap((t) => {
    const labels = (role: string) => t.indicators.columns.filter((c) => c.role === role).flatMap((c) => c.labels);
    return t.levelWeightLabels
      ? [
          {
            level: new LabelSet(labels('level1')),
            levelWeight: new LabelSet(t.levelWeightLabels),
            weight: new LabelSet(labels('weight')),
            header: new LabelSet([...t.indicators.columns.flatMap((c) => c.labels), ...t.levelWeightLabels]),
            total: new LabelSet(t.total.labels),
          },
        ]
      : [];
  });
}

/**
 * The same where cells are told apart only by lines (one cell per line, blanks dropped): after the
 * header, the first cell and every later text cell followed by a figure and then by a text are
 * taken for a level and its weight, and joined only when the block opens with one and their weights
 * add up to the 分值 of the 总分 row (the first figure after its label). A row whose 得分 was left blank
 * (`… | 完成 | 5 | 个别未完成`) would pass for a level: its weight then spoils the sum, and nothing is joined.
 */
function joinInStream(ts: TokenStream, forms: Form[], joined: Map<number, Token>, absorbed: Set<number>): void {
  const cells = ts.tokens.filter((t) => t.row === null && t.norm !== '');
  for (let h = 0; h + 1 < cells.length; h++) {
    const form = forms.find((f) => f.level.has(cells[h]!.norm) && f.levelWeight.has(cells[h + 1]!.norm));
    if (!form) continue;
    let i = h + 2;
    while (i < cells.length && form.header.has(cells[i]!.norm)) i++;
    const levels: Level[] = [];
    let total: number | null = null;
    for (let k = i; k < cells.length; k++) {
      const c = cells[k]!;
      if (form.total.has(c.norm) || form.header.has(c.norm)) {
        const figure = form.total.has(c.norm) ? cells.slice(k + 1).find((x) => FIGURE.test(x.norm)) : undefined;
        total = figure ? Number(figure.norm) : null;
        break;
      }
      const weight = cells[k + 1];
      const after = cells[k + 2];
      if (FIGURE.test(c.norm) || !weight || !FIGURE.test(weight.norm) || (after && FIGURE.test(after.norm))) continue;
      if (levels.length === 0 && k !== i) break;
      levels.push({ cell: c, weight, parts: [] });
      k++;
    }
    if (levels.length === 0 || total === null) continue;
    if (Math.abs(levels.reduce((a, l) => a + Number(l.weight.norm), 0) - total) > 1e-6) continue;
    absorbed.add(cells[h + 1]!.index);
    for (const l of levels) join(l, joined, absorbed);
  }
}

function join(l: Level, joined: Map<number, Token>, absorbed: Set<number>): void {
  const text = `${l.cell.text.trim()}(${l.weight.norm}分)`;
  joined.set(l.cell.index, { ...l.cell, text, norm: normalizeLabel(text) });
  absorbed.add(l.weight.index);
}

export function joinLevelWeightColumn(ts: TokenStream, templates: readonly Template[]): TokenStream {
  const joined = new Map<number, Token>();
  const absorbed = new Set<number>();
  const forms = columnsOf(templates);
  if (forms.length === 0) return ts;
  ts.rows.forEach((header, h) => {
    const cells = header.map((k) => ts.tokens[k]!);
    const at = cells.findIndex((c) => forms.some((f) => f.level.has(c.norm)));
    const form = at < 0 ? undefined : forms.find((f) => f.level.has(cells[at]!.norm) && f.levelWeight.has(cells[at + 1]?.norm ?? ''));
    if (!form) return;
    const w = cells.findIndex((c, k) => k > at + 1 && form.weight.has(c.norm));
    if (w < 0) return;
    const levels: Level[] = [];
    const blanks: Token[] = [];
    for (let r = h + 1; r < ts.rows.length; r++) {
      const row = ts.rows[r]!.map((k) => ts.tokens[k]!);
      // The block ends at a row that is none of its own: too short, or written before the level column (总分 under the heading's cell).
      if (row.length <= w || row.slice(0, at).some((c) => c.norm !== '')) break;
      const level = row[at]!;
      const weight = row[at + 1]!;
      const part = row[w]!.norm;
      if (level.norm !== '' && FIGURE.test(weight.norm)) levels.push({ cell: level, weight, parts: [] });
      else if (level.norm === '' && weight.norm === '' && levels.length > 0) blanks.push(weight);
      else break;
      if (!FIGURE.test(part)) return;
      levels.at(-1)!.parts.push(Number(part));
    }
    if (levels.length === 0) return;
    const addsUp = (l: Level) => Math.abs(l.parts.reduce((a, b) => a + b, 0) - Number(l.weight.norm)) < 1e-6;
    if (!levels.every(addsUp)) return;
    absorbed.add(cells[at + 1]!.index);
    for (const b of blanks) absorbed.add(b.index);
    for (const l of levels) join(l, joined, absorbed);
  });
  joinInStream(ts, forms, joined, absorbed);
  return joinedInto(ts, joined, absorbed);
}
