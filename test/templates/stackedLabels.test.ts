import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { LabelSet } from '../../src/templates/labels';
import { joinStackedLabels } from '../../src/templates/stackedLabels';
import { tokenize } from '../../src/templates/tokens';
import { readWithTemplates } from '../../src/templates';
import { extractDocument } from '../../src/readers';

const labels = new LabelSet(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '指标值', '分值', '得分']);
const rows = (lines: string[]) => tokenize(readTextBlocks(lines.join('\n')));
// Enough spaced lines after the header for the run to read as a table of space-separated cells.
const BODY = [
  '产出指标 数量指标 培训人数 100人 120人 20 20',
  '质量指标 合格率 95% 98% 20 20',
  '时效指标 完成时限 2022年 2022年 20 20',
  '成本指标 成本控制率 100% 100% 20 20',
];

describe('joinStackedLabels', () => {
  it('joins a header row and the row of its wrapped tails column by column, the tails row emptied', () => {
    const before = rows(['一级指标 二级指标 三级指标 年度 实际 分值 得分', '指标值 完成值', ...BODY]);
    const ts = joinStackedLabels(before, labels);
    expect(ts.rows[0]!.map((k) => ts.tokens[k]!.text)).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
    ]);
    expect(ts.rows[1]).toEqual([]);
    expect(ts.tokens.length).toBe(before.tokens.length - 2);
    ts.tokens.forEach((t, i) => expect(t.index).toBe(i));
    ts.rows.forEach((r, k) => r.forEach((i) => expect(ts.tokens[i]!.row).toBe(k)));
  });

  it('joins nothing when the tails are not as many as the heads, or one join makes no label', () => {
    const fewer = rows(['一级指标 二级指标 三级指标 年度 实际 分值 得分', '指标值', ...BODY]);
    expect(joinStackedLabels(fewer, labels)).toBe(fewer);
    const noLabel = rows(['一级指标 二级指标 三级指标 年度 实际 分值 得分', '指标值 合计', ...BODY]);
    expect(joinStackedLabels(noLabel, labels)).toBe(noLabel);
  });

  it('joins nothing under a row of fewer than two labels (a data row over the next one)', () => {
    const data = rows(['数量指标 年度 实际 20 20', '指标值 完成值', ...BODY]);
    expect(joinStackedLabels(data, labels)).toBe(data);
  });
});

describe('a national table whose indicator header wrapped in its columns', () => {
  const text = [
    '项目支出绩效自评表',
    '2019年度)',
    '项目名称 购买第三方服务',
    '主管部门 某市财政局 实施单位 某市财政局',
    '项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分',
    '(万元)',
    '年度资金总额 50 50 45 10 90% 9',
    '其中:当年财政拨款 50 50 45',
    '一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施',
    '指标值 完成值',
    '产出指标 数量指标 服务对象人数 100人次 100人次 30 30',
    '质量指标 服务达标率 80% 80% 30 30',
    '效益指标 社会效益指标 运行效率 ≥80% ≥80% 30 30',
    '总分 100 99',
  ].join('\n');

  it('reads the indicators under the joined labels', async () => {
    const reading = readWithTemplates(await extractDocument(Buffer.from(text)));
    expect(reading.projects).toHaveLength(1);
    const p = reading.projects[0]!;
    expect(p.indicators.map((i) => [i.name, i.target?.text, i.actual?.text, i.weight?.text, i.score?.text])).toEqual([
      ['服务对象人数', '100人次', '100人次', '30', '30'],
      ['服务达标率', '80%', '80%', '30', '30'],
      ['运行效率', '≥80%', '≥80%', '30', '30'],
    ]);
  });
});
