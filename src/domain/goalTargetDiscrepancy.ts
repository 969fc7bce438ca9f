/**
 * A department goal's indicator against the same indicator in a project table of the same
 * documents (issue 12, kind CROSS_TABLE): 002's 年度目标1 sets 事业单位工作人员录取人数 at 118 人 where
 * the project 事业单位公开招聘… sets it at 32 人; 年度目标3 sets 妥善处置拖欠农民工工资案件清欠率 at
 * ≥90% where its project sets ≥96%. Indicators are the same when their names are (a leading year
 * dropped); targets are compared as numbers in the same unit (a text target such as 满意 is not
 * compared). One project agreeing is enough: the goal may take its figure from it. A target
 * changes no score by itself: MINOR.
 */
import type { Discrepancy } from './discrepancyKinds';
import { plainName } from './narrativeDiscrepancy';
import { parseReportedValue, type NumericValue } from './reportedValue';

export interface TargetRow {
  index: number;
  name: string;
  target: string | null;
  line: number;
}

export interface ProjectTargets {
  name: string;
  indicators: TargetRow[];
}

function numeric(text: string | null): NumericValue | null {
  if (!text) return null;
  const v = parseReportedValue(text);
  return v.kind === 'NUMBER' ? v : null;
}

/** Whether two targets say the same: same unit and bound, the same value within the rounding of the coarser one. */
function sameTarget(a: NumericValue, b: NumericValue): boolean {
  if ((a.unit ?? '') !== (b.unit ?? '') || a.comparator !== b.comparator) return false;
  const digits = (v: NumericValue) => /\d+(?:\.(\d+))?/.exec(v.raw)?.[1]?.length ?? 0;
  const scale = (v: NumericValue) => v.value / Number(/\d+(?:\.\d+)?/.exec(v.raw.replace(/,/g, ''))?.[0] ?? 1) || 1;
  const coarse = digits(a) <= digits(b) ? a : b;
  return Math.abs(a.value - b.value) <= 0.5 * 10 ** -digits(coarse) * scale(coarse) + 1e-9;
}

export function goalTargetDiscrepancies(goalIndicators: TargetRow[], projects: ProjectTargets[]): (Discrepancy & { line: number })[] {
  const out: (Discrepancy & { line: number })[] = [];
  for (const g of goalIndicators) {
    const target = numeric(g.target);
    if (!target) continue;
    const same = projects.flatMap((p) =>
      p.indicators
        .filter((i) => plainName(i.name) === plainName(g.name))
        .flatMap((i) => {
          const t = numeric(i.target);
          return t && (t.unit ?? '') === (target.unit ?? '') ? [{ project: p.name, row: i, target: t }] : [];
        }),
    );
    if (same.length === 0 || same.some((s) => sameTarget(target, s.target))) continue;
    const first = same[0]!;
    const name = plainName(g.name);
    const theirs = first.row.target!.replace(/\s+/g, '');
    const ours = g.target!.replace(/\s+/g, '');
    out.push({
      field: `indicators[${g.index}].target`,
      reported: ours,
      computed: theirs,
      kind: 'CROSS_TABLE',
      severity: 'MINOR',
      causedBy: null,
      message: `The department goal sets "${name}" at ${ours}; the project table of "${first.project}" (line ${first.row.line}) sets the same indicator at ${theirs}.`,
      messageZh: `部门整体目标中“${name}”的目标值为${ours}，项目“${first.project}”的自评表（第${first.row.line}行）同一指标为${theirs}。`,
      line: g.line,
    });
  }
  return out;
}
