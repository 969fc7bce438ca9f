/**
 * Document text of one synthetic organization, in the tab-separated layout of the Henan seed
 * (001: 项目支出绩效自评表 with 分值 per indicator, 部门（单位）项目支出自评汇总表, 部门（单位）整体绩效自评表),
 * so it loads through the same reader and importer as the real documents.
 *
 * Figures follow the seeds: most projects spend their whole budget, some far less (13.3%, 7.6%);
 * budget execution scores 10 × rate, often rounded to whole points; indicator scores follow the
 * rules (weight × actual / target, capped; qualitative words in bands). A share of projects carry the
 * kinds of errors the seeds show: an execution rate against the wrong budget, full execution marks
 * despite a low rate, an indicator given full marks though its target was missed, a 总分 that does not
 * add up, a summary row disagreeing with its project table.
 */
import type { SyntheticOrganization } from './province';
import type { Random } from './random';
import { PROJECT_SUFFIXES, QUALITATIVE, type DepartmentKind } from './vocabulary';

/** Shares of records given an error on purpose (per project, per indicator, per summary row). */
export const ERROR_RATES = {
  rateAgainstWrongBudget: 0.03,
  fullBudgetMarksDespiteLowRate: 0.03,
  indicatorFullMarksDespiteShortfall: 0.02,
  totalDoesNotAddUp: 0.02,
  summaryRowDisagrees: 0.03,
};

const BUDGET_WEIGHT = 10;
export const LEVEL1 = { OUTPUT: ['产出指标', 50], BENEFIT: ['效益指标', 30], SATISFACTION: ['满意度指标', 10] } as const;
export type Level1 = keyof typeof LEVEL1;

/** A number as the documents write it: at most `decimals` decimals, no trailing zeros. */
export function num(x: number, decimals = 2): string {
  const s = x.toFixed(decimals);
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

export function pct(fraction: number, decimals = 1): string {
  return `${num(fraction * 100, decimals)}%`;
}

export interface Indicator {
  level1: Level1;
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: number;
  /** What the rules give. */
  score: number;
  /** What the document reports. */
  reported: number;
}

export interface Project {
  name: string;
  initialBudget: number;
  budget: number;
  executed: number;
  carryOver: number;
  reportedRate: number;
  reportedBudgetScore: string;
  indicators: Indicator[];
  reportedTotal: number;
  expected: string;
  outcome: string;
}

function split(total: number, n: number): number[] {
  const base = Math.floor(total / n);
  const out = Array.from({ length: n }, () => base);
  for (let i = 0; i < total - base * n; i++) out[i] = out[i]! + 1;
  return out;
}

/** Execution rate: most projects spend it all; the seeds also show 80.3%, 71.4%, 13.3%, 7.6%. */
function executionRate(r: Random): number {
  const u = r.next();
  if (u < 0.58) return 1;
  if (u < 0.83) return 0.85 + r.next() * 0.1499;
  if (u < 0.95) return 0.5 + r.next() * 0.35;
  return 0.03 + r.next() * 0.47;
}

function scoreOf(weight: number, achieved: number): number {
  return weight * Math.max(0, Math.min(achieved, 1));
}

class IndicatorMaker {
  constructor(
    private readonly r: Random,
    private readonly kind: DepartmentKind,
    private readonly subject: string,
    private readonly budget: number,
    private readonly executed: number,
  ) {}

  private person(): string {
    return this.r.pick(this.kind.people);
  }

  /** A count floor: ≥300 人 / 47人; met most of the time. */
  private count(level1: Level1, level2: string, name: string, unit: string, base: number, weight: number): Indicator {
    const r = this.r;
    const t = Math.max(1, Math.round(r.logNormal(base, 0.6)));
    const met = r.chance(0.85);
    const a = met ? Math.round(t * (1 + r.next() * (r.chance(0.4) ? 0.6 : 0.05))) : Math.max(0, Math.round(t * (0.55 + r.next() * 0.44)));
    const sp = r.chance(0.3) ? ' ' : '';
    const target = r.chance(0.6) ? `≥${t}${sp}${unit}` : `${t}${sp}${unit}`;
    return this.done(level1, level2, name, target, `${a}${sp}${unit}`, weight, t === 0 ? 1 : a / t, !met);
  }

  /** A rate floor: ≥95% / 100%. */
  private rate(level1: Level1, level2: string, name: string, weight: number): Indicator {
    const r = this.r;
    const t = r.pick([90, 95, 98, 100]);
    const met = r.chance(0.9);
    const a = met ? (r.chance(0.7) ? 100 : t + r.next() * (100 - t)) : t * (0.8 + r.next() * 0.19);
    const target = t === 100 && r.chance(0.5) ? '100%' : `≥${t}%`;
    return this.done(level1, level2, name, target, `${num(a, 1)}%`, weight, a / t, !met);
  }

  /** A ceiling: ≤20 万元 against what was spent. */
  private cost(level2: string, name: string, weight: number): Indicator {
    const r = this.r;
    const ceiling = Math.max(0.1, Number(num(this.budget * (r.chance(0.8) ? 1 : 0.9 + r.next() * 0.1), 2)));
    const spent = Math.max(0.01, Number(num(this.executed, 2)));
    const sp = r.chance(0.5) ? ' ' : '';
    return this.done(
      'OUTPUT',
      level2,
      name,
      `≤${num(ceiling)}${sp}万元`,
      `${num(spent)}${sp}万元`,
      weight,
      spent <= 0 ? 1 : ceiling / spent,
      spent > ceiling,
    );
  }

  private qualitative(
    level1: Level1,
    level2: string,
    name: string,
    pairs: readonly (readonly [string, string])[],
    weight: number,
  ): Indicator {
    const r = this.r;
    if (r.chance(0.05)) {
      const [t, a] = r.pick(QUALITATIVE.partly);
      return this.done(level1, level2, name, t, a, weight, a === '未完成' ? 0.4 : 0.7, true);
    }
    const [t, a] = r.pick(pairs);
    return this.done(level1, level2, name, t, a, weight, r.chance(0.92) ? 1 : 0.9, false);
  }

  private done(
    level1: Level1,
    level2: string,
    name: string,
    target: string,
    actual: string,
    weight: number,
    achieved: number,
    shortfall: boolean,
  ): Indicator {
    const score = scoreOf(weight, achieved);
    const reported = shortfall && this.r.chance(ERROR_RATES.indicatorFullMarksDespiteShortfall / 0.12) ? weight : Number(num(score, 2));
    return { level1, level2, name, target, actual, weight, score, reported };
  }

  make(): Indicator[] {
    const r = this.r;
    const n = Math.max(5, Math.min(16, Math.round(10 + r.normal() * 2.4)));
    const satisfaction = r.chance(0.2) ? 2 : 1;
    const benefit = Math.max(1, Math.round((n - satisfaction) * (0.22 + r.next() * 0.12)));
    const output = n - satisfaction - benefit;
    const ow = split(50, output);
    const bw = split(30, benefit);
    const sw = split(10, satisfaction);
    const out: Indicator[] = [];
    const s = this.subject;
    // Outputs: 数量, 质量, 时效, 成本 in turn, then more counts and rates.
    const special = this.kind.special ?? [];
    for (let i = 0; i < output; i++) {
      const w = ow[i]!;
      const slot = i < 4 ? i : r.pick([0, 0, 1, 2]);
      if (slot === 0) {
        const sp = special.find((x) => x.level1 === 'OUTPUT');
        if (sp && r.chance(0.5) && !out.some((o) => o.name === sp.name))
          out.push(this.count('OUTPUT', sp.level2, sp.name, sp.unit, sp.base, w));
        else {
          const [what, unit, base] = r.pick([
            [`${s}受益${this.person()}人数`, '人', 300],
            [`${s}覆盖${this.person()}人次`, '人次', 800],
            [`${s}开展次数`, '次', 6],
            [`${s}实施项目个数`, '个', 12],
            [`${s}购置设备数量`, '台', 20],
          ] as const);
          out.push(this.count('OUTPUT', '数量指标', `${what}${out.some((o) => o.name.startsWith(what)) ? i : ''}`, unit, base, w));
        }
      } else if (slot === 1)
        out.push(
          this.rate(
            'OUTPUT',
            '质量指标',
            `${s}${r.pick(['资金使用合规率', '验收合格率', '发放准确率', '任务完成率'])}${i >= 4 ? i : ''}`,
            w,
          ),
        );
      else if (slot === 2) {
        if (r.chance(0.5)) out.push(this.rate('OUTPUT', '时效指标', `${s}资金拨付及时率${i >= 4 ? i : ''}`, w));
        else out.push(this.qualitative('OUTPUT', '时效指标', `${s}实施及时性${i >= 4 ? i : ''}`, QUALITATIVE.time, w));
      } else if (r.chance(0.6)) out.push(this.cost('成本指标', `${s}成本控制`, w));
      else out.push(this.qualitative('OUTPUT', '成本指标', `${s}补助标准`, QUALITATIVE.quality, w));
    }
    const specialBenefit = special.filter((x) => x.level1 === 'BENEFIT');
    for (let i = 0; i < benefit; i++) {
      const w = bw[i]!;
      const sp = specialBenefit[i];
      if (sp && r.chance(0.7)) out.push(this.count('BENEFIT', sp.level2, sp.name, sp.unit, sp.base, w));
      else if (i === benefit - 1 && benefit > 1 && r.chance(0.5))
        out.push(this.qualitative('BENEFIT', '可持续影响指标', `${s}长效机制建设`, QUALITATIVE.sustain, w));
      else
        out.push(
          this.qualitative(
            'BENEFIT',
            '社会效益指标',
            `${r.pick(['提高', '保障', '改善', '促进'])}${this.person()}${r.pick(['服务水平', '基本权益', '生活质量', '获得感'])}${i || ''}`,
            QUALITATIVE.benefit,
            w,
          ),
        );
    }
    for (let i = 0; i < satisfaction; i++) {
      const name = i === 0 ? r.pick(['服务对象满意度', `${this.person()}满意度`, '群众满意度']) : `${this.person()}满意度${i}`;
      out.push(this.rate('SATISFACTION', '服务对象满意度指标', name, sw[i]!));
    }
    return out;
  }
}

/** One project's figures and indicators, as the seeds' documents have them (written in any layout: this file's, or a template's in ./templated.ts). */
export function makeProject(r: Random, org: SyntheticOrganization, name: string): Project {
  const budget = Number(num(Math.min(20000, Math.max(0.5, r.logNormal(25, 1.3))), 2));
  const initialBudget = r.chance(0.8) ? budget : Number(num(budget * (0.6 + r.next() * 0.8), 2));
  const rate = executionRate(r);
  const executed = Number(num(budget * rate, 2));
  const carryOver = r.chance(0.3) ? Number(num(budget * (0.05 + r.next() * 0.45), 2)) : 0;
  const trueRate = executed / budget;
  let reportedRate = trueRate;
  if (r.chance(ERROR_RATES.rateAgainstWrongBudget))
    reportedRate = executed / initialBudget !== trueRate ? executed / initialBudget : trueRate * 0.9;
  const budgetScore = BUDGET_WEIGHT * Math.min(reportedRate, 1);
  let reportedBudgetScore = r.chance(0.15) ? num(Math.round(budgetScore), 0) : num(budgetScore, 2);
  if (trueRate < 0.95 && r.chance(ERROR_RATES.fullBudgetMarksDespiteLowRate)) reportedBudgetScore = String(BUDGET_WEIGHT);
  const subject = name.replace(/(专项资金|工作经费|补助资金|项目|经费支出|专项经费)(（.*）)?$/, '');
  const indicators = new IndicatorMaker(r, org.kind, subject, budget, executed).make();
  let reportedTotal = Number(reportedBudgetScore) + indicators.reduce((s, i) => s + i.reported, 0);
  if (r.chance(ERROR_RATES.totalDoesNotAddUp)) reportedTotal += r.chance(0.5) ? 1 + r.int(0, 4) : -(1 + r.int(0, 4));
  reportedTotal = Math.min(100, Number(num(reportedTotal, 2)));
  const people = r.pick(org.kind.people);
  return {
    name,
    initialBudget,
    budget,
    executed,
    carryOver,
    reportedRate,
    reportedBudgetScore,
    indicators,
    reportedTotal,
    expected: `通过实施${subject}，保障${people}相关工作顺利开展，资金按规定及时足额拨付。`,
    outcome: rate >= 0.95 ? `${subject}按计划完成，${people}得到有效保障。` : `${subject}部分完成，资金执行进度偏慢，下一年度继续推进。`,
  };
}

export function projectNames(r: Random, kind: DepartmentKind, count: number): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; names.length < count; i++) {
    const subject = kind.subjects[i % kind.subjects.length]!;
    const suffix = PROJECT_SUFFIXES[Math.floor(i / kind.subjects.length) % PROJECT_SUFFIXES.length]!;
    const round = Math.floor(i / (kind.subjects.length * PROJECT_SUFFIXES.length));
    const name = `${subject}${suffix}${round > 0 ? `（${round + 1}期）` : ''}`;
    if (!seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  }
  return r.shuffle(names);
}

function projectTable(p: Project, org: SyntheticOrganization, year: number, numbered: boolean): string[] {
  const supervising = org.parent?.name ?? org.name;
  const rate = p.executed / p.budget;
  const current = Number(num(p.budget - p.carryOver, 2));
  const currentInitial = Number(num(Math.max(0, p.initialBudget - p.carryOver), 2));
  const currentExecuted = Number(num(Math.min(p.executed, current), 2));
  const carryExecuted = Number(num(p.executed - currentExecuted, 2));
  const lines = [
    '',
    `项目支出绩效自评表 (${year}年度)`,
    '',
    `项目名称\t\t${p.name}\t\t\t\t\t\t`,
    `主管部门\t\t${supervising}\t\t\t实施单位\t${org.name}\t\t`,
    `项目资金 (万元)\t\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分`,
    `\t\t年度资金总额\t${num(p.initialBudget)}\t${num(p.budget)}\t${num(p.executed)}\t${BUDGET_WEIGHT}\t${pct(p.reportedRate)}\t${p.reportedBudgetScore}`,
    `\t\t其中：当年财政拨款\t${num(currentInitial)}\t${num(current)}\t${num(currentExecuted)}\t—\t${current > 0 ? pct(currentExecuted / current) : ''}\t—`,
    p.carryOver > 0
      ? `\t\t上年结转资金\t${num(p.carryOver)}\t${num(p.carryOver)}\t${num(carryExecuted)}\t—\t${pct(carryExecuted / p.carryOver)}\t—`
      : `\t\t上年结转资金\t\t\t\t—\t\t—`,
    `\t\t其他资金\t\t\t\t—\t\t—`,
    `年度 总体 目标\t预期目标\t\t\t\t实际完成情况\t\t\t`,
    `\t${p.expected}\t\t\t\t${p.outcome}\t\t\t`,
    `绩效 指标\t一级指标\t二级指标\t三级指标\t年度 指标值\t实际 完成值\t分值\t得分\t偏差原因分析及 改进措施`,
  ];
  let level1: Level1 | null = null;
  let level2: string | null = null;
  let k = 0;
  for (const ind of p.indicators) {
    const first1 = ind.level1 !== level1;
    const first2 = first1 || ind.level2 !== level2;
    k = first2 ? 1 : k + 1;
    const [l1name, l1weight] = LEVEL1[ind.level1];
    const name = numbered ? `指标${k}：${ind.name}` : ind.name;
    const note = ind.score < ind.weight - 0.005 ? (rate < 0.95 ? '资金执行进度偏慢' : '部分任务未达预期') : '';
    lines.push(
      `\t${first1 ? `${l1name} (${l1weight}分)` : ''}\t${first2 ? ind.level2 : ''}\t${name}\t${ind.target}\t${ind.actual}\t${ind.weight}\t${num(ind.reported)}\t${note}`,
    );
    level1 = ind.level1;
    level2 = ind.level2;
  }
  lines.push(`总分\t\t\t\t\t\t100\t${num(p.reportedTotal)}\t`);
  return lines;
}

function levelRate(p: Project, level1: Level1): number {
  const own = p.indicators.filter((i) => i.level1 === level1);
  const w = own.reduce((s, i) => s + i.weight, 0);
  return w > 0 ? own.reduce((s, i) => s + i.reported, 0) / w : 1;
}

function summaryTable(r: Random, projects: Project[], org: SyntheticOrganization, year: number): string[] {
  const lines = [
    '',
    '部门（单位）项目支出自评汇总表',
    '',
    '单位：万元',
    '',
    `部门（单位）名称\t\t${org.name}\t\t\t汇总时间\t\t${year + 1}年${r.int(3, 8)}月${r.int(1, 28)}日\t\t`,
    '序号\t项目名称\t全年预算数\t执行数\t执行率\t产出指标 得分率\t效益指标 得分率\t满意度指标 得分率\t自评得分\t偏差原因',
  ];
  projects.forEach((p, i) => {
    let executed = p.executed;
    let total = p.reportedTotal;
    if (r.chance(ERROR_RATES.summaryRowDisagrees)) {
      if (r.chance(0.5)) executed = Number(num(executed * (0.5 + r.next() * 0.4), 2));
      else total = Math.min(100, total + 1 + r.int(0, 5));
    }
    lines.push(
      [
        i + 1,
        p.name,
        num(p.budget),
        num(executed),
        pct(executed / p.budget),
        pct(levelRate(p, 'OUTPUT'), 2),
        pct(levelRate(p, 'BENEFIT'), 2),
        pct(levelRate(p, 'SATISFACTION'), 2),
        num(total),
        executed / p.budget < 0.9 ? '资金执行进度偏慢' : '',
      ].join('\t'),
    );
  });
  return lines;
}

/** The Henan department-wide table (投入 15 / 过程 25 / 产出 30 / 效益 30), as in seed 001. */
function departmentTable(r: Random, projects: Project[], org: SyntheticOrganization, year: number): string[] {
  const projectSpending = projects.reduce((s, p) => s + p.executed, 0);
  const basic = Number(num(projectSpending * (0.5 + r.next() * 1.5), 2));
  const total = basic + projectSpending;
  const budget = projects.reduce((s, p) => s + p.budget, 0) + basic;
  const execution = budget > 0 ? total / budget : 1;
  const partial = (w: number) => (r.chance(0.9) ? w : Number(num(w * (0.6 + r.next() * 0.35), 2)));
  const rows: [string, string, string, string, string, number, number][] = [];
  const add = (l1: string, l2: string, name: string, t: string, a: string, w: number, s = partial(w)) =>
    rows.push([l1, l2, name, t, a, w, s]);
  add('投入指标 (15分)', '工作目标', '年度履职目标相关性', '相关', '相关', 3);
  add('', '', '工作任务科学性', '科学', '科学', 3);
  add('', '', '绩效指标合理性', '合理', '合理', 3);
  add('', '预算配置', '预算编制完整性', '完整', '完整', 3);
  add('', '', '专项资金细化率', '≥90%', pct(0.9 + r.next() * 0.1), 3, 3);
  add(
    '过程指标 (25分)',
    '预算执行',
    '预算执行率',
    '≥90%',
    pct(Math.min(execution, 1), 2),
    5,
    execution >= 0.9 ? 5 : Number(num(5 * (execution / 0.9), 2)),
  );
  add('', '', '预算调整率', '≤20%', pct(r.next() * 0.15), 2, 2);
  add('', '', '结转结余率', '≤10%', pct(r.next() * 0.08), 2, 2);
  add('', '', '“三公经费”控制率', '≤100%', pct(0.5 + r.next() * 0.5), 2, 2);
  add('', '', '政府采购执行率', '≥90%', '100%', 2, 2);
  add('', '财务管理', '资金使用合规性', '合规', '合规', 2);
  add('', '', '管理制度健全性', '健全', '健全', 2);
  add('', '', '资产管理规范性', '规范', '规范', 2);
  add('', '绩效管理', '绩效监控完成率', '100%', '100%', 2, 2);
  add('', '', '绩效自评完成率', '100%', '100%', 2, 2);
  add('', '', '评价结果应用率', '100%', '100%', 2, 2);
  const tasks = Math.min(6, Math.max(3, projects.length));
  const tw = split(30, tasks);
  for (let i = 0; i < tasks; i++)
    add(
      i === 0 ? '产出指标 (30分)' : '',
      i === 0 ? '重点工作任务完成' : '',
      `重点工作 ${i + 1} 计划完成率`,
      '100%',
      '100%',
      tw[i]!,
      tw[i]!,
    );
  add('效益指标 (30分)', '履职效益', `经济效益：${org.kind.subjects[0]}资金足额发放`, '确保', '确保', 8);
  add('', '', `社会效益：提高${org.kind.people[0]}服务水平`, '提高', '提高', 8);
  add('', '', '可持续影响：长效机制建设', '持续', '持续', 4);
  add('', '满意度', '社会公众满意度', '≥95%', pct(0.95 + r.next() * 0.05, 0), 5, 5);
  add('', '', '服务对象满意度', '≥95%', pct(0.95 + r.next() * 0.05, 0), 5, 5);
  const score = rows.reduce((s, x) => s + x[6], 0);
  return [
    '',
    '部门（单位）整体绩效自评表',
    '',
    `（${year}年度）`,
    '',
    `部门（单位）名称\t${org.name}\t`,
    `预算情况\t部门预算总额（万元）\t\t${num(budget)}\t\t\t`,
    `\t2、资金结构：（1）基本支出\t\t${num(basic)}\t\t\t`,
    `\t（2）项目支出\t\t${num(budget - basic)}\t\t\t`,
    '一级指标\t二级指标\t三级指标\t指标值\t完成值\t分值\t得分',
    ...rows.map(([l1, l2, name, t, a, w, s]) => [l1, l2, name, t, a, w, num(s)].join('\t')),
    `总分\t\t\t\t\t100\t${num(score)}`,
  ];
}

export interface GeneratedDocument {
  fileName: string;
  text: string;
  organization: SyntheticOrganization;
  projects: number;
  indicators: number;
}

/** The one document of an organization: its project tables, its summary table, and for a department its department-wide table. */
export function organizationDocument(r: Random, org: SyntheticOrganization, year: number): GeneratedDocument {
  const names = projectNames(r, org.kind, org.projectCount);
  const projects = names.map((name) => makeProject(r, org, name));
  const numbered = r.chance(0.5);
  const lines: string[] = [];
  for (const p of projects) lines.push(...projectTable(p, org, year, numbered));
  lines.push(...summaryTable(r, projects, org, year));
  let departmentIndicators = 0;
  if (org.parent === null) {
    const table = departmentTable(r, projects, org, year);
    departmentIndicators = table.length - 11;
    lines.push(...table);
  }
  lines.push('');
  return {
    fileName: `synthetic_${year}_${org.region.code}_${String(org.index).padStart(5, '0')}.txt`,
    text: lines.join('\n'),
    organization: org,
    projects: projects.length,
    indicators: projects.reduce((s, p) => s + p.indicators.length, 0) + departmentIndicators,
  };
}
