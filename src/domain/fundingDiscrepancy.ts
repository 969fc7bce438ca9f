/**
 * The parts of a project's funding (其中：当年财政拨款, 上年结转资金, 其他资金) against its 年度资金总额
 * (issue 12, kind ARITHMETIC): 001 其他就业补助经费支出 executes 828.44 万元 in total but writes 828.44
 * beside both 当年财政拨款 and 上年结转资金 (1656.88 together); 创业贷款贴息经费支出's 全年预算数
 * 6.26 + 6.26 against 24.52. A part row left blank counts as nothing. Amounts agree within the
 * rounding written. The split changes no score: MINOR.
 */
import type { Discrepancy } from './discrepancyKinds';
import { fixed } from './numbers';

export interface FundingFigures {
  budget: number | null;
  executed: number | null;
}

const FIELDS = [
  ['budget', 'budget (全年预算数)', '全年预算数'],
  ['executed', 'executed amount (全年执行数)', '全年执行数'],
] as const;

export function fundingPartsDiscrepancies(total: FundingFigures, parts: FundingFigures[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const [field, en, zh] of FIELDS) {
    const whole = total[field];
    const written = parts.map((p) => p[field]).filter((x): x is number => x !== null);
    if (whole === null || written.length < 2) continue;
    const sum = written.reduce((s, x) => s + x, 0);
    if (Math.abs(sum - whole) <= 0.005 + 1e-9) continue;
    out.push({
      field: `funds.${field}`,
      reported: written.map((x) => String(x)).join(' + '),
      computed: String(whole),
      kind: 'ARITHMETIC',
      severity: 'MINOR',
      causedBy: null,
      message: `The funding parts' ${en} add up to ${fixed(sum, 2)} 万元, not the total's ${whole}.`,
      messageZh: `资金来源各项${zh}合计${fixed(sum, 2)}万元，与年度资金总额${whole}万元不符。`,
    });
  }
  return out;
}
