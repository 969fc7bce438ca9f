/**
 * 二级指标 words beyond the national template's (src/templates/vocabulary.ts): 环境效益, the older
 * name of 生态效益 in Hubei's 项目自评表. A row that opens with it is an indicator row of that level,
 * not a row one cell too wide. A synthetic Hubei-style pipe table.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';
import { isLevel2Cell } from '../../src/templates/vocabulary';

const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });

const TABLE = [
  '项目名称 | 河道保洁 |',
  '主管部门 | 某市水务局 | 项目实施单位 | 某市河道管理所 |',
  '预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率) |',
  '年度财政资金总额 | 40 | 40 | 100% | 20 |',
  '年度绩效目标(80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |',
  '产出指标 | 数量指标 | 保洁河道长度 | 30公里 | 30公里 | 40 |',
  '效益指标 | 社会效益 | 沿岸群众满意度 | 90% | 95% | 20 |',
  // Its 一级指标 merged with the row above: the row opens with the 二级指标.
  '环境效益 | 河面漂浮物清除率 | 95% | 98% | 20 |',
  '总分 | 100 |',
].join('\n');

describe('环境效益, a 二级指标 of Hubei', () => {
  it('is a level word', () => {
    expect(isLevel2Cell('环境效益')).toBe(true);
    expect(isLevel2Cell('环境效益指标')).toBe(true);
  });

  it('opens an indicator row of its level whose 一级指标 cell is merged with the row above', () => {
    const p = read(TABLE).projects[0]!;
    expect(p.indicators.map((i) => [i.level2, i.name, i.target?.text, i.actual?.text, i.score?.text])).toEqual([
      ['数量指标', '保洁河道长度', '30公里', '30公里', '40'],
      ['社会效益', '沿岸群众满意度', '90%', '95%', '20'],
      ['环境效益', '河面漂浮物清除率', '95%', '98%', '20'],
    ]);
  });
});
