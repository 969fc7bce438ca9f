/**
 * The tail of a table whose head the excerpt cut off, its indicator rows glued onto one line with
 * no header left (`产出指标数量指标足额保障率=100% 22.5 科目调整次数≤10次 22.5 … 合计100 评价结论…`).
 * Known only by what follows the rows: the template's total row and at least three of its closing
 * labels after it, which only one template writes together (Sichuan's 合计 / 评价结论 / 存在问题 /
 * 改进措施 / 项目负责人 / 财务负责人). The columns are then that form's, and each row reads as its
 * level words, its name, its 指标性质 (=, ≥, ≤) glued to the value, and one figure. Which column that
 * figure stands in is known only by the form's fixed weights (Template.formWeights, 预算执行情况(10分)
 * and 绩效指标(90分)): when the figures make up the indicators' weight and, with the budget's, the
 * total row's, they are the weights (were they the scores, each would equal its weight anyway).
 * Anything else — a row that does not cut so, figures that do not add up — is no reading: nothing
 * is guessed.
 */
import type { ParsedIndicator, ParsedProjectEvaluation } from './parsed';
import { headlessProject } from './headlessProject';
import { escapeRegExp, LabelSet } from './labels';
import type { Template } from './template';
import type { TokenStream } from './tokens';
import { LEVEL1, LEVEL2 } from './vocabulary';

/** How many of the form's closing labels must follow its total row. */
const MIN_CLOSING = 3;

/** One indicator row of the tail: level words, the name, 指标性质 glued to the value, one figure. */
const LEVEL_WORDS = [...LEVEL1.synonyms, ...LEVEL2.synonyms]
  .filter((w) => w.endsWith('指标'))
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp);
const ROW = new RegExp(`(?:${LEVEL_WORDS.join('|')})*([^=≥≤<>\\s]+?)([=≥≤<>])(\\S+)\\s+(\\d+(?:\\.\\d+)?)\\s*`, 'uy');

/** What tells a template's tail: its closing labels and its total row with the figure after it. */
interface TailForm {
  t: Template & { formWeights: NonNullable<Template['formWeights']> };
  closing: LabelSet;
  total: RegExp;
}

function tailFormsOf(templates: readonly Template[]): TailForm[] {
  return templates
    .filter((t): t is TailForm['t'] => t.formWeights !== undefined && t.kind === 'project')
    .map((t) => ({
      t,
      closing: new LabelSet([...t.closing.deviationAnalysis, ...t.closing.improvementMeasures, ...t.otherLabels]),
      total: new RegExp(`(?:${t.total.labels.map(escapeRegExp).join('|')})\\s*(\\d+(?:\\.\\d+)?)(?!\\d)`, 'u'),
    }));
}

export function readHeadlessTail(ts: TokenStream, templates: readonly Template[]): ParsedProjectEvaluation | null {
  const forms = tailFormsOf(templates);
  for (const token of ts.tokens) {
    const text = token.text.normalize('NFKC');
    for (const { t, closing, total: totalRow } of forms) {
      const total = totalRow.exec(text);
      if (!total) continue;
      const after = text.slice(total.index + total[0].length);
      const closed = closing.synonyms.filter((l) => after.includes(l)).length;
      if (closed < MIN_CLOSING) continue;
      const body = text.slice(0, total.index);
      const rows: RegExpExecArray[] = [];
      ROW.lastIndex = 0;
      for (let m = ROW.exec(body); m; m = ROW.exec(body)) rows.push(m);
      if (rows.length === 0 || rows.at(-1)!.index + rows.at(-1)![0].length !== body.length) continue;
      const figures = rows.map((m) => Number(m[4]));
      const sum = figures.reduce((a, b) => a + b, 0);
      const { budget, indicators } = t.formWeights;
      if (Math.abs(sum - indicators) > 1e-9 || Math.abs(sum + budget - Number(total[1])) > 1e-9) continue;
      const line = token.line;
      const parsed: ParsedIndicator[] = rows.map((m) => ({
        level1: null,
        level2: null,
        name: m[1]!,
        description: null,
        scoringRule: null,
        target: { text: `${m[2]}${m[3]}`, line },
        actual: null,
        weight: { text: m[4]!, line },
        score: null,
        deviationNote: null,
        lines: { start: line, end: line },
      }));
      const cut = {
        line,
        message: `the tail of a ${t.titles[0]} (its head cut off): rows read by the form's weights, their 完成值 and 得分 not told apart`,
      };
      return headlessProject(t, { start: line, end: line }, parsed, [cut]);
    }
  }
  return null;
}
