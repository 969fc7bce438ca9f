/**
 * Wordings of the transfer-payment form (src/templates/definitions/transfer.ts) that some counties
 * use: the name label 转移(项目)名称 (支付 left out) and the column 全年完成值. A synthetic form, one
 * row per line with cells separated by pipes.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';

const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });

const FORM = [
  '转移支付区域(项目)绩效目标自评表 |',
  '(2022年度) |',
  '转移(项目)名称 | 农村饮水工程维修养护补助 |',
  '中央主管部门 | 水利部 |',
  '地方主管部门 | 某县水利局 | 资金使用单位 | 某县水利局 |',
  '项目资金(万元) | 全年预算数(A) | 全年执行数(B) | 执行率(B/A) |',
  '年度资金总额: | 120 | 96 | 80% |',
  '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 未完成原因和改进措施 |',
  '产出指标 | 数量指标 | 维修养护工程数 | 15处 | 12处 | 3处汛期后开工 |',
  '效益指标 | 社会效益指标 | 受益人口 | 8000人 | 8200人 | 无 |',
].join('\n');

describe('the transfer form in a county wording', () => {
  it('is read with its name under 转移(项目)名称 and its actual values under 全年完成值', () => {
    const p = read(FORM).projects[0]!;
    expect(p.name).toBe('农村饮水工程维修养护补助');
    expect([p.total.budget?.text, p.total.executed?.text, p.total.executionRate?.text]).toEqual(['120', '96', '80%']);
    expect(p.indicators.map((i) => [i.name, i.target?.text, i.actual?.text])).toEqual([
      ['维修养护工程数', '15处', '12处'],
      ['受益人口', '8000人', '8200人'],
    ]);
  });
});

/** The 2024 form: 资金投入情况 (万元) over 全年预算数(A) / 全年执行数(B) / 预算执行率(B/A×100%), 地方财政资金 beside 中央财政资金. */
const FORM_2024 = [
  '就业补助资金绩效自评表 | |||||||',
  '(2024年度) | |||||||',
  '转移支付(项目)名称 | 就业补助资金 | ||||||',
  '中央主管部门 | 人力资源社会保障部 | ||||||',
  '资金使用单位 | 某区人力资源和社会保障局 | ||||',
  '资金投入情况 (万元) |',
  '全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | ||||',
  '年度资金总额: | 500 | 450 | 90% | ||||',
  '其中:中央财政资金 | 500 | 450 | 90% | ||||',
  '地方财政资金 | |||||||',
  '其他资金 | |||||||',
  '绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 |',
  '产出指标 | 数量指标 | 职业培训人数 | 300人 | 320人 |',
].join('\n');

describe('the 2024 transfer form', () => {
  it('reads its rate under 预算执行率(B/A×100%) and passes 地方财政资金 as a row', () => {
    const p = read(FORM_2024).projects[0]!;
    expect(p.name).toBe('就业补助资金');
    expect([p.total.budget?.text, p.total.executed?.text, p.total.executionRate?.text]).toEqual(['500', '450', '90%']);
    expect(p.indicators.map((i) => [i.name, i.target?.text, i.actual?.text])).toEqual([['职业培训人数', '300人', '320人']]);
  });
});

/**
 * The notes row under the indicators with its label spaced out, as forms write a short label
 * (说　明, 说  明): it ends the indicator rows as 说明 does, rather than being read as an indicator
 * row with cells missing (the transfer form has no 总分 row to end them).
 */
describe('a spaced-out notes label under the transfer form', () => {
  const form = (notes: string) =>
    [
      ...FORM.split('\n'),
      '满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% | 95% | |',
      `${notes} | |`,
      '填 表 人： 张三 | 联系电话： 12345678 |',
    ].join('\n');
  for (const notes of ['说明', '说　明', '说  明'])
    it(`「${notes}」 ends the indicator rows`, () => {
      const reading = read(form(notes));
      const p = reading.projects[0]!;
      expect(p.readingProblems ?? []).toEqual([]);
      expect(p.indicators.map((i) => i.name)).toEqual(['维修养护工程数', '受益人口', '受益群众满意度']);
    });
});

describe('Tianjin 宝坻: the 抗疫特别国债 form heads its money 资金情况 (万元)', () => {
  it('is read as the transfer form: its 年度资金总额 under 全年预算数(A) / 全年执行数(B) / 预算执行率(B/A)', () => {
    const text = [
      '抗疫特别国债项目(打捆项目)绩效目标自评表 |',
      '(2020年度) |',
      '转移支付(项目)名称 | 宝坻区2019-2020年度供热补贴项目 |',
      '中央主管部门 | 财政部 |',
      '地方主管部门 | 天津市宝坻区财政局 | 资金使用单位 | 天津市宝坻区城管委 |',
      '资金情况 (万元) |',
      '全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) |',
      '年度资金总额: | 1760 | 1760 | 100% |',
      '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年实际完成值 |',
      '产出指标 | 数量指标 | 供热补贴面积 | 100万平方米 | 100万平方米 |',
    ].join('\n');
    const p = read(text).projects[0]!;
    expect(p.name).toBe('宝坻区2019-2020年度供热补贴项目');
    expect([p.total.budget?.text, p.total.executed?.text, p.total.executionRate?.text]).toEqual(['1760', '1760', '100%']);
    expect(p.indicators.map((i) => [i.name, i.target?.text, i.actual?.text])).toEqual([['供热补贴面积', '100万平方米', '100万平方米']]);
  });
});
