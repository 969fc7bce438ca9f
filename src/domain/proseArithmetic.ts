/**
 * Sums stated in the prose alone (issue 12, kind ARITHMETIC): a total followed by its parts, in
 * the report's own words — "公用经费 227.67 万元，主要包括：办公费 88.69 万元、…" (002 line 301: the 23
 * items add up to 227.70) or "共515人（正高级5人，高级120人，中级129人，初级234人）" (002 line 1886: 488).
 * Amounts written to the cent agree within half a cent per item (ROUNDING); counts must agree.
 */
import type { Discrepancy } from './discrepancy';
import { fixed } from './numbers';
import { joinProse, type SourceLine } from './proseFigures';

const AMOUNT = /(\d+(?:\.\d+)?)万元/gu;

function decimalsOf(numeral: string): number {
  return numeral.split('.')[1]?.length ?? 0;
}

export function proseSumDiscrepancies(lines: readonly SourceLine[]): (Discrepancy & { line: number })[] {
  const { text, lineAt } = joinProse(lines);
  const out: (Discrepancy & { line: number })[] = [];
  // "X 万元，主要包括：a 万元、b 万元……。"
  for (const m of text.matchAll(/([\u4e00-\u9fa5]{2,8})(\d+(?:\.\d+)?)万元,主要包括:([^。]+)。/gu)) {
    const parts = [...m[3]!.matchAll(AMOUNT)].map((p) => p[1]!);
    if (parts.length < 2) continue;
    const total = Number(m[2]);
    const sum = parts.reduce((s, p) => s + Number(p), 0);
    const diff = Math.abs(sum - total);
    const decimals = Math.max(decimalsOf(m[2]!), ...parts.map(decimalsOf));
    const unit = 10 ** -decimals;
    if (diff < unit / 2) continue;
    const rounding = diff <= (parts.length + 1) * (unit / 2) + 1e-9;
    const line = lineAt[m.index! + m[1]!.length]!;
    out.push({
      field: 'prose.sum',
      reported: m[2]!,
      computed: fixed(sum, decimals),
      kind: 'ARITHMETIC',
      severity: rounding ? 'ROUNDING' : 'MINOR',
      causedBy: null,
      message: `The prose gives ${m[1]} ${m[2]} 万元 but lists ${parts.length} items adding up to ${fixed(sum, decimals)} 万元.${rounding ? ' Within the rounding of the items written.' : ''}`,
      messageZh: `正文所述${m[1]}${m[2]}万元，所列${parts.length}项合计${fixed(sum, decimals)}万元。${rounding ? '在各项填列精度的舍入范围内。' : ''}`,
      line,
    });
  }
  // "共515人（正高级5人，高级120人，…）"
  for (const m of text.matchAll(/(\d+)(人|个|件|份|家)\(([^()]+)\)/gu)) {
    const parts = [...m[3]!.matchAll(new RegExp(String.raw`(\d+)${m[2]}`, 'gu'))].map((p) => Number(p[1]));
    if (parts.length < 2) continue;
    const total = Number(m[1]);
    const sum = parts.reduce((s, p) => s + p, 0);
    if (sum === total) continue;
    out.push({
      field: 'prose.sum',
      reported: `${m[1]}${m[2]}`,
      computed: `${sum}${m[2]}`,
      kind: 'ARITHMETIC',
      severity: 'MINOR',
      causedBy: null,
      message: `The prose gives a total of ${m[1]}${m[2]} but its ${parts.length} parts in brackets add up to ${sum}${m[2]}.`,
      messageZh: `正文所述合计${m[1]}${m[2]}，括号内${parts.length}项合计${sum}${m[2]}。`,
      line: lineAt[m.index!]!,
    });
  }
  return out;
}
