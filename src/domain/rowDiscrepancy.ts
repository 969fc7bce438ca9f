/**
 * One row contradicting itself (issue 12, kind WITHIN_ROW):
 * - an indicator's note (指标说明) names a figure in the target's unit that is not the target (003
 *   line 24: "参加城镇职工基本养老保险人数 37.89万人" against the target 57.89万人);
 * - the actual value counts in another unit than the target, or in none (002 line 4264: 250 件
 *   against 317 例; 003 line 24: 57.89万人 against 62.27; 000 line 193: 65人 against "65人%").
 * The score follows the target column, so it is MINOR.
 */
import type { Discrepancy } from './discrepancyKinds';
import { normalizeValueText, parseReportedValue } from './reportedValue';
import type { ProjectInput, ProjectScore } from './projectScore';

const FIGURE = /(\d+(?:\.\d+)?)(万人次|万人|人次|亿元|万元|万|人|次|%|家|个|套|元)/gu;

/** Figures with their units in a text: "37.89万人" → [{ value: 37.89, unit: '万人' }]. */
export function figuresIn(text: string): { value: number; unit: string; raw: string }[] {
  return [...normalizeValueText(text).matchAll(FIGURE)].map((m) => ({ value: Number(m[1]), unit: m[2]!, raw: m[0] }));
}

/** Units that count things: a target in one and an actual in another cannot both be right. */
const COUNTS = new Set(['人', '人次', '件', '例', '次', '份', '个', '家', '套', '台', '场', '项', '笔']);

/** The actual value's unit against the target's: another count, none at all, or a stray sign after it ("65人%"). */
function unitMismatch(target: string, actual: string): boolean {
  const t = parseReportedValue(target);
  const a = parseReportedValue(actual);
  if (t.kind !== 'NUMBER' || !t.unit || !COUNTS.has(t.unit.replace(/^万/, ''))) return false;
  if (a.kind === 'TEXT') return new RegExp(String.raw`^\d+(\.\d+)?${t.unit}%$`, 'u').test(normalizeValueText(actual));
  if (a.kind !== 'NUMBER') return false;
  return a.unit === null || (a.unit !== t.unit && COUNTS.has(a.unit.replace(/^万/, '')));
}

export function rowDiscrepancies(input: ProjectInput, score: ProjectScore): Discrepancy[] {
  const out: Discrepancy[] = [];
  input.indicators.forEach((row, index) => {
    if (!row.target || !row.actual || !unitMismatch(row.target, row.actual)) return;
    const name = row.name.replace(/\s+/g, '');
    const [t, a] = [row.target.replace(/\s+/g, ''), row.actual.replace(/\s+/g, '')];
    out.push({
      field: `indicators[${index}].actual`,
      reported: a,
      computed: t,
      kind: 'WITHIN_ROW',
      severity: 'MINOR',
      causedBy: null,
      message: `The actual value (实际完成值) of "${name}" is written ${a}, not in the unit of its target ${t}.`,
      messageZh: `指标“${name}”的实际完成值为${a}，与其目标值${t}的计量单位不一致。`,
    });
  });
  for (const scored of score.indicators) {
    const row = input.indicators[scored.index];
    if (!row?.description || !row.target) continue;
    const target = figuresIn(row.target);
    if (target.length !== 1) continue;
    const [t] = target;
    const stated = figuresIn(row.description).filter((f) => f.unit === t!.unit);
    if (stated.length === 0 || stated.some((f) => f.value === t!.value)) continue;
    const name = row.name.replace(/\s+/g, '');
    out.push({
      field: `indicators[${scored.index}].target`,
      reported: stated.map((f) => f.raw).join('、'),
      computed: t!.raw,
      kind: 'WITHIN_ROW',
      severity: 'MINOR',
      causedBy: null,
      message: `The note (指标说明) of "${name}" says ${stated.map((f) => f.raw).join(', ')} but its target (目标值) is ${t!.raw}.`,
      messageZh: `指标“${name}”的指标说明为${stated.map((f) => f.raw).join('、')}，与其目标值${t!.raw}不一致。`,
    });
  }
  return out;
}
