/**
 * The project record of a table whose head the excerpt cut off (src/templates/headlessTail.ts,
 * headlessScoresheet.ts): nothing of its head is known — no name, year, funds or total — only its
 * indicator rows; it is named by the line it starts at, and its problems say why.
 */
import { unreadProject, type ParsedIndicator, type ParsedProjectEvaluation } from './parsed';
import type { Template } from './template';

export function headlessProject(
  t: Template,
  lines: { start: number; end: number },
  indicators: ParsedIndicator[],
  problems: { line: number; message: string }[],
): ParsedProjectEvaluation {
  return unreadProject({
    name: `(${t.nameLabels[0]} not written, line ${lines.start})`,
    indicators,
    lines,
    templateId: t.id,
    totalRowLine: lines.end,
    readingProblems: problems,
  });
}
