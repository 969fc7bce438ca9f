/**
 * Hubei's 项目支出绩效自评表 (tab-separated, as the seed 000 prints it): a row one cell short whose
 * 得分 was left blank (src/templates/scorelessRows.ts), and a merged 一级指标 cell printed a row early
 * (src/templates/earlyLevel.ts) — with the near misses that must stay unread or unmoved.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';
import { scoreLeftBlank } from '../../src/templates/scorelessRows';
import { level1Family, level2Family, printedEarly } from '../../src/templates/earlyLevel';
import { parseScoreCell } from '../../src/domain/reportedValue';

const HEAD = [
  '2021年度12333信息平台建设经费项目自评表',
  '',
  '项目名称\t12333信息平台建设经费\t\t\t\t\t',
  '主管部门\t黄石市人力资源和社会保障局\t\t项目实施单位\t黄石市人力资源和社会保障局\t\t',
  '预算执行情况 (万元) (20分)\t\t预算数 (A)\t执行数(B)\t执行率(B/A)\t得分\t',
  '\t\t\t\t\t(20分*执行率)\t',
  '\t年度财政资金总额\t45\t44.3\t98.44%\t20\t',
  '年度绩效目标 (80分)\t一级指标\t二级指标\t三级指标\t年初目标值(A)\t实际完成值(B)\t得分',
];
const TAIL = ['总分\t98\t\t\t\t\t'];

const read = (rows: string[]) => {
  const text = [...HEAD, ...rows, ...TAIL].join('\n');
  return readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });
};
const figures = (rows: string[]) =>
  read(rows).projects[0]!.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.text ?? null, i.actual?.text ?? null, i.score?.text ?? null]);
const problems = (rows: string[]) => read(rows).projects[0]!.readingProblems ?? [];
const isPoints = (text: string) => parseScoreCell(text).status === 'OK';

describe('a row one cell short, its 得分 left blank', () => {
  it('is read with 得分 blank when its last cell cannot be points', () => {
    expect(
      figures([
        '\t产出指标 (40分)\t数量指标\t全年话务总量\t8万\t11.3万\t10',
        '\t\t成本指标\t设计预算成本计划降低率\t1%\t1.60%',
        '\t\t质量指标\t群众诉求办结\t达标\t达标',
      ]),
    ).toEqual([
      ['产出指标 (40分)', '数量指标', '全年话务总量', '8万', '11.3万', '10'],
      ['产出指标 (40分)', '成本指标', '设计预算成本计划降低率', '1%', '1.60%', null],
      ['产出指标 (40分)', '质量指标', '群众诉求办结', '达标', '达标', null],
    ]);
  });

  it('stays unread when its last cell may be points: the 实际完成值 may be the missing cell', () => {
    const rows = ['\t产出指标 (40分)\t数量指标\t全年话务总量\t8万\t11.3万\t10', '\t\t成本指标\t设计预算成本计划降低率\t1%\t9'];
    expect(figures(rows).map((i) => i[2])).toEqual(['全年话务总量']);
    expect(problems(rows).some((p) => p.message.includes('cannot tell which are missing'))).toBe(true);
  });

  it('stays unread two cells short', () => {
    const rows = ['\t产出指标 (40分)\t数量指标\t全年话务总量\t8万\t11.3万\t10', '\t\t成本指标\t设计预算成本计划降低率\t1.60%'];
    expect(figures(rows).map((i) => i[2])).toEqual(['全年话务总量']);
  });

  it('the rule alone: 得分 last, one cell short, the last cell no points', () => {
    const roles = ['name', 'target', 'actual', 'score'];
    expect(scoreLeftBlank(['降低率', '1%', '1.60%'], roles, isPoints)).toBe(true);
    expect(scoreLeftBlank(['降低率', '1%', '1.60%', ''], roles, isPoints)).toBe(true);
    expect(scoreLeftBlank(['降低率', '1%', '9'], roles, isPoints)).toBe(false);
    expect(scoreLeftBlank(['降低率', '1%', '—'], roles, isPoints)).toBe(false);
    expect(scoreLeftBlank(['降低率', '1.60%'], roles, isPoints)).toBe(false);
    expect(scoreLeftBlank(['降低率', '1%', '1.60%', '10'], roles, isPoints)).toBe(false);
    // A note column after 得分 takes any text: more than one way fits.
    expect(scoreLeftBlank(['降低率', '1%', '1.60%', '10'], [...roles, 'note'], isPoints)).toBe(false);
    expect(scoreLeftBlank(['降低率', '1%', '1.60%'], ['name', 'target', 'actual', 'score', 'note'], isPoints)).toBe(false);
  });
});

describe('a 一级指标 cell printed a row early', () => {
  it('heads the rows below when it disagrees with its row’s 二级指标 and the carried one agrees', () => {
    expect(
      figures([
        '\t产出指标 (40分)\t数量指标\t全年话务总量\t8万\t11.3万\t10',
        '\t\t效益指标 (20分)\t成本指标\t设计预算成本计划降低率\t1%\t1.60%',
        '\t社会效益指标\t\t提升人社政策知晓度\t广泛宣传人社政策\t较好的回答群众所急问题\t9',
      ]),
    ).toEqual([
      ['产出指标 (40分)', '数量指标', '全年话务总量', '8万', '11.3万', '10'],
      ['产出指标 (40分)', '成本指标', '设计预算成本计划降低率', '1%', '1.60%', null],
      ['效益指标 (20分)', '社会效益指标', '提升人社政策知晓度', '广泛宣传人社政策', '较好的回答群众所急问题', '9'],
    ]);
  });

  it('stays on its row when its words agree', () => {
    expect(
      figures([
        '\t产出指标 (40分)\t数量指标\t全年话务总量\t8万\t11.3万\t10',
        '\t效益指标 (20分)\t社会效益指标\t提升人社政策知晓度\t广泛宣传人社政策\t较好的回答群众所急问题\t9',
      ]).map((i) => i[0]),
    ).toEqual(['产出指标 (40分)', '效益指标 (20分)']);
  });

  it('the rule alone: families of the words, and no move without a carried 一级指标 that agrees', () => {
    expect(level1Family('效益指标 (20分)')).toBe('效益');
    expect(level1Family('产出指标（分值权重50%）')).toBe('产出');
    expect(level1Family('履职效能')).toBeNull();
    expect(level2Family('成本指标')).toBe('产出');
    expect(level2Family('经济成本指标')).toBe('成本');
    expect(level2Family('社会效益')).toBe('效益');
    expect(level2Family('服务对象满意度指标')).toBe('满意度');
    expect(level2Family('群众满意度')).toBeNull();
    expect(printedEarly('效益指标 (20分)', '成本指标', '产出指标 (40分)')).toBe(true);
    expect(printedEarly('效益指标 (20分)', '社会效益指标', '产出指标 (40分)')).toBe(false);
    expect(printedEarly('效益指标 (20分)', '成本指标', null)).toBe(false);
    expect(printedEarly('效益指标 (20分)', '成本指标', '满意度指标')).toBe(false);
    expect(printedEarly('效益指标 (20分)', '群众满意度', '满意度指标')).toBe(false);
    expect(printedEarly('效益指标 (20分)', '成本指标', '履职效能')).toBe(false);
  });
});

describe('a row one cell short followed by a line that does not open a row', () => {
  it('stays unread: its rest may be on that line', () => {
    const rows = [
      '\t产出指标 (40分)\t数量指标\t全年话务总量\t8万\t11.3万\t10',
      '\t\t成本指标\t设计预算成本计划降低率\t1%\t1.60%',
      '按年度考核\t',
      '\t\t质量指标\t群众诉求办结\t达标\t达标\t8',
    ];
    expect(figures(rows).map((i) => i[2])).toEqual(['全年话务总量', '群众诉求办结']);
  });
});
