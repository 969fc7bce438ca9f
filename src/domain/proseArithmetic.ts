/**
 * Sums stated in the prose alone (issue 12, kind ARITHMETIC): a total followed by its parts, in
 * the report's own words — "公用经费 227.67 万元，主要包括：办公费 88.69 万元、…" (002 line 301: the 23
 * items add up to 227.70), "基本支出 2544.29 万元，其中：人员经费 2316.61 万元，主要包括：…。公用经费
 * 227.67 万元，主要包括：…" (002 line 281: 2544.28), "其中：工资福利支出 2278.48 万元，占总支出的 80.8 %；…"
 * (002 line 258: the four parts add up to 2820.07 against 支出决算 2820.06 — the total is the amount
 * the shares are of) or "共515人（正高级5人，高级120人，中级129人，初级234人）" (002 line 1886: 488).
 * Amounts written to the cent agree within half a cent per item (ROUNDING); counts must agree.
 * Also a figure stated twice with two values: the same 支出决算 with two 年初预算 (002 lines 256 and
 * 270: 2366.08 and 2366.07), and a rate beside the amounts it is made of: "公务用车运行维护费实际支出
 * 0.94万元，年初公务用车预算2.4万元。“三公经费”控制率为60.8%" (001 line 859: 0.94 / 2.4 = 39.2%).
 */
import type { Discrepancy } from './discrepancyKinds';
import { fixed } from './numbers';
import { joinProse, type SourceLine } from './proseFigures';

const AMOUNT = /(\d+(?:\.\d+)?)万元/gu;

function decimalsOf(numeral: string): number {
  return numeral.split('.')[1]?.length ?? 0;
}

type Listed = Discrepancy & { line: number };

/** A stated total of 万元 against the parts listed for it; null when they agree to the cent written. */
function amountSum(label: string, total: string, parts: readonly string[], line: number): Listed | null {
  const sum = parts.reduce((s, p) => s + Number(p), 0);
  const diff = Math.abs(sum - Number(total));
  const decimals = Math.max(decimalsOf(total), ...parts.map(decimalsOf));
  const unit = 10 ** -decimals;
  if (diff < unit / 2) return null;
  const rounding = diff <= (parts.length + 1) * (unit / 2) + 1e-9;
  return {
    field: 'prose.sum',
    reported: total,
    computed: fixed(sum, decimals),
    kind: 'ARITHMETIC',
    severity: rounding ? 'ROUNDING' : 'MINOR',
    causedBy: null,
    message: `The prose gives ${label} ${total} 万元 but lists ${parts.length} items adding up to ${fixed(sum, decimals)} 万元.${rounding ? ' Within the rounding of the items written.' : ''}`,
    messageZh: `正文所述${label}${total}万元，所列${parts.length}项合计${fixed(sum, decimals)}万元。${rounding ? '在各项填列精度的舍入范围内。' : ''}`,
    line,
  };
}

/** "其中：a 万元，主要包括：…。b 万元，主要包括：…。": the heads of consecutive item lists. */
const LIST_HEAD = /^([\u4e00-\u9fa5]{2,8})(\d+(?:\.\d+)?)万元,主要包括:[^。]+。/u;
/** "其中：工资福利支出 2278.48 万元，占总支出的 80.8 %；…": a part with its share of the total. */
const SHARE = /^([^,;。:]{2,16}?)(\d+(?:\.\d+)?)万元,占[^,;。]{0,8}?(\d+(?:\.\d+)?)%[;。,]?/u;

/** Consecutive matches of `pattern` from `at`. */
function consecutive(text: string, at: number, pattern: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (;;) {
    const m = pattern.exec(text.slice(at));
    if (!m) return out;
    out.push(m);
    at += m[0].length;
  }
}

/** The amounts (万元) of the sentence before `at`, with where each is written. */
function amountsBefore(text: string, at: number): { value: string; index: number }[] {
  const start = text.lastIndexOf('。', at - 2) + 1;
  return [...text.slice(start, at).matchAll(AMOUNT)].map((m) => ({ value: m[1]!, index: start + m.index! }));
}

export function proseSumDiscrepancies(lines: readonly SourceLine[]): Listed[] {
  const { text, lineAt } = joinProse(lines);
  const out: Listed[] = [];
  // "X 万元，主要包括：a 万元、b 万元……。"
  for (const m of text.matchAll(/([\u4e00-\u9fa5]{2,8})(\d+(?:\.\d+)?)万元,主要包括:([^。]+)。/gu)) {
    const parts = [...m[3]!.matchAll(AMOUNT)].map((p) => p[1]!);
    if (parts.length < 2) continue;
    const d = amountSum(m[1]!, m[2]!, parts, lineAt[m.index! + m[1]!.length]!);
    if (d) out.push(d);
  }
  for (const m of text.matchAll(/([\u4e00-\u9fa5]{2,8})(\d+(?:\.\d+)?)万元,其中:/gu)) {
    // "基本支出 X 万元，其中：人员经费 a 万元，主要包括：…。公用经费 b 万元，主要包括：…。"
    const heads = consecutive(text, m.index! + m[0].length, LIST_HEAD);
    if (heads.length < 2) continue;
    const d = amountSum(
      m[1]!,
      m[2]!,
      heads.map((h) => h[2]!),
      lineAt[m.index! + m[1]!.length]!,
    );
    if (d) out.push(d);
  }
  for (const m of text.matchAll(/其中:/gu)) {
    // "…支出决算为 X 万元，…。其中：a 万元，占总支出的 p%；…": the total is the amount the shares are of.
    const parts = consecutive(text, m.index! + m[0].length, SHARE);
    if (parts.length < 2) continue;
    const largest = parts.reduce((a, b) => (Number(b[3]) > Number(a[3]) ? b : a));
    if (Number(largest[3]) === 0) continue;
    const estimate = Number(largest[2]) / (Number(largest[3]) / 100);
    const total = amountsBefore(text, m.index!)
      .filter((a) => Math.abs(Number(a.value) - estimate) <= 0.05 * estimate)
      .sort((a, b) => Math.abs(Number(a.value) - estimate) - Math.abs(Number(b.value) - estimate))[0];
    if (!total) continue;
    const label = /([\u4e00-\u9fa5]{2,8}?)(?:为|是)?$/u.exec(text.slice(Math.max(0, total.index - 8), total.index))?.[1] ?? '合计';
    const d = amountSum(
      label,
      total.value,
      parts.map((p) => p[2]!),
      lineAt[total.index]!,
    );
    if (d) out.push(d);
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
  return [...out, ...restatedBudgets(text, lineAt), ...controlRates(text, lineAt)].sort((a, b) => a.line - b.line);
}

/**
 * "年初预算为 A 万元（…），支出决算为 B 万元": the same 支出决算 stated with two 年初预算 (a total and its
 * only 款, 002 lines 256 and 270). One unit of the last digit apart is the items' rounding (ROUNDING).
 */
function restatedBudgets(text: string, lineAt: readonly number[]): Listed[] {
  const out: Listed[] = [];
  const first = new Map<string, { budget: string; line: number }>();
  for (const m of text.matchAll(/年初预算(?:数)?为(\d+(?:\.\d+)?)万元(?:\([^()]*\))?,支出决算(?:数)?为(\d+(?:\.\d+)?)万元/gu)) {
    const [budget, spent] = [m[1]!, m[2]!];
    const line = lineAt[m.index! + m[0].indexOf(budget)]!;
    const before = first.get(spent);
    if (!before) {
      first.set(spent, { budget, line });
      continue;
    }
    const diff = Math.abs(Number(budget) - Number(before.budget));
    if (diff < 1e-9) continue;
    const decimals = Math.max(decimalsOf(budget), decimalsOf(before.budget));
    const rounding = diff <= 10 ** -decimals + 1e-9;
    out.push({
      field: 'prose.initialBudget',
      reported: budget,
      computed: before.budget,
      kind: 'ARITHMETIC',
      severity: rounding ? 'ROUNDING' : 'MINOR',
      causedBy: null,
      message: `The prose states the initial budget (年初预算) behind the same 支出决算 ${spent} 万元 as ${before.budget} 万元 (line ${before.line}) and as ${budget} 万元.${rounding ? ' One unit of the last digit apart: the rounding of the items.' : ''}`,
      messageZh: `正文对同一支出决算${spent}万元所述年初预算，第${before.line}行为${before.budget}万元，此处为${budget}万元。${rounding ? '相差末位一个单位，属分项舍入。' : ''}`,
      line,
    });
  }
  return out;
}

/**
 * “三公经费”控制率 = 实际支出 / 预算 (部门整体绩效 indicator), checked against the amounts the same
 * paragraph states. 001 line 859 writes 60.8% beside 0.94 and 2.4 万元: 39.2%, and 60.8% is its
 * complement — the share saved, not the share spent.
 */
function controlRates(text: string, lineAt: readonly number[]): Listed[] {
  const out: Listed[] = [];
  for (const m of text.matchAll(/三公[”"]?经费[”"]?控制率(?:为|是|达)?(\d+(?:\.\d+)?)%/gu)) {
    // The paragraph: back to its enumerating sign (④) or at most 200 characters.
    const before = text.slice(Math.max(0, m.index! - 200), m.index!);
    const paragraph = before.slice(Math.max(0, ...[...before.matchAll(/[①-⑳]/gu)].map((x) => x.index!)));
    const spent = [...paragraph.matchAll(/实际支出(?:为)?(\d+(?:\.\d+)?)万元/gu)].map((x) => Number(x[1]));
    const budget = [...paragraph.matchAll(/预算(?:数)?(?:为)?(\d+(?:\.\d+)?)万元/gu)].map((x) => Number(x[1]));
    if (spent.length !== 1 || budget.length !== 1 || budget[0] === 0) continue;
    const rate = (100 * spent[0]!) / budget[0]!;
    const decimals = decimalsOf(m[1]!);
    const stated = Number(m[1]);
    if (Math.abs(stated - rate) <= 0.5 * 10 ** -decimals + 1e-9) continue;
    const complement = Math.abs(stated - (100 - rate)) <= 0.5 * 10 ** -decimals + 1e-9;
    const computed = `${fixed(rate, decimals)}%`;
    out.push({
      field: 'prose.threePublicControlRate',
      reported: `${m[1]}%`,
      computed,
      kind: 'ARITHMETIC',
      severity: 'MINOR',
      causedBy: null,
      message: `The prose gives the “三公经费” control rate (控制率) as ${m[1]}%, but its own amounts give ${spent[0]} / ${budget[0]} 万元 = ${computed}.${complement ? ` ${m[1]}% is 100% − ${computed}: the share saved, not the share spent.` : ''}`,
      messageZh: `正文所述“三公经费”控制率为${m[1]}%，按其所列金额${spent[0]}÷${budget[0]}万元计算为${computed}。${complement ? `${m[1]}%为100%−${computed}，即节约率而非控制率。` : ''}`,
      line: lineAt[m.index! + m[0].lastIndexOf(m[1]!)]!,
    });
  }
  return out;
}
