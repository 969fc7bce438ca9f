/**
 * The indicator-level vocabulary (一级指标 / 二级指标) that lets the reader tell where an
 * indicator row starts when the row ends are unknown (one cell per line) or its leading cells
 * are merged into the rows above. Only these words count; a row that starts with anything else
 * starts with its 三级指标.
 */
import { LabelSet } from './labels';

/**
 * The levels of the 项目支出绩效评分表 (四川省, the 财政部 评价指标体系): 一级 项目决策 / 项目管理 /
 * 项目绩效, 二级 科学决策 / 绩效目标 / 资金管理 / 项目执行 / 项目完成 / 项目效益. Words of ordinary
 * names and prose too, so a flattened text takes them for levels only in that template's block.
 */
export const SCORESHEET_LEVEL1 = ['项目决策', '项目管理', '项目绩效'];
export const SCORESHEET_LEVEL2 = ['科学决策', '绩效目标', '资金管理', '项目执行', '项目完成', '项目效益'];

export const LEVEL1 = new LabelSet([
  '产出指标',
  '效益指标',
  '满意度指标',
  '成本指标',
  '投入指标',
  '过程指标',
  // The 一级指标 of 效益 in Hebei's and Jiangxi's forms (成安县 2020, 蚕茶卫生院 2021).
  '效果指标',
  '产出',
  '效益',
  // (Hebei's department form: 投入 / 过程 / 产出 / 效果.)
  '效果',
  '满意度',
  '投入',
  '过程',
  '决策',
  '履职效能',
  '管理效率',
  '运行成本',
  '社会效应',
  '可持续发展能力',
  ...SCORESHEET_LEVEL1,
]);

export const LEVEL2 = new LabelSet([
  '数量指标',
  '质量指标',
  '时效指标',
  // Hubei's 项目绩效自评表 names its time indicators so (黄冈市 水土保持监测).
  '进度指标',
  '成本指标',
  '经济成本指标',
  '社会成本指标',
  '生态环境成本指标',
  '效益指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  // The older name of 生态效益 in Hubei's 项目自评表 (黄石市图书馆 2022).
  '环境效益指标',
  '可持续影响指标',
  '满意度指标',
  '服务对象满意度指标',
  // As the national template prints it (Yunnan 永德).
  '服务对象满意度指标等',
  '社会公众或服务对象满意度指标',
  '经济效益',
  '社会效益',
  '生态效益',
  '环境效益',
  '可持续影响',
  '服务对象满意度',
  '预算执行',
  '预算管理',
  '资产管理',
  '部门管理',
  ...SCORESHEET_LEVEL2,
]);

/**
 * Whether a cell is a 二级指标: one word, or a sub-class written with its class run together in one
 * cell (社会效益 + 效益指标 → 社会效益效益指标, Yunnan 隆阳).
 */
export function isLevel2Cell(norm: string): boolean {
  if (LEVEL2.has(norm)) return true;
  for (let cut = 2; cut <= norm.length - 4; cut++) {
    const rest = norm.slice(cut);
    if (rest.endsWith('指标') && LEVEL2.has(norm.slice(0, cut)) && LEVEL2.has(rest)) return true;
  }
  return false;
}
