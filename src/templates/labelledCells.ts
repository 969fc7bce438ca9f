/**
 * A label and its value on one line of their own (`部门(单位)名称:  岳阳市城市管理监督指挥中心`,
 * `预 算 编 码:   906017`): a report's cover or a form filled in as text writes them so, where a
 * table would give each a cell. A stream cell (no known row) whose text before its first colon is
 * one of `labels` (the header's: src/templates/index.ts) is read as two cells, the label and the
 * rest, at its line. Cells of known rows are never
 * cut (a colon inside a table cell is the cell's own text), nor a cell that is a label as a whole
 * (其中:当年财政拨款), nor one whose rest is blank.
 */
import { normalizeLabel, type LabelSet } from './labels';
import { cutCells, type TokenStream } from './tokens';

const FIRST_COLON = /[:：]/u;
/** 其中: opens a sub-row's label (其中:财政资金), not a value. */
const SUB_ROW = '其中';

export function splitLabelledCells(ts: TokenStream, labels: LabelSet): TokenStream {
  return cutCells(ts, (t) => {
    const colon = t.row === null && !labels.has(t.norm) ? FIRST_COLON.exec(t.text) : null;
    if (!colon) return null;
    const label = normalizeLabel(t.text.slice(0, colon.index));
    const value = t.text.slice(colon.index + 1).trim();
    return value !== '' && label !== '' && label !== SUB_ROW && labels.has(label)
      ? { label: t.text.slice(0, colon.index + 1), norm: label, value }
      : null;
  });
}
