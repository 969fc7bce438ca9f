/**
 * 未载入的表格: a table of a loaded document that was found but not loaded (cut off, a row that
 * could not be placed …), with what was read of it, the reason and its lines
 * (src/evaluation/partial.ts). Its figures are shown as read; they are in no total or ranking.
 */
import type { LeftOutIndicator, ReadFigure } from '../../evaluation/partial';
import { builder } from '../builder';
import { LeftOutTableRef, SourceRef } from '../refs';

const ReadFigureRef = builder.objectRef<ReadFigure>('ReadFigure');
ReadFigureRef.implement({
  description:
    'A figure of a table left out, as read: the cell as written, its line, and its value (null when it does not read as a number).',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The cell as written (原文).' }),
    line: t.exposeInt('line', { description: 'Line (1-based) in the source document.' }),
    value: t.exposeFloat('value', {
      nullable: true,
      description: 'The value read: 万元 for amounts, a fraction for a rate (98.5% → 0.985), points for scores.',
    }),
  }),
});

const ProblemRef = builder.objectRef<{ line: number | null; message: string }>('LeftOutProblem');
ProblemRef.implement({
  description: 'Why a table was left out, at which line.',
  fields: (t) => ({
    line: t.exposeInt('line', { nullable: true, description: 'Line (1-based); null when the reason is the whole table.' }),
    message: t.exposeString('message', { description: 'The reason.' }),
  }),
});

const LeftOutIndicatorRef = builder.objectRef<LeftOutIndicator>('LeftOutIndicator');
LeftOutIndicatorRef.implement({
  description: 'An indicator row of a table left out that was placed in its columns, as read.',
  fields: (t) => ({
    level1: t.exposeString('level1', { nullable: true, description: '一级指标.' }),
    level2: t.exposeString('level2', { nullable: true, description: '二级指标.' }),
    name: t.exposeString('name', { description: '三级指标.' }),
    target: t.exposeString('target', { nullable: true, description: '年度指标值 as written (comparator and unit joined).' }),
    actual: t.exposeString('actual', { nullable: true, description: '实际完成值 as written.' }),
    weight: t.field({ type: ReadFigureRef, nullable: true, description: '分值 / 权重.', resolve: (i) => i.weight }),
    score: t.field({ type: ReadFigureRef, nullable: true, description: '得分 as reported.', resolve: (i) => i.score }),
    lineStart: t.exposeInt('lineStart', { description: 'First line of the row.' }),
    lineEnd: t.exposeInt('lineEnd', { description: 'Last line of the row.' }),
  }),
});

LeftOutTableRef.implement({
  description:
    '未载入的表格: a table found in the document but not loaded (cut off, a row that could not be placed, a figure that is not a number), with what was read of it, why, and its lines. Its figures are in no total.',
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'project or department-evaluation.' }),
    name: t.exposeString('name', { description: '项目名称, or the unit of a department-wide table.' }),
    code: t.exposeString('code', { nullable: true, description: 'The project code written before the name, if any.' }),
    fiscalYear: t.exposeInt('fiscalYear', {
      nullable: true,
      description: "The year in its title, or its document's fiscal year where its title names none.",
    }),
    reason: t.exposeString('reason', { description: 'Why it was left out (the first problem).' }),
    problems: t.field({ type: [ProblemRef], description: 'Every reason, with its line.', resolve: (r) => r.problems }),
    source: t.field({
      type: SourceRef,
      description: 'Where it stands in the document, with its lines as written.',
      resolve: (r) => ({ documentId: r.documentId, lineStart: r.lineStart, lineEnd: r.lineEnd }),
    }),
    initialBudget: t.field({
      type: ReadFigureRef,
      nullable: true,
      description: '年初预算数, 万元.',
      resolve: (r) => r.figures.initialBudget,
    }),
    budget: t.field({
      type: ReadFigureRef,
      nullable: true,
      description: '全年预算数 / 调整后预算数, 万元.',
      resolve: (r) => r.figures.budget,
    }),
    executed: t.field({ type: ReadFigureRef, nullable: true, description: '全年执行数, 万元.', resolve: (r) => r.figures.executed }),
    executionRate: t.field({
      type: ReadFigureRef,
      nullable: true,
      description: '执行率 as reported.',
      resolve: (r) => r.figures.executionRate,
    }),
    budgetScore: t.field({
      type: ReadFigureRef,
      nullable: true,
      description: 'The budget row’s 得分.',
      resolve: (r) => r.figures.budgetScore,
    }),
    totalScore: t.field({ type: ReadFigureRef, nullable: true, description: '总分 as reported.', resolve: (r) => r.figures.totalScore }),
    indicators: t.field({ type: [LeftOutIndicatorRef], description: 'The indicator rows that were placed.', resolve: (r) => r.indicators }),
  }),
});
