/**
 * The tail of a project score sheet (项目支出绩效评分表) whose head the excerpt cut off, in the text
 * as a PDF's text boxes leave it: the levels' weights in brackets beside their words, each row its
 * name and two figures, up to the 总分 row (`(10 分)科学决策必要性 (政策依据) 5 5 可行性 (政策完善) 5 5
 * (10 ) 绩效目标明确性 5 5 …`). No header says which figure is which, and a weight stands beside two
 * level words, so a row is read only where the arithmetic of the sheet confirms it: its levels
 * (the score sheet's own words, Template.levelWords) take their weights in the one way — each
 * weight before its word, or each after it — in which a 二级 level's rows' first figures add up to
 * that level's weight; those rows are read as 分值 then 得分 (a score no more than its weight). A
 * level whose rows do not add up (a row of one figure, an optional row) is reported, as is a lone
 * figure after a level's rows (a page number among the cells); nothing else is read.
 */
import type { ParsedIndicator, ParsedProjectEvaluation, Unread } from './parsed';
import { headlessProject } from './headlessProject';
import { escapeRegExp } from './labels';
import type { Template } from './template';
import { SCORESHEET_LEVEL1, SCORESHEET_LEVEL2 } from './vocabulary';

/** A level's weight: `(10 分)`, `(20 )`, OCR letters inside (`( 特性指标70 分)`). */
const WEIGHT = /\(\s*(?:\p{Script=Han}{1,4}\s*)?(\d+(?:\.\d+)?)\s*分?\s*\)/uy;
/** A level's weight whose opening bracket was lost (`20 分)`), where a piece starts. */
const WEIGHT_OPEN_LOST = /(\d+(?:\.\d+)?)\s*分\)/uy;
/** A figure standing on its own: spaces or the end after it. */
const FIGURE = /(\d+(?:\.\d+)?)(?=\s|$)/uy;

type Piece =
  | { kind: 'weight'; value: number; line: number }
  | { kind: 'level'; text: string; level: 1 | 2; line: number }
  | { kind: 'figure'; text: string; line: number }
  | { kind: 'name'; text: string; line: number }
  | { kind: 'total'; line: number };

interface Row {
  name: string;
  weight: string;
  score: string;
  line: number;
}

interface Group {
  level1: string | null;
  level2: Piece & { kind: 'level' };
  rows: Row[];
  /** Pieces that make no row (a lone figure, a name with one figure). */
  loose: Piece[];
  /** A lone figure after the rows (a page number). */
  trailing: Piece[];
}

/** The project score sheet template: the one whose level words are the score sheet's (一级 and 二级). */
function sheetOf(templates: readonly Template[]): Template | null {
  const words = [...SCORESHEET_LEVEL1, ...SCORESHEET_LEVEL2];
  return templates.find((t) => t.kind === 'project' && t.weightedLevels && words.every((w) => t.levelWords?.includes(w))) ?? null;
}

/** The text (lines before `beforeLine`) cut into pieces: weights, level words, figures, totals, names between them. */
function piecesOf(text: string, beforeLine: number, level1: string[], level2: string[], totals: string[]): Piece[] {
  const lines = text.split('\n').slice(0, Math.max(0, beforeLine - 1));
  const body = lines.join('\n');
  const lineAt: number[] = [];
  lines.forEach((l, k) => {
    for (let i = 0; i <= l.length; i++) lineAt.push(k + 1);
  });
  const words = [...level1.map((w) => ({ w, level: 1 as const })), ...level2.map((w) => ({ w, level: 2 as const }))].sort(
    (a, b) => b.w.length - a.w.length,
  );
  const totalPattern = new RegExp(`(?:${totals.map(escapeRegExp).join('|')})(?![\\p{Script=Han}])`, 'uy');
  const pieces: Piece[] = [];
  let name = '';
  let nameLine = 0;
  const flush = () => {
    if (name.trim() !== '') pieces.push({ kind: 'name', text: name.trim().replace(/\s+/gu, ' '), line: nameLine });
    name = '';
  };
  let i = 0;
  // A piece starts after a space, a weight, a level word or a figure: a level word or figure inside a name is the name's own.
  let atStart = true;
  while (i < body.length) {
    const ch = body[i]!;
    if (/\s/u.test(ch)) {
      if (name !== '') name += ch;
      i++;
      atStart = true;
      continue;
    }
    WEIGHT.lastIndex = i;
    WEIGHT_OPEN_LOST.lastIndex = i;
    const w = WEIGHT.exec(body) ?? (atStart ? WEIGHT_OPEN_LOST.exec(body) : null);
    if (w) {
      flush();
      pieces.push({ kind: 'weight', value: Number(w[1]), line: lineAt[i]! });
      i += w[0].length;
      atStart = true;
      continue;
    }
    if (atStart) {
      const level = words.find(({ w: word }) => body.startsWith(word, i));
      totalPattern.lastIndex = i;
      FIGURE.lastIndex = i;
      // (At a piece's start a name so far ends in the space that started it: a weight, a level word or a
      // figure flushes it. The name is not asked: it runs on through every space and tab after it, a
      // string built a character at a time, which V8 flattened at each `/\s$/.test(name)` — a table whose
      // merged cells left 10,000 empty places a row took minutes to read.)
      const figure = FIGURE.exec(body);
      if (level) {
        flush();
        pieces.push({ kind: 'level', text: level.w, level: level.level, line: lineAt[i]! });
        i += level.w.length;
        continue;
      }
      if (totalPattern.test(body)) {
        flush();
        pieces.push({ kind: 'total', line: lineAt[i]! });
        return pieces;
      }
      if (figure) {
        flush();
        pieces.push({ kind: 'figure', text: figure[1]!, line: lineAt[i]! });
        i += figure[0].length;
        continue;
      }
    }
    if (name === '') nameLine = lineAt[i]!;
    name += ch;
    atStart = false;
    i++;
  }
  return [];
}

/** The groups of rows under each 二级 level, with each level's weight taken before (`before`) or after its word. */
function groupsOf(pieces: Piece[], before: boolean): { groups: Group[]; weights: Map<Piece, number> } {
  const weights = new Map<Piece, number>();
  pieces.forEach((p, k) => {
    if (p.kind !== 'level') return;
    const w = pieces[before ? k - 1 : k + 1];
    if (w?.kind === 'weight') weights.set(p, w.value);
  });
  const groups: Group[] = [];
  let level1: string | null = null;
  let group: Group | null = null;
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!;
    if (p.kind === 'level') {
      if (p.level === 1) level1 = p.text;
      group = null;
      if (p.level === 2) {
        group = { level1, level2: p, rows: [], loose: [], trailing: [] };
        groups.push(group);
      }
      continue;
    }
    if (!group || p.kind === 'weight' || p.kind === 'total') continue;
    const [a, b] = [pieces[k + 1], pieces[k + 2]];
    if (p.kind === 'name' && a?.kind === 'figure' && b?.kind === 'figure') {
      group.rows.push({ name: p.text, weight: a.text, score: b.text, line: p.line });
      k += 2;
    } else if (p.kind === 'figure' && group.rows.length > 0 && group.loose.length === 0 && pieces[k + 1]?.kind !== 'figure') {
      // A lone figure after the rows, before the next level's weight or word: no cell of a row.
      const next = pieces[k + 1];
      if (next === undefined || next.kind === 'weight' || next.kind === 'level' || next.kind === 'total') group.trailing.push(p);
      else group.loose.push(p);
    } else group.loose.push(p);
  }
  return { groups, weights };
}

/** Whether a group's rows are whole and their 分值 add up to its level's weight, each 得分 no more than its 分值. */
function confirmed(group: Group, weight: number | undefined): boolean {
  if (weight === undefined || group.rows.length === 0 || group.loose.length > 0) return false;
  const sum = group.rows.reduce((s, r) => s + Number(r.weight), 0);
  return Math.abs(sum - weight) < 1e-9 && group.rows.every((r) => Number(r.score) <= Number(r.weight));
}

export function readHeadlessScoresheet(
  text: string,
  beforeLine: number,
  templates: readonly Template[],
): { project: ParsedProjectEvaluation; unread: Unread[] } | null {
  const sheet = sheetOf(templates);
  if (!sheet) return null;
  const pieces = piecesOf(text, beforeLine, SCORESHEET_LEVEL1, SCORESHEET_LEVEL2, sheet.total.labels);
  const first = pieces.findIndex((p) => p.kind === 'weight' || p.kind === 'level');
  if (first < 0) return null;
  const body = pieces.slice(first);
  // The weights go one way only: the way in which some level's rows add up, and not the other.
  const ways = [true, false].map((before) => {
    const { groups, weights } = groupsOf(body, before);
    return { groups, ok: groups.filter((g) => confirmed(g, weights.get(g.level2))) };
  });
  const fitting = ways.filter((w) => w.ok.length > 0);
  if (fitting.length !== 1) return null;
  const { groups, ok } = fitting[0]!;
  const line = body[0]!.line;
  const indicators: ParsedIndicator[] = ok.flatMap((g) =>
    g.rows.map((r) => ({
      level1: g.level1,
      level2: g.level2.text,
      name: r.name,
      description: null,
      scoringRule: null,
      target: null,
      actual: null,
      weight: { text: r.weight, line: r.line },
      score: { text: r.score, line: r.line },
      deviationNote: null,
      lines: { start: r.line, end: r.line },
    })),
  );
  const unread: Unread[] = [];
  for (const g of groups) {
    if (!ok.includes(g)) {
      const cells = [...g.rows.flatMap((r) => [r.name, r.weight, r.score]), ...g.loose.map((p) => ('text' in p ? p.text : ''))];
      unread.push({
        line: g.level2.line,
        text: `${g.level2.text} | ${cells.join(' | ')}`,
        reason: `score sheet level 「${g.level2.text}」: its rows do not make whole rows whose 分值 add up to its weight: not read`,
      });
    }
    for (const p of g.trailing)
      if (p.kind === 'figure')
        unread.push({ line: p.line, text: p.text, reason: 'a lone figure after a level’s rows (a page number?): no cell of the sheet' });
  }
  const t = sheet;
  const last = indicators.at(-1)?.lines.end ?? line;
  const problems = [
    { line, message: `the tail of a ${t.titles[0]} (its head cut off): rows read where their levels' weights confirm them` },
    ...unread.map((u) => ({ line: u.line, message: u.reason })),
  ];
  const project = headlessProject(t, { start: line, end: last }, indicators, problems);
  return indicators.length > 0 ? { project, unread } : null;
}
