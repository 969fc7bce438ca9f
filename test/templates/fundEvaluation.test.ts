/**
 * Sichuan's evaluation form for a central transfer-payment fund (sc-transfer-fund-evaluation,
 * src/templates/definitions/sichuanTransferFundEvaluation.ts): the fund named only by the title, the
 * 资金投入情况 columns 行次 / A / B / C = A − B / D / D/C / E / E/C, a row broken over lines where its
 * blank B was lost placed by the one way its figures agree — on the real page (名山区林业局, its
 * address in the sidecar) and on near misses that must not read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';
import { fundingRowAgrees } from '../../src/templates/placement';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'documents');
const PAGE = fs.readFileSync(path.join(FIXTURES, 'sichuan-mingshan-forestry-grassland-fund.txt'), 'utf8');
const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });
const TOTAL_CELLS = '52.800000 52.800000 100.00% 30.800000 58.33%\n其中';

describe('林业草原改革发展资金绩效评价表 (雅安市名山区林业局 2024)', () => {
  const reading = read(PAGE);
  const p = reading.projects[0]!;

  it('reads the fund named by the title, its year, and the 年度资金总额 row broken over two lines (B blank: C = A)', () => {
    expect(reading.projects).toHaveLength(1);
    expect(p.templateId).toBe('sc-transfer-fund-evaluation');
    expect([p.name, p.fiscalYear]).toEqual(['林业草原改革发展资金', 2024]);
    expect([p.total.initialBudget, p.total.budget?.text, p.total.executed?.text, p.total.executionRate?.text, p.total.score]).toEqual([
      null,
      '52.800000',
      '30.800000',
      '58.33%',
      null,
    ]);
    expect([p.total.budget?.line, p.total.executed?.line]).toEqual([30, 31]);
  });

  it('reports the rows it cannot place (the 其中 row runs on into its 佐证材料 text), not the 列次 numbers (line 29), which number the columns', () => {
    expect(p.currentYearFunds).toBeNull();
    // (Line 42: the 其他资金 row under a label no form writes, 其他资金(万元,自有资金、社会资本…) 4, after the block.)
    expect(reading.unread.map((u) => u.line)).toEqual([32, 33, 34, 42]);
  });

  it('does not place the row when C is not A − B: no way agrees', () => {
    const wrong = read(PAGE.replace(TOTAL_CELLS, '40.000000 52.800000 100.00% 30.800000 58.33%\n其中')).projects[0]!;
    expect(wrong.total.budget).toBeNull();
    expect(wrong.readingProblems?.map((x) => x.message).join('\n')).toMatch(/funding row 「年度资金总额\(万元\):」/);
  });

  it('does not join the next line when it holds a label or words (its cells are not the row’s)', () => {
    const worded = read(PAGE.replace(TOTAL_CELLS, '52.800000 52.800000 100.00% 30.800000 58.33% 预算下达文件\n其中')).projects[0]!;
    expect(worded.total.executed).toBeNull();
  });

  it('is not this form without its 统筹整合资金数 column (a transfer form’s 资金投入情况 alone)', () => {
    expect(read(PAGE.replaceAll('统筹整合资金数', '资金数')).projects).toEqual([]);
  });
});

describe('a funding row with pooled funds deducted (统筹整合资金数): fundingRowAgrees', () => {
  const agrees = fundingRowAgrees(['rowNumber', 'budget', 'pooled', 'netBudget', 'received', 'receivedRate', 'executed', 'executionRate']);

  it('takes C = A − B, a blank B as none, and both rates over C', () => {
    expect(
      agrees({ budget: '100', pooled: '20', netBudget: '80', received: '80', receivedRate: '100%', executed: '40', executionRate: '50%' }),
    ).toBe(true);
    expect(
      agrees({ budget: '52.8', netBudget: '52.8', received: '52.8', receivedRate: '100.00%', executed: '30.8', executionRate: '58.33%' }),
    ).toBe(true);
  });

  it('refuses C other than A − B, a C without A, and a rate over A where B was deducted', () => {
    expect(agrees({ budget: '100', pooled: '20', netBudget: '100' })).toBe(false);
    expect(agrees({ pooled: '20', netBudget: '80' })).toBe(false);
    expect(agrees({ budget: '100', pooled: '20', netBudget: '80', executed: '40', executionRate: '40%' })).toBe(false);
    expect(agrees({ budget: '100', netBudget: '100', received: '50', receivedRate: '100%' })).toBe(false);
  });
});
