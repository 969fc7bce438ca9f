import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/readers';
import { readWithTemplates } from '../../src/templates';

/** An evaluation report's cover, then its 项目绩效目标表 naming the project again, then the table a template reads (one cell per line). */
const report = (repeated: string) =>
  [
    '财政支出项目绩效评价报告',
    '项目名称:',
    '某某宣传推广项目',
    '项目单位:',
    '省某某厅',
    '项目绩效目标表',
    '项目名称:',
    repeated,
    '一、项目基本情况',
    '计划投资额(万元)',
    '300',
    '实际使用情况(万元)',
    '275.5',
    '其中:',
    '省财政',
    '300',
  ].join('\n\n');

describe('a project named again at the head of its report’s next table', () => {
  it('is one record, opened at the cover’s name, where the repeated name is the cover’s with words glued after it', async () => {
    const projects = readWithTemplates(await extractDocument(Buffer.from(report('某某宣传推广项目指标类型绩效指标绩效标准')))).projects;
    expect(projects.map((p) => [p.name, p.total.budget?.text])).toEqual([['某某宣传推广项目', '300']]);
  });

  it('is one record where the repeated name is left blank, the cell after it the target table’s header word', async () => {
    const projects = readWithTemplates(await extractDocument(Buffer.from(report('指标类型')))).projects;
    expect(projects.map((p) => [p.name, p.total.budget?.text])).toEqual([['某某宣传推广项目', '300']]);
  });

  it('stays apart when the later name is another one', async () => {
    const projects = readWithTemplates(await extractDocument(Buffer.from(report('另一个培训项目')))).projects;
    expect(projects.map((p) => [p.name, p.total.budget?.text])).toEqual([['另一个培训项目', '300']]);
  });
});
