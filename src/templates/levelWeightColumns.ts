/**
 * A score sheet that gives each level a 分值 column of its own after it (海南's 绩效评价指标评分:
 * 一级指标 / 分值 / 二级指标 / 分值 / 三级指标 / 分值 / 得分, rows `项目决策 20 项目目标 4 目标内容 4 4`,
 * `决策过程 8 决策依据 3 3`, `决策程序 5 5`) is the sheet that writes the weight in the level cell
 * (`项目决策(20分)`, Template.weightedLevels): its header is read as 一级指标 / 二级指标 / 三级指标 /
 * 分值 / 得分 and each level joined with its weight. Where cells are told apart only by lines, a
 * level pair (a name and one figure) and an indicator row (a name and two) are told apart by the
 * figures alone, so an indicator whose score was left blank would pass for a level. They are
 * joined only when the sheet adds up: each 二级指标's weight the sum of its rows' weights, each
 * 一级指标's the sum of its 二级指标's — a 二级指标 cut off by the end of the text before its rows
 * excepted. A sheet that does not add up is left as written (its rows are reported, not guessed).
 *
 * A form that writes only each 一级指标's weight, in a column after it that it names (江西's
 * 整体支出绩效自评表: 分解目标 / 自评权重 / 二级指标 / 三级指标 / 年度指标值 / 全年完成值 / 分值 / 得分, rows
 * `管理指标 | 30 | 预算编审管理 | 完整、准确率 | 100% | 100% | 4 | 4`, then `| | 预算执行管理 | …` under
 * it; Template.levelWeightLabels): its level cells are joined the same way and the column taken out
 * of the header and of every row, so the rows are as wide as the template's columns — where cells
 * keep their places (grid rows), only where each level's weight is the sum of the 分值 of its rows
 * (its own row and the ones under it, up to the next level or the block's end — the rows under a
 * level and weight merged down over them have no cells of their own there); where cells are
 * told apart only by lines, see joinInStream. A block that does not add up is left as written: its
 * rows, a cell too wide, are reported, never read from a shifted column.
 */
import { LabelSet, normalizeLabel } from './labels';
import type { Template } from './template';
import { joinedInto, type Token, type TokenStream } from './tokens';

const HEADER = ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '得分'].map(normalizeLabel);
const FIGURE = /^\d+(?:\.\d+)?$/;
/** A 分值's figure, written bare or with its unit (9, 9分), or null. */
const scoreFigure = (norm: string): number | null => {
  const m = /^(\d+(?:\.\d+)?)分?$/.exec(norm);
  return m ? Number(m[1]) : null;
};
const TOTAL = new Set(['合计', '总分'].map(normalizeLabel));

interface Level {
  cell: Token;
  weight: Token;
  depth: 1 | 2;
  /** The weights under it: its 二级指标's (depth 1) or its rows' (depth 2). */
  parts: number[];
}

export function joinLevelWeights(ts: TokenStream): TokenStream {
  const cells = ts.tokens.filter((t) => t.norm !== '');
  const joined = new Map<number, Token>();
  const absorbed = new Set<number>();
  for (let h = 0; h + HEADER.length <= cells.length; h++) {
    if (!HEADER.every((label, k) => cells[h + k]!.norm === label)) continue;
    const levels = readLevels(cells, h + HEADER.length);
    if (!levels) continue;
    // The header's level weights are the level cells' now: 一级指标 / 二级指标 / 三级指标 / 分值 / 得分.
    absorbed.add(cells[h + 1]!.index).add(cells[h + 3]!.index);
    for (const l of levels) join(l, joined, absorbed);
  }
  return joinedInto(ts, joined, absorbed);
}

/** Whether weights add up to a total (to float noise: 0.1 + 0.2). */
function sumsTo(parts: number[], total: number): boolean {
  return Math.abs(parts.reduce((a, b) => a + b, 0) - total) < 1e-6;
}

/** The level cell written with its weight (`管理指标(30分)`), the weight's own cell absorbed. */
function join(l: { cell: Token; weight: Token }, joined: Map<number, Token>, absorbed: Set<number>): void {
  const text = `${l.cell.text.trim()}(${l.weight.norm}分)`;
  joined.set(l.cell.index, { ...l.cell, text, norm: normalizeLabel(text) });
  absorbed.add(l.weight.index);
}

/** The sheet's levels from `from` on, when its weights add up; null otherwise. */
function readLevels(cells: Token[], from: number): Level[] | null {
  const levels: Level[] = [];
  let i = from;
  let cut = false;
  for (;;) {
    const name = cells[i];
    // The sheet ends at its total, or where its cells stop being names and figures.
    if (!name || TOTAL.has(name.norm) || FIGURE.test(name.norm)) break;
    const weight = cells[i + 1];
    const next = cells[i + 2];
    if (!weight) {
      cut = i + 1 >= cells.length;
      break;
    }
    if (!FIGURE.test(weight.norm)) break;
    if (next && FIGURE.test(next.norm)) {
      // An indicator row: name, 分值, 得分.
      const under = levels.at(-1);
      if (!under || under.depth !== 2) return null;
      under.parts.push(Number(weight.norm));
      i += 3;
      continue;
    }
    // A level: a 一级指标 when a level follows it at once, else a 二级指标.
    const opensLevel1 =
      next !== undefined && cells[i + 3] !== undefined && FIGURE.test(cells[i + 3]!.norm) && !FIGURE.test(cells[i + 4]?.norm ?? '');
    if (opensLevel1) levels.push({ cell: name, weight, depth: 1, parts: [] });
    else {
      const parent = [...levels].reverse().find((l) => l.depth === 1);
      if (!parent) return null;
      parent.parts.push(Number(weight.norm));
      levels.push({ cell: name, weight, depth: 2, parts: [] });
    }
    if (next === undefined) cut = true;
    i += 2;
  }
  if (levels.length === 0) return null;
  const last2 = levels.filter((l) => l.depth === 2).at(-1);
  const addsUp = (l: Level) => {
    // The last 二级指标, its rows cut off by the end of the text, cannot be checked.
    if (cut && l === last2 && l.parts.length === 0) return true;
    return sumsTo(l.parts, Number(l.weight.norm));
  };
  return levels.every(addsUp) ? levels : null;
}

/** A 一级指标 of a named weight column, its weight, and the 分值 of its rows. */
interface ColumnLevel {
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

/** The forms of a template list, made once per list (the importer passes the same list for every document). */
const formsCache = new WeakMap<readonly Template[], Form[]>();

function columnsOf(templates: readonly Template[]): Form[] {
  let forms = formsCache.get(templates);
  if (!forms) formsCache.set(templates, (forms = formsOf(templates)));
  return forms;
}

function formsOf(templates: readonly Template[]): Form[] {
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
    const levels: ColumnLevel[] = [];
    let total: number | null = null;
    for (let k = i; k < cells.length; k++) {
      const c = cells[k]!;
      if (form.total.has(c.norm) || form.header.has(c.norm)) {
        const figure = form.total.has(c.norm) ? cells.slice(k + 1).find((x) => scoreFigure(x.norm) !== null) : undefined;
        total = figure ? scoreFigure(figure.norm) : null;
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
    if (!sumsTo(levels.map((l) => Number(l.weight.norm)), total)) continue;
    absorbed.add(cells[h + 1]!.index);
    for (const l of levels) join(l, joined, absorbed);
  }
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
    const levels: ColumnLevel[] = [];
    const blanks: Token[] = [];
    // The cells of a row under the header's level, weight and 分值 cells: by grid column, where a
    // level and its weight merged down over their rows leave the rows under them without those cells.
    const [levelCol, weightCol, partCol] = [cells[at]!.col, cells[at + 1]!.col, cells[w]!.col];
    const gridded = levelCol !== undefined && weightCol !== undefined && partCol !== undefined;
    for (let r = h + 1; r < ts.rows.length; r++) {
      const row = ts.rows[r]!.map((k) => ts.tokens[k]!);
      const inColumn = (col: number | undefined, k: number) => (gridded ? row.find((c) => c.col === col) : row[k]);
      // The block ends at a row that is none of its own: too short, or written before the level column (总分 under the heading's cell).
      const before = gridded ? row.filter((c) => c.col! < levelCol) : row.slice(0, at);
      const partCell = inColumn(partCol, w);
      if (!partCell || before.some((c) => c.norm !== '')) break;
      const level = inColumn(levelCol, at);
      const weight = inColumn(weightCol, at + 1);
      // Covered by the cells merged down from above — or, a page on (a PDF's part of the table), left blank under them.
      const covered = gridded && (!level || level.norm === '') && (!weight || weight.norm === '');
      if (level && weight && level.norm !== '' && FIGURE.test(weight.norm)) levels.push({ cell: level, weight, parts: [] });
      else if ((covered || (level?.norm === '' && weight?.norm === '')) && levels.length > 0) {
        if (weight) blanks.push(weight);
      } else break;
      const part = scoreFigure(partCell.norm);
      if (part === null) return;
      levels.at(-1)!.parts.push(part);
    }
    if (levels.length === 0) return;
    if (!levels.every((l) => sumsTo(l.parts, Number(l.weight.norm)))) return;
    absorbed.add(cells[at + 1]!.index);
    for (const b of blanks) absorbed.add(b.index);
    for (const l of levels) join(l, joined, absorbed);
  });
  joinInStream(ts, forms, joined, absorbed);
  return joinedInto(ts, joined, absorbed);
}
