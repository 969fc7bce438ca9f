/**
 * Project tables from the seed documents, transcribed as the importer would hand them over:
 * amounts and weights as numbers, everything reported as the text written in the document.
 */
import type { ProjectIndicatorInput, ProjectInput } from '../../src/domain';

function row(
  level1: string,
  level2: string,
  name: string,
  target: string,
  actual: string,
  weight: number | null,
  reportedScore: string,
): ProjectIndicatorInput {
  return { level1, level2, name, target, actual, weight, reportedScore };
}

/** 001 新乡县 "社会保险经办工作经费" (新乡县农村社会养老保险管理中心): 5 / 3.97, 执行率 80%, 得分 8, 总分 98. */
export const XINXIANG_SOCIAL_INSURANCE_OFFICE: ProjectInput = {
  initialBudget: 5,
  budget: 5,
  executed: 3.97,
  budgetWeight: 10,
  reportedExecutionRate: '80%',
  reportedBudgetScore: '8',
  reportedTotalScore: '98',
  indicators: [
    row('产出指标 (50分)', '数量指标', '通信光纤', '固话3台，专网 8条', '固话3 台，专网 8条', 5, '5'),
    row('产出指标 (50分)', '数量指标', '党务报刊', '1项', '1项', 5, '5'),
    row('产出指标 (50分)', '数量指标', '办公耗材采购工作完成率', '95%', '100%', 5, '5'),
    row('产出指标 (50分)', '质量指标', '通信光纤保障率', '1年', '100%', 3, '3'),
    row('产出指标 (50分)', '质量指标', '党务报刊保障率', '≥95%', '100%', 3, '3'),
    row('产出指标 (50分)', '质量指标', '办公耗材合格率', '≥95%', '100%', 3, '3'),
    row('产出指标 (50分)', '时效指标', '通信光纤费缴纳情况', '及时', '及时', 5, '5'),
    row('产出指标 (50分)', '时效指标', '党务报刊支付情况', '及时', '及时', 5, '5'),
    row('产出指标 (50分)', '时效指标', '办公耗材支付情况', '及时', '及时', 5, '5'),
    row('产出指标 (50分)', '成本指标', '通讯光纤费标准', '通讯公司费用标准', '26500 元', 4, '4'),
    row('产出指标 (50分)', '成本指标', '党务报刊标准', '报社制定报刊标准', '2100 元', 3, '3'),
    row('产出指标 (50分)', '成本指标', '办公耗材标准', '定点机构成本标准', '11100 元', 4, '4'),
    row('效益指标 (30分)', '社会效益', '保障单位工作正常开展', '保障', '保障', 15, '15'),
    row('效益指标 (30分)', '社会效益', '提高办公效率', '提高', '提高', 15, '15'),
    row('满意度指标(10分)', '服务对象满意度指标', '工作人员满意度', '95%', '98%', 10, '10'),
  ],
};

/** 001 新乡县 "人事局工作经费": 10 / 7.14, 得分 7.14, 总分 91.79 — its reported scores add up to 81.96. */
export const XINXIANG_PERSONNEL_BUREAU: ProjectInput = {
  initialBudget: 10,
  budget: 10,
  executed: 7.14,
  budgetWeight: 10,
  reportedExecutionRate: '71.4%',
  reportedBudgetScore: '7.14',
  reportedTotalScore: '91.79',
  indicators: [
    row('产出指标 (50分)', '数量指标', '办公电话、内部 专网', '3 台', '3 台', 10, '10'),
    row('产出指标 (50分)', '质量指标', '资金支出对象符 合度', '符合', '符合', 10, '10'),
    row('产出指标 (50分)', '时效指标', '支出及时性', '及时', '及时', 10, '10'),
    row('产出指标 (50分)', '成本指标', '支出标准费用', '<10 万 元', '7.14 万 元', 10, '7.14'),
    row('效益指标 (30分)', '社会效益 指标', '促进劳动关系的 和谐稳定、仲裁信访服务 更高效', '保障', '保障', 15, '14'),
    row('效益指标 (30分)', '可持续影响 指标', '不断提高社会保 障水平', '提高', '提高', 15, '14'),
    row('满意度 指标 (10分)', '服务对象满 意度指标', '社会公众满意度', '≥95%', '92%', 20, '9.68'),
  ],
};

/** 001 新乡县 "劳动保障监察日常办公经费" (劳动保障监察大队): 4.54 / 4.49, 执行率 99%, 得分 9.9, 总分 99. */
export const XINXIANG_LABOUR_INSPECTION_OFFICE: ProjectInput = {
  initialBudget: 4.54,
  budget: 4.54,
  executed: 4.49,
  budgetWeight: 10,
  reportedExecutionRate: '99%',
  reportedBudgetScore: '9.9',
  reportedTotalScore: '99',
  indicators: [
    row('产出指标 (50分)', '数量指标', '办理案件数', '509 件', '509 件', 15, '15'),
    row('产出指标 (50分)', '质量指标', '办案结案率', '100%', '100%', 15, '15'),
    row('产出指标 (50分)', '时效指标', '案件办案及时性', '及时', '及时', 10, '10'),
    row('产出指标 (50分)', '成本指标', '劳动保障监察日 常办公经费', '4.54 万 元', '4.49 万 元', 10, '9'),
    row('效益指标 (30分)', '社会效益 指标', '保障劳动保障监察大队日常办公、办案经费需要', '保障', '保障', 30, '30'),
    row('满意度 指标 (10分)', '服务对象满 意度指标', '全县境内劳动者满意度', '≥90%', '96%', 10, '10'),
  ],
};

/** 001 新乡县 "建档立卡优秀务工人员奖补": 年初 20, 全年 16.06, 执行 16.06, 执行率 80.3%, 得分 8, 总分 96.97. */
export const XINXIANG_POVERTY_WORKER_AWARDS: ProjectInput = {
  initialBudget: 20,
  budget: 16.06,
  executed: 16.06,
  budgetWeight: 10,
  reportedExecutionRate: '80.3%',
  reportedBudgetScore: '8',
  reportedTotalScore: '96.97',
  indicators: [
    row('产出指标 (50分)', '数量指标', '享受一次性奖补劳动脱贫人数', '47人', '47人', 10, '10'),
    row('产出指标 (50分)', '数量指标', '劳动脱贫资金发放次数', '3次', '3次', 10, '10'),
    row('产出指标 (50分)', '质量指标', '人员核定准确率', '100%', '100%', 10, '10'),
    row('产出指标 (50分)', '时效指标', '资金拨付及时率', '100%', '100%', 10, '10'),
    row('产出指标 (50分)', '成本指标', '新脱指(2017)72号文件，奖补标准', '符合标准', '符合', 10, '10'),
    row('效益指标 (30分)', '经济效益 指标', '激励更多贫困劳动力实现就业', '符合本年度要求', '90%', 10, '9'),
    row('效益指标 (30分)', '社会效益 指标', '提高扶贫政策对贫困人口的帮扶程度', '提高', '提高', 10, '9.5'),
    row('满意度 指标 (10分)', '服务对象满意度 指标', '受益贫困人口满意度', '≥95%', '90%', 10, '9.47'),
  ],
};

/**
 * 000 黄石市 "就业配套补助经费" (市就业局): 434.05 / 70.84, 16.32%, 得分 3.26, 总分 83.26. The Hubei
 * tables print no per-indicator weight, so the reported scores are counted as written.
 */
export const HUANGSHI_EMPLOYMENT_SUBSIDY: ProjectInput = {
  budget: 434.05,
  executed: 70.84,
  reportedExecutionRate: '16.32%',
  reportedBudgetScore: '3.26',
  reportedTotalScore: '83.26',
  indicators: [
    row('产出指标', '就业产出', '城镇新增就业', '31000', '41861', null, '8'),
    row('产出指标', '就业产出', '城镇失业人员再就业', '11000', '25636', null, '8'),
    row('产出指标', '就业产出', '就业困难人员再就业', '4300', '17023', null, '8'),
    row('产出指标', '就业产出', '城镇登记失业率', '≤5.5%', '3%', null, '8'),
    row('产出指标', '就业产出', '技能培训', '28000', '32496', null, '8'),
    row('效益指标', '社会效益', '促进社会和谐稳定', '达标', '达标', null, '15'),
    row('效益指标', '社会效益', '加强企业用工供给,助力产业转型升级', '达标', '达标', null, '15'),
    row('满意度指标', '群众满意度', '服务对象满意率', '$\\geq 95\\%$', '达标', null, '10'),
  ],
};
