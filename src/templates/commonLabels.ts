/**
 * The labels every form gives a column or a funding row under one name or another (通用列名): a
 * province's form, or one unit's copy of it, writes 目标值 for the national 年度指标值, 权重 for
 * 分值, 指标名称 for 三级指标, 预算执行数 for 全年执行数, 资金总额 for 年度资金总额, 合计 for 总分. Each template
 * takes these beside its own labels for the roles it has — a synonym it already writes for
 * anything else (河北's 指标分值 is its description, the national form's 实际完成情况 a goal) is left
 * out, and a
 * role its two-row header groups (河北's 预期指标值, 自评得分) keeps its own labels only — so that a
 * table of a known form is not left out for one word of its header.
 */
import { normalizeLabel } from './labels';
import { labelsOf, type FundingRole, type FundingRowRole, type IndicatorRole, type Template } from './template';

const INDICATOR_COLUMNS: Partial<Record<IndicatorRole, string[]>> = {
  name: ['三级指标', '指标名称', '三级指标名称'],
  target: [
    '年度指标值',
    '指标值',
    '年度目标值',
    '目标值',
    '预期指标值',
    '预期目标值',
    '全年指标值',
    '年度目标',
    '年初目标值',
    '计划指标值',
  ],
  actual: ['实际完成值', '完成值', '全年实际值', '全年完成值', '全年实际完成值', '实际值', '实际完成指标值'],
  weight: ['分值', '权重', '指标分值', '权重分值'],
  score: ['得分', '自评得分', '实际得分', '评价得分'],
  note: [
    '偏差原因分析及改进措施',
    '偏差原因分析',
    '偏差原因及改进措施',
    '未完成原因分析及改进措施',
    '未完成原因分析',
    '未完成原因及改进措施',
    '偏差原因',
  ],
};

const FUNDING_COLUMNS: Partial<Record<FundingRole, string[]>> = {
  initialBudget: ['年初预算数', '年初预算'],
  budget: ['全年预算数', '调整后预算数', '调整预算数', '全年预算'],
  executed: ['全年执行数', '预算执行数', '实际执行数', '实际支出数', '全年实际支出'],
  executionRate: ['执行率', '预算执行率', '资金执行率'],
  weight: ['分值', '权重'],
  score: ['得分'],
};

const FUNDING_ROWS: Partial<Record<FundingRowRole, string[]>> = {
  total: ['年度资金总额', '资金总额'],
  carryOver: ['上年结转资金', '上年结转'],
};

/** The total row's labels: a form that has one writes it 总分 or 合计. */
const TOTAL_ROW = ['总分', '合计'];

/**
 * The templates with the common labels of their roles added: to each, those it writes for nothing
 * else. A label broken over lines is joined again from parts that are no label of any template
 * (src/templates/brokenLabels.ts), so a common label that begins or ends a longer label of any
 * template (偏差原因 of 偏差原因分析及改进措施, 完成值 of 实际完成值) is added only where some template
 * already writes it.
 */
export function withCommonLabels(templates: readonly Template[]): Template[] {
  const written = new Set(templates.flatMap(labelsOf).map(normalizeLabel));
  const partOfLonger = (norm: string) =>
    !written.has(norm) && [...written].some((w) => w.length > norm.length && (w.startsWith(norm) || w.endsWith(norm)));
  return templates.map((t) => {
    const used = new Set(labelsOf(t).map(normalizeLabel));
    const grouped = new Set((t.indicators.groups ?? []).map((g) => g.role));
    const more = (own: string[], common: string[] | undefined) => {
      const added = (common ?? []).filter((label) => {
        const norm = normalizeLabel(label);
        // (Nor one its own label writes with a column mark, 全年预算数 of 全年预算数(A): broken over lines, that label is joined again from its parts.)
        return !used.has(norm) && !partOfLonger(norm) && ![...used].some((u) => u.startsWith(`${norm}(`));
      });
      return added.length === 0 ? own : [...own, ...added];
    };
    return {
      ...t,
      total: t.total.labels.length === 0 || t.total.inHeader ? t.total : { ...t.total, labels: more(t.total.labels, TOTAL_ROW) },
      funding: {
        ...t.funding,
        columns: t.funding.columns.map((c) => ({ ...c, labels: more(c.labels, FUNDING_COLUMNS[c.role]) })),
        rows: t.funding.rows.map((r) => ({ ...r, labels: more(r.labels, FUNDING_ROWS[r.role]) })),
      },
      indicators: {
        ...t.indicators,
        columns: t.indicators.columns.map((c) => (grouped.has(c.role) ? c : { ...c, labels: more(c.labels, INDICATOR_COLUMNS[c.role]) })),
      },
    };
  });
}
