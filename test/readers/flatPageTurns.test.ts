/**
 * Flattened tables broken by a preview's page turns (`2、…` at the start of the next line) and
 * indicator blocks whose heading was lost (src/readers/flat.ts): a page turn beside a figure joins
 * the two lines (a number broken, or a cell glued to the next); between two texts it stays a line
 * break; a block opened by its level columns ends at its 总分.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFlatBlocks } from '../../src/readers/flat';
import { readTextBlocks } from '../../src/readers/text';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'documents');
const fixture = (id: string) => fs.readFileSync(path.join(FIXTURES, `${id}.txt`), 'utf8');
/** The rows of a text's flattened tables, each as its cells' texts. */
const rows = (text: string) =>
  (readFlatBlocks(text, readTextBlocks) ?? []).flatMap((b) => (b.kind === 'table' ? b.table.rows.map((r) => r.cells.map((c) => c.text)) : []));

/** A Hubei 项目自评表 flattened and glued, its indicator heading garbled (度效标…), 总分 after the rows. */
const hubei = (rowsText: string) =>
  '2020年度项目自评表项目名称渔业补贴主管部门区农业局项目实施单位农业科预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)' +
  `年度财政资金总额1.561.56100%20度效标O0B年绩目二级指标三级指标年初目标值(A)实际完成值(B)得分${rowsText}总分100偏差大或目标未完成原因分析无`;

describe('a page turn inside a glued number (长江禁捕 项目自评表)', () => {
  it('joins the number broken over the page turn', () => {
    const text = fixture('unknown-changjiang-fishing-fuel-subsidy');
    expect(rows(text)).toContainEqual(['时效指标', '12月底之前完成', '100%', '100%', '10']);
  });

  it('joins it in a synthetic table too, and keeps a page turn between a figure and a text a break', () => {
    expect(rows(hubei('质量指标发放率100%100%10时效指标按时完成10\n2、0%100%10'))).toContainEqual([
      '时效指标',
      '按时完成',
      '100%',
      '100%',
      '10',
    ]);
    // `10` / `2、按时完成…`: no number is broken; the rows are cut as they are.
    expect(rows(hubei('质量指标发放率100%100%10\n2、时效指标按时完成100%100%10'))).toContainEqual([
      '时效指标',
      '按时完成',
      '100%',
      '100%',
      '10',
    ]);
  });

  it('joins a cell broken over a page turn after a figure: no space inside it (取得2018-2022 / 2、监测资料)', () => {
    expect(rows(hubei('进度指标完成2019-2021\n2、年度巡查100%100%10'))).toContainEqual([
      '进度指标',
      '完成2019-2021年度巡查',
      '100%',
      '100%',
      '10',
    ]);
  });

  it('keeps a page turn between two texts a break: it may be all that separates two cells (衡山 县级储备粮 …安全性 / 3、高高)', () => {
    expect(rows(fixture('hunan-hengshan-county-grain-reserve'))).toContainEqual(['可持 续影 响指标', '粮食储备设备维 护及安全性', '高', '高', '']);
  });

  it('drops a page turn inside a cell that runs over it between two texts (音响、 / 2、灯光、道具、服装 质量等)', () => {
    expect(rows(hubei('质量指标音响、\n2、灯光质量合格率100%100%10'))).toContainEqual(['质量指标', '音响、灯光质量合格率', '100%', '100%', '10']);
  });
});

describe('an indicator block whose heading was lost', () => {
  it('ends at its 总分, read as the total row (长江禁捕: 年度绩效目标 garbled as 度效标O0B年绩目1分EB)', () => {
    expect(rows(fixture('unknown-changjiang-fishing-fuel-subsidy'))).toContainEqual(['总分', '100']);
    expect(rows(hubei('质量指标发放率100%100%10'))).toContainEqual(['总分', '100']);
  });

  it('leaves a 总分 before any indicator column a word of the text', () => {
    const read = rows(hubei('').replace('度效标O0B年绩目二级指标三级指标年初目标值(A)实际完成值(B)得分', '说明总分'));
    expect(read).not.toContainEqual(['总分', '100']);
  });
});
