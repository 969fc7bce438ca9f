/**
 * Two summary tables of the same documents listing the same project (issue 12, kind CROSS_TABLE):
 * a unit's 项目支出自评汇总表 against the department's consolidated one (001: 新乡县劳动保障监察大队
 * line 499 "13.3%" against line 638 "99%"). A difference within the coarser of the two written
 * precisions (7.59% and 7.6%) is ROUNDING.
 */
import { precisionAgrees, precisionTolerance, type Discrepancy, type SummaryRowInput } from './discrepancy';
import { parseMoneyWan, parseRateCell, parseScoreCell, type CellResult } from './reportedValue';

const FIELDS: ReadonlyArray<[keyof SummaryRowInput, string, string, (text: string) => CellResult]> = [
  ['budget', 'budget', '全年预算数', parseMoneyWan],
  ['executed', 'executed', '执行数', parseMoneyWan],
  ['executionRate', 'execution rate', '执行率', parseRateCell],
  ['outputScoreRate', 'output score rate', '产出指标得分率', parseRateCell],
  ['benefitScoreRate', 'benefit score rate', '效益指标得分率', parseRateCell],
  ['satisfactionScoreRate', 'satisfaction score rate', '满意度指标得分率', parseRateCell],
  ['totalScore', 'score', '自评得分', parseScoreCell],
];

export function summaryAgainstSummary(row: SummaryRowInput, other: SummaryRowInput, otherUnit: string, otherLine: number): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const [key, english, term, parse] of FIELDS) {
    const a = parse(row[key] ?? '');
    const b = parse(other[key] ?? '');
    if (a.status !== 'OK' || b.status !== 'OK' || a.value === b.value) continue;
    const coarser = a.decimals <= b.decimals ? a : b;
    const finer = coarser === a ? b : a;
    const rounding = precisionAgrees(coarser, finer.value) || Math.abs(a.value - b.value) <= precisionTolerance(Math.min(a.decimals, b.decimals)) + 1e-9;
    const r = a.raw.trim();
    const c = b.raw.trim();
    out.push({
      field: `summaries.${key}`,
      reported: r,
      computed: c,
      kind: 'CROSS_TABLE',
      severity: rounding ? 'ROUNDING' : 'MAJOR',
      causedBy: null,
      message: `Summary table ${english} ${r} (${term}) but the summary table of ${otherUnit} (line ${otherLine}) says ${c} for the same project.${rounding ? ' The two agree within the rounding written.' : ''}`,
      messageZh: `汇总表${term}为${r}，但${otherUnit}的汇总表（第${otherLine}行）同一项目为${c}。${rounding ? '两者在填列精度的舍入范围内一致。' : ''}`,
    });
  }
  return out;
}
