/**
 * A figure in a report's prose against the same figure in its table (issue 12, kind NARRATIVE):
 * 001's department report says "自评表综合得分评价得分 94.99 分" where its table's scores add up to
 * 95.5, "预算总额：1693.24 万元" where the table says 1687.40, "⑥决算真实性（1分）" where the table
 * weighs it 2; 002's report says "弥补工伤保险基金缺口73万" where the goal's indicator says 730万.
 * A statement repeated with the same figure is listed once; one within the rounding either side
 * writes is ROUNDING. Scores, rates and the budget change a result (MAJOR); the split of the
 * budget and an indicator's figure do not (MINOR).
 */
import { LEVEL_ZH } from './arithmeticDiscrepancy';
import type { Discrepancy } from './discrepancyKinds';
import { fixed } from './numbers';
import {
  proseFigures,
  proseIndicatorFigure,
  proseIndicatorPoints,
  proseLevelScores,
  type ProseField,
  type SourceLine,
} from './proseFigures';
import { parseReportedValue } from './reportedValue';
import type { FirstLevel } from './ruleSet';

/** A table's figure: its value (a fraction for rates), as written, and its line. */
export interface TableFigure {
  value: number;
  raw: string;
  decimals: number;
  line: number;
}

export interface NarrativeIndicator {
  /** Its index among the record's indicators (the field `indicators[i]`). */
  index: number;
  name: string;
  weight: number | null;
  score: number | null;
  actual: string | null;
  line: number;
}

/** What the table of a project or department-wide evaluation says, for the prose to be read against. */
export interface NarrativeTable {
  figures: Partial<Record<ProseField, TableFigure | null>>;
  /** Σ reported scores of each first-level indicator (only where every indicator of it has one). */
  levels: Partial<Record<FirstLevel, TableFigure>>;
  indicators: NarrativeIndicator[];
}

const LABELS: Record<ProseField, [en: string, zh: string, severity: 'MAJOR' | 'MINOR']> = {
  totalScore: ['total score (自评得分)', '自评得分', 'MAJOR'],
  budgetScore: ['budget-execution score (预算执行得分)', '预算执行得分', 'MAJOR'],
  budget: ['budget (预算数)', '预算数', 'MAJOR'],
  executed: ['executed amount (执行数)', '执行数', 'MAJOR'],
  basicExpenditure: ['basic expenditure (基本支出)', '基本支出', 'MINOR'],
  projectExpenditure: ['project expenditure (项目支出)', '项目支出', 'MINOR'],
  executionRate: ['execution rate (执行率)', '执行率', 'MAJOR'],
};

type Listed = Discrepancy & { line: number };

/** Whether two figures differ, and if so whether only within the rounding of the coarser one. */
function compare(a: { value: number; decimals: number }, b: { value: number; decimals: number }): 'SAME' | 'ROUNDING' | 'DIFFERENT' {
  const diff = Math.abs(a.value - b.value);
  if (diff < 1e-9) return 'SAME';
  return diff <= 0.5 * 10 ** -Math.min(a.decimals, b.decimals) + 1e-9 ? 'ROUNDING' : 'DIFFERENT';
}

/** A name compared as text: whitespace, quotes and a leading year ("2023 年") dropped. */
export function plainName(s: string): string {
  return s
    .replace(/\s+/g, '')
    .replace(/[“”"‘’']/gu, '')
    .replace(/^(19|20)\d\d年度?/u, '');
}

function sameIndicator(prose: string, table: string): boolean {
  const [a, b] = [plainName(prose), plainName(table)];
  return a === b || (Math.min(a.length, b.length) >= 4 && (a.includes(b) || b.includes(a)));
}

function item(
  field: string,
  reported: string,
  computed: string,
  severity: Listed['severity'],
  line: number,
  en: string,
  zh: string,
): Listed {
  return { field, reported, computed, kind: 'NARRATIVE', severity, causedBy: null, message: en, messageZh: zh, line };
}

const ROUNDING_EN = ' The two agree within the rounding written.';
const ROUNDING_ZH = '两者在填列精度的舍入范围内一致。';

/** Each prose statement that disagrees with its table, once per field and stated figure. */
export function narrativeDiscrepancies(prose: readonly SourceLine[], table: NarrativeTable, fiscalYear: number | null): Listed[] {
  const out: Listed[] = [];
  const seen = new Set<string>();
  const once = (key: string) => (seen.has(key) ? false : (seen.add(key), true));

  for (const f of proseFigures(prose, fiscalYear)) {
    const t = table.figures[f.field];
    if (!t) continue;
    const how = compare(f, t);
    if (how === 'SAME' || !once(`${f.field}|${f.raw}`)) continue;
    const [en, zh, severity] = LABELS[f.field];
    const r = how === 'ROUNDING';
    out.push(
      item(
        f.field,
        f.raw,
        t.raw,
        r ? 'ROUNDING' : severity,
        f.line,
        `The report's prose states the ${en} as ${f.raw}; the table (line ${t.line}) gives ${t.raw}.${r ? ROUNDING_EN : ''}`,
        `报告正文所述${zh}为${f.raw}，表中（第${t.line}行）为${t.raw}。${r ? ROUNDING_ZH : ''}`,
      ),
    );
  }

  for (const s of proseLevelScores(prose, fiscalYear)) {
    const t = table.levels[s.level];
    if (!t) continue;
    const how = compare(s, t);
    if (how === 'SAME' || !once(`level|${s.level}|${s.raw}`)) continue;
    const r = how === 'ROUNDING';
    out.push(
      item(
        `levels[${s.level}].score`,
        s.raw,
        t.raw,
        r ? 'ROUNDING' : 'MAJOR',
        s.line,
        `The report's prose gives ${s.level.toLowerCase()} indicators (${LEVEL_ZH[s.level]}) ${s.raw} points; the table's scores for them add up to ${t.raw}.${r ? ROUNDING_EN : ''}`,
        `报告正文所述${LEVEL_ZH[s.level]}得分为${s.raw}分，表中各该指标得分合计为${t.raw}分。${r ? ROUNDING_ZH : ''}`,
      ),
    );
  }

  for (const p of proseIndicatorPoints(prose)) {
    const row = table.indicators.find((i) => sameIndicator(p.name, i.name));
    if (!row) continue;
    const name = plainName(row.name);
    for (const [what, stated, inTable, en, zh] of [
      ['weight', p.weight, row.weight, 'points (分值)', '分值'],
      ['score', p.score, row.score, 'score (得分)', '得分'],
    ] as const) {
      if (stated === null || inTable === null || Math.abs(stated - inTable) < 1e-9) continue;
      if (!once(`indicator|${row.index}|${what}`)) continue;
      // Full marks on both sides with two different weights: the score only follows the weight.
      const follows = what === 'score' && p.weight !== row.weight && p.score === p.weight && row.score === row.weight;
      const listed = item(
        `indicators[${row.index}].${what}`,
        String(stated),
        fixed(inTable, inTable % 1 === 0 ? 0 : 2),
        follows ? 'INFO' : 'MAJOR',
        p.line,
        `The report's prose gives "${name}" ${stated} as its ${en}; the table (line ${row.line}) gives ${inTable}.${follows ? ' Full marks either way: this follows from the points.' : ''}`,
        `报告正文所述指标“${name}”${zh}为${stated}分，表中（第${row.line}行）为${inTable}分。${follows ? '两处均为满分，随分值不同而不同。' : ''}`,
      );
      out.push(follows ? { ...listed, causedBy: `indicators[${row.index}].weight` } : listed);
    }
  }

  for (const row of table.indicators) {
    if (!row.actual) continue;
    const actual = parseReportedValue(row.actual);
    // A bound ("≥96%") is not a figure to compare a stated one with.
    if (actual.kind !== 'NUMBER' || actual.comparator !== 'EQ') continue;
    const stated = proseIndicatorFigure(prose, row.name);
    if (!stated) continue;
    const said = parseReportedValue(stated.raw);
    if (said.kind !== 'NUMBER' || (said.unit ?? '') !== (actual.unit ?? '')) continue;
    const numeral = /\d+(?:\.\d+)?/.exec(stated.raw)![0];
    const scale = said.value / Number(numeral) || 1;
    const diff = Math.abs(said.value - actual.value);
    if (diff < 1e-9 * Math.max(1, actual.value)) continue;
    const rounding = diff <= 0.5 * 10 ** -(numeral.split('.')[1]?.length ?? 0) * scale + 1e-9;
    // The same statement already read as another figure (预算执行率为 96.66%: the execution rate) is listed once.
    if (!once(`actual|${row.index}|${stated.raw}`) || out.some((d) => d.line === stated.line && d.reported === stated.raw)) continue;
    const name = plainName(row.name);
    out.push(
      item(
        `indicators[${row.index}].actual`,
        stated.raw,
        row.actual.replace(/\s+/g, ''),
        rounding ? 'ROUNDING' : 'MINOR',
        stated.line,
        `The report's prose states "${name}" as ${stated.raw}; the table (line ${row.line}) gives ${row.actual.replace(/\s+/g, '')}.${rounding ? ROUNDING_EN : ''}`,
        `报告正文所述“${name}”为${stated.raw}，表中（第${row.line}行）为${row.actual.replace(/\s+/g, '')}。${rounding ? ROUNDING_ZH : ''}`,
      ),
    );
  }
  return out.sort((a, b) => a.line - b.line);
}
