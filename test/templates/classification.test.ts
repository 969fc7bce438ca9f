/**
 * A project's classification as Hubei's 项目自评表 ticks it (src/templates/classification.ts): the
 * ticked option of 项目类别 / 项目属性 / 项目类型, nothing where no box is ticked or none is written.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';
import { readClassification } from '../../src/templates/classification';

const table = (classification: string[]) =>
  [
    '2021年度12333信息平台建设经费项目自评表',
    '',
    '项目名称\t12333信息平台建设经费\t\t\t\t\t',
    '主管部门\t黄石市人力资源和社会保障局\t\t项目实施单位\t黄石市人力资源和社会保障局\t\t',
    ...classification,
    '预算执行情况 (万元) (20分)\t\t预算数 (A)\t执行数(B)\t执行率(B/A)\t得分\t',
    '\t年度财政资金总额\t45\t44.3\t98.44%\t20\t',
    '年度绩效目标 (80分)\t一级指标\t二级指标\t三级指标\t年初目标值(A)\t实际完成值(B)\t得分',
    '\t产出指标 (40分)\t数量指标\t全年话务总量\t8万\t11.3万\t10',
    '总分\t98\t\t\t\t\t',
  ].join('\n');
const read = (rows: string[]) => {
  const text = table(rows);
  return readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) }).projects[0]!;
};

describe('a project classified by ticked boxes', () => {
  it('reads the ticked option of each row', () => {
    const p = read([
      '项目类别\t1、部门预算项目 <input checked="" type="checkbox"/> 2、市直专项 <input type="checkbox"/> 3、省对下转移支付项目 <input type="checkbox"/>\t\t\t\t\t',
      '项目属性\t1、持续性项目 <input type="checkbox"/> 2、新增性项目 <input checked="" type="checkbox"/>\t\t\t\t\t',
      '项目类型\t1、常年性项目 □ 2、延续性项目 ☑ 3、一次性项目 □\t\t\t\t\t',
    ]);
    expect(p.classification).toEqual({ category: '部门预算项目', attribute: '新增性项目', type: '延续性项目' });
    expect(p.indicators.map((i) => i.name)).toEqual(['全年话务总量']);
  });

  it('reads nothing where no box is ticked, or the row is not written', () => {
    const p = read(['项目类别\t1、部门预算项目 <input type="checkbox"/> 2、市直专项 <input type="checkbox"/>\t\t\t\t\t', '项目属性\t持续性项目\t\t\t\t\t']);
    expect(p.classification).toEqual({ category: null, attribute: null, type: null });
  });

  it('the rule alone: no labels in the template, nothing read', () => {
    expect(readClassification(undefined, () => '1、部门预算项目 ☑')).toEqual({ category: null, attribute: null, type: null });
  });
});
