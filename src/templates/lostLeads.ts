/**
 * Labels whose first character the page lost (首字丢失): some pages drop the character a cell
 * starts with (set apart in the page's markup, it did not survive the extraction) — `级预算单位名称`
 * for 一级预算单位名称 beside ` 陵区林业局` for 零陵区林业局 and `育补助` for 抚育补助 in one table. A
 * cell that is a template's label without its first character is read as that label when what is
 * left says which: at least five characters, and every label it can be the rest of plays the same
 * part in every template (一级预算单位名称 and 二级预算单位名称 both name the unit of a department
 * table). A cell that is a label as written is never read as another, and values are never
 * touched: the text stays as written (the unit is `陵区林业局`, as the page gives it).
 */
import { LabelSet, normalizeLabel } from './labels';
import type { Template } from './template';
import type { TokenStream } from './tokens';

/** What is left of a label must be at least this long to say which label it was. */
const MIN_REST = 5;

/** Every list of labels of a template, named by the part it plays there. */
function partsOf(t: Template): [string, readonly string[]][] {
  return [
    ['name', t.nameLabels],
    ['supervising', t.supervisingLabels],
    ['implementing', t.implementingLabels],
    ['start', t.startLabels ?? []],
    ['fundingHeading', t.funding.heading],
    ['fundingSkip', t.funding.skip ?? []],
    ['breakdown', t.funding.breakdowns ?? []],
    ...t.funding.rows.map((r): [string, string[]] => [`fundingRow:${r.role}`, r.labels]),
    ...t.funding.columns.map((c): [string, string[]] => [`fundingColumn:${c.role}`, c.labels]),
    ['indicatorHeading', t.indicators.heading],
    ...t.indicators.columns.map((c): [string, string[]] => [`indicatorColumn:${c.role}`, c.labels]),
    ['total', t.total.labels],
    ['expected', t.goals?.expected ?? []],
    ['actual', t.goals?.actual ?? []],
    ['deviation', t.closing.deviationAnalysis],
    ['improvement', t.closing.improvementMeasures],
    ['other', t.otherLabels],
    ...t.recognisedBy.map((labels, k): [string, string[]] => [`recognisedBy:${k}`, labels]),
  ];
}

/** The labels a cell may be the rest of, each with the parts it plays (`template:part`, sorted and joined). */
function lostLeadIndex(templates: readonly Template[]): Map<string, Map<string, string>> {
  const roles = new Map<string, Set<string>>();
  for (const t of templates)
    for (const [part, labels] of partsOf(t))
      for (const label of labels) {
        const norm = normalizeLabel(label);
        if (!roles.has(norm)) roles.set(norm, new Set());
        roles.get(norm)!.add(`${t.id}:${part}`);
      }
  const index = new Map<string, Map<string, string>>();
  for (const [label, parts] of roles) {
    const rest = [...label].slice(1).join('');
    if ([...rest].length < MIN_REST) continue;
    if (!index.has(rest)) index.set(rest, new Map());
    index.get(rest)!.set(label, [...parts].sort().join(' '));
  }
  return index;
}

/** Each template list's index and labels, made once (the lists are constants). */
const indexes = new WeakMap<readonly Template[], { index: Map<string, Map<string, string>>; allLabels: LabelSet }>();

function indexOf(templates: readonly Template[]) {
  let made = indexes.get(templates);
  if (!made) {
    made = { index: lostLeadIndex(templates), allLabels: new LabelSet(templates.flatMap((t) => partsOf(t).flatMap(([, l]) => l))) };
    indexes.set(templates, made);
  }
  return made;
}

/**
 * The cells that are a label without its first character read as that label (their `norm`; the
 * text as written), when what is left says which.
 */
export function restoreLostLeads(ts: TokenStream, templates: readonly Template[]): TokenStream {
  const { index, allLabels } = indexOf(templates);
  const tokens = ts.tokens.map((token) => {
    if (token.norm === '' || allLabels.has(token.norm)) return token;
    const candidates = index.get(token.norm);
    if (!candidates || new Set(candidates.values()).size !== 1) return token;
    return { ...token, norm: [...candidates.keys()][0]! };
  });
  return { tokens, rows: ts.rows };
}
