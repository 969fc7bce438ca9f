/**
 * What a template is: data describing a published self-evaluation table by its labels — the
 * header labels and their synonyms, the roles of the columns, the block headings, the row labels.
 * The engine (src/templates/engine.ts) reads any table a template describes; adding a template
 * is describing its labels (src/templates/definitions/), not writing a parser.
 */

/**
 * Columns of the funding block (预算执行情况 / 项目资金). Sichuan's fund evaluation form has more, read
 * for their place and agreement and not kept: 行次 (`rowNumber`), 统筹整合资金数 (`pooled`, B),
 * 扣除统筹整合资金后预算金额 (`netBudget`, C = A − B: its execution rate is E/C), 全年到位资金
 * (`received`, D) and 预算到位 (`receivedRate`, D/C).
 */
export type FundingRole =
  | 'initialBudget'
  | 'budget'
  | 'executed'
  | 'executionRate'
  | 'weight'
  | 'score'
  | 'note'
  | 'rowNumber'
  | 'pooled'
  | 'netBudget'
  | 'received'
  | 'receivedRate';
/**
 * Rows of the funding block, as ParsedProjectEvaluation names them (department-wide tables:
 * `basic` 基本支出, `project` 项目支出); `extra` rows are read and not kept apart.
 */
export type FundingRowRole = 'total' | 'currentYear' | 'carryOver' | 'other' | 'basic' | 'project' | 'extra';
/** Columns of the indicator block (绩效指标). */
export type IndicatorRole =
  | 'level1'
  | 'level2'
  | 'name'
  | 'comparator'
  | 'target'
  | 'unit'
  | 'actual'
  | 'weight'
  | 'score'
  | 'note'
  | 'description'
  | 'scoringRule'
  /** 单项指标折算得分 (河北): the score converted by the weight share (得分 × 权重占比), read for its place and not kept. */
  | 'convertedScore'
  /**
   * 指标性质 written 正向 / 反向 (a positive or negative indicator) where 指标方向 beside it holds the
   * comparator (内蒙古's 2024 form): read for its place and not kept — the comparator, value and
   * unit make the target.
   */
  | 'polarity';

/** The level columns of an indicator block, outermost first (一级 / 二级 / 三级指标). */
export const LEVEL_ROLES: readonly IndicatorRole[] = ['level1', 'level2', 'name'];

/**
 * Whether an indicator header reads as one: its level columns (一级 / 二级 / 三级指标, of which the
 * first ones may be lost — 一级指标 garbled with the heading) and then a 指标值 or 得分 column.
 */
export function opensWithLevels(roles: readonly IndicatorRole[]): boolean {
  const n = roles.indexOf('name');
  if (n < 0 || n > 2 || !(roles.includes('target') || roles.includes('score'))) return false;
  return roles.slice(0, n + 1).every((role, k) => role === LEVEL_ROLES[3 - (n + 1) + k]);
}

export interface Column<Role extends string> {
  role: Role;
  labels: string[];
  /** Its labels name it only where the header's next label is one of these (指标性质 before 指标方向: src/templates/definitions/national.ts). */
  before?: string[];
}

/** A funding block with no labels: the template has none (a score sheet). */
export const NO_FUNDING: FundingBlock = { heading: [], columns: [], rows: [], subRowMayOmit: [] };

export interface FundingBlock {
  /** The block's heading cell (its weight suffix, e.g. `(10分)`, is the budget weight). */
  heading: string[];
  /** Header cells to pass over (the heading of the row-label column, e.g. 年度预算数(万元)). */
  skip?: string[];
  columns: Column<FundingRole>[];
  rows: { role: FundingRowRole; labels: string[] }[];
  /** Columns a sub-row (其中 …) may leave off at its end (merged or blank in the template). */
  subRowMayOmit: FundingRole[];
  /**
   * Amounts written as labelled cells instead of a block of columns, each label followed by its
   * amount (海南's 项目基本情况: 计划投资额(万元) 570 / 实际到位资金(万元) 398.88 / 实际使用情况(万元) 395.86):
   * the labels of the budget and of the amount executed (src/templates/labelledFunding.ts).
   */
  labelled?: {
    budget: string[];
    executed: string[];
    /** The label of a rate column beside them (预算执行率): the rate is the percentage written right after the amount executed. */
    rate?: string[];
    /** Labels of other amounts written so (到位数, 实际到位资金): read and reported, not kept (a record has no field for them). */
    notKept?: string[][];
  };
  /**
   * Breakdowns written beside the rows, each a label and its amount in one cell (`按收入性质分:2030.12`,
   * `其中:基本支出:900.47`, 湖南): such a cell ends the row before it and is reported as not kept.
   */
  breakdowns?: string[];
}

/**
 * A first-row header label over columns the second row labels (src/templates/headerGroups.ts):
 * the column of `role` among the template's columns stands for the group; split, it is `parts`.
 */
export interface HeaderGroup {
  role: IndicatorRole;
  parts: Column<IndicatorRole>[];
  /** Parts whose label cell the form leaves blank (河北: the value between 符号 and 单位). */
  blankLabels?: IndicatorRole[];
}

export interface IndicatorBlock {
  heading: string[];
  columns: Column<IndicatorRole>[];
  /**
   * Labels of a row of the block that scores the budget's execution (河北: 预算执行率, written across
   * the level columns and again as the 三级指标): its weight and score are the budget's, not an indicator's.
   */
  budgetRow?: string[];
  /** Groups of columns a two-row header labels (河北's 预期指标值 and 自评得分). */
  groups?: HeaderGroup[];
}

export interface Template {
  id: string;
  /** A project table (ParsedProjectEvaluation) or a department-wide one (ParsedDepartmentEvaluation, its name label naming the unit). */
  kind: 'project' | 'department';
  /** What it is and where it is used, for people. */
  description: string;
  /** Labels that must all appear in a record (each a list of synonyms) for this template to read it. */
  recognisedBy: string[][];
  /** Text a title cell contains (e.g. 项目支出绩效自评表); the year in it is the fiscal year. */
  titles: string[];
  /**
   * For a table that may write no name label (a department's score sheet): labels that open a
   * record there — besides a title cell — outside any other record. Its unit and year are then the
   * ones its title, or the page title above it, names before its year (`大英县总工会2020年度部门决算`).
   */
  startLabels?: string[];
  /**
   * The form has no name cell: it names what it evaluates only in its title, between the year and
   * the title word (`****2024年度林业草原改革发展资金绩效评价表` → 林业草原改革发展资金).
   */
  namedByTitle?: boolean;
  /**
   * The weights the form prints in its block headings whatever the project (预算执行情况(10分),
   * 绩效指标(90分)): what tells the one figure of a headless tail's rows apart (src/templates/headlessTail.ts).
   */
  formWeights?: { budget: number; indicators: number };
  /** The 一级/二级指标 cells carry their weight (`预算编制(30分)`): such a cell opens a row as a level, whatever its words. */
  weightedLevels?: boolean;
  /**
   * The 三级指标 cells carry their weight too (`相关性(5分)`), the form having no 分值 column: the
   * weighted cell a row's figures follow is its indicator (its weight read from the bracket), the
   * weighted cells before it its levels (src/templates/weightedRows.ts rebuilds such rows of a PDF).
   */
  weightedNames?: boolean;
  /**
   * Level words (src/templates/vocabulary.ts) that are also words of names and prose (项目管理,
   * 绩效目标): a flattened text takes them for levels in this template's indicator block only.
   */
  levelWords?: string[];
  /**
   * The label of a column right after the 一级指标 that holds its weight (江西's 自评权重 after 分解目标):
   * each level cell is joined with it where the weights add up (src/templates/levelWeightColumns.ts).
   */
  levelWeightLabels?: string[];
  /**
   * Labels that open with a word the cell before them may end with (项目预算执行情况 after 一次性项目):
   * read where cells are apart or broken over lines, never looked for inside glued text, where they
   * would take the word from the cell before (`一次性项目预算执行情况` is 一次性项目 | 预算执行情况).
   */
  notInGluedText?: string[];
  /**
   * Weighted annual goals (年度目标N: … (N分), src/templates/goals.ts) divide the indicator block:
   * each goal row opens a goal, the indicators after it are its own (a department-wide table).
   */
  goalRows?: boolean;
  /** A department's 基本支出总额 / 项目支出总额 written as labelled cells above its funding block. */
  expenditureLabels?: { basic: string[]; project: string[] };
  /** A project's 项目类别 / 项目属性 / 项目类型, each a row of options with the one that applies ticked (src/templates/classification.ts). */
  classificationLabels?: { category: string[]; attribute: string[]; type: string[] };
  nameLabels: string[];
  supervisingLabels: string[];
  implementingLabels: string[];
  funding: FundingBlock;
  /**
   * 年度总体目标's columns: the goal set, and what was done. `adjusted`: a column between them for
   * the goal as adjusted during the year (重庆's 全年(调整)绩效目标), read and reported, not kept.
   */
  goals: { expected: string[]; actual: string[]; adjusted?: string[] } | null;
  indicators: IndicatorBlock;
  /** The total row's label (总分, 合计); its figures stand under the indicator columns (分值 / 得分 …). Empty: the template has none. */
  total: {
    labels: string[];
    /** The total is a labelled cell in the header (自评得分 98, Yinchuan), not a row under the indicators. */
    inHeader?: boolean;
    /**
     * Where the table has no total row, the total its report states in the prose before it
     * (`项目绩效评价总体得分95分`): the phrases that say it, each followed by the score and 分.
     */
    inProse?: string[];
  };
  /** Labelled cells after the table: label → field. */
  closing: { deviationAnalysis: string[]; improvementMeasures: string[] };
  /** Other labels of the template (never values): a cell after a label that is one of these is "nothing written". */
  otherLabels: string[];
}

/** The three indicator levels every template heads its indicator table with: 一级指标 / 二级指标 / 三级指标. */
export const INDICATOR_LEVELS: Column<IndicatorRole>[] = [
  { role: 'level1', labels: ['一级指标'] },
  { role: 'level2', labels: ['二级指标'] },
  { role: 'name', labels: ['三级指标'] },
];

/** Every label a template writes (never a value): names, headings, column and row labels, goals, closing and other labels. */
export function labelsOf(t: Template): string[] {
  return [
    ...t.nameLabels,
    ...t.supervisingLabels,
    ...t.implementingLabels,
    ...t.funding.heading,
    ...(t.funding.skip ?? []),
    ...t.funding.rows.flatMap((r) => r.labels),
    ...(t.funding.labelled ? [...t.funding.labelled.budget, ...t.funding.labelled.executed] : []),
    ...t.indicators.heading,
    ...t.total.labels,
    ...(t.goals ? [...t.goals.expected, ...t.goals.actual, ...(t.goals.adjusted ?? [])] : []),
    ...t.closing.deviationAnalysis,
    ...t.closing.improvementMeasures,
    ...t.otherLabels,
    ...(t.levelWeightLabels ?? []),
    ...(t.expenditureLabels ? [...t.expenditureLabels.basic, ...t.expenditureLabels.project] : []),
    ...(t.classificationLabels ? Object.values(t.classificationLabels).flat() : []),
    ...columnLabelsOf(t),
  ];
}

/** The labels of a template's funding and indicator columns (and the funding header cells passed over): they stand in header rows only. */
export function columnLabelsOf(t: Template): string[] {
  return [
    ...(t.funding.skip ?? []),
    ...[...t.funding.columns, ...t.indicators.columns, ...(t.indicators.groups ?? []).flatMap((g) => g.parts)].flatMap((c) => c.labels),
  ];
}
