/**
 * Rows whose empty cells left no trace, placed by what their cells say (src/templates/placement.ts),
 * rows and level cells broken over lines — on the real pages of the corpus (Anhui 天长: cells
 * separated by spaces; Yunnan 永德: pipe rows whose blank cells the page dropped) and on the pure
 * placement rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMoneyWan, parseRateCell, parseScoreCell } from '../../src/domain/reportedValue';
import { readTextBlocks } from '../../src/readers/text';
import { isPlaceholder } from '../../src/templates/labels';
import { readWithTemplates } from '../../src/templates';
import {
  fundingRowAgrees,
  indicatorCellFits,
  indicatorRowAgrees,
  isSubItem,
  placeShortRow,
  subItemRules,
  type PlacementRules,
} from '../../src/templates/placement';
import { isLevel2Cell } from '../../src/templates/vocabulary';
import type { FundingRole, IndicatorRole } from '../../src/templates/template';

const DOCUMENTS = path.resolve(import.meta.dirname, '..', 'fixtures', 'documents');
const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });
const readDocument = (name: string) => read(fs.readFileSync(path.join(DOCUMENTS, `${name}.txt`), 'utf8'));

const FUNDING: FundingRole[] = ['initialBudget', 'budget', 'executed', 'weight', 'executionRate', 'score'];
/** A cell fits a column as the engine tells it: an amount, a rate, points (a placeholder fits any). */
const fitsFunding = (role: FundingRole, text: string): boolean => {
  if (isPlaceholder(text)) return true;
  if (role === 'executionRate') return parseRateCell(text).status === 'OK';
  if (role === 'weight' || role === 'score') return parseScoreCell(text).status === 'OK';
  return parseMoneyWan(text).status === 'OK';
};
const funding = (cells: string[]) =>
  placeShortRow(cells, FUNDING, { fits: fitsFunding, required: [], agrees: fundingRowAgrees(FUNDING) })?.map((k) => FUNDING[k] ?? null) ??
  null;

describe('a funding row short of cells', () => {
  it('is placed where one way only fits: the rate is 全年执行数 / 全年预算数, so a stated rate has both amounts beside it', () => {
    expect(funding(['387664.62', '387664.62', '10', '100%', '10'])).toEqual(['budget', 'executed', 'weight', 'executionRate', 'score']);
    // No rate: the points are the weight and the score (an amount of 880 is no weight).
    expect(funding(['880', '880', '880', '10', '10'])).toEqual(['initialBudget', 'budget', 'executed', 'weight', 'score']);
  });

  it('is not placed where the figures fit more than one way, or none', () => {
    expect(funding(['880', '870', '10', '10'])).toBeNull();
    // A rate that is not B/A as written fits no way.
    expect(funding(['100', '100', '10', '90%', '9'])).toBeNull();
  });

  it('passes over placeholders: where a dash stood does not matter', () => {
    expect(funding(['50', '50', '—', '100%', '—'])).toEqual(['budget', 'executed', null, 'executionRate', null]);
    expect(funding(['—', '50', '50', '—'])).toBeNull(); // 50 / 50 may be 年初 and 全年预算数, or 预算数 and 执行数
  });
});

describe('an indicator row short of cells', () => {
  const ROLES: IndicatorRole[] = ['name', 'comparator', 'target', 'unit', 'actual', 'weight', 'score', 'note'];
  const indicator = (cells: string[]) =>
    placeShortRow(cells, ROLES, {
      fits: (role, text) => indicatorCellFits(role, text, () => /^\d+(\.\d+)?$/.test(text) || !['weight', 'score'].includes(role)),
      required: ['name', 'weight', 'score'],
      agrees: indicatorRowAgrees,
    })?.map((k) => ROLES[k]) ?? null;

  it('puts the figures under 分值 and 得分, a text value beside no unit or comparator', () => {
    expect(indicator(['工程质量合格', '10', '10'])).toEqual(['name', 'weight', 'score']);
    expect(indicator(['减轻贫困学生家庭经济负担', '有效', '有效', '10', '10'])).toEqual(['name', 'target', 'actual', 'weight', 'score']);
  });

  it('is not placed where a value could be the target or the actual', () => {
    expect(indicator(['学生满意度', '95%', '10', '10'])).toBeNull();
  });
});

describe('Anhui 天长: cells separated by spaces, empty cells lost', () => {
  const p = readDocument('anhui-tianchang-flood-defence').projects[0]!;

  it('reads the budget row 880 880 880 10 10 with its 执行率 left blank', () => {
    expect([p.total.initialBudget?.text, p.total.budget?.text, p.total.executed?.text, p.total.executionRate, p.total.score?.text]).toEqual(
      ['880', '880', '880', null, '10'],
    );
  });

  it('reads level cells broken over lines (经济效益 / 指标, 可持续影 / 响指标) and skips their weights on lines of their own', () => {
    expect(p.indicators.map((i) => i.level2)).toEqual([
      '数量指标',
      '数量指标',
      '质量指标',
      '时效指标',
      '成本指标',
      '经济效益指标',
      '社会效益指标',
      '可持续影响指标',
      '服务对象满意度指标',
    ]);
  });

  it('places rows of a name and two figures under 分值 / 得分, confirmed by the 总分 row', () => {
    const quality = p.indicators.find((i) => i.name === '工程质量合格')!;
    expect([quality.target, quality.actual, quality.weight?.text, quality.score?.text]).toEqual([null, null, '10', '10']);
    expect(p.readingProblems).toEqual([]);
  });

  it('leaves them out, reported, when the weights do not add up to the 总分 row', () => {
    const text = fs.readFileSync(path.join(DOCUMENTS, 'anhui-tianchang-flood-defence.txt'), 'utf8').replace('总分 100 100', '总分 95 95');
    const reading = read(text);
    expect(reading.projects[0]!.indicators.map((i) => i.name)).not.toContain('工程质量合格');
    expect(reading.unread.find((u) => u.text.includes('工程质量合格'))?.reason).toMatch(/do not add up to the 总分 row/);
  });
});

describe('Yunnan 永德: pipe rows whose blank cells the page dropped, rows broken over lines', () => {
  const reading = readDocument('yunnan-yongde-nutrition-improvement');
  const p = reading.projects[0]!;

  it('reads the budget row wrapped onto the line after its label, 年初预算数 left blank', () => {
    expect([p.total.initialBudget, p.total.budget?.text, p.total.executed?.text, p.total.executionRate?.text]).toEqual([
      null,
      '387664.62元',
      '387664.62元',
      '100%',
    ]);
  });

  it('reports the 其中 row whose two amounts may stand under any two amount columns', () => {
    expect(p.currentYearFunds).toBeNull();
    expect(reading.unread.find((u) => u.text.startsWith('其中'))?.reason).toMatch(/an empty cell may have been anywhere/);
  });

  it('joins an indicator row broken over three lines', () => {
    const row = p.indicators.find((i) => i.name === '减轻贫困学生家庭经济负担')!;
    expect([row.target?.text, row.actual?.text, row.weight?.text, row.score?.text]).toEqual(['有效', '有效', '10', '10']);
    expect(p.indicators).toHaveLength(9);
  });
});

describe('Anhui 萧县: parts of an indicator (其中…) with 指标值 and 实际值 only', () => {
  const reading = readDocument('anhui-xiaoxian-hexi-farming-subsidy');
  const p = reading.projects[0]!;

  it('reads each part under 年度指标值 / 全年实际值, with no 分值 or 得分 of its own', () => {
    const part = p.indicators.find((i) => i.name === '其中桃树种植面积')!;
    expect([part.target?.text, part.actual?.text, part.weight, part.score]).toEqual(['1.5亩', '1.5亩', null, null]);
    expect(p.indicators.filter((i) => i.name.startsWith('其中'))).toHaveLength(7);
    expect(reading.unread.filter((u) => u.text.startsWith('其中'))).toEqual([]);
  });

  it('places a part one way only, and a row of the same shape without 其中 not at all', () => {
    const ROLES: IndicatorRole[] = ['name', 'weight', 'target', 'actual', 'score', 'note'];
    const rules: PlacementRules<IndicatorRole> = {
      fits: (role: IndicatorRole, text: string) =>
        indicatorCellFits(role, text, () => /^\d+(\.\d+)?$/.test(text) || !['weight', 'score'].includes(role)),
      required: ['name', 'weight', 'score'],
      agrees: indicatorRowAgrees,
    };
    const at = (cells: string[], r: PlacementRules<IndicatorRole>) => placeShortRow(cells, ROLES, r)?.map((k) => ROLES[k]) ?? null;
    expect(isSubItem('其中桃树种植面积')).toBe(true);
    expect(at(['其中桃树种植面积', '1.5亩', '1.5亩'], subItemRules(rules))).toEqual(['name', 'target', 'actual']);
    expect(at(['桃树种植面积', '1.5亩', '1.5亩'], rules)).toBeNull();
    // A part with points of its own is no part: not placed by the part's rule.
    expect(at(['其中桃树种植面积', '1.5亩', '1.5亩', '5'], subItemRules(rules))).toBeNull();
  });
});

describe('Yunnan 隆阳: a 二级指标 written with its class in one cell (社会效益效益指标)', () => {
  const p = readDocument('yunnan-longyang-fertilizer-reduction').projects[0]!;

  it('takes the cell as the level, not as the indicator name', () => {
    const row = p.indicators.find((i) => i.name === '受益农户数')!;
    expect([row.level1, row.level2, row.target?.text, row.actual?.text, row.score?.text]).toEqual([
      '效益指标',
      '社会效益效益指标',
      '5000户',
      '5000户',
      '5.0',
    ]);
    expect(isLevel2Cell('社会效益效益指标')).toBe(true);
    expect(isLevel2Cell('社会效益受益人数')).toBe(false);
  });
});

describe('Yunnan 南华: pipe rows padded at their end, their blanks lost', () => {
  const reading = () => readDocument('yunnan-nanhua-wild-mushroom-processing-workshop');
  const indicator = (name: string) => reading().projects[0]!.indicators.find((i) => i.name === name);

  it('reads a row as wide as its columns in order', () => {
    expect(indicator('配套烘干杀菌设备及包装设备购置及安装')).toMatchObject({
      target: { text: '550' },
      actual: { text: '20' },
      weight: { text: '9.3' },
      score: { text: '9.3' },
    });
  });

  it('reports, not reads, a row short of a cell whose figures fit 实际完成值 / 分值 as well as 分值 / 得分', () => {
    expect(indicator('配套电力设施1250KVA变压器3台')).toBeUndefined();
    expect(reading().unread.find((u) => u.text.startsWith('配套电力设施1250KVA变压器3台'))?.reason).toMatch(/4 cells for the 6 columns/);
  });
});

describe('Hubei 黄石: a padded pipe row whose 得分 is merged from the row above', () => {
  it('goes in order where no other order fits its cells (100%覆盖 is no score)', () => {
    const project = readDocument('hubei-huangshi-library-sharing-project').projects[0]!;
    expect(project.indicators.find((i) => i.name === 'WIFI布点全覆盖')).toMatchObject({
      target: { text: '100%覆盖' },
      actual: { text: '100%覆盖' },
      score: null,
    });
  });
});
