/**
 * A report cover's field written on one line, its label and its value apart by spaces only
 * (`项目名称 低保专项`, `项目单位 南湖新区民政局`, `项目名称        优 抚`, 岳阳's 财政支出项目绩效评价自评报告):
 * where the cover gives a line to each field, the words before the first space being a name,
 * supervising or implementing label of a template make the line two cells, the label and the
 * rest, at its line (as src/templates/labelledCells.ts cuts `label: value`). Only a stream cell or
 * paragraph (no known row) is cut, never a cell that is a label as a whole (`计划安排资金 (万元)`),
 * nor one whose rest is itself a label or blank.
 */
import { normalizeLabel, type LabelSet } from './labels';
import { cutCells, type TokenStream } from './tokens';

const FIRST_SPACE = /\s+/u;

export function splitSpacedCoverFields(ts: TokenStream, fieldLabels: LabelSet, allLabels: LabelSet): TokenStream {
  return cutCells(ts, (t) => {
    const text = t.text.trim();
    const space = t.row === null && !allLabels.has(t.norm) ? FIRST_SPACE.exec(text) : null;
    if (!space) return null;
    const label = normalizeLabel(text.slice(0, space.index));
    const value = text.slice(space.index + space[0].length).trim();
    return value !== '' && fieldLabels.has(label) && !allLabels.has(normalizeLabel(value))
      ? { label: text.slice(0, space.index), norm: label, value }
      : null;
  });
}
