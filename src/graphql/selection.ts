/**
 * What a GraphQL request asks of a field: the names selected beneath it (through fragments and
 * inline fragments), read from graphql-js's resolve info, so that SQL computes only those.
 * Directives (@skip/@include) are not evaluated: a field they drop is still counted, which costs
 * a figure computed for nothing, never a figure missing.
 */
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { ALL_ROLLUP_FIGURES, type RollupFigure } from '../db/queries/rollup';
import { DEPARTMENT_EVALUATION_FIELDS, type DepartmentEvaluationRow } from '../db/rows/departmentEvaluation';
import { INDICATOR_FIELDS, type IndicatorRow } from '../db/rows/indicator';
import { PROJECT_FIELDS, type ProjectRow } from '../db/rows/projectEvaluation';

/** The fields selected directly in these selection sets, by name (aliases resolved), with their own selections. */
function fieldsOf(sets: readonly SelectionSetNode[], info: GraphQLResolveInfo): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') out.push(selection);
      else if (selection.kind === 'InlineFragment') visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const set of sets) visit(set);
  return out;
}

/** The selection sets found by following `path` (field names) down from the field being resolved. */
function selectionsAt(info: GraphQLResolveInfo, path: readonly string[]): SelectionSetNode[] {
  let sets = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const name of path) {
    sets = fieldsOf(sets, info)
      .filter((f) => f.name.value === name)
      .flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  }
  return sets;
}

/** The names selected at `path` beneath the field being resolved. */
export function selectedNames(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  return new Set(fieldsOf(selectionsAt(info, path), info).map((f) => f.name.value));
}

/** The Rollup fields that are not one figure of the same name. */
const ROLLUP_FIELD_FIGURES: Record<string, RollupFigure[]> = {
  gradeCounts: ['excellent', 'good', 'fair', 'poor'],
  reportedGradeCounts: ['reportedExcellent', 'reportedGood', 'reportedFair', 'reportedPoor'],
  ungradedCount: ['ungraded'],
  computedScoreCoverage: ['computedScoreProjects', 'computedScoreBudget'],
  reportedScoreCoverage: ['reportedScoreProjects', 'reportedScoreBudget'],
  uncomputedScoreReasons: ['uncomputedNoBudget', 'uncomputedNoExecuted', 'uncomputedUnweightedIndicators', 'uncomputedOther'],
  // Not figures of the rollup statement.
  year: [],
  __typename: [],
};

const FIGURES = new Set<string>(ALL_ROLLUP_FIGURES);

/**
 * The figures a Rollup object selected at `path` beneath the field being resolved needs; every
 * figure when a field is neither a figure nor known here (a field added later is never starved).
 */
export function rollupFigures(info: GraphQLResolveInfo, path: readonly string[] = []): RollupFigure[] {
  const figures: RollupFigure[] = [];
  for (const name of selectedNames(info, path)) {
    const known = ROLLUP_FIELD_FIGURES[name] ?? (FIGURES.has(name) ? [name as RollupFigure] : null);
    if (!known) return [...ALL_ROLLUP_FIGURES];
    figures.push(...known);
  }
  return figures;
}

/** The figures each field of a RollupChange (同比) compares; `current` and `previous` are rollups. */
const CHANGE_FIGURES: Record<string, RollupFigure[]> = {
  budgetChange: ['budget'],
  executedChange: ['executed'],
  executionRateChange: ['executionRate'],
  weightedScoreChange: ['weightedScore'],
  projectCountChange: ['projectCount'],
  current: [],
  previous: [],
  __typename: [],
};

/** The figures both years of a RollupChange being resolved need. */
export function rollupChangeFigures(info: GraphQLResolveInfo): RollupFigure[] {
  const figures = [...rollupFigures(info, ['current']), ...rollupFigures(info, ['previous'])];
  for (const name of selectedNames(info)) {
    const known = CHANGE_FIGURES[name];
    if (!known) return [...ALL_ROLLUP_FIGURES];
    figures.push(...known);
  }
  return figures;
}

/**
 * The row fields (columns) a row's object selected at `path` beneath the field being resolved
 * reads: a selected field of the same name as a row field reads it, `renamed` names what the
 * others read; every row field when a selected field is neither (a field added later is never
 * starved).
 */
export function rowFields<F extends string>(
  info: GraphQLResolveInfo,
  all: readonly F[],
  renamed: Readonly<Record<string, readonly F[]>>,
  path: readonly string[] = [],
): F[] {
  const known = new Set<string>(all);
  const fields = new Set<F>();
  for (const name of selectedNames(info, path)) {
    const read = Object.prototype.hasOwnProperty.call(renamed, name) ? renamed[name]! : known.has(name) ? [name as F] : null;
    if (!read) return [...all];
    for (const f of read) fields.add(f);
  }
  return [...fields];
}

/** The Indicator fields not named as the row field they expose. */
const INDICATOR_RENAMED: Record<string, (keyof IndicatorRow)[]> = {
  target: ['targetText'],
  actual: ['actualText'],
  concept: ['conceptKey'],
  __typename: [],
};

/** The indicator row fields the Indicator objects of the list being resolved read. */
export function indicatorFields(info: GraphQLResolveInfo): (keyof IndicatorRow)[] {
  return rowFields(info, INDICATOR_FIELDS, INDICATOR_RENAMED);
}

/** The ProjectEvaluation fields not named as the row field they read (the id is always read). */
const PROJECT_RENAMED: Record<string, (keyof ProjectRow)[]> = {
  region: ['regionCode'],
  organization: ['organizationId'],
  filledOn: ['filledOnText'],
  indicators: [],
  discrepancies: [],
  listedDiscrepancyCount: [],
  reportedCells: ['reportedText'],
  source: ['documentId', 'lineStart', 'lineEnd'],
  narrativeSource: ['documentId', 'narrativeLineStart', 'narrativeLineEnd'],
  __typename: [],
};

/** The project row fields the projects of the connection being resolved read (its edges' nodes), sorted. */
export function projectFields(info: GraphQLResolveInfo): (keyof ProjectRow)[] {
  return rowFields(info, PROJECT_FIELDS, PROJECT_RENAMED, ['edges', 'node']).sort();
}

/** The DepartmentEvaluation fields not named as the row field they read (the id is always read). */
const DEPARTMENT_EVALUATION_RENAMED: Record<string, (keyof DepartmentEvaluationRow)[]> = {
  region: ['regionCode'],
  organization: ['organizationId'],
  filledOn: ['filledOnText'],
  reportedScore: ['reportedTotalScore'],
  narrativeSource: ['documentId', 'narrativeLineStart', 'narrativeLineEnd'],
  indicators: [],
  goals: ['template'],
  discrepancies: [],
  source: ['documentId', 'lineStart', 'lineEnd'],
  __typename: [],
};

/** The department evaluation row fields the evaluations of the list being resolved read, sorted. */
export function departmentEvaluationFields(info: GraphQLResolveInfo): (keyof DepartmentEvaluationRow)[] {
  return rowFields(info, DEPARTMENT_EVALUATION_FIELDS, DEPARTMENT_EVALUATION_RENAMED).sort();
}
