import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/readers';
import { readWithTemplates } from '../../src/templates';

/** 海南's project evaluation form, one cell per line (a Word file's preview): amounts as labelled cells, a 分值 after each level. */
const cells = (sheet: string[]) =>
  [
    '某某项目绩效自评表',
    '一、项目基本情况',
    '项目实施单位',
    '省某某厅某某处',
    '主管部门',
    '省某某厅',
    '计划投资额',
    '(万元)',
    '300',
    '实际到位资金',
    '(万元)',
    '280',
    '实际使用情况(万元)',
    '275.5',
    '其中:',
    '中央财政',
    '0',
    '省财政',
    '300',
    '二、绩效评价指标评分',
    '一级指标',
    '分值',
    '二级指标',
    '分值',
    '三级指标',
    '分值',
    '得分',
    ...sheet,
  ].join('\n\n');

const SHEET = [
  '项目决策',
  '20',
  '项目目标',
  '8',
  '目标内容',
  '8',
  '7',
  '决策过程',
  '12',
  '决策依据',
  '5',
  '5',
  '决策程序',
  '7',
  '6',
  '总分',
  '20',
  '18',
];

describe('海南 project evaluation form', () => {
  it('reads the planned amount as the budget and the amount used as the execution', async () => {
    const project = readWithTemplates(await extractDocument(Buffer.from(cells(SHEET)))).projects[0]!;
    expect([project.total.budget?.text, project.total.executed?.text, project.total.initialBudget]).toEqual(['300', '275.5', null]);
  });

  it('does not read an amount that ends the text: it may be cut off', async () => {
    const cut = ['某某项目绩效自评表', '一、项目基本情况', '计划投资额(万元)', '300', '实际使用情况(万元)', '27'].join('\n\n');
    const project = readWithTemplates(await extractDocument(Buffer.from(cut))).projects[0]!;
    expect([project.total.budget?.text, project.total.executed]).toEqual(['300', null]);
    expect(project.readingProblems?.map((p) => p.message)).toContain(
      '实际使用情况(万元): 「27」 ends the text and may be cut off: not read',
    );
  });

  it('reads an amount glued with the split after it (a flattened text) as the figure before 其中', async () => {
    const glued = [
      '某某项目绩效自评表',
      '一、项目基本情况',
      '计划投资额(万元)',
      '300',
      '实际使用情况(万元)',
      '275.5其中:中央财政省财政300',
    ].join('\n\n');
    const project = readWithTemplates(await extractDocument(Buffer.from(glued))).projects[0]!;
    expect([project.total.budget?.text, project.total.executed?.text]).toEqual(['300', '275.5']);
  });

  it('joins each level with the weight in the column after it, the sheet adding up', async () => {
    const reading = readWithTemplates(await extractDocument(Buffer.from(cells(SHEET))));
    expect(reading.projects[0]!.indicators.map((i) => [i.level1, i.level2, i.name, i.weight?.text, i.score?.text])).toEqual([
      ['项目决策(20分)', '项目目标(8分)', '目标内容', '8', '7'],
      ['项目决策(20分)', '决策过程(12分)', '决策依据', '5', '5'],
      ['项目决策(20分)', '决策过程(12分)', '决策程序', '7', '6'],
    ]);
  });

  it('joins nothing when the weights do not add up (a blank score makes a row look like a level)', async () => {
    // 决策依据's score left blank: `决策依据 5` reads as a level, and 决策过程's weight no longer adds up.
    const blank = [
      '项目决策',
      '20',
      '项目目标',
      '8',
      '目标内容',
      '8',
      '7',
      '决策过程',
      '12',
      '决策依据',
      '5',
      '决策程序',
      '7',
      '6',
      '总分',
      '20',
      '13',
    ];
    const reading = readWithTemplates(await extractDocument(Buffer.from(cells(blank))));
    expect(reading.projects[0]?.indicators ?? []).toEqual([]);
  });
});
