/**
 * What a document reader extracts from one source document, before anything is resolved against
 * the database or scored. Readers only find structure: every value is kept as the text written
 * in the document, with the 1-based line range it came from. Turning text into numbers is the
 * domain's job (src/domain/reportedValue.ts), resolving names to regions and organizations is the
 * loader's (src/ingest/load.ts).
 */

/** 1-based, inclusive line range in the source document. */
export interface LineSpan {
  start: number;
  end: number;
}

/** A cell as written: the text (trimmed, inner whitespace kept) and where it was read. */
export interface Cell {
  text: string;
  line: number;
}

/** 项目类别 / 项目属性 / 项目类型: the ticked option as written (e.g. "部门预算项目"), null if none ticked. */
export interface ProjectClassification {
  category: string | null; // 项目类别
  attribute: string | null; // 项目属性
  type: string | null; // 项目类型
}

/** One line of the funding block (年度资金总额, 其中：当年财政拨款, 上年结转资金, 其他资金). */
export interface FundingLine {
  initialBudget: Cell | null; // 年初预算数
  budget: Cell | null; // 全年预算数 / 预算数(A)
  executed: Cell | null; // 全年执行数 / 执行数(B)
  executionRate: Cell | null; // 执行率 as reported
  weight: Cell | null; // 分值 (Henan template: 10)
  score: Cell | null; // 得分 as reported
}

/** One reported indicator row (绩效指标). */
export interface ParsedIndicator {
  level1: string | null; // 一级指标, e.g. "产出指标 (40分)" (as written, weight suffix kept)
  level2: string | null; // 二级指标, e.g. "数量指标"
  name: string; // 三级指标, e.g. "全年话务总量" ("指标1：" prefixes removed)
  description: string | null; // 指标说明 (003)
  scoringRule: string | null; // 评分标准 (003)
  target: Cell | null; // 年初目标值 / 年度指标值 / 指标值
  actual: Cell | null; // 实际完成值 / 完成值
  weight: Cell | null; // 分值 (absent in templates that have none per indicator)
  score: Cell | null; // 得分 as reported
  deviationNote: string | null; // 偏差原因分析及改进措施
  lines: LineSpan;
}

/** A project self-evaluation table (项目支出绩效自评表 / 项目自评表). */
export interface ParsedProjectEvaluation {
  title: string | null; // table title as written, e.g. "2021年度12333信息平台建设经费项目自评表"
  fiscalYear: number | null; // from the title or the document
  name: string; // 项目名称
  supervisingDepartment: string | null; // 主管部门
  implementingUnit: string | null; // 项目实施单位 / 实施单位
  reportingUnit: string | null; // 单位名称 above the table, when present
  filledOn: string | null; // 填报日期 as written
  classification: ProjectClassification;
  /** The template's budget-execution weight as printed in the header: "(20分)" or the 分值 column. */
  budgetWeight: Cell | null;
  total: FundingLine; // 年度资金总额 / 年度财政资金总额
  currentYearFunds: FundingLine | null; // 其中：当年财政拨款
  carryOverFunds: FundingLine | null; // 上年结转资金
  otherFunds: FundingLine | null; // 其他资金
  expectedGoal: string | null; // 年度总体目标 / 预期目标
  actualOutcome: string | null; // 实际完成情况
  indicators: ParsedIndicator[];
  reportedTotalScore: Cell | null; // 总分
  deviationAnalysis: string | null; // 偏差大或目标未完成原因分析
  improvementMeasures: string | null; // 改进措施及结果应用方案
  /** The narrative report (项目自评结果 / 自评报告) of the same project, when the document has one. */
  narrative: { text: string; lines: LineSpan } | null;
  lines: LineSpan;
  /** The project's code where the name carries one (Sichuan: `51000021R000000019951-工资性支出` → code `51000021R000000019951`, name `工资性支出`). */
  code?: string | null;
  /** The template that read it (src/templates/definitions/), absent for the seed readers. */
  templateId?: string;
  /** The line of the 总分/合计 row when the template reader found one (its score may be blank); null when the template has none. */
  totalRowLine?: number | null;
  /**
   * Indicator rows of which only the 三级指标 name could be read (a flattened row whose figures could
   * not be cut apart; each reported in `readingProblems`): not indicators of the table, but shown by
   * name with it when it is left out.
   */
  namedOnlyIndicators?: ParsedIndicator[];
  /** What the template reader could not read of this table (rows it could not place, blocks cut off): the table is incomplete. */
  readingProblems?: { line: number; message: string }[];
}

/**
 * A project record of which only `read` is known: every other field not read (null, no funds,
 * no classification). The start of a seed layout's reading, and the whole of a table whose head
 * was cut off (headlessProject.ts).
 */
export function unreadProject(
  read: Pick<ParsedProjectEvaluation, 'name' | 'lines'> & Partial<ParsedProjectEvaluation>,
): ParsedProjectEvaluation {
  return {
    title: null,
    fiscalYear: null,
    supervisingDepartment: null,
    implementingUnit: null,
    reportingUnit: null,
    filledOn: null,
    classification: { category: null, attribute: null, type: null },
    budgetWeight: null,
    total: { initialBudget: null, budget: null, executed: null, executionRate: null, weight: null, score: null },
    currentYearFunds: null,
    carryOverFunds: null,
    otherFunds: null,
    expectedGoal: null,
    actualOutcome: null,
    indicators: [],
    reportedTotalScore: null,
    deviationAnalysis: null,
    improvementMeasures: null,
    narrative: null,
    ...read,
  };
}

/** One row of a 项目支出自评汇总表 (per-unit summary of project self-evaluations). */
export interface ParsedSummaryRow {
  position: number; // 序号
  projectName: string; // 项目名称
  budget: Cell | null; // 全年预算数
  executed: Cell | null; // 执行数
  executionRate: Cell | null; // 执行率
  outputScoreRate: Cell | null; // 产出指标得分率
  benefitScoreRate: Cell | null; // 效益指标得分率
  satisfactionScoreRate: Cell | null; // 满意度指标得分率
  totalScore: Cell | null; // 自评得分
  deviationNote: string | null; // 偏差原因
  lines: LineSpan;
}

/** A 项目支出自评汇总表 of one unit. */
export interface ParsedSummaryTable {
  unitName: string; // 部门（单位）名称
  compiledOn: string | null; // 汇总时间
  rows: ParsedSummaryRow[];
  lines: LineSpan;
}

/** A weighted annual goal (年度目标) of a department-wide evaluation (Hubei template). */
export interface ParsedDepartmentGoal {
  position: number; // 1 for 年度目标1
  name: string; // the goal text, e.g. "积极促进就业创业工作。"
  weight: Cell | null; // "(18分)"
  indicators: ParsedIndicator[];
  lines: LineSpan;
}

/** A department-wide self-evaluation (部门整体支出绩效自评表). */
export interface ParsedDepartmentEvaluation {
  title: string | null;
  fiscalYear: number | null;
  unitName: string; // 单位名称 / 部门（单位）名称
  filledOn: string | null; // 填报日期
  reportedTotalScore: Cell | null; // 自评得分 (header or 总分 row)
  basicExpenditure: Cell | null; // 基本支出总额
  projectExpenditure: Cell | null; // 项目支出总额
  budget: Cell | null; // 预算数(A) / 部门预算总额
  /** 年初预算数 where the table writes it beside 全年预算数 (安徽, 湖南); not stored, shown for a table left out. */
  initialBudget?: Cell | null;
  executed: Cell | null; // 执行数(B)
  executionRate: Cell | null; // 执行率 as reported
  budgetWeight: Cell | null; // (20分) where the template scores execution
  budgetScore: Cell | null; // 得分 for execution as reported
  annualObjectives: string | null; // 年度履职目标 (Henan) as written
  /** The narrative self-evaluation report (整体绩效自评报告) of the same evaluation, when the document has one. */
  narrative: { text: string; lines: LineSpan } | null;
  /** Indicators not under a goal (Henan: 投入/过程/产出/效益 tree). */
  indicators: ParsedIndicator[];
  /** Weighted annual goals (Hubei); empty where the template has none. */
  goals: ParsedDepartmentGoal[];
  lines: LineSpan;
  /** The template that read it (src/templates/definitions/), absent for the seed readers. */
  templateId?: string;
  /** Indicator rows of which only the name could be read (see ParsedProjectEvaluation.namedOnlyIndicators). */
  namedOnlyIndicators?: ParsedIndicator[];
  /** What the template reader could not read of this table: the table is incomplete. */
  readingProblems?: { line: number; message: string }[];
}

/** 部门决算 headline figures, in 万元 as written. */
export interface ParsedFinalAccounts {
  fiscalYear: number | null;
  unitName: string | null;
  totalIncome: Cell | null; // 收入合计
  totalExpenditure: Cell | null; // 支出合计
  basicExpenditure: Cell | null; // 基本支出
  projectExpenditure: Cell | null; // 项目支出
  threePublicBudget: Cell | null; // "三公"经费 预算
  threePublicActual: Cell | null; // "三公"经费 支出决算
  lines: LineSpan;
}

/** A line (or block) the reader saw but could not interpret. */
export interface Unread {
  line: number;
  text: string;
  reason: string;
}

export interface ParsedDocument {
  /** Which reader produced it: "tabular" (tab-separated rows) or "line-broken" (one cell per line). */
  format: 'tabular' | 'line-broken';
  /** The fiscal year the document covers (from its titles), null if none found. */
  fiscalYear: number | null;
  projects: ParsedProjectEvaluation[];
  summaryTables: ParsedSummaryTable[];
  departmentEvaluations: ParsedDepartmentEvaluation[];
  finalAccounts: ParsedFinalAccounts | null;
  /** Scoring footnotes (备注 / 注) kept as written, for the record. */
  notes: { text: string; lines: LineSpan }[];
  warnings: Unread[];
  /** Lines inside a recognised table that could not be interpreted. */
  unread: Unread[];
}
