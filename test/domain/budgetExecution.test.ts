import { describe, expect, it } from 'vitest';
import { budgetExecution, executionRate, HENAN, HUBEI, percent, round } from '../../src/domain';

describe('预算执行: rate = 执行数 / 全年预算数, score = weight × min(rate, 1) (scoring.md §1)', () => {
  it('000 "12333信息平台建设经费": 44.3 / 45 = 98.44%, 19.69 of 20', () => {
    const e = budgetExecution({ budget: 45, executed: 44.3 }, HUBEI);
    expect(percent(e.executionRate ?? NaN)).toBe('98.44%');
    expect(round(e.score ?? NaN, 2)).toBe(19.69);
    expect(e.weight).toBe(20);
    expect(e.basis).toBe('FULL_YEAR');
  });

  it('000 "就业配套补助经费": 70.84 / 434.05 = 16.32%, 3.26 of 20', () => {
    const e = budgetExecution({ budget: 434.05, executed: 70.84 }, HUBEI);
    expect(percent(e.executionRate ?? NaN)).toBe('16.32%');
    expect(round(e.score ?? NaN, 2)).toBe(3.26);
  });

  it('001 "社会保险经办工作经费": 3.97 / 5 = 79.4%, 7.94 of 10 (Henan 分值 10)', () => {
    const e = budgetExecution({ initialBudget: 5, budget: 5, executed: 3.97 }, HENAN);
    expect(percent(e.executionRate ?? NaN, 1)).toBe('79.4%');
    expect(round(e.score ?? NaN, 2)).toBe(7.94);
    expect(e.weight).toBe(10);
  });

  it('000 "专家津贴": budget 33, executed 0 → rate 0.00%, score 0', () => {
    const e = budgetExecution({ budget: 33, executed: 0 }, HUBEI);
    expect(e.executionRate).toBe(0);
    expect(e.score).toBe(0);
  });

  it('over-execution scores no more than the weight', () => {
    expect(budgetExecution({ budget: 10, executed: 12 }, HUBEI).score).toBe(20);
  });

  it('001 "建档立卡优秀务工人员奖补": the adjusted budget 16.06 is the basis, not the initial 20', () => {
    const e = budgetExecution({ initialBudget: 20, budget: 16.06, executed: 16.06 }, HENAN);
    expect(e.executionRate).toBe(1);
    expect(e.score).toBe(10);
  });

  it('falls back on the initial budget (年初预算数) only without an adjusted one, and says so', () => {
    const e = budgetExecution({ initialBudget: 20, budget: null, executed: 16.06 }, HENAN);
    expect(e.basis).toBe('INITIAL');
    expect(e.executionRate).toBeCloseTo(0.803, 9);
    expect(e.note).toMatch(/年初预算数/);
  });

  it('budget 0 or missing: the rate is null — never 0, NaN or Infinity', () => {
    expect(executionRate(5, 0)).toBeNull();
    expect(executionRate(5, null)).toBeNull();
    expect(executionRate(null, 10)).toBeNull();
    const zero = budgetExecution({ budget: 0, executed: 0 }, HUBEI);
    expect(zero.executionRate).toBeNull();
    expect(zero.score).toBeNull();
    expect(zero.note).toMatch(/undefined/);
    const missing = budgetExecution({ budget: null, executed: 3 }, HUBEI);
    expect(missing.basis).toBe('NONE');
    expect(missing.score).toBeNull();
  });

  it("the document's printed weight wins over the template's", () => {
    expect(budgetExecution({ budget: 10, executed: 5, weight: 10 }, HUBEI).score).toBe(5);
  });
});
