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
 */
import { normalizeLabel } from './labels';
import { joinedInto, type Token, type TokenStream } from './tokens';

const HEADER = ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '得分'].map(normalizeLabel);
const FIGURE = /^\d+(?:\.\d+)?$/;
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
    for (const l of levels) {
      const text = `${l.cell.text.trim()}(${l.weight.norm}分)`;
      joined.set(l.cell.index, { ...l.cell, text, norm: normalizeLabel(text) });
      absorbed.add(l.weight.index);
    }
  }
  return joinedInto(ts, joined, absorbed);
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
    return Math.abs(l.parts.reduce((a, b) => a + b, 0) - Number(l.weight.norm)) < 1e-6;
  };
  return levels.every(addsUp) ? levels : null;
}
