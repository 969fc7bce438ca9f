/**
 * The tail of a project score sheet (项目支出绩效评分表) whose head the excerpt cut off, as a PDF's
 * text boxes leave it (src/templates/headlessScoresheet.ts). Synthetic: no corpus document's names or figures.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';

const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });
const rows = (text: string) =>
  read(text).projects.flatMap((p) => p.indicators.map((i) => [i.level2, i.name, i.weight?.text, i.score?.text, i.lines.start]));

describe('a headless score sheet tail', () => {
  it('reads the rows of each level whose 分值 add up to its weight, the weights standing before their words', () => {
    const text = [
      '30 分)项目决策(12 分)科学决策立项依据 (规划)',
      '6 6 论证充分性',
      '6 5 (',
      '8 ) 绩效目标指标清晰性',
      '8 7',
      '21 (',
      '10 分)项目管理(10分)资金管理拨付及时性',
      '4 4 核算规范性',
      '6 6 (',
      '60 分)项目绩效(60 ) 项目效益受益对象覆盖(可选项)',
      '30 满意度',
      '10 9 总分 以上为本表。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['科学决策', '立项依据 (规划)', '6', '6', 1],
      ['科学决策', '论证充分性', '6', '5', 2],
      ['绩效目标', '指标清晰性', '8', '7', 4],
      ['资金管理', '拨付及时性', '4', '4', 7],
      ['资金管理', '核算规范性', '6', '6', 8],
    ]);
    const reading = read(text);
    expect(reading.projects[0]!.readingProblems![0]!.message).toMatch(/its head cut off/);
    // The level whose rows do not add up (a row of one figure) and the lone figure (21, a page number) are reported.
    expect(reading.unread.map((u) => [u.line, u.reason])).toEqual([
      [6, expect.stringMatching(/lone figure/)],
      [10, expect.stringMatching(/项目效益.*not read/)],
    ]);
  });

  it('reads nothing where no level’s rows add up to its weight, or both ways of taking the weights fit', () => {
    expect(rows('(20 分)项目决策(10 分)科学决策立项依据 6 6 论证充分性 6 5 总分')).toEqual([]);
    // Each level word between two weights, and each level's rows make 10 either way: before or after its word?
    const both = '(10分)科学决策(10分)立项依据 5 5 论证充分性 5 5 (10分)绩效目标(10分)指标清晰性 5 5 指标细化 5 5 总分';
    expect(rows(both)).toEqual([]);
    // With the weights after their words only, they are read so.
    expect(rows('科学决策(10分)立项依据 5 5 论证充分性 5 5 绩效目标(10分)指标清晰性 5 5 指标细化 5 5 总分')).toHaveLength(4);
  });
});
