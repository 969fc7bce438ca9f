/**
 * A project named again at the head of its report's next table: an evaluation report's cover
 * (项目名称: 海南宏观经济形势分析预测与经济动态监测预警项目 …) and then its 项目绩效目标表, whose own
 * 项目名称 repeats the name — in a flattened preview glued with the table's header words
 * (`海南宏观经济…预警项目指标类型绩效指标…`) — before the table a template reads. The cover's name label
 * opens no record a template recognises, the repeated one does: they are one record, opened at the
 * cover's name, where the repeated name is the cover's (as written, or with words glued after it)
 * or is left blank (the cell after it a label of the form: 项目名称: 指标类型 指标名称 …). A later
 * name that is another one (a list of projects, the next project) is left as it is.
 */
import type { Template } from './template';
import type { TokenStream } from './tokens';

export interface NamedRange {
  start: number;
  end: number;
  template: Template | undefined;
}

/** The records with each repeated name's record opened at the name before it, as above. */
export function joinRepeatedNames<R extends NamedRange>(
  ts: TokenStream,
  records: R[],
  isLabel: (t: Template, norm: string) => boolean,
): R[] {
  // The first cell written after the name label (read in place: a slice would copy the rest of the stream per record).
  const nameAt = (start: number) => {
    for (let i = start + 1; i < ts.tokens.length; i++) if (ts.tokens[i]!.norm !== '') return ts.tokens[i]!.norm;
    return '';
  };
  const repeats = (record: R, first: string) => {
    const name = nameAt(record.start);
    return name === '' || isLabel(record.template!, name) || name.startsWith(first);
  };
  const out: R[] = [];
  for (const record of records) {
    const before = out.at(-1);
    const first = before ? nameAt(before.start) : '';
    if (before && !before.template && record.template && before.end === record.start && first.length >= 4 && repeats(record, first))
      out[out.length - 1] = { ...record, start: before.start };
    else out.push(record);
  }
  return out;
}
