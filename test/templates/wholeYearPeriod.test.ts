import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/readers';
import { readWithTemplates } from '../../src/templates';

/** An evaluation report's cover (no title with a year), then 海南's form (one cell per line). */
const report = (period: string) =>
  [
    '财政支出项目绩效评价报告',
    '项目名称:',
    '某某宣传推广项目',
    `评价时间:${period}`,
    '一、项目基本情况',
    '计划投资额(万元)',
    '300',
    '实际使用情况(万元)',
    '275.5',
    '其中:',
  ].join('\n\n');

describe('the period a report says it evaluates', () => {
  it('is the fiscal year when it is one whole calendar year', async () => {
    const project = readWithTemplates(await extractDocument(Buffer.from(report('2020年1月1日至2020年12月31日')))).projects[0]!;
    expect(project.fiscalYear).toBe(2020);
  });

  it('is the fiscal year when its months span one whole calendar year, the days not written (岳阳: 项目起止时间)', async () => {
    const project = readWithTemplates(await extractDocument(Buffer.from(report('2016 年 1 月起至 2016 年 12 月止')))).projects[0]!;
    expect(project.fiscalYear).toBe(2016);
  });

  it('says nothing of the year when it is any other period (when the evaluation was made)', async () => {
    for (const period of ['2013年2月10日至2013年4月25日', '2020年1月1日至2021年12月31日', '2014年 5 月起至 2015 年 12 月止', '2016年1月至2016年12月15日']) {
      const project = readWithTemplates(await extractDocument(Buffer.from(report(period)))).projects[0]!;
      expect(project.fiscalYear, period).toBeNull();
    }
  });
});
