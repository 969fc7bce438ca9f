/** The scoring engine: pure rules over reported figures (the rules and their sources: ../shared/domain/scoring.md). */
export * from './numbers';
export * from './reportedValue';
export * from './ruleSet';
export * from './budgetExecution';
export * from './indicatorScore';
export * from './grade';
export * from './projectScore';
export * from './rollup';
export * from './discrepancy';
