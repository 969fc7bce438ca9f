/**
 * A funding block written as labelled cells, each label followed by its amount, instead of a block
 * of columns (海南's 项目基本情况: 计划投资额(万元) 570 / 实际到位资金(万元) 398.88 / 实际使用情况(万元)
 * 395.86, each with its 其中 split under it): the planned amount is the budget, the amount used the
 * execution. Such a form has no 年初预算数, no execution rate and no score of its own for the
 * budget. An amount is read only when it is one (not a label, not words) and whole: the last cell
 * of an excerpt that stops there (`实际使用情况(万元)5`, cut inside 5xx) may be cut, and is reported.
 * A flattened text may glue the amount with the split that follows it (`142其中:中央财政…`): a
 * figure cannot run on into 其中, so the figure before it is the amount.
 * A form that heads a rate column beside its labelled amounts (河北: 预算安排情况 / 资金执行情况 /
 * 预算执行率 over 预算数: 95 | 执行数: 82.65 | 87%) writes the rate right after the amount executed:
 * a percentage there is the execution rate when it is the two amounts' ratio to the places written.
 * Under a rate column labelled in per cent (河北's project form: 预算执行进度(%) over 执行数 6.84 100.00) the
 * percentage is written without its sign.
 */
import { parseMoneyWan } from '../domain/reportedValue';
import { agrees, decimalsOf } from './consistency';
import { labelSetOf, type LabelSet } from './labels';
import type { Cell, FundingLine } from './parsed';
import type { Template } from './template';
import type { Token } from './tokens';

const UNIT_ALONE = /^\((?:万元|元)\)$/u;
const SPLIT_GLUED = /^(\d+(?:\.\d+)?)其中[:：]/u;

/** What the record reader offers: where a label is, and the cell written after it. */
export interface LabelledCells {
  find(set: LabelSet): number;
  valueAt(at: number): Cell | null;
  /** Marks a token read (the rate after the amount executed). */
  use?(at: number): void;
  readonly tokens: readonly Token[];
}

export interface LabelledFunding {
  line: FundingLine;
  problems: { line: number; message: string }[];
  /** The other amounts read (Template.funding.labelled.notKept), each with its label: reported, not kept. */
  notKept: { label: string; cell: Cell }[];
}

/** The record's total line read from its labelled amounts; null when the template writes none. */
export function readLabelledFunding(t: Template, cells: LabelledCells): LabelledFunding | null {
  const labelled = t.funding.labelled;
  if (!labelled) return null;
  const problems: LabelledFunding['problems'] = [];
  let executedAt = -1;
  // `kept`: an amount the record keeps, whose problems (not an amount, cut off) are the table's; another is only reported when whole.
  const amount = (labels: string[], kept = true): Cell | null => {
    const found = cells.find(labelSetOf(labels));
    if (found < 0) return null;
    // The label's unit on a line of its own (`计划投资额` / `(万元)`: the cell wrapped) is part of the label.
    const at = UNIT_ALONE.test(cells.tokens[found + 1]?.norm ?? '') ? found + 1 : found;
    const written = cells.valueAt(at);
    if (!written) return null;
    const glued = SPLIT_GLUED.exec(written.text.trim());
    const cell = glued ? { ...written, text: glued[1]! } : written;
    const label = cells.tokens[found]!.text.trim();
    if (parseMoneyWan(cell.text).status !== 'OK') {
      if (!kept) return null;
      problems.push({ line: cell.line, message: `${label}: 「${cell.text.trim()}」 is not an amount: not read` });
      return null;
    }
    const valueIndex = cells.tokens.findIndex((k, i) => i > at && k.line === written.line && k.text === written.text);
    if (labels === labelled.executed) executedAt = valueIndex;
    // (Glued with its split, the figure is followed by more text: not cut.)
    const endsText =
      !glued && valueIndex >= 0 && !cells.tokens[valueIndex]!.closed && cells.tokens.slice(valueIndex + 1).every((k) => k.norm === '');
    if (!endsText) return cell;
    if (!kept) return null;
    problems.push({ line: cell.line, message: `${label}: 「${cell.text.trim()}」 ends the text and may be cut off: not read` });
    return null;
  };
  const budget = amount(labelled.budget);
  const executed = amount(labelled.executed);
  const notKept = (labelled.notKept ?? []).flatMap((labels) => {
    const cell = amount(labels, false);
    return cell ? [{ label: labels[0]!, cell }] : [];
  });
  const line: FundingLine = { initialBudget: null, budget, executed, executionRate: rateAfter(labelled.rate, cells, executedAt, budget, executed), weight: null, score: null };
  return { line, problems, notKept };
}

const RATE = /^\d+(?:\.\d+)?%$/;
const BARE_RATE = /^\d+(?:\.\d+)?$/;

/** The rate written right after the amount executed, under the form's rate column (see above); null where there is none or it disagrees. */
function rateAfter(labels: string[] | undefined, cells: LabelledCells, executedAt: number, budget: Cell | null, executed: Cell | null): Cell | null {
  if (!labels || !budget || !executed || executedAt < 0 || cells.find(labelSetOf(labels)) < 0) return null;
  let i = executedAt + 1;
  while (i < cells.tokens.length && cells.tokens[i]!.norm === '') i++;
  const next = cells.tokens[i];
  // Under a column labelled in per cent (预算执行进度(%), 河北's project form) the rate is written without its sign.
  const perCent = labels.some((l) => l.endsWith('(%)'));
  if (!next || !(RATE.test(next.norm) || (perCent && BARE_RATE.test(next.norm)))) return null;
  const b = parseMoneyWan(budget.text);
  const e = parseMoneyWan(executed.text);
  if (b.status !== 'OK' || e.status !== 'OK' || b.value <= 0) return null;
  if (!agrees((e.value / b.value) * 100, Number(next.norm.replace('%', '')), decimalsOf(next.norm))) return null;
  cells.use?.(i);
  return { text: next.text.trim(), line: next.line };
}
