/**
 * A project's classification as a form ticks it (湖北 项目自评表: `项目类别 | 1、部门预算项目 <input
 * checked="" type="checkbox"/> 2、市直专项 <input type="checkbox"/> …`, likewise 项目属性 and 项目类型):
 * the option whose box is ticked (src/tables/cellText.ts tickedOption: checked boxes, √ ☑ ■ against □ ☐).
 * A cell with no box ticked, or no boxes at all, classifies nothing.
 */
import type { ParsedProjectEvaluation } from './parsed';
import { tickedOption } from '../tables/cellText';

export interface ClassificationLabels {
  category: string[];
  attribute: string[];
  type: string[];
}

/** The ticked option after each label; `valueAfter` gives the text written after a label, or null. */
export function readClassification(
  labels: ClassificationLabels | undefined,
  valueAfter: (labels: string[]) => string | null,
): ParsedProjectEvaluation['classification'] {
  const ticked = (of: string[] | undefined) => {
    const text = of ? valueAfter(of) : null;
    return text === null ? null : tickedOption(text);
  };
  return { category: ticked(labels?.category), attribute: ticked(labels?.attribute), type: ticked(labels?.type) };
}
