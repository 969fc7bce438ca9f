/**
 * Narrative text about projects outside the tables:
 *  - full reports "2023年度X\n项目自评结果" (一、自评结论 … （五）其他佐证材料), and
 *  - the short per-project paragraphs in the final-accounts prose
 *    ("1、工伤病残等级鉴定费：项目全年预算数为 5 万元 …"),
 *  - annex references "附件：2023年度X项目自评表" (a pointer to a table, not a copy of one).
 * They are matched to the tables by project name (whitespace-insensitive, then within a small
 * edit distance: the document writes 退休人员社会化管理服务经费 and 退休人员社会代管理服务经费).
 */
import type { LineSpan } from '../../templates/parsed';
import { narrativeHeadingAt } from './segments';
import { compact, editDistance, joinText, joinWrapped, spanOf, trimText, type SourceLine } from './text';

export interface NarrativeBlock {
  kind: 'report' | 'summary' | 'department-report';
  /** Project name as written in the heading / paragraph. */
  name: string;
  text: string;
  lines: LineSpan;
}

export interface AnnexReference {
  text: string;
  line: number;
  /** Name of the referenced table, with year and 自评表 removed. */
  name: string;
  department: boolean;
}

const YEAR_PREFIX_RE = /^(?:19|20)\d\d\s*年度?\s*/;
const CN_TOP_HEADING_RE = /^[一二三四五六七八九十]+、\s*(?:19|20)\d\d/;
const PART_RE = /^第[一二三四五六七八九十]+部分/;

/**
 * Full narrative reports among `lines` (prose between tables). `isTableStart(i)` tells where a
 * table begins; a report ends there, at the next report or at a numbered top-level heading.
 */
export function findReports(lines: readonly SourceLine[], stops: ReadonlySet<number>): NarrativeBlock[] {
  const out: NarrativeBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const h = narrativeHeadingAt(lines, i);
    if (!h) {
      i++;
      continue;
    }
    const heading = joinText(lines.slice(i, i + h.lines));
    let j = i + h.lines;
    while (j < lines.length && !stops.has(j) && !narrativeHeadingAt(lines, j) && !CN_TOP_HEADING_RE.test(lines[j]?.text ?? '') && !PART_RE.test(lines[j]?.text ?? '')) j++;
    const body = lines.slice(i, j);
    const name = trimText(
      heading
        .replace(YEAR_PREFIX_RE, '')
        .replace(/(?:项目)?(?:绩效)?自评(?:结果|报告)$/, '')
        .replace(/项目$/, ''),
    );
    out.push({
      kind: /整体/.test(heading) ? 'department-report' : 'report',
      name,
      text: body.map((l) => l.text).join('\n'),
      lines: spanOf(body),
    });
    i = j;
  }
  return out;
}

const SUMMARY_START_RE = /^(\d{1,3})\s*[、.．]\s*/;
const SUMMARY_STOP_RE = /^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)/;

/** Per-project paragraphs "N、名称：项目全年预算数为 …" in the final-accounts prose. */
export function findSummaries(lines: readonly SourceLine[]): NarrativeBlock[] {
  const starts: { i: number; name: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]?.text ?? '';
    const m = SUMMARY_START_RE.exec(t);
    if (!m) continue;
    let joined = t.slice(m[0].length);
    for (let k = 1; k <= 2; k++) joined = joinWrapped(joined, lines[i + k]?.text ?? '');
    const colon = joined.search(/[：:]/);
    if (colon < 0) continue;
    if (!/^\s*项目全年预算/.test(joined.slice(colon + 1))) continue;
    starts.push({ i, name: trimText(joined.slice(0, colon)) });
  }
  const out: NarrativeBlock[] = [];
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k];
    if (!s) continue;
    const limit = starts[k + 1]?.i ?? lines.length;
    let j = s.i + 1;
    while (j < limit && !SUMMARY_STOP_RE.test(lines[j]?.text ?? '')) j++;
    const body = lines.slice(s.i, j);
    out.push({ kind: 'summary', name: s.name, text: joinText(body), lines: spanOf(body) });
  }
  return out;
}

/** "附件：2023年度X项目自评表" lines (the title may wrap onto the next line). */
export function findAnnexReferences(lines: readonly SourceLine[]): AnnexReference[] {
  const out: AnnexReference[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l || !/^附件\s*\d*\s*[：:]/.test(l.text)) continue;
    let text = l.text;
    const nx = lines[i + 1];
    if (!compact(text).endsWith('表') && nx && compact(joinWrapped(text, nx.text)).endsWith('自评表')) text = joinWrapped(text, nx.text);
    if (!compact(text).endsWith('自评表')) continue;
    const name = trimText(
      text
        .replace(/^附件\s*\d*\s*[：:]\s*/, '')
        .replace(YEAR_PREFIX_RE, '')
        .replace(/(?:项目)?(?:支出)?(?:绩效)?自评表$/, ''),
    );
    out.push({ text, line: l.line, name, department: /整体/.test(text) });
  }
  return out;
}

/** Project-name key: no whitespace, folded punctuation, no trailing 项目. */
export function nameKey(name: string): string {
  return compact(name).replace(/项目$/, '');
}

/** Index of the best-matching name, with whether the match was exact; -1 if none is close. */
export function matchName(name: string, candidates: readonly string[]): { index: number; exact: boolean } {
  const key = nameKey(name);
  const keys = candidates.map(nameKey);
  const exact = keys.indexOf(key);
  if (exact >= 0) return { index: exact, exact: true };
  if (key.length === 0 || key.length > 120) return { index: -1, exact: false };
  const cap = Math.max(1, Math.floor(key.length / 10));
  let best = -1;
  let bestD = cap + 1;
  keys.forEach((k, idx) => {
    const d = editDistance(key, k, cap);
    if (d < bestD) {
      bestD = d;
      best = idx;
    }
  });
  return { index: best, exact: false };
}
