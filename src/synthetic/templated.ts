/**
 * A synthetic evaluation in any template's layout (模板版式): for a template of
 * src/templates/definitions/, a small document written with that template's own labels — its
 * title with the year, the name / 主管部门 / 实施单位 rows, the funding block with the columns the
 * template has, the goals, the indicator block with the columns it has (指标性质 / 指标值 / 度量单位
 * split where the template is recognised by 指标性质), the total row where it has one — as a
 * tab-separated text, rendered like any generated document (./render). Beside the text, the
 * figures it was written with, in the terms of the reading report (bench/reading.ts): what a
 * reader must read back from any rendering of it.
 *
 * The figures come from the same generator as the province's documents (./documents.ts); a
 * department-wide template gets a department's figures (基本支出 and 项目支出 apart).
 */
import type { Column, FundingRole, IndicatorRole, Template } from '../templates/template';
import { LEVEL1, makeProject, num, pct, projectNames, type GeneratedDocument, type Indicator, type Project } from './documents';
import type { SyntheticOrganization } from './province';
import type { Random } from './random';

/** A record as written, in the reading report's terms: null where the template has no such figure. */
export interface WrittenRecord {
  kind: 'project' | 'department';
  name: string;
  fiscalYear: number;
  initialBudget: number | null;
  budget: number | null;
  executed: number | null;
  executionRate: number | null;
  budgetScore: number | null;
  totalScore: number | null;
  indicators: { name: string; target: string | null; actual: string | null; weight: number | null; score: number | null }[];
}

/** A generated document (its text: tab-separated rows, one table per record) and what it says. */
export interface TemplatedDocument extends GeneratedDocument {
  templateId: string;
  records: WrittenRecord[];
}

/**
 * Whether the generator writes a template's form: one with a name cell and an indicator block —
 * not Sichuan's fund evaluation form, named only by its title and with no indicators.
 */
export function generates(t: Template): boolean {
  return t.nameLabels.length > 0 && t.indicators.columns.length > 0;
}

const BUDGET_WEIGHT = 10;
/** A blank cell written as the published forms write it, so that a row keeps its width when blanks are dropped (one cell per line). */
const BLANK = '—';

/** The written rate `93.5%` as the fraction a reader gives back. */
const fraction = (written: string) => Number(written.replace('%', '')) / 100;

/** The columns a form writes: the template's, less notes, and less a column another one's label extends (年初预算数 beside 年初预算数(A)). */
function writtenColumns<R extends string>(columns: { role: R; labels: string[] }[], leaveOut: readonly R[]): { role: R; label: string }[] {
  const firsts = columns.map((c) => c.labels[0]!);
  return columns
    .filter((c) => !leaveOut.includes(c.role))
    .filter((c) => !firsts.some((f) => f !== c.labels[0] && f.startsWith(c.labels[0]!)))
    .map((c) => ({ role: c.role, label: c.labels[0]! }));
}

/** `≥95%` → `≥` `95` `%` (`100%`: `=`); a target that is not a number (及时, 提高) has no comparator or unit. */
function splitTarget(text: string): { comparator: string | null; value: string; unit: string | null } {
  const m = /^([≥≤=<>]?)\s*(\d+(?:\.\d+)?)\s*(.*)$/.exec(text);
  return m ? { comparator: m[1] || '=', value: m[2]!, unit: m[3] || null } : { comparator: null, value: text, unit: null };
}

interface Figures {
  name: string;
  supervising: string;
  implementing: string;
  project: Project;
  /** Department-wide tables: 基本支出 and 项目支出 of the budget and of what was spent. */
  basic: { budget: number; executed: number };
}

type FundingFigures = Pick<WrittenRecord, 'initialBudget' | 'budget' | 'executed' | 'executionRate' | 'budgetScore'>;

/** The funding block, and its figures (none where the template has no funding block: a score sheet). */
function fundingRows(t: Template, f: Figures): { rows: string[][]; record: FundingFigures } {
  const p = f.project;
  // Amounts as labelled cells (海南): the planned amount and the amount used, no rate and no score.
  // A form with a rate column beside them (河北) writes the rate right after the amount executed, under its label.
  const labelled = t.funding.labelled;
  if (labelled) {
    const rate = labelled.rate ? pct(Number(num(p.executed)) / Number(num(p.budget))) : null;
    const amounts = [labelled.budget[0]!, num(p.budget), labelled.executed[0]!, num(p.executed), ...(rate ? [rate] : [])];
    return {
      rows: labelled.rate ? [[labelled.rate[0]!], amounts] : [amounts],
      record: { initialBudget: null, budget: p.budget, executed: p.executed, executionRate: rate ? fraction(rate) : null, budgetScore: null },
    };
  }
  if (t.funding.heading.length === 0)
    return { rows: [], record: { initialBudget: null, budget: null, executed: null, executionRate: null, budgetScore: null } };
  const columns = writtenColumns<FundingRole>(t.funding.columns, ['note']);
  const roles = columns.map((c) => c.role);
  const hasScore = roles.includes('score');
  // The budget weight stands in the heading where no 分值 / 权重 column carries it (湖北: 预算执行情况(万元)(10分)).
  const heading = `${t.funding.heading[0]}${hasScore && !roles.includes('weight') ? `(${BUDGET_WEIGHT}分)` : ''}`;
  const amounts = (budget: number, executed: number, initial: number, all: boolean): string[] =>
    columns.map(({ role }) => {
      if (role === 'initialBudget') return num(initial);
      if (role === 'budget') return num(budget);
      if (role === 'executed') return num(executed);
      if (role === 'executionRate') return all ? pct(p.reportedRate) : pct(executed / budget);
      if (role === 'weight') return all ? String(BUDGET_WEIGHT) : BLANK;
      return all ? p.reportedBudgetScore : BLANK;
    });
  const rows = [[heading, '', ...columns.map((c) => c.label)]];
  for (const row of t.funding.rows) {
    const label = row.labels[0]!;
    if (row.role === 'total') rows.push(['', label, ...amounts(p.budget, p.executed, p.initialBudget, true)]);
    else if (row.role === 'currentYear') rows.push(['', label, ...amounts(p.budget, p.executed, p.initialBudget, false)]);
    else if (row.role === 'basic') rows.push(['', label, ...amounts(f.basic.budget, f.basic.executed, f.basic.budget, false)]);
    else if (row.role === 'project')
      rows.push(['', label, ...amounts(p.budget - f.basic.budget, p.executed - f.basic.executed, p.budget - f.basic.budget, false)]);
    else rows.push(['', label, ...columns.map(() => BLANK)]);
  }
  return {
    rows,
    record: {
      initialBudget: roles.includes('initialBudget') ? p.initialBudget : null,
      budget: p.budget,
      executed: p.executed,
      executionRate: fraction(pct(p.reportedRate)),
      budgetScore: hasScore ? Number(p.reportedBudgetScore) : null,
    },
  };
}

/**
 * Indicator columns a template lists for a variant and its own form does not have: the Hubei
 * 项目自评表 scores without a 分值 column (seeds 000, 002; 总分 beside its label).
 */
const NOT_IN_FORM: Partial<Record<string, IndicatorRole[]>> = { 'hubei-project': ['weight'] };

function indicatorRows(
  t: Template,
  p: Project,
  numbered: boolean,
  /** The weight of budget execution in the total (none without a funding block). */
  budgetWeight: number,
): { rows: string[][]; record: Pick<WrittenRecord, 'indicators' | 'totalScore'> } {
  // The target is split into 指标性质 / 指标值 / 度量单位 where the template is recognised by them (Sichuan) or its header
  // groups it (河北's 预期指标值 over 符号 / the value / 单位), written whole elsewhere.
  const groups = t.indicators.groups ?? [];
  const split = t.recognisedBy.flat().includes('指标性质') || groups.some((g) => g.role === 'target');
  const leftOut: IndicatorRole[] = ['description', 'polarity', ...(split ? [] : (['comparator', 'unit'] as const)), ...(NOT_IN_FORM[t.id] ?? [])];
  // A grouped column is written as its parts, the group's label over them on a first header row, theirs on a second.
  const written = writtenColumns<IndicatorRole>(t.indicators.columns, leftOut).map((c) => {
    const group = groups.find((g) => g.role === c.role);
    const label = (part: Column<IndicatorRole>) => (group?.blankLabels?.includes(part.role) ? '' : part.labels[0]!);
    return { ...c, parts: group?.parts.map((part) => ({ role: part.role, label: label(part) })) };
  });
  const columns = written.flatMap((c) => c.parts ?? [c]);
  const roles = columns.map((c) => c.role);
  // A form with a column for the 一级指标's weight after it (江西's 自评权重) writes the weight there, else in the level cell.
  const levelWeight = t.levelWeightLabels?.[0];
  const withLevelWeight = (row: string[], weight: string): string[] => {
    const at = roles.indexOf('level1');
    return levelWeight === undefined || at < 0 ? row : [...row.slice(0, at + 1), weight, ...row.slice(at + 1)];
  };
  const cells = (i: Indicator, first1: boolean, first2: boolean, k: number): string[] => {
    const target = splitTarget(i.target);
    const note = i.reported < i.weight - 0.005 ? '部分任务未达预期' : '无';
    const level1 = LEVEL1[i.level1];
    const row = columns.map(({ role }) => {
      if (role === 'level1') return !first1 ? '' : levelWeight !== undefined ? level1[0] : `${level1[0]}(${level1[1]}分)`;
      if (role === 'level2') return first2 ? i.level2 : '';
      if (role === 'name') return numbered ? `指标${k}：${i.name}` : i.name;
      if (role === 'comparator') return target.comparator ?? BLANK;
      if (role === 'target') return split ? target.value : i.target;
      if (role === 'unit') return target.unit ?? BLANK;
      if (role === 'actual') return i.actual;
      if (role === 'weight') return String(i.weight);
      if (role === 'score') return num(i.reported);
      if (role === 'convertedScore') return num((i.reported * i.weight) / 100);
      if (role === 'scoringRule') return BLANK;
      return note;
    });
    return withLevelWeight(row, first1 ? String(level1[1]) : '');
  };
  // A sheet with no heading over its levels (a score sheet opening at 一级指标) leaves that cell empty.
  const grouped = written.some((c) => c.parts);
  const rows = grouped
    ? [
        [t.indicators.heading[0] ?? '', ...written.flatMap((c) => [c.label, ...(c.parts ?? [c]).slice(1).map(() => '')])],
        ['', ...written.flatMap((c) => (c.parts ? c.parts.map((part) => part.label) : ['']))],
      ]
    : [[t.indicators.heading[0] ?? '', ...withLevelWeight(columns.map((c) => c.label), levelWeight ?? '')]];
  // Numbered forms count the indicators of each 二级指标 (指标1：, 指标2：).
  let n = 0;
  p.indicators.forEach((i, k) => {
    const before = p.indicators[k - 1];
    const first1 = before?.level1 !== i.level1;
    const first2 = first1 || before?.level2 !== i.level2;
    n = first2 ? 1 : n + 1;
    rows.push(['', ...cells(i, first1, first2, n)]);
  });
  const hasTotal = t.total.labels.length > 0;
  // A template whose 自评得分 stands in the header as a labelled cell (Yinchuan's) writes the score beside its label.
  if (hasTotal && t.total.inHeader) rows.push([t.total.labels[0]!, num(p.reportedTotal)]);
  else if (hasTotal) {
    const weights = p.indicators.reduce((s, i) => s + i.weight, 0) + budgetWeight;
    rows.push([
      t.total.labels[0]!,
      ...withLevelWeight(
        columns.map(({ role }) => (role === 'weight' ? String(weights) : role === 'score' ? num(p.reportedTotal) : '')),
        '',
      ),
    ]);
  }
  return {
    rows,
    record: {
      totalScore: hasTotal && roles.includes('score') ? p.reportedTotal : null,
      indicators: p.indicators.map((i) => {
        // Read back joined: 指标性质, 指标值 and 度量单位 as one target (`≥` `95` `%` → `≥95%`); the 完成值 as written.
        const target = splitTarget(i.target);
        return {
          name: i.name,
          target: !roles.includes('target') ? null : split ? `${target.comparator ?? ''}${target.value}${target.unit ?? ''}` : i.target,
          actual: roles.includes('actual') ? i.actual : null,
          weight: roles.includes('weight') ? i.weight : null,
          score: roles.includes('score') ? Number(num(i.reported)) : null,
        };
      }),
    },
  };
}

/** One record's table, as tab-separated rows, and what it says. */
function recordTable(t: Template, f: Figures, year: number, numbered: boolean): { lines: string[]; record: WrittenRecord } {
  const funding = fundingRows(t, f);
  const indicators = indicatorRows(t, f.project, numbered, funding.rows.length > 0 && !t.funding.labelled ? BUDGET_WEIGHT : 0);
  const title = t.titles.find((x) => x.endsWith('表')) ?? `${t.titles[0]}绩效自评表`;
  const rows: string[][] = [[t.nameLabels[0]!, f.name]];
  if (t.supervisingLabels.length > 0 || t.implementingLabels.length > 0)
    rows.push([
      t.supervisingLabels[0] ?? '',
      t.supervisingLabels.length > 0 ? f.supervising : '',
      t.implementingLabels[0] ?? '',
      f.implementing,
    ]);
  rows.push(...funding.rows);
  if (t.goals) rows.push([t.goals.expected[0]!, '', t.goals.actual[0]!], [f.project.expected, '', f.project.outcome]);
  rows.push(...indicators.rows);
  return {
    lines: ['', `${title}(${year}年度)`, '', ...rows.map((r) => r.join('\t'))],
    record: {
      kind: t.kind,
      name: f.name,
      fiscalYear: year,
      ...funding.record,
      ...indicators.record,
    },
  };
}

/**
 * The document of one organization in a template's layout: its project tables (a project
 * template; as many as the organization has, or `projects`), or its department-wide table (a
 * department template).
 */
export function templatedDocument(
  r: Random,
  t: Template,
  org: SyntheticOrganization,
  year: number,
  projects = Math.max(1, org.projectCount),
): TemplatedDocument {
  const supervising = org.parent?.name ?? org.name;
  const names = t.kind === 'department' ? [org.name] : projectNames(r, org.kind, projects);
  // Half the documents number their indicators (指标1：…), as many published forms do; the name read back is without the number.
  const numbered = r.chance(0.5);
  const tables = names.map((name) => {
    const project = makeProject(r, org, name);
    const basicBudget = Number(num(project.budget * 0.6));
    const basic = { budget: basicBudget, executed: Number(num(Math.min(basicBudget, project.executed * 0.6))) };
    return recordTable(t, { name, supervising, implementing: org.name, project, basic }, year, numbered);
  });
  const records = tables.map((x) => x.record);
  return {
    templateId: t.id,
    fileName: `synthetic_${t.id}_${year}_${org.region.code}_${String(org.index).padStart(5, '0')}.txt`,
    text: [...tables.flatMap((x) => x.lines), ''].join('\n'),
    organization: org,
    projects: t.kind === 'project' ? records.length : 0,
    indicators: records.reduce((n, x) => n + x.indicators.length, 0),
    records,
  };
}
