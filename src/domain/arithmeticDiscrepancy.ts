/**
 * The document's own arithmetic (issue 12, kind ARITHMETIC): parts against the totals the same
 * table states — the 分值 of a block against its 一级指标 heading ("产出指标 (50分)"), the scores of
 * a block without weights against that heading (000), the weights against the full marks, an
 * annual goal's indicator weights against the goal's heading ("年度目标1 … (18分)") and its
 * output/benefit split against "分值权重50%". Checked on the reported figures, never the computed.
 */
import type { Discrepancy } from './discrepancyKinds';
import { fixed, round } from './numbers';
import { classifyFirstLevel, type ProjectInput, type ProjectScore } from './projectScore';
import type { FirstLevel, RuleSet } from './ruleSet';

const EPSILON = 1e-6;

/** The Chinese name of each first-level indicator (一级指标), for messages. */
export const LEVEL_ZH: Record<FirstLevel, string> = {
  INPUT: '投入指标',
  PROCESS: '过程指标',
  OUTPUT: '产出指标',
  BENEFIT: '效益指标',
  SATISFACTION: '满意度指标',
};

function sum(values: number[]): number {
  return round(values.reduce((s, v) => s + v, 0), 4);
}

function n(x: number): string {
  return Number.isInteger(x) ? String(x) : fixed(x, 2);
}

function arithmetic(field: string, reported: number, computed: number, message: string, messageZh: string): Discrepancy {
  return { field, reported: n(reported), computed: n(computed), kind: 'ARITHMETIC', severity: 'MAJOR', causedBy: null, message, messageZh };
}

/** Each block's weights (or, without weights, its scores) against its heading; the weights against the full marks. */
export function blockDiscrepancies(input: ProjectInput, score: ProjectScore, ruleSet: RuleSet): Discrepancy[] {
  const out: Discrepancy[] = [];
  // A block is the rows under one heading with points ("效益指标 (30分)"): 001's department table
  // files its 满意度 rows under 效益指标 (30分), so the heading, not the row's kind, makes the block.
  const blocks = new Map<FirstLevel, { stated: number | null; weights: (number | null)[]; scores: (number | null)[] }>();
  for (const scored of score.indicators) {
    if (scored.constraint || scored.goal !== null) continue;
    const row = input.indicators[scored.index];
    const heading = classifyFirstLevel(row?.level1, null);
    const level = heading.statedWeight !== null ? heading.level : classifyFirstLevel(row?.level1, row?.level2).level;
    if (level === null) continue;
    const block = blocks.get(level) ?? { stated: null, weights: [], scores: [] };
    block.stated ??= heading.statedWeight;
    block.weights.push(scored.reportedWeight);
    block.scores.push(scored.reportedScore);
    blocks.set(level, block);
  }
  for (const [level, block] of blocks) {
    if (block.stated === null) continue;
    const zh = LEVEL_ZH[level];
    const weights = block.weights.filter((w): w is number => w !== null);
    if (weights.length === block.weights.length && weights.length > 0) {
      const total = sum(weights);
      if (Math.abs(total - block.stated) > EPSILON) {
        out.push(
          arithmetic(
            `blocks[${level}].weight`,
            block.stated,
            total,
            `The ${level.toLowerCase()} indicators (${zh}) weigh ${n(total)} (分值) but their heading says ${n(block.stated)}分.`,
            `${zh}各项分值合计${n(total)}分，与一级指标标注的${n(block.stated)}分不符。`,
          ),
        );
      }
    } else if (weights.length === 0) {
      const scores = block.scores.filter((s): s is number => s !== null);
      const total = sum(scores);
      if (scores.length > 0 && total > block.stated + EPSILON) {
        out.push(
          arithmetic(
            `blocks[${level}].score`,
            block.stated,
            total,
            `The ${level.toLowerCase()} indicators (${zh}) score ${n(total)} together, more than the ${n(block.stated)}分 of their heading.`,
            `${zh}各项得分合计${n(total)}分，超过一级指标标注的${n(block.stated)}分。`,
          ),
        );
      }
    }
  }
  const indicatorWeights = score.indicators.filter((i) => !i.constraint).map((i) => i.reportedWeight);
  const budgetWeight = score.execution.weight;
  if (
    (input.goals ?? []).length === 0 &&
    indicatorWeights.length > 0 &&
    indicatorWeights.every((w): w is number => w !== null) &&
    budgetWeight !== null
  ) {
    const total = sum([budgetWeight, ...indicatorWeights]);
    if (Math.abs(total - ruleSet.fullMarks) > EPSILON) {
      const d = arithmetic(
        'weightSum',
        total,
        ruleSet.fullMarks,
        `Budget weight ${n(budgetWeight)} + indicator weights ${n(total - budgetWeight)} = ${n(total)}, not the full marks ${ruleSet.fullMarks}.`,
        `预算执行分值${n(budgetWeight)}加各指标分值${n(total - budgetWeight)}合计${n(total)}分，不等于满分${ruleSet.fullMarks}分。`,
      );
      // Blocks short of (or over) their headings by exactly the gap: the gap is theirs, counted there.
      const blockGaps = out.filter((b) => b.field.endsWith('.weight'));
      const explained = sum(blockGaps.map((b) => Number(b.computed) - Number(b.reported)));
      if (blockGaps.length > 0 && Math.abs(explained - (total - ruleSet.fullMarks)) <= EPSILON) {
        d.severity = 'INFO';
        d.causedBy = blockGaps.map((b) => b.field).join(',');
      }
      out.push(d);
    }
  }
  return out;
}

/** The share a goal's output or benefit block claims: "产出指标（分值权重50%）" → 0.5. */
export function statedShare(level1: string | null | undefined): number | null {
  const match = /分值权重\s*(\d+(?:\.\d+)?)\s*%/u.exec(level1 ?? '');
  return match ? Number(match[1]) / 100 : null;
}

/**
 * Annual goals (年度目标) of a department-wide table: indicator weights against the goal's
 * heading, output/benefit shares against "分值权重", goal weights + budget weight against 100.
 */
export function goalDiscrepancies(input: ProjectInput, score: ProjectScore, ruleSet: RuleSet): Discrepancy[] {
  const goals = input.goals ?? [];
  if (goals.length === 0) return [];
  const out: Discrepancy[] = [];
  for (const goal of goals) {
    const members = score.indicators.filter((i) => i.goal === goal.key && !i.constraint);
    const weights = members.map((i) => i.reportedWeight);
    if (members.length === 0 || !weights.every((w): w is number => w !== null)) continue;
    const total = sum(weights);
    if (Math.abs(total - goal.weight) > EPSILON) {
      out.push(
        arithmetic(
          `goals[${goal.key}].weight`,
          goal.weight,
          total,
          `Annual goal ${goal.key} (年度目标) is headed ${n(goal.weight)}分 but its indicators weigh ${n(total)}.`,
          `年度目标${goal.key}标注${n(goal.weight)}分，但其指标分值合计${n(total)}分。`,
        ),
      );
      continue;
    }
    for (const level of ['OUTPUT', 'BENEFIT'] as const) {
      const inLevel = members.filter((i) => i.firstLevel === level);
      const share = inLevel.map((i) => statedShare(input.indicators[i.index]?.level1)).find((s) => s !== null) ?? null;
      if (share === null || inLevel.length === 0) continue;
      const earlier = out.find((d) => d.field.startsWith(`goals[${goal.key}].`) && d.field.endsWith('Share'));
      const levelWeight = sum(inLevel.map((i) => i.reportedWeight!));
      const expected = round(goal.weight * share, 4);
      if (Math.abs(levelWeight - expected) > EPSILON) {
        const zh = LEVEL_ZH[level];
        const d = arithmetic(
          `goals[${goal.key}].${level.toLowerCase()}Share`,
          expected,
          levelWeight,
          `Annual goal ${goal.key}: the ${level.toLowerCase()} indicators (${zh}) are headed 分值权重 ${n(share * 100)}% of ${n(goal.weight)} = ${n(expected)}, but weigh ${n(levelWeight)}.`,
          `年度目标${goal.key}的${zh}标注分值权重${n(share * 100)}%（即${n(expected)}分），但其分值合计${n(levelWeight)}分。`,
        );
        // The other half of the same split is the same mistake.
        if (earlier) Object.assign(d, { severity: 'INFO', causedBy: earlier.field });
        out.push(d);
      }
    }
  }
  const budgetWeight = input.budgetWeight ?? 0;
  const total = sum([budgetWeight, ...goals.map((g) => g.weight)]);
  if (Math.abs(total - ruleSet.fullMarks) > EPSILON) {
    out.push(
      arithmetic(
        'goals.weight',
        total,
        ruleSet.fullMarks,
        `Budget execution ${n(budgetWeight)} + the annual goals' weights ${n(total - budgetWeight)} = ${n(total)}, not ${ruleSet.fullMarks}.`,
        `预算执行${n(budgetWeight)}分加各年度目标分值${n(total - budgetWeight)}分合计${n(total)}分，不等于${ruleSet.fullMarks}分。`,
      ),
    );
  }
  return out;
}
