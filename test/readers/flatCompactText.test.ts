/**
 * The compact text of one line (src/readers/flatCompact.ts's compactText), which the flattened-table
 * reader asks of every line before cutting it into pieces, is compactOf's compact text of the
 * line's characters — built directly where the line has no pinyin reading, by compactOf where it
 * has one — and a label set tells whether any of its labels occurs in it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactOf, compactText } from '../../src/readers/flatCompact';
import { LabelSet } from '../../src/templates/labels';

const compactOfLine = (text: string) => compactOf(Array.from(text, (ch) => ({ ch }))).compact;

/** Pieces of the texts a line is made of: labels (simplified and traditional), readings, brackets, full-width forms, spaces, figures. */
const piece = fc.constantFrom(
  '项目名称', '項目名稱', '監(jiān)測', '數(shù)據(jù)', '(xiàng)', '（A）', '(50分)', '（万元）', '：', ':', ' ', '\t', '\u3000',
  '１２３', '98.5%', '𠀋', 'ｱ', '产出指标', '年度资金总额', '(pdf)', '名', '称',
);

describe('the compact text of a line', () => {
  it('is compactOf’s compact text of its characters, readings or none', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(compactText(text)).toBe(compactOfLine(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves a reading out and reads traditional characters as simplified', () => {
    expect(compactText('項(xiàng)目名稱： 某某项目')).toBe('项目名称:某某项目');
    expect(compactText('项目资金 (万元)')).toBe('项目资金(万元)');
  });

  it('holds a label of a set only where the set says one occurs in it', () => {
    const names = new LabelSet(['项目名称', '单位名称：']);
    expect(names.occursIn(compactText('項(xiàng)目名稱某某项目'))).toBe(true);
    expect(names.occursIn(compactText('填报单位名称 某某局'))).toBe(true);
    expect(names.occursIn(compactText('项目 资金 名'))).toBe(false);
  });
});
