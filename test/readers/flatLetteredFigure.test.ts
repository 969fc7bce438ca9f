/**
 * A figure an OCR wrote in look-alike letters at the end of a glued row (src/readers/flatLetteredFigure.ts):
 * the letters only tell where the row's other cells end; the figure is left blank and reported.
 */
import { describe, expect, it } from 'vitest';
import { cutRows, type RowSchema } from '../../src/readers/flatGluedRows';
import { rowsWithLetteredFigure } from '../../src/readers/flatLetteredFigure';

const chars = (s: string, line = 1) => [...s].map((ch) => ({ ch, line }));
/** 三级指标 / 考核分值 / 指标值 / 实际值 / 得分 / 偏差原因 (the note may be left off), under a level of 10 points. */
const schema: RowSchema = {
  shapes: ['name', 'score', 'value', 'value', 'score', 'text'],
  mayOmitLast: 1,
  check: (c) => (!c[4] || Number(c[4]) <= Number(c[1])) && (!c[1] || Number(c[1]) <= 10),
};
const texts = (rows: { text: string }[][]) => rows.map((r) => r.map((c) => c.text));

describe('a figure written in letters at the end of a glued row (IO for a number)', () => {
  it('reads the row without it: the other cells as cut, that cell blank, the letters kept apart with their line', () => {
    const text = chars('受益学生人数102370人2370人IO', 4);
    expect(cutRows(text, schema, false).ways).toBe(0);
    const got = rowsWithLetteredFigure(text, schema);
    expect(got && texts(got.rows)).toEqual([['受益学生人数', '10', '2370人', '2370人', '']]);
    expect(got?.garbled).toEqual({ text: 'IO', line: 4 });
    expect(texts(rowsWithLetteredFigure(chars('学生满意度10≥95%98%lO'), schema)!.rows)).toEqual([['学生满意度', '10', '≥95%', '98%', '']]);
  });

  it('reads nothing when the text ends in no such letters', () => {
    expect(rowsWithLetteredFigure(chars('受益学生人数102370人2370人10'), schema)).toBeNull();
    expect(rowsWithLetteredFigure(chars('受益学生人数102370人2370人'), schema)).toBeNull();
  });

  it('reads nothing when the row cuts no way with the letters as digits, or the letters are no figure’s', () => {
    // 81O: a score above the weight whichever way it is cut (8 | 10, 81 | 0 …): no row at all.
    expect(rowsWithLetteredFigure(chars('受益学生人数102370人2370人81O'), schema)).toBeNull();
    // Latin text that is no look-alike of digits (`IOT`) is none of this rule’s.
    expect(rowsWithLetteredFigure(chars('受益学生人数102370人2370人IOT'), schema)).toBeNull();
  });
});
