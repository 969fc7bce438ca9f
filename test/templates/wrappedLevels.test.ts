import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { LabelSet } from '../../src/templates/labels';
import { tokenize } from '../../src/templates/tokens';
import { joinWrappedLevels } from '../../src/templates/wrappedLevels';
import { readWithTemplates } from '../../src/templates';
import { extractDocument } from '../../src/readers';

const levels = new LabelSet(['产出指标', '效益指标', '满意度指标', '数量指标', '社会效益指标', '服务对象满意度指标']);
const labels = new LabelSet([...levels.synonyms, '三级指标', '分值', '得分', '总分']);
const rows = (lines: string[]) => tokenize(readTextBlocks(lines.join('\n')));
const texts = (ts: ReturnType<typeof rows>) => ts.rows.map((r) => r.map((k) => ts.tokens[k]!.text)).filter((r) => r.length > 0);
const ROWS = [
  '产出指标 数量指标 服务对象人数 100人次 100人次 30 30',
  '质量指标 服务达标率 80% 80% 30 30',
  '时效指标 完成时限 2019年 2019年 10 10',
];

describe('joinWrappedLevels', () => {
  it('joins a lone last word to the cell of the row above that it completes into a level word', () => {
    const ts = joinWrappedLevels(
      rows([...ROWS, '社会效益 运行效率 ≥80% ≥80% 15 15', '指标', '满意度 服务对象满意度指标 受益群体满意度 90% 90% 15 15', '指标']),
      levels,
      labels,
    );
    expect(texts(ts).slice(3)).toEqual([
      ['社会效益指标', '运行效率', '≥80%', '≥80%', '15', '15'],
      ['满意度指标', '服务对象满意度指标', '受益群体满意度', '90%', '90%', '15', '15'],
    ]);
    ts.tokens.forEach((t, i) => expect(t.index).toBe(i));
  });

  it('joins nothing when the lone cell completes no level word, is a figure or a label, or completes two cells', () => {
    for (const tail of ['说明', '15', '总分']) {
      const ts = rows([...ROWS, '社会效益 运行效率 ≥80% ≥80% 15 15', tail]);
      expect(joinWrappedLevels(ts, levels, labels)).toBe(ts);
    }
    const two = rows([...ROWS, '社会效益 社会效益 ≥80% ≥80% 15 15', '指标']);
    expect(joinWrappedLevels(two, levels, labels)).toBe(two);
  });
});

describe('a national table whose level cells wrapped their last word onto lines of their own', () => {
  const text = [
    '项目支出绩效自评表',
    '2019年度)',
    '项目名称 购买第三方服务',
    '主管部门 某市财政局 实施单位 某市财政局',
    '项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分',
    '年度资金总额 50 50 45 10 90% 9',
    '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施',
    '产出指标 数量指标 服务对象人数 100人次 100人次 30 30',
    '社会效益 运行效率 ≥80% ≥80% 30 30',
    '指标',
    '满意度 服务对象满意度指标 受益群体满意度 90% 90% 30 30',
    '指标',
    '总分 100 99',
  ].join('\n');

  it('reads every indicator row and leaves no row unread', async () => {
    const reading = readWithTemplates(await extractDocument(Buffer.from(text)));
    expect(reading.unread).toEqual([]);
    expect(reading.projects[0]!.indicators.map((i) => [i.level2, i.name, i.score?.text])).toEqual([
      ['数量指标', '服务对象人数', '30'],
      ['社会效益指标', '运行效率', '30'],
      ['服务对象满意度指标', '受益群体满意度', '30'],
    ]);
  });
});
