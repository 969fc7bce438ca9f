/**
 * One row contradicting itself (issue 12, kind WITHIN_ROW): an indicator's note (指标说明) names a
 * figure in the target's unit that is not the target (003 line 24: "参加城镇职工基本养老保险人数
 * 37.89万人" against the target 57.89万人). The score follows the target column, so it is MINOR.
 */
import type { Discrepancy } from './discrepancy';
import { normalizeValueText } from './reportedValue';
import type { ProjectInput, ProjectScore } from './projectScore';

const FIGURE = /(\d+(?:\.\d+)?)(万人次|万人|人次|亿元|万元|万|人|次|%|家|个|套|元)/gu;

/** Figures with their units in a text: "37.89万人" → [{ value: 37.89, unit: '万人' }]. */
export function figuresIn(text: string): { value: number; unit: string; raw: string }[] {
  return [...normalizeValueText(text).matchAll(FIGURE)].map((m) => ({ value: Number(m[1]), unit: m[2]!, raw: m[0] }));
}

export function rowDiscrepancies(input: ProjectInput, score: ProjectScore): Discrepancy[] {
  const out: Discrepancy[] = [];
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
