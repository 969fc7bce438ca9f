/**
 * Forms as offices publish them (test/fixtures/forms/, README), read where their cells stand: a
 * web page's table lists in a row only the cells that start in it, so a row under levels merged
 * from above is laid under its header by grid column (src/templates/headerPlaces.ts). There a
 * 三级指标 named like a level (社会效益, 服务对象满意度) is the row's name, a 二级指标 of no
 * vocabulary stands beside a 一级指标 merged from above, and a form without level columns names an
 * indicator 服务对象满意度. Beside them: level weights written without 分 (产出指标 (50)), names
 * numbered 任务1：, a 合计 row with — in its text columns, a 自评权重 column cut by a page, and a row
 * cut by a page inside level cells merged over the rows below it.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/readers';
import { readWithTemplates } from '../../src/templates';
import type { ParsedIndicator, ParsedProjectEvaluation } from '../../src/templates/parsed';

const DIR = path.resolve(__dirname, '..', 'fixtures', 'forms');

async function read(name: string) {
  const raw = fs.readFileSync(path.join(DIR, name));
  const reading = readWithTemplates(await extractDocument(name.endsWith('.gz') ? zlib.gunzipSync(raw) : raw));
  const records = [...reading.projects, ...reading.departmentEvaluations];
  expect(records).toHaveLength(1);
  return records[0]!;
}

/** An indicator as [name, target, actual, weight, score], as written. */
const figures = (i: ParsedIndicator) => [
  i.name,
  i.target?.text ?? null,
  i.actual?.text ?? null,
  i.weight?.text ?? null,
  i.score?.text ?? null,
];

describe('a 三级指标 named like a level, under levels merged from above', () => {
  const scoreSheet = [
    ['产出数量', null, null, '15', '15'],
    ['经济效益', null, null, '30', '29'],
    ['社会效益', null, null, '10', '10'],
  ];
  it('is the row’s name in a score sheet (南县)', async () => {
    const p = await read('hunan-nanxian-scoresheet-level-word-names.html');
    expect(p.indicators.map(figures)).toEqual(scoreSheet);
    expect(p.reportedTotalScore?.text).toBe('54');
  });

  it('is the row’s name where each level has its 分值 column (海南)', async () => {
    expect((await read('hainan-level-word-names.html')).indicators.map(figures)).toEqual(scoreSheet);
  });

  it('is the row’s name, 社会效益 and 服务对象满意度 (仪陇), beside a 二级指标 weighted without 分', async () => {
    const p = await read('sichuan-yilong-level-word-names.html');
    expect(p.indicators.map((i) => [i.level2, ...figures(i)])).toEqual([
      ['科学决策(5分)', '必要性(政策依据)', null, null, '5', '5'],
      ['绩效目标(10)', '明确性', null, null, '5', '5'],
      ['绩效目标(10)', '合理性', null, null, '5', '5'],
      ['项目完成(5分)', '完成数量', null, null, '5', '5'],
      ['项目效益(50分)', '社会效益', null, null, '40', '37'],
      ['项目效益(50分)', '服务对象满意度', null, null, '10', '8'],
    ]);
  });
});

describe('a 二级指标 of no vocabulary beside a 一级指标 merged from above', () => {
  it('is read, the 一级指标 kept from above (银川)', async () => {
    const p = await read('ningxia-yinchuan-level2-under-merged-level1.html');
    expect(p.indicators.map((i) => [i.level1, i.level2, ...figures(i)])).toEqual([
      ['项目决策（6分）', '项目目标', '完整性', null, '目标明确', '4', '4'],
      ['项目决策（6分）', '项目立项', '相关性', null, '按照学校管理标准对学校进行管理', '2', '2'],
    ]);
  });

  it('is read beside the 自评权重 column (江西)', async () => {
    const p = await read('jiangxi-level2-under-merged-level1.html');
    expect(p.indicators.map((i) => [i.level1, i.level2, ...figures(i)])).toEqual([
      ['管理指标(8分)', '预算编审管理', '完整、准确率', '100%', '100%', '4', '4'],
      ['管理指标(8分)', '预算执行管理', '完成率、控制率', '100%', '按规定执行', '4', '4'],
    ]);
  });
});

describe('a form without level columns', () => {
  it('reads an indicator named 服务对象满意度 as an indicator, not a level heading (重庆)', async () => {
    expect((await read('chongqing-level-word-name.html')).indicators.map(figures)).toEqual([
      ['森林覆盖率', '≥50%', '50.5', '10', '10'],
      ['服务对象满意度', '≥90%', '95', '10', '10'],
    ]);
  });
});

describe('level weights written without 分', () => {
  it('产出指标 (50) is a 一级指标 (零陵)', async () => {
    const p = await read('hunan-lingling-level-weight-without-fen.html');
    expect(p.indicators.map((i) => [i.level1, i.name, i.weight?.text, i.score?.text])).toEqual([
      ['产出指标 (50)', '造林面积', '10', '10'],
      ['产出指标 (50)', '病虫害防治面积', '80', '80'],
    ]);
  });

  it('投入(30) over 绩效目标指标管理(30), and 效果(20) over 履职效益(20), are the levels (平山)', async () => {
    const p = await read('hebei-pingshan-level-weight-without-fen.html');
    expect(p.indicators.map((i) => [i.level1, i.level2, i.name, i.weight?.text, i.score?.text])).toEqual([
      ['投入(30)', '绩效目标指标管理(30)', '绩效目标科学性', '20', '15'],
      ['投入(30)', '绩效目标指标管理(30)', '服务对象满意度', '10', '9'],
      ['效果(20)', '履职效益(20)', '社会效益', '10', '10'],
      ['效果(20)', '履职效益(20)', '服务对象满意度', '10', '9'],
    ]);
    expect(p.reportedTotalScore?.text).toBe('43');
  });
});

describe('江西’s department form', () => {
  it('numbers its names 任务1：, which is no part of them', async () => {
    expect((await read('jiangxi-task-prefix.html')).indicators.map((i) => i.name)).toEqual(['门诊住院人次', '特殊人群健康管理率']);
  });

  it('printed by Writer on two pages, its 一级指标 and 自评权重 cells cut by the break, reads whole', async () => {
    const p = await read('jiangxi-weight-column-across-pages.writer.pdf.gz');
    expect(p.indicators).toHaveLength(17);
    expect(p.indicators.map((i) => i.level1)).toEqual([
      ...Array(7).fill('管理指标(30分)'),
      ...Array(6).fill('产出指标(25分)'),
      ...Array(3).fill('效果指标(35分)'),
      '满意度指标(10分)',
    ]);
    expect(p.indicators.at(-1)!.score?.text).toBe('10');
    expect(p.reportedTotalScore?.text).toBe('92');
  });
});

describe('a row that a page break cuts, its level cells merged over the rows below', () => {
  it('is one row, the merged cells’ texts joined across the page (衡山, as Writer prints it)', async () => {
    const p = await read('hunan-hengshan-row-across-pages.writer.pdf.gz');
    expect(p.indicators).toHaveLength(16);
    expect(p.indicators.slice(-2).map((i) => [i.level1, i.level2, ...figures(i)])).toEqual([
      ['满意度指标', '服务对象满意度指标', '因粮食市场波动引起的粮食安全事件发生数', '0起', '0起', null, null],
      ['满意度指标', '服务对象满意度指标', '市民满意度调查', '≥90%', '100%', null, null],
    ]);
  });
});

describe('a row that a page break cuts beside a merged level cell whose lines Writer centres', () => {
  it('is one row: its name goes on, and the level cell’s lines on both pages are one 一级指标 (萧县)', async () => {
    const p = await read('anhui-xiaoxian-row-across-pages.writer.pdf.gz');
    expect(p.indicators).toHaveLength(15);
    expect(p.indicators.filter((i) => i.name.includes('总收入')).map((i) => [i.level1, ...figures(i)])).toEqual([
      ['效益指标(30分)', '特色产业带动增加受益农户收入(总收入)', '≥11.376万元', '12万元', '20', '20'],
    ]);
  });
});

describe('a level cell merged over the rows that open a page', () => {
  it('is a level of its own, not the rest of the one above, which ends with the page (银川, as Calc prints it)', async () => {
    const p = await read('ningxia-yinchuan-level-opening-a-page.calc.pdf.gz');
    expect(p.indicators).toHaveLength(17);
    expect(p.indicators.slice(13, 15).map((i) => [i.level1, i.level2, i.name, i.score?.text])).toEqual([
      ['项目产出（30分）', '成本指标（10分）', '绿化、水电费等成本', '3'],
      ['项目效益（35分）', '社会效益指标', '指标效果显著', '15'],
    ]);
  });
});

describe('a level cell merged over rows on two pages, its weight cut by the break', () => {
  it('is one cell: 项目绩效(55 above and 分) below are 项目绩效(55分) (南县, as Writer prints it)', async () => {
    const p = await read('hunan-nanxian-level-weight-across-pages.writer.pdf.gz');
    expect(p.indicators).toHaveLength(20);
    expect(p.indicators.slice(11, 13).map((i) => [i.level1, i.level2, i.name, i.score?.text])).toEqual([
      ['项目绩效(55分)', '项目产出(15分)', '产出数量', '5'],
      ['项目绩效(55分)', '项目产出(15分)', '产出质量', '4'],
    ]);
  });
});

describe('a 合计 row with — in the columns a total leaves blank', () => {
  it('gives its total score (大英)', async () => {
    const p = await read('sichuan-daying-total-with-dashes.html');
    expect(p.indicators.map(figures)).toEqual([['目标制定', null, null, '10', '9']]);
    expect(p.reportedTotalScore?.text).toBe('9');
  });
});

describe('the indicator block’s heading written again beside its rows (南华: 绩 效 指 标 merged over each part)', () => {
  it('is passed over: every row of both parts is read, each under the 一级指标 it stands in', async () => {
    const p = await read('yunnan-nanhua-heading-repeated.html');
    expect(p.indicators).toHaveLength(9);
    expect(p.indicators.map((i) => [i.level1, i.name])).toContainEqual(['产出指标(50分)', '奖补资金兑付率(%)']);
    expect(p.indicators.map((i) => [i.level1, i.name])).toContainEqual(['效益指标(30分)', '带动农户增收(户)']);
    expect(p.readingProblems).toEqual([]);
  });
});

describe('a column merged down the rows between two of a row’s own (北京: 得分计算方法 over the rows, 得分 after it)', () => {
  it('reads each row’s cells where they stand: its 得分 is the score, not the scoring rule', async () => {
    const p = await read('beijing-scoring-rule-merged.html');
    expect(p.indicators.map(figures)).toEqual([
      ['甲指标', '100%', '100%', '50', '50'],
      ['乙指标', '100%', '100%', '40', '40'],
    ]);
    // The merged rule is read with the row it starts in (the rows it covers hold no cell of their own there).
    expect(p.indicators.map((i) => i.scoringRule)).toEqual(['完成值达到指标值,记满分', null]);
  });
});

describe('the row of the indicator block that scores the budget’s execution (河北: 预算执行率)', () => {
  it('gives the budget its weight and score, and is no indicator: the table loads whole', async () => {
    const p = (await read('hebei-budget-execution-row.html')) as ParsedProjectEvaluation;
    expect(p.indicators.map((i) => i.name)).toEqual(['发放人数']);
    expect([p.total.weight?.text, p.total.score?.text]).toEqual(['10.00', '10.00']);
    expect(p.readingProblems).toEqual([]);
  });
});

describe('a row with a name and nothing else (黄石: 促进黄石文化经济发展,丰富市民文化活动)', () => {
  it('is reported, not read, and the table’s figures stand: the name above is not glued to it', async () => {
    const raw = fs.readFileSync(path.join(DIR, 'hubei-name-alone-row.html'));
    const reading = readWithTemplates(await extractDocument(raw));
    const p = reading.projects[0]!;
    expect(p.readingProblems).toEqual([]);
    expect(p.indicators.map((i) => i.name)).toContain('使读者更方便快捷查找检阅');
    expect(reading.unread).toEqual([
      expect.objectContaining({ text: '促进黄石文化经济发展,丰富市民文化活动', reason: expect.stringMatching(/a name and nothing else/) }),
    ]);
  });
});

describe('a total written with its label in one cell (原州: 项目总得分：99分)', () => {
  it('is the reported total, in the table’s first row or on the line above it: the table loads whole', async () => {
    for (const form of ['ningxia-yuanzhou-total-in-one-cell.html', 'ningxia-yuanzhou-total-above-table.html']) {
      const p = (await read(form)) as ParsedProjectEvaluation;
      expect(p.reportedTotalScore?.text).toBe('99分');
      expect(p.readingProblems).toEqual([]);
      expect(p.indicators).toHaveLength(11);
    }
  });
});

describe('the row numbering the columns under the funding header (名山: 列次 0 1 2 … 7), a 佐证材料 column beside the amounts', () => {
  it('passes over the numbers, reports the attesting documents as not kept, and reads the amounts: the table loads whole', async () => {
    const raw = fs.readFileSync(path.join(DIR, 'sichuan-mingshan-column-numbers.html'));
    const reading = readWithTemplates(await extractDocument(raw));
    const p = reading.projects[0]!;
    expect(p.readingProblems).toEqual([]);
    expect([p.total.budget?.text, p.total.executed?.text, p.total.executionRate?.text]).toEqual(['52.800000', '30.800000', '58.33%']);
    expect(reading.unread.filter((u) => /outside any row/.test(u.reason))).toEqual([]);
    expect(reading.warnings).toContainEqual(
      expect.objectContaining({
        text: '预算下达文件、资金到位及支出凭证',
        reason: expect.stringMatching(/under 「佐证材料」: read for its place, not kept/),
      }),
    );
  });
});
