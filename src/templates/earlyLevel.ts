/**
 * A merged 一级指标 cell printed one row early (vertically centred over its rows, the export put it
 * on the row above them): `效益指标 (20分) | 成本指标 | 设计预算成本计划降低率 …` where 成本指标 is a
 * 二级指标 of 产出 — the 效益 cell heads the rows below, the row itself stays under the 一级指标 above
 * (产出指标). Told by the families of the words: each 二级指标 belongs to one 一级指标 (数量, 质量, 时效,
 * 成本 → 产出; 经济/社会/生态效益, 可持续影响 → 效益; 服务对象满意度 → 满意度; 经济/社会/生态环境成本 →
 * 成本). Only when the row's 一级 and 二级 words disagree and the 一级指标 carried from above agrees with
 * its 二级 word; a word of no family (a province's own levels) never moves a cell.
 */
import { normalizeLabel } from './labels';

type Family = '产出' | '效益' | '满意度' | '成本';

/** The family of a 一级指标 cell (`效益指标 (20分)`, `产出指标（分值权重50%）`). */
export function level1Family(text: string): Family | null {
  const m = /^(产出|效益|满意度|成本)(指标)?(\(.*\))?$/.exec(normalizeLabel(text));
  return m ? (m[1] as Family) : null;
}

/** The family of a 二级指标 cell (`成本指标`, `社会效益`). */
export function level2Family(text: string): Family | null {
  const k = normalizeLabel(text)
    .replace(/\([^()]*\)$/, '')
    .replace(/指标$/, '');
  if (/^(数量|质量|时效|成本)$/.test(k)) return '产出';
  if (/^(经济效益|社会效益|生态效益|可持续影响)$/.test(k)) return '效益';
  if (k === '服务对象满意度') return '满意度';
  if (/^(经济成本|社会成本|生态环境成本)$/.test(k)) return '成本';
  return null;
}

const disagree = (level1: string, level2: string) => {
  const a = level1Family(level1);
  const b = level2Family(level2);
  return a !== null && b !== null && a !== b;
};

/** Whether a row's 一级指标 cell was printed a row early: it disagrees with the row's 二级指标, the carried one agrees. */
export function printedEarly(level1: string, level2: string, carried: string | null): boolean {
  return carried !== null && disagree(level1, level2) && level2Family(level2) !== null && !disagree(carried, level2) && level1Family(carried) !== null;
}
