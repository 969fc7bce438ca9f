/**
 * Figures a report states in its prose (自评报告, 自评结果), each with the line it is written on:
 * the total score ("自评表综合得分评价得分 94.99 分"), a level's score ("产出指标得分 50"), the budget
 * score ("项目资金执行得分 10 分"), amounts ("预算总额：1693.24 万元", "基本支出 690.71 万元"), the
 * execution rate ("预算执行率为 96.66%"), an indicator's points ("⑥决算真实性（1分）：…得1分") and an
 * indicator's figure ("弥补工伤保险基金缺口73万"). Prose broken over several lines (002) is read as
 * one text. A sentence about another year ("2020 年度该项目资金执行率 100%，自评得分 98 分",
 * "上年…") is not about this report and is skipped. Pure: the narrative check compares these
 * with the tables (narrativeDiscrepancy.ts).
 */
import { decimalsWritten } from './numbers';
import { FIRST_LEVEL_WORDS } from './projectScore';
import type { FirstLevel } from './ruleSet';

export type ProseField = 'totalScore' | 'budgetScore' | 'budget' | 'executed' | 'basicExpenditure' | 'projectExpenditure' | 'executionRate';

export interface ProseFigure {
  field: ProseField;
  /** In the unit of the table's figure: points, 万元, or a fraction for rates (96.66% → 0.9666). */
  value: number;
  /** As written: "94.99", "1693.24万元", "96.66%". */
  raw: string;
  /** Decimals written, in the unit of `value` (a rate "96.66%" has 4). */
  decimals: number;
  line: number;
}

export interface ProseLevelScore {
  level: FirstLevel;
  value: number;
  raw: string;
  decimals: number;
  line: number;
}

/** "①年度履职目标相关性（3分）：…该项得分3分": an indicator's points and score as the prose states them. */
export interface ProseIndicatorPoints {
  name: string;
  weight: number;
  score: number | null;
  line: number;
}

export interface SourceLine {
  line: number;
  text: string;
}

/** The prose as one text without whitespace, with the line each character came from. */
interface Joined {
  readonly text: string;
  readonly lineAt: readonly number[];
}

/** Full-width signs folded to ASCII, whitespace dropped; circled numbers (①) kept. */
function fold(s: string): string {
  return s
    .replace(/\s+/g, '')
    .replace(/％/g, '%')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/：/g, ':')
    .replace(/，/g, ',')
    .replace(/；/g, ';');
}

/** Each prose's joined text, by the lines array: the readings of one document ask for it once per indicator. */
const JOINED = new WeakMap<readonly SourceLine[], Joined>();

/** The prose as one text (whitespace dropped, full-width signs folded), with the line of each character. */
export function joinProse(lines: readonly SourceLine[]): Joined {
  let joined = JOINED.get(lines);
  if (!joined) JOINED.set(lines, (joined = Object.freeze(joinLines(lines))));
  return joined;
}

function joinLines(lines: readonly SourceLine[]): Joined {
  let text = '';
  const lineAt: number[] = [];
  for (const { line, text: t } of lines) {
    const f = fold(t);
    text += f;
    for (let k = 0; k < f.length; k++) lineAt.push(line);
  }
  return { text, lineAt };
}

/** Whether the sentence around `at` speaks of another year than `fiscalYear` (上年, 2020年度). */
function otherYear(text: string, at: number, fiscalYear: number | null): boolean {
  const start = Math.max(text.lastIndexOf('。', at), text.lastIndexOf(';', at)) + 1;
  const sentence = text.slice(start, at);
  if (/上年|上一年|去年|以前年度/u.test(sentence)) return true;
  if (fiscalYear === null) return false;
  return [...sentence.matchAll(/(20\d\d)年/gu)].some((m) => Number(m[1]) !== fiscalYear && Number(m[1]) !== fiscalYear + 1);
}

const NUM = String.raw`(\d+(?:\.\d+)?)`;

/** Each field with the phrases that state it, the figure in group 1. */
const PATTERNS: ReadonlyArray<[ProseField, RegExp, 'points' | 'wan' | 'rate']> = [
  [
    'totalScore',
    new RegExp(String.raw`(?<!指标)(?:自评得分|自评总分|综合得分|评价得分|自评分数|自评分)(?:为|是)?:?${NUM}分`, 'gu'),
    'points',
  ],
  ['budgetScore', new RegExp(String.raw`(?:项目资金执行|预算执行率|预算执行)得分(?:为)?${NUM}`, 'gu'), 'points'],
  ['budget', new RegExp(String.raw`(?:预算总额|预算数|财政预算|部门预算)(?:为|是)?:?${NUM}万元?`, 'gu'), 'wan'],
  ['executed', new RegExp(String.raw`(?:执行数|实际支出总额|全年执行)(?:为|是)?:?${NUM}万元?`, 'gu'), 'wan'],
  ['basicExpenditure', new RegExp(String.raw`基本支出(?:总额)?(?:为)?:?${NUM}万元`, 'gu'), 'wan'],
  ['projectExpenditure', new RegExp(String.raw`(?<!个[^,。;]{0,4})项目支出(?:总额)?(?:共计|为)?:?${NUM}万元`, 'gu'), 'wan'],
  ['executionRate', new RegExp(String.raw`(?<!采购)执行率(?:为|是|达)?:?${NUM}%`, 'gu'), 'rate'],
];

/** The figures stated in `lines` (several statements of the same field are all returned, in order). */
export function proseFigures(lines: readonly SourceLine[], fiscalYear: number | null): ProseFigure[] {
  const { text, lineAt } = joinProse(lines);
  const out: ProseFigure[] = [];
  for (const [field, pattern, unit] of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const at = m.index! + m[0].indexOf(m[1]!);
      if (otherYear(text, m.index!, fiscalYear)) continue;
      const n = Number(m[1]);
      if (unit === 'points' && n > 100) continue;
      const decimals = decimalsWritten(m[1]!) + (unit === 'rate' ? 2 : 0);
      out.push({
        field,
        value: unit === 'rate' ? n / 100 : n,
        raw: unit === 'rate' ? `${m[1]}%` : unit === 'wan' ? `${m[1]}万元` : m[1]!,
        decimals,
        line: lineAt[at]!,
      });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

/** The scores of first-level indicators stated in `lines`: "产出指标得分 50", "效益指标得满分 25.5 分", "满意度指标 10 分" after a 得分. */
export function proseLevelScores(lines: readonly SourceLine[], fiscalYear: number | null): ProseLevelScore[] {
  const { text, lineAt } = joinProse(lines);
  const out: ProseLevelScore[] = [];
  const words = FIRST_LEVEL_WORDS.map(([w]) => w).join('|');
  const scored = new RegExp(String.raw`(${words})指标(?:自评)?(?:得满分|得分)(?:为)?${NUM}`, 'gu');
  // "…产出指标得分 50 分，效益指标得分 30 分，满意度指标 10 分": the last level without 得分, in a list of scores.
  const listed = new RegExp(String.raw`得分${NUM}分?,(${words})指标${NUM}分`, 'gu');
  const push = (word: string, figure: string, index: number) => {
    if (otherYear(text, index, fiscalYear)) return;
    const level = FIRST_LEVEL_WORDS.find(([w]) => w === word)![1];
    out.push({ level, value: Number(figure), raw: figure, decimals: decimalsWritten(figure), line: lineAt[index]! });
  };
  for (const m of text.matchAll(scored)) push(m[1]!, m[2]!, m.index! + m[0].lastIndexOf(m[2]!));
  for (const m of text.matchAll(listed)) push(m[2]!, m[3]!, m.index! + m[0].lastIndexOf(m[3]!));
  return out.sort((a, b) => a.line - b.line);
}

/** Indicators the prose gives points and a score: "②工作任务科学性（3分）：…根据评价标准该项得分3分。" */
export function proseIndicatorPoints(lines: readonly SourceLine[]): ProseIndicatorPoints[] {
  const { text, lineAt } = joinProse(lines);
  const out: ProseIndicatorPoints[] = [];
  const item = /([①-⑳])([^()①-⑳:。]{2,30})\((\d+(?:\.\d+)?)分\)/gu;
  const items = [...text.matchAll(item)];
  items.forEach((m, k) => {
    const end = k + 1 < items.length ? items[k + 1]!.index! : Math.min(text.length, m.index! + 400);
    const body = text.slice(m.index! + m[0].length, end);
    const score = /(?:该项|指标)(?:指标)?得(?:满分|分)?(\d+(?:\.\d+)?)分/u.exec(body);
    out.push({ name: m[2]!, weight: Number(m[3]), score: score ? Number(score[1]) : null, line: lineAt[m.index!]! });
  });
  return out;
}

/** A figure stated right after an indicator's name in `lines` ("弥补工伤保险基金缺口73万"), or null. */
export function proseIndicatorFigure(lines: readonly SourceLine[], name: string): { raw: string; line: number } | null {
  const key = fold(name);
  if (key.length < 4) return null;
  const { text, lineAt } = joinProse(lines);
  let from = 0;
  for (;;) {
    const at = text.indexOf(key, from);
    if (at < 0) return null;
    const rest = text.slice(at + key.length);
    const m = /^(?:为|达到|达|共)?(\d+(?:\.\d+)?(?:万人次|万人|万元|万|亿元|人次|人|例|件|份|个|家|%))/u.exec(rest);
    if (m) return { raw: m[1]!, line: lineAt[at + key.length + m[0].indexOf(m[1]!)]! };
    from = at + key.length;
  }
}
