/** Indicators (绩效指标) of many projects, department evaluations or goals in one statement. */
import { Prisma } from '../../generated/prisma';
import type { SqlReader } from '../reader';

export interface IndicatorRow {
  id: number;
  projectId: number | null;
  departmentEvaluationId: number | null;
  goalId: number | null;
  position: number;
  level1: string | null;
  level1Kind: string | null;
  level2: string | null;
  name: string;
  description: string | null;
  scoringRule: string | null;
  targetText: string | null;
  actualText: string | null;
  targetValue: number | null;
  actualValue: number | null;
  unit: string | null;
  comparator: string | null;
  weight: number | null;
  weightText: string | null;
  reportedScore: number | null;
  reportedScoreText: string | null;
  deviationNote: string | null;
  lineStart: number;
  lineEnd: number;
  conceptKey: string | null;
  direction: string | null;
  scoreMethod: string | null;
  score: number | null;
  scoreMin: number | null;
  scoreMax: number | null;
  judgement: string | null;
  scoreNote: string | null;
}

export const indicatorColumns = Prisma.sql`
  i.id, i.project_id AS "projectId", i.department_evaluation_id AS "departmentEvaluationId", i.goal_id AS "goalId",
  i.position, i.level1, i.level1_kind AS "level1Kind", i.level2, i.name, i.description, i.scoring_rule AS "scoringRule",
  i.target_text AS "targetText", i.actual_text AS "actualText", i.target_value::float8 AS "targetValue",
  i.actual_value::float8 AS "actualValue", i.unit, i.comparator, i.weight::float8 AS weight, i.weight_text AS "weightText",
  i.reported_score::float8 AS "reportedScore", i.reported_score_text AS "reportedScoreText", i.deviation_note AS "deviationNote",
  i.line_start AS "lineStart", i.line_end AS "lineEnd", i.concept_key AS "conceptKey", i.direction,
  i.score_method AS "scoreMethod", i.score::float8 AS score, i.score_min::float8 AS "scoreMin",
  i.score_max::float8 AS "scoreMax", i.judgement, i.score_note AS "scoreNote"`;

export type IndicatorOwner = 'project' | 'departmentEvaluation' | 'goal';

const OWNER_COLUMN: Record<IndicatorOwner, string> = {
  project: 'i.project_id',
  departmentEvaluation: 'i.department_evaluation_id',
  goal: 'i.goal_id',
};

export async function indicatorsOf(reader: SqlReader, owner: IndicatorOwner, ids: readonly number[]): Promise<IndicatorRow[]> {
  const column = Prisma.raw(OWNER_COLUMN[owner]);
  return reader.$queryRaw<IndicatorRow[]>`
    SELECT ${indicatorColumns} FROM indicator i WHERE ${column} = ANY(${[...ids]}::int[]) ORDER BY ${column}, i.position`;
}
