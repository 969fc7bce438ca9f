/**
 * Per-jurisdiction scoring rules (scoring.md: "rules are a per-jurisdiction rule set, not
 * constants in code"; §7 lists the variants a rule set must express). Adding a province is data:
 * one more entry in `RULE_SETS_BY_PROVINCE`.
 */

/** First-level indicator (一级指标). */
export type FirstLevel = 'INPUT' | 'PROCESS' | 'OUTPUT' | 'BENEFIT' | 'SATISFACTION';

/** A share of an indicator's weight, as fractions: [0.8, 1] is 80%–100% of the weight. */
export type BandShare = readonly [min: number, max: number];

/** Qualitative bands (scoring.md §3). */
export interface QualitativeBands {
  achieved: BandShare; // 达成预期指标
  partly: BandShare; // 部分达成预期指标并具有一定效果
  notAchieved: BandShare; // 未达成预期指标且效果较差
}

/** Minimum totals for each grade (等次); below `fair` is 差. */
export interface GradeCutoffs {
  excellent: number; // 优
  good: number; // 良
  fair: number; // 中
}

/**
 * Negative (ceiling) indicator formula:
 * - 'ratio': weight × min(target / actual, 1) (000 footnote 2: "反向指标…得分=权重*A/B").
 * - 'linear-2x': full weight up to the target, falling linearly to 0 at twice the target (§7).
 */
export type NegativeFormula = 'ratio' | 'linear-2x';

/** An indicator judged not applicable: removed with the other weights rescaled, or scored 0 (§7). */
export type NotApplicableHandling = 'rescale' | 'zero';

/** Agreement tolerances (scoring.md §7). */
export interface Tolerance {
  /** A reported score written as a whole number agrees within this (±0.5: 91.32% → 18). */
  wholeNumber: number;
  /** A reported score with decimals agrees within this, or half its last digit if coarser. */
  decimal: number;
}

/** Weights printed by a template: the budget-execution weight and the first-level weights. */
export interface TemplateWeights {
  budgetWeight: number;
  firstLevelWeights: Partial<Record<FirstLevel, number>>;
}

export interface RuleSet {
  /** Stable identifier: 'HUBEI', 'HENAN', 'NATIONAL'. */
  id: string;
  name: string;
  /** GB/T 2260 province code, null for the national default. */
  provinceCode: string | null;
  /** Project self-evaluation template (项目支出绩效自评表). */
  project: TemplateWeights;
  /** Department-wide evaluation template (部门整体支出绩效自评表). */
  department: TemplateWeights;
  qualitativeBands: QualitativeBands;
  gradeCutoffs: GradeCutoffs;
  negativeFormula: NegativeFormula;
  notApplicable: NotApplicableHandling;
  tolerance: Tolerance;
  /** Total cap after a serious constraint-indicator finding (003 约束性指标: 60). */
  constraintCap: number;
  /** Full marks of the template (100). */
  fullMarks: number;
  /** Where the figures come from. */
  sources: string[];
}

const DEFAULT_GRADES: GradeCutoffs = { excellent: 90, good: 80, fair: 60 };
const DEFAULT_TOLERANCE: Tolerance = { wholeNumber: 0.5, decimal: 0.01 };

/** The rules every rule set here shares (the national annex's, which no province's documents change so far). */
const SHARED_RULES: Pick<RuleSet, 'gradeCutoffs' | 'negativeFormula' | 'notApplicable' | 'tolerance' | 'constraintCap' | 'fullMarks'> = {
  gradeCutoffs: DEFAULT_GRADES,
  negativeFormula: 'ratio',
  notApplicable: 'zero',
  tolerance: DEFAULT_TOLERANCE,
  constraintCap: 60,
  fullMarks: 100,
};

/** Hubei (湖北省 420000): seeds 000 (黄石市), 002 (通城县), 003 (十堰市). */
export const HUBEI: RuleSet = {
  id: 'HUBEI',
  name: '湖北省',
  provinceCode: '420000',
  // 000: "预算执行情况 (万元) (20分)", "得分 (20分*执行率)"; 年度绩效目标 (80分) split 产出 40 /
  // 效益 20 / 满意度 20 in the bureau's tables (the 社保局 tables print 40 / 30 / 10 instead).
  project: { budgetWeight: 20, firstLevelWeights: { OUTPUT: 40, BENEFIT: 20, SATISFACTION: 20 } },
  // 003: "预算执行情况(万元)(20分)" plus weighted annual goals (年度目标) with no fixed first-level split.
  department: { budgetWeight: 20, firstLevelWeights: {} },
  // 000 footnote 3 and 003 评分标准: 100-80%（含80%）、80-50%（含50%）、50-0%.
  qualitativeBands: { achieved: [0.8, 1], partly: [0.5, 0.8], notAchieved: [0, 0.5] },
  ...SHARED_RULES,
  sources: ['000 备注 1–4', '003 评分标准, 约束性指标'],
};

/** Henan (河南省 410000): seed 001 (新乡县). */
export const HENAN: RuleSet = {
  id: 'HENAN',
  name: '河南省',
  provinceCode: '410000',
  // 001 project tables: 项目资金 "分值 10"; 产出指标 (50分), 效益指标 (30分), 满意度指标 (10分).
  project: { budgetWeight: 10, firstLevelWeights: { OUTPUT: 50, BENEFIT: 30, SATISFACTION: 10 } },
  // 001 department note: "原则上一级指标分值统一设置为：投入指标 15 分、过程指标 25 分、产出指标 30 分、
  // 效益指标 30 分"; budget execution is the 过程 indicator 预算执行率, not a separate block.
  department: { budgetWeight: 0, firstLevelWeights: { INPUT: 15, PROCESS: 25, OUTPUT: 30, BENEFIT: 30 } },
  // 001 department note 3: 100%-80%（含），80%-60%（含）、60%-0%.
  qualitativeBands: { achieved: [0.8, 1], partly: [0.6, 0.8], notAchieved: [0, 0.6] },
  ...SHARED_RULES,
  sources: ['001 项目支出绩效自评表 分值', '001 部门整体绩效自评表 注 1–3'],
};

/** National default (财预〔2020〕10号 annex): execution 10, outputs 50, benefits 30, satisfaction 10. */
export const NATIONAL: RuleSet = {
  id: 'NATIONAL',
  name: '全国（财预〔2020〕10号）',
  provinceCode: null,
  project: { budgetWeight: 10, firstLevelWeights: { OUTPUT: 50, BENEFIT: 30, SATISFACTION: 10 } },
  department: { budgetWeight: 10, firstLevelWeights: { OUTPUT: 50, BENEFIT: 30, SATISFACTION: 10 } },
  qualitativeBands: { achieved: [0.8, 1], partly: [0.5, 0.8], notAchieved: [0, 0.5] },
  ...SHARED_RULES,
  sources: ['scoring.md §7', '财预〔2020〕10号'],
};

/** Which template an evaluation uses: a project table or a department-wide evaluation. */
export type EvaluationTemplate = 'PROJECT' | 'DEPARTMENT';

/** The template weights of a rule set for one kind of evaluation. */
export function templateWeights(ruleSet: RuleSet, template: EvaluationTemplate): TemplateWeights {
  return template === 'PROJECT' ? ruleSet.project : ruleSet.department;
}

/** Registry keyed by the first two digits of the GB/T 2260 code. */
export const RULE_SETS_BY_PROVINCE: Readonly<Record<string, RuleSet>> = {
  '42': HUBEI,
  '41': HENAN,
};

/**
 * The rule set for a region: its province's (by the first two digits of its GB/T 2260 code:
 * 421222 通城县 → 42 → HUBEI), else the national default.
 */
export function ruleSetForRegion(code: string): RuleSet {
  const province = /^\d{6}$/.test(code.trim()) ? code.trim().slice(0, 2) : '';
  return RULE_SETS_BY_PROVINCE[province] ?? NATIONAL;
}
