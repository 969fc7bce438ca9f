/**
 * The audit a careful reviewer makes (issue 12), measured over the GraphQL API against a hand
 * reading of the four seeds (test/fixtures/audit/seeds-hand-reading.json): how many of the
 * inconsistencies are listed with the right kind, and that no rounding case counts as a problem.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditCountsDocument, AuditDiscrepanciesDocument, type AuditDiscrepanciesQuery } from '../generated/operations';
import { useSeededServer } from '../support/server';

const env = useSeededServer();

type Listed = NonNullable<AuditDiscrepanciesQuery['region']>['discrepancies']['edges'][number]['node'];

interface HandReading {
  document: string;
  lines: number[];
  record: string;
  field: string;
  kind: string;
  severity: string;
  reported: string;
  expected: string;
}

const reading: { inconsistencies: HandReading[] } = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'audit', 'seeds-hand-reading.json'), 'utf8'),
);

/** Each seed's region and year. */
const SEEDS: Record<string, { code: string; year: number }> = {
  '000_ad1903e17936058e.txt': { code: '420200', year: 2021 },
  '001_36bbbe4670b73e8a.txt': { code: '410721', year: 2021 },
  '002_08c5a9fc441d161e.txt': { code: '421222', year: 2023 },
  '003_d47b5030e5ff90bc.txt': { code: '420300', year: 2021 },
};

async function listed(document: string, variables: Record<string, unknown> = {}): Promise<Listed[]> {
  const out: Listed[] = [];
  let after: string | null | undefined = null;
  for (;;) {
    const result: { data?: AuditDiscrepanciesQuery | null; errors?: unknown } = await env.server.query(AuditDiscrepanciesDocument, {
      ...SEEDS[document]!,
      first: 100,
      after,
      ...variables,
    });
    expect(result.errors).toBeUndefined();
    const page: NonNullable<AuditDiscrepanciesQuery['region']>['discrepancies'] = result.data!.region!.discrepancies;
    out.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
}

function found(entry: HandReading, all: Listed[]): Listed | undefined {
  return all.find((d) => entry.lines.includes(d.line ?? -1) && d.kind === entry.kind && d.field === entry.field);
}

describe('against the hand reading of the seeds', () => {
  it('lists at least 90% of the inconsistencies with the right kind, and no rounding case as a problem', async () => {
    const byDocument = new Map<string, Listed[]>();
    for (const document of Object.keys(SEEDS)) byDocument.set(document, await listed(document));
    const missed: string[] = [];
    // Listed at the same line and field, whatever the kind: how often the kind is the reading's.
    let atPlace = 0;
    let rightKind = 0;
    for (const entry of reading.inconsistencies) {
      const here = byDocument.get(entry.document)!.filter((x) => entry.lines.includes(x.line ?? -1) && x.field === entry.field);
      if (here.length > 0) atPlace++;
      const d = found(entry, byDocument.get(entry.document)!);
      if (d) rightKind++;
      if (!d) missed.push(`${entry.document.slice(0, 3)}:${entry.lines.join(',')} ${entry.kind} ${entry.field}`);
      else if (entry.severity === 'ROUNDING') expect(d.isProblem, `${entry.document}:${entry.lines[0]} ${entry.field}`).toBe(false);
    }
    const share = 1 - missed.length / reading.inconsistencies.length;
    // The measure, printed with every run (README, "The audit"): recall with the right kind, and kind accuracy where listed.
    console.log(
      `audit against the hand reading: ${rightKind} of ${reading.inconsistencies.length} listed with the right kind (${(100 * share).toFixed(1)}%); ` +
        `kind right for ${rightKind} of ${atPlace} listed at the reading's line and field; missed: ${missed.join('; ') || 'none'}`,
    );
    expect(reading.inconsistencies.length).toBeGreaterThan(100);
    expect(share, `missed: ${missed.join('; ')}`).toBeGreaterThanOrEqual(0.9);
    // Every listed ROUNDING case is not a problem (the API's own rule, over every seed).
    const all = [...byDocument.values()].flat();
    expect(all.filter((d) => d.severity === 'ROUNDING' && d.isProblem)).toEqual([]);
    expect(all.some((d) => d.severity === 'ROUNDING')).toBe(true);
  });
});

describe('each kind, with the documents’ figures', () => {
  it('ARITHMETIC: 000 公共就业服务运行维护经费 — the indicator scores sum to 90, so 20 + 90 = 110 against the reported 100', async () => {
    const d = (await listed('000_ad1903e17936058e.txt', { kinds: ['ARITHMETIC'] })).find((x) => x.line === 693)!;
    expect(d).toMatchObject({ field: 'reportedTotalScore', reported: '100', computed: '110.00', severity: 'MAJOR', isProblem: true });
    expect(d.messageEn).toContain('reported indicator scores 90.00');
    expect(d.message).toBe(d.messageZh);
    expect(d.messageZh).toContain('各指标得分合计90.00');
  });

  it('ARITHMETIC: 003 goal 2 — 分值权重 50% of 18 is 9, its output indicators weigh 12; the benefit half follows', async () => {
    const ds = await listed('003_d47b5030e5ff90bc.txt', { kinds: ['ARITHMETIC'] });
    expect(ds.map((d) => [d.field, d.reported, d.computed, d.severity, d.causedBy])).toEqual([
      ['goals[2].outputShare', '9', '12', 'MAJOR', null],
      ['goals[2].benefitShare', '9', '6', 'INFO', 'goals[2].outputShare'],
    ]);
    // Goal 7 (4分): 2 + 2; its 约束性指标 row carries no score and is not counted missing.
    expect(ds.some((d) => d.field.startsWith('goals[7]'))).toBe(false);
  });

  it('RULE: 000 专家津贴 — nothing executed but budget score 20; the total 100 against 80 follows from it', async () => {
    const ds = (await listed('000_ad1903e17936058e.txt', { kinds: ['RULE'] })).filter((d) => d.line === 305 || d.line === 312);
    expect(ds.map((d) => [d.field, d.reported, d.computed, d.severity, d.causedBy])).toEqual([
      ['budgetScore', '20', '0.00', 'MAJOR', null],
      ['totalScore', '100', '80.00', 'INFO', 'budgetScore'],
    ]);
  });

  it('RULE: 000 line 275 — 完成专项职业能力考核 has no weight, but 69 of 5000余人 scores at most 0.55 of its block’s 40, not 3', async () => {
    const d = (await listed('000_ad1903e17936058e.txt', { kinds: ['RULE'] })).find((x) => x.line === 275)!;
    expect(d).toMatchObject({ field: 'indicators[1].score', reported: '3', computed: '0–0.55', severity: 'MAJOR', isProblem: true });
    expect(d.messageZh).toContain('即使以所在一级指标全部40.00分计也仅得0.55分');
  });

  it('RULE within rounding: 000 line 328 — 19.4 / 25 written with one decimal allows 77.25%–77.96%, so 77.64 is ROUNDING', async () => {
    const d = (await listed('000_ad1903e17936058e.txt', { severities: ['ROUNDING'] })).find((x) => x.line === 328)!;
    expect(d).toMatchObject({ kind: 'RULE', field: 'executionRate', reported: '77.64', isProblem: false });
    const problems = await listed('000_ad1903e17936058e.txt', { problemsOnly: true });
    expect(problems.some((x) => x.line === 328)).toBe(false);
  });

  it('CROSS_TABLE: 001 line 499 — the 监察大队 summary says 13.3%, its project table 4.49 / 4.54 = 98.90%; the department summary’s 99% follows', async () => {
    const ds = await listed('001_36bbbe4670b73e8a.txt', { kinds: ['CROSS_TABLE'] });
    expect(ds.find((d) => d.line === 499 && d.field === 'summary.executionRate')).toMatchObject({
      reported: '13.3%',
      computed: '98.90%',
      severity: 'MAJOR',
    });
    expect(ds.find((d) => d.line === 638 && d.field === 'summaries.executionRate')).toMatchObject({
      reported: '99%',
      computed: '13.3%',
      severity: 'INFO',
      causedBy: 'summary.executionRate@499',
    });
    // 7.59% (line 144) and 7.6% (line 631) agree at the coarser precision.
    expect(ds.find((d) => d.line === 631 && d.field === 'summaries.executionRate')).toMatchObject({
      severity: 'ROUNDING',
      isProblem: false,
    });
  });

  it('WITHIN_ROW: 003 line 24 — the note says 37.89万人, the target 57.89万人', async () => {
    const ds = await listed('003_d47b5030e5ff90bc.txt', { kinds: ['WITHIN_ROW'] });
    // The same row also writes its actual value 62.27 without the target's unit.
    expect(ds.map((d) => [d.line, d.field])).toEqual([
      [24, 'indicators[9].actual'],
      [24, 'indicators[9].target'],
    ]);
    const note = ds.find((d) => d.field === 'indicators[9].target')!;
    expect(note).toMatchObject({ line: 24, reported: '37.89万人', computed: '57.89万人', severity: 'MINOR', isProblem: true });
    expect(note.messageZh).toContain('指标说明为37.89万人');
    // 002 line 4264: 250 件 against 317 例.
    const units = await listed('002_08c5a9fc441d161e.txt', { kinds: ['WITHIN_ROW'] });
    expect(units.map((d) => [d.line, d.reported, d.computed])).toEqual([[4264, '317例', '250件']]);
  });

  it('MISSING: 003 — budget execution weighs 20 but no budget or executed amount is given', async () => {
    const ds = await listed('003_d47b5030e5ff90bc.txt', { kinds: ['MISSING'] });
    // The 合计 row (line 73) is empty; the total 97 is stated only in the header (line 7).
    expect(ds.map((d) => [d.line, d.field, d.computed, d.severity])).toEqual([
      [9, 'budget', '0–20', 'MAJOR'],
      [73, 'totalScore', '97', 'MINOR'],
    ]);
  });

  it('NARRATIVE: 001 — the department report says 94.99 where the table’s scores add up to 95.5, 1693.24 万元 where it says 1687.40, and weighs 决算真实性 1 where the table weighs it 2', async () => {
    const ds = await listed('001_36bbbe4670b73e8a.txt', { kinds: ['NARRATIVE'] });
    const at = (line: number, field: string) => ds.find((d) => d.line === line && d.field === field);
    expect(at(813, 'totalScore')).toMatchObject({ reported: '94.99', computed: '95.5', severity: 'MAJOR', isProblem: true });
    expect(at(823, 'budget')).toMatchObject({ reported: '1693.24万元', computed: '1687.40', severity: 'MAJOR' });
    expect(at(823, 'executionRate')).toMatchObject({ reported: '96.66%', computed: '99.66%', severity: 'MAJOR' });
    expect(at(863, 'indicators[10].weight')).toMatchObject({ reported: '1', computed: '2', severity: 'MAJOR' });
    // Full marks in both places: the score follows the weight, listed once as a note.
    expect(at(863, 'indicators[10].score')).toMatchObject({ severity: 'INFO', causedBy: 'indicators[10].weight', isProblem: false });
    expect(at(813, 'totalScore')!.messageZh).toContain('报告正文所述自评得分为94.99');
    // A unit's report: 其他普惠发展支出 (written 其他惠普) gives its outputs 50 where the rows add up to 49.
    expect(at(334, 'levels[OUTPUT].score')).toMatchObject({ reported: '50', computed: '49', severity: 'MAJOR' });
    // 项目资金执行得分 10 against the table's 9.9: within the whole number written, not a problem.
    expect(at(574, 'budgetScore')).toMatchObject({ reported: '10', computed: '9.9', severity: 'ROUNDING', isProblem: false });
  });

  it('NARRATIVE: 002 — the report says 弥补工伤保险基金缺口73万 where 年度目标7 says 730 万; the 决算 writes 社会化管理 for the table’s 社会代管理', async () => {
    const ds = await listed('002_08c5a9fc441d161e.txt', { kinds: ['NARRATIVE'], severities: ['MINOR'] });
    expect(ds.map((d) => [d.line, d.field, d.reported, d.computed])).toEqual([
      [610, 'name', '退休人员社会化管理服务经费', '退休人员社会代管理服务经费'],
      [2048, 'indicators[44].actual', '73万', '730万'],
    ]);
    expect(ds[0]!.messageZh).toBe(
      '正文所述项目名称为“退休人员社会化管理服务经费”，其绩效自评表（第3537行）为“退休人员社会代管理服务经费”。',
    );
  });

  it('NARRATIVE: 001 — the unit’s report lists 其他惠普发展支出 for the table’s 其他普惠发展支出 (once, at its first line)', async () => {
    const ds = (await listed('001_36bbbe4670b73e8a.txt', { kinds: ['NARRATIVE'] })).filter((d) => d.field === 'name');
    expect(ds.map((d) => [d.line, d.reported, d.computed, d.severity, d.isProblem])).toEqual([
      [316, '其他惠普发展支出', '其他普惠发展支出', 'MINOR', true],
    ]);
  });

  it('ARITHMETIC within the prose: 001 — 三公经费控制率 60.8% beside 0.94 and 2.4 万元 (39.2%, and 60.8% is its complement)', async () => {
    const ds = (await listed('001_36bbbe4670b73e8a.txt', { kinds: ['ARITHMETIC'] })).filter((d) => d.field.startsWith('prose.'));
    expect(ds.map((d) => [d.line, d.field, d.reported, d.computed, d.severity])).toEqual([
      [859, 'prose.threePublicControlRate', '60.8%', '39.2%', 'MINOR'],
    ]);
    expect(ds[0]!.messageZh).toContain('60.8%为100%−39.2%');
  });

  it('ARITHMETIC within the prose: 002 — the 决算 说明’s totals against their parts and a 年初预算 stated twice, each within the cent (ROUNDING)', async () => {
    const ds = (await listed('002_08c5a9fc441d161e.txt', { kinds: ['ARITHMETIC'] })).filter((d) => d.field.startsWith('prose.'));
    expect(ds.map((d) => [d.line, d.field, d.reported, d.computed, d.severity])).toEqual([
      // 支出决算 2820.06 against 工资福利 2278.48 + 对个人和家庭的补助 139.95 + 商品和服务 398.27 + 资本性 3.37.
      [258, 'prose.sum', '2820.06', '2820.07', 'ROUNDING'],
      // 年初预算 2366.08 (line 256) for the total, 2366.07 for its only 款, both with 支出决算 2820.06.
      [270, 'prose.initialBudget', '2366.07', '2366.08', 'ROUNDING'],
      // 基本支出 2544.29 against 人员经费 2316.61 + 公用经费 227.67.
      [281, 'prose.sum', '2544.29', '2544.28', 'ROUNDING'],
      [285, 'prose.sum', '2316.61', '2316.60', 'ROUNDING'],
      [301, 'prose.sum', '227.67', '227.70', 'ROUNDING'],
      [1886, 'prose.sum', '515人', '488人', 'MINOR'],
    ]);
    expect(ds.filter((d) => d.severity === 'ROUNDING').every((d) => !d.isProblem)).toBe(true);
  });

  it('CROSS_TABLE: 002 — the department-wide table against the 决算, and 年度目标1’s 118 人 against the project’s 32 人', async () => {
    const ds = await listed('002_08c5a9fc441d161e.txt', { kinds: ['CROSS_TABLE'] });
    expect(ds.map((d) => [d.line, d.field, d.reported, d.computed, d.severity])).toEqual([
      [996, 'basicExpenditure', '1807.08', '2544.29', 'MINOR'],
      [996, 'projectExpenditure', '21468.3', '275.77', 'MINOR'],
      [1049, 'indicators[0].target', '118人', '32人', 'MINOR'],
      [1185, 'indicators[16].target', '≥90%', '≥96%', 'MINOR'],
      [1240, 'indicators[21].target', '≥98%', '≥90%', 'MINOR'],
    ]);
    expect(ds[0]!.messageZh).toBe('部门整体绩效自评表基本支出为1807.08万元，部门决算（第182行）为2544.29万元。');
  });

  it('MISSING: 000 — 得分 left blank beside a filled 总分; 001 — 劳动监察执法服装 names no unit, its 汇总表 does', async () => {
    const blank = await listed('000_ad1903e17936058e.txt', { kinds: ['MISSING'] });
    expect(blank.map((d) => d.line)).toEqual([23, 26, 51, 109, 168, 429, 536, 563, 591, 594, 652]);
    expect(blank[0]).toMatchObject({ field: 'indicators[3].score', severity: 'MINOR' });
    const unit = (await listed('001_36bbbe4670b73e8a.txt', { kinds: ['MISSING'] })).find((d) => d.field === 'organization');
    expect(unit).toMatchObject({ line: 451, computed: '新乡县劳动保障监察大队', severity: 'MINOR' });
  });

  it('ARITHMETIC: 001 — the funding parts against 年度资金总额 (828.44 written beside both parts)', async () => {
    const ds = (await listed('001_36bbbe4670b73e8a.txt', { kinds: ['ARITHMETIC'] })).filter((d) => d.field.startsWith('funds.'));
    expect(ds.map((d) => [d.line, d.field, d.reported, d.computed])).toEqual([
      [202, 'funds.executed', '828.44 + 828.44 + 0', '828.44'],
      [242, 'funds.budget', '6.26 + 6.26 + 0', '24.52'],
      [242, 'funds.executed', '24.52 + 24.52 + 0', '24.52'],
      [266, 'funds.executed', '20.04 + 20.04 + 0', '20.04'],
    ]);
  });

  it('counts: discrepancyCount counts problems only (no ROUNDING, no INFO), listedDiscrepancyCount everything listed', async () => {
    for (const document of Object.keys(SEEDS)) {
      const { data, errors } = await env.server.query(AuditCountsDocument, SEEDS[document]!);
      expect(errors).toBeUndefined();
      const region = data!.region!;
      expect(region.rollup.discrepancyCount, document).toBe(region.problems.totalCount);
      expect(region.rollup.listedDiscrepancyCount, document).toBe(region.all.totalCount);
      for (const { node } of region.projects.edges) {
        expect(node.discrepancyCount, node.name).toBe(
          node.discrepancies.filter((d) => d.severity === 'MAJOR' || d.severity === 'MINOR').length,
        );
        expect(node.listedDiscrepancyCount, node.name).toBe(node.discrepancies.length);
      }
    }
    // 000 黄石市: 劳动保障监察办案费's 77.64 (ROUNDING) and 专家津贴's total (INFO, from its budget score) are listed, not counted.
    const { data } = await env.server.query(AuditCountsDocument, SEEDS['000_ad1903e17936058e.txt']!);
    expect(data!.region!.rollup).toEqual({ discrepancyCount: 15, listedDiscrepancyCount: 17 });
  });

  it('messages in English on request; field names stay English', async () => {
    const d = (await listed('000_ad1903e17936058e.txt', { language: 'EN', kinds: ['RULE'], severities: ['MAJOR'] })).find(
      (x) => x.line === 305,
    );
    expect(d!.message).toBe(d!.messageEn);
    expect(d!.message).toMatch(/^Reported budget score 20/);
  });
});
