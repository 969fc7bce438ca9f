/**
 * Finds the tables of a line-broken document: project tables are anchored on their 项目名称 row,
 * department-wide tables on a "…整体…自评表" title followed by 单位名称 / 基本支出总额. A table runs
 * from its title to the next table or to the next section heading ("四、…", "第三部分", "附件：",
 * a narrative heading "…自评结果").
 */
import { DEPARTMENT_TITLE_RE, type DepartmentSegment } from './department';
import { PROJECT_NAME_LABEL, type ProjectSegment } from './project';
import { compact, joinWrapped, matchLabel, type SourceLine } from './text';

const YEAR_START_RE = /^(?:19|20)\d\d\s*年/;
const CN_HEADING_RE = /^[一二三四五六七八九十]+[、.．]/;
const PART_RE = /^第[一二三四五六七八九十]+部分/;
const ANNEX_RE = /^附件\s*\d*\s*[：:]/;
const NARRATIVE_END_RE = /自评(?:结果|报告)$/;

export interface Segments {
  projects: ProjectSegment[];
  departments: DepartmentSegment[];
  /** [start, end) index ranges of all tables, in document order. */
  ranges: { start: number; end: number; kind: 'project' | 'department' }[];
}

/** Start index of a (possibly two-line) table title ending at lines[j], or -1. */
const ENDS_IN_TABLE = /表\s*$/u;

export function titleStartAt(lines: readonly SourceLine[], j: number, lower: number): number {
  const t = lines[j]?.text;
  // A title ends in 表 (自评表; or 表 after a line that wraps it): most lines do not.
  if (t === undefined || !ENDS_IN_TABLE.test(t)) return -1;
  const ct = compact(t);
  const prev = j - 1 >= lower ? lines[j - 1]?.text : undefined;
  if (ct.endsWith('自评表')) {
    if (YEAR_START_RE.test(t)) return j;
    if (prev !== undefined && YEAR_START_RE.test(prev) && !compact(prev).endsWith('表') && !CN_HEADING_RE.test(prev)) return j - 1;
    return j;
  }
  if (ct.endsWith('表') && prev !== undefined && YEAR_START_RE.test(prev) && compact(joinWrapped(prev, t)).endsWith('自评表')) {
    return j - 1;
  }
  return -1;
}

/** Start index of a narrative heading ("2023年度…\n项目自评结果") at lines[j], with its line count, or null. */
export function narrativeHeadingAt(lines: readonly SourceLine[], j: number): { lines: number } | null {
  const t = lines[j]?.text;
  if (t === undefined || !YEAR_START_RE.test(t)) return null;
  if (NARRATIVE_END_RE.test(compact(t))) return { lines: 1 };
  const nx = lines[j + 1]?.text;
  if (nx !== undefined && !YEAR_START_RE.test(nx) && NARRATIVE_END_RE.test(compact(nx)) && compact(nx).length <= 40) return { lines: 2 };
  return null;
}

export function isSectionBreak(lines: readonly SourceLine[], j: number): boolean {
  const t = lines[j]?.text ?? '';
  return CN_HEADING_RE.test(t) || PART_RE.test(t) || ANNEX_RE.test(t) || narrativeHeadingAt(lines, j) !== null;
}

export function findSegments(lines: readonly SourceLine[]): Segments {
  type Anchor = { kind: 'project' | 'department'; at: number; start: number; titleLines: number };
  const anchors: Anchor[] = [];
  const n = lines.length;

  for (let i = 0; i < n; i++) {
    if (matchLabel(lines, i, [PROJECT_NAME_LABEL], 1)) {
      anchors.push({ kind: 'project', at: i, start: i, titleLines: 0 });
      continue;
    }
    const t = lines[i]?.text ?? '';
    if (CN_HEADING_RE.test(t) || ANNEX_RE.test(t)) continue;
    const ts = titleStartAt(lines, i, 0);
    if (ts < 0) continue;
    let title = '';
    for (let k = ts; k <= i; k++) title = joinWrapped(title, lines[k]?.text ?? '');
    if (!DEPARTMENT_TITLE_RE.test(compact(title)) || CN_HEADING_RE.test(title) || ANNEX_RE.test(title)) continue;
    // Confirmed by its header within a few lines, before any other title or table.
    for (let k = i + 1; k < Math.min(n, i + 8); k++) {
      const u = lines[k]?.text ?? '';
      if (/^单位名称/.test(u) || matchLabel(lines, k, ['基本支出总额'])) {
        anchors.push({ kind: 'department', at: ts, start: ts, titleLines: i - ts + 1 });
        break;
      }
      if (titleStartAt(lines, k, i + 1) >= 0 || matchLabel(lines, k, [PROJECT_NAME_LABEL], 1)) break;
    }
  }
  anchors.sort((a, b) => a.at - b.at);

  // Project tables start at their title / 单位名称 / 填报日期 lines above 项目名称.
  let lower = 0;
  for (const a of anchors) {
    if (a.kind === 'project') {
      let s = a.at;
      for (let j = a.at - 1; j >= lower && a.at - j <= 6; j--) {
        const t = lines[j]?.text ?? '';
        if (/^(单位名称|填报日期)/.test(t) || (/^[\d\s年月日]+$/.test(t) && t.length <= 12)) {
          s = j;
          continue;
        }
        const ts = titleStartAt(lines, j, lower);
        if (ts >= 0 && !CN_HEADING_RE.test(lines[ts]?.text ?? '')) {
          s = ts;
          a.titleLines = j - ts + 1;
        }
        break;
      }
      a.start = s;
    }
    lower = a.at + 1;
  }

  const out: Segments = { projects: [], departments: [], ranges: [] };
  for (let k = 0; k < anchors.length; k++) {
    const a = anchors[k];
    if (!a) continue;
    const nextStart = anchors[k + 1]?.start ?? n;
    let end = nextStart;
    for (let j = a.at + Math.max(1, a.titleLines); j < nextStart; j++) {
      // A section heading, or the title of another table (whose 项目名称 row may be damaged).
      const title = titleStartAt(lines, j, a.at + 1);
      if (isSectionBreak(lines, j) || (title >= 0 && YEAR_START_RE.test(lines[title]?.text ?? ''))) {
        end = title >= 0 && !isSectionBreak(lines, j) ? title : j;
        break;
      }
    }
    const segLines = lines.slice(a.start, end);
    if (segLines.length === 0) continue;
    out.ranges.push({ start: a.start, end, kind: a.kind });
    if (a.kind === 'project') out.projects.push({ lines: segLines, nameIndex: a.at - a.start });
    else out.departments.push({ lines: segLines, titleLines: a.titleLines });
  }
  return out;
}
