/**
 * The catalog of indicator concepts (指标概念) that reported indicators are matched to, so that one
 * concept can be compared across regions. Seeded with the concepts that occur in more than one
 * seed document. Matching is by synonym, never by similarity: an indicator whose name contains no
 * synonym, or synonyms of two concepts, stays unmatched.
 */

export interface IndicatorConcept {
  key: string;
  /** Canonical Chinese name. */
  name: string;
  /** Base unit values are expressed in: 人 (persons), 元, 次, or rate (a fraction). */
  unit: '人' | '元' | '次' | 'rate';
  /** ABSOLUTE values are summed across entities; RATE values are averaged weighted by funds. */
  aggregation: 'ABSOLUTE' | 'RATE';
  synonyms: string[];
}

export const INDICATOR_CONCEPTS: readonly IndicatorConcept[] = [
  {
    key: 'urban_new_employment',
    name: '城镇新增就业人数',
    unit: '人',
    aggregation: 'ABSOLUTE',
    synonyms: ['城镇新增就业', '新增城镇就业'],
  },
  {
    key: 'unemployed_reemployment',
    name: '失业人员再就业人数',
    unit: '人',
    aggregation: 'ABSOLUTE',
    synonyms: ['失业人员再就业'],
  },
  {
    key: 'hard_to_employ_reemployment',
    name: '就业困难人员再就业人数',
    unit: '人',
    aggregation: 'ABSOLUTE',
    synonyms: ['就业困难人员再就业', '就业困难人员实现就业'],
  },
  {
    key: 'social_security_card_holders',
    name: '社会保障卡持卡人数',
    unit: '人',
    aggregation: 'ABSOLUTE',
    synonyms: ['社会保障卡持卡', '社保卡持卡', '社会保障卡实体卡持卡'],
  },
  {
    key: 'vocational_training',
    name: '职业技能培训人数',
    unit: '人',
    aggregation: 'ABSOLUTE',
    synonyms: ['职业技能培训人数', '补贴性职业技能培训'],
  },
  {
    key: 'high_skilled_talent',
    name: '培养高技能人才数量',
    unit: '人',
    aggregation: 'ABSOLUTE',
    synonyms: ['高技能人才'],
  },
  {
    key: 'startup_guarantee_loans',
    name: '创业担保贷款发放金额',
    unit: '元',
    aggregation: 'ABSOLUTE',
    synonyms: ['创业担保贷款金额', '发放创业担保贷款'],
  },
  {
    key: 'arbitration_closure_rate',
    name: '劳动人事争议仲裁结案率',
    unit: 'rate',
    aggregation: 'RATE',
    synonyms: ['仲裁结案率', '仲裁案件结案率'],
  },
  {
    key: 'registered_unemployment_rate',
    name: '城镇登记失业率',
    unit: 'rate',
    aggregation: 'RATE',
    synonyms: ['城镇登记失业率'],
  },
  {
    key: 'service_satisfaction',
    name: '服务对象满意度',
    unit: 'rate',
    aggregation: 'RATE',
    synonyms: ['服务对象满意度', '群众满意度', '服务满意度', '服务群众满意度', '社会公众满意度'],
  },
];

function normalize(name: string): string {
  return name.replace(/\s+/gu, '').replace(/[“”"「」]/gu, '');
}

/** The concept an indicator name names, or null when none or more than one does. */
export function matchConcept(indicatorName: string): IndicatorConcept | null {
  const name = normalize(indicatorName);
  const hits = INDICATOR_CONCEPTS.filter((c) => c.synonyms.some((s) => name.includes(s)));
  return hits.length === 1 ? hits[0]! : null;
}

/** Concepts whose name, key or synonyms contain the query (for `indicatorComparison(query:)`). */
export function findConcepts(query: string): IndicatorConcept[] {
  const q = normalize(query).toLowerCase();
  if (!q) return [];
  return INDICATOR_CONCEPTS.filter(
    (c) => c.key === q || normalize(c.name).includes(q) || c.synonyms.some((s) => s.includes(q) || q.includes(s)),
  );
}
