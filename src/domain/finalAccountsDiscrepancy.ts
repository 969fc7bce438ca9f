/**
 * The department-wide table against the final accounts (部门决算) of the same documents (issue 12,
 * kind CROSS_TABLE): 002's 部门整体绩效自评表 gives 基本支出总额 1807.08 and 项目支出总额 21468.3 万元
 * where its 决算 says 基本支出 2544.29 and 项目支出 275.77 万元. Amounts agree within the rounding
 * either side writes. The split of spending changes no score: MINOR.
 */
import type { Discrepancy } from './discrepancyKinds';

export interface Amount {
  value: number;
  raw: string;
  decimals: number;
  line: number;
}

const FIELDS = [
  ['basicExpenditure', 'basic expenditure (基本支出)', '基本支出'],
  ['projectExpenditure', 'project expenditure (项目支出)', '项目支出'],
] as const;

type Side = Partial<Record<(typeof FIELDS)[number][0], Amount | null>>;

export function finalAccountsDiscrepancies(department: Side, accounts: Side): (Discrepancy & { line: number })[] {
  const out: (Discrepancy & { line: number })[] = [];
  for (const [field, en, zh] of FIELDS) {
    const d = department[field];
    const a = accounts[field];
    if (!d || !a) continue;
    const diff = Math.abs(d.value - a.value);
    if (diff < 1e-9) continue;
    const rounding = diff <= 0.5 * 10 ** -Math.min(d.decimals, a.decimals) + 1e-9;
    out.push({
      field,
      reported: d.raw,
      computed: a.raw,
      kind: 'CROSS_TABLE',
      severity: rounding ? 'ROUNDING' : 'MINOR',
      causedBy: null,
      message: `The department-wide table gives ${en} ${d.raw} 万元; the final accounts (决算, line ${a.line}) give ${a.raw} 万元.${rounding ? ' The two agree within the rounding written.' : ''}`,
      messageZh: `部门整体绩效自评表${zh}为${d.raw}万元，部门决算（第${a.line}行）为${a.raw}万元。${rounding ? '两者在填列精度的舍入范围内一致。' : ''}`,
      line: d.line,
    });
  }
  return out;
}
