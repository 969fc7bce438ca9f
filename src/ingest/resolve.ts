/**
 * Jurisdiction and organization resolution: from the names a document writes in its headers
 * (单位名称, 主管部门, 项目实施单位, 填报单位) to a region with its GB/T 2260 code and to organizations
 * with full names. Short names (市社保局, 市就业局, 人力资源和社会保障局 without a place) resolve to
 * a full name written elsewhere in the same document when one fits, else to the region's name
 * plus the short name.
 */
import { ancestry, REGIONS, resolveJurisdiction, type GazetteerRegion } from '../domain/gazetteer';
import type { ParsedDocument } from '../templates/parsed';
import { plainText } from '../templates/labels';

/** Common abbreviations in unit names, expanded before comparing with full names. */
const ABBREVIATIONS: ReadonlyArray<[string, string]> = [
  ['人社', '人力资源和社会保障'],
  ['社保', '社会保险'],
  ['医保', '医疗保障'],
  ['劳动监察', '劳动保障监察'],
  ['就业局', '就业管理局'],
];

export class ResolutionError extends Error {
  override name = 'ResolutionError';
}

function clean(name: string): string {
  return name.replace(/\s+/gu, '').replace(/[（(]盖章[)）]|[:：]$/gu, '');
}

/** Whether the characters of `short` occur in order in `full`. */
function isSubsequence(short: string, full: string): boolean {
  let i = 0;
  for (const ch of full) if (ch === short[i]) i += 1;
  return i === short.length;
}

/** The name without the place it starts with: 黄石市社会保险事业局 → 社会保险事业局. */
function withoutPlace(name: string): string {
  const match = resolveJurisdiction(name);
  return match ? name.slice(name.indexOf(match.matched) + match.matched.length) : name;
}

function expand(short: string): string {
  return ABBREVIATIONS.reduce((s, [abbr, full]) => s.replace(abbr, full), short);
}

/** The header names of a document, most telling first. */
export function headerNames(doc: ParsedDocument): string[] {
  const names: (string | null)[] = [];
  for (const e of doc.departmentEvaluations) names.push(e.unitName);
  for (const t of doc.summaryTables) names.push(t.unitName);
  for (const p of doc.projects) names.push(p.reportingUnit, p.supervisingDepartment, p.implementingUnit);
  names.push(doc.finalAccounts?.unitName ?? null);
  return names.filter((n): n is string => !!n && clean(n).length > 1).map(clean);
}

/**
 * The region an importer names for documents that name none (`--region`, the upload's `region`
 * field): a GB/T 2260 code (`420600`) or a name the gazetteer resolves without doubt (`襄阳市`,
 * `湖北省襄阳市`). Null when it names no region.
 */
export function regionNamed(written: string): GazetteerRegion | null {
  const text = written.trim();
  if (/^\d{6}$/.test(text)) return REGIONS.find((r) => r.code === text) ?? null;
  const match = resolveJurisdiction(text);
  return match && text.replace(/\s+/gu, '').endsWith(match.matched) ? match.region : null;
}

export interface ResolvedRegion {
  region: GazetteerRegion;
  /** The region and its ancestors, the region first. */
  chain: GazetteerRegion[];
  /** What named it. */
  evidence: string;
}

/**
 * The document's jurisdiction: the region named by most header names (the most specific when
 * several tie), else the one its opening text names.
 */
export function resolveDocumentRegion(doc: ParsedDocument, text: string): ResolvedRegion {
  const votes = new Map<string, { region: GazetteerRegion; count: number; evidence: string }>();
  for (const name of headerNames(doc)) {
    // A page republished in traditional characters names 黃岡市 for 黄冈市.
    const match = resolveJurisdiction(name) ?? resolveJurisdiction(plainText(name));
    if (!match) continue;
    const vote = votes.get(match.region.code) ?? { region: match.region, count: 0, evidence: name };
    vote.count += 1;
    votes.set(match.region.code, vote);
  }
  const ranked = [...votes.values()].sort((a, b) => b.count - a.count || b.region.code.localeCompare(a.region.code));
  if (ranked[0]) return { region: ranked[0].region, chain: ancestry(ranked[0].region.code), evidence: ranked[0].evidence };
  const opening = resolveJurisdiction(text.slice(0, 4000)) ?? resolveJurisdiction(plainText(text.slice(0, 4000)));
  if (opening) return { region: opening.region, chain: ancestry(opening.region.code), evidence: opening.matched };
  throw new ResolutionError(
    'unknown jurisdiction: no province, city or county (GB/T 2260) is named in 单位名称, 主管部门, 项目实施单位 or the opening text',
  );
}

export interface OrganizationName {
  fullName: string;
  /** The names as written that resolve to it, other than the full name. */
  aliases: string[];
}

/**
 * Resolves unit names to full names within one document. Names that start with a region's name
 * are full names; others are matched to a full name by abbreviation, else prefixed with the
 * document region's name.
 */
export class OrganizationResolver {
  private readonly fullNames: string[];
  private readonly aliases = new Map<string, Set<string>>();

  constructor(
    private readonly region: GazetteerRegion,
    names: string[],
  ) {
    this.fullNames = [...new Set(names.map(clean).filter((n) => resolveJurisdiction(n) !== null))];
  }

  resolve(written: string): string {
    const name = clean(written);
    const full = this.fullNameOf(name);
    if (!this.fullNames.includes(full)) this.fullNames.push(full);
    if (full !== name) {
      const set = this.aliases.get(full) ?? new Set<string>();
      set.add(name);
      this.aliases.set(full, set);
    }
    return full;
  }

  private fullNameOf(name: string): string {
    const place = resolveJurisdiction(name);
    if (place) {
      // A full name may still abbreviate (通城县人社局) or drop a word (…养老管理中心 for
      // …养老保险管理中心): prefer a longer full name of the same place that it abbreviates.
      const prefix = name.slice(0, name.indexOf(place.matched) + place.matched.length);
      const tail = expand(withoutPlace(name));
      const longer = this.fullNames.filter(
        (f) =>
          f !== name && f.startsWith(prefix) && f.length > name.length && f.at(-1) === name.at(-1) && isSubsequence(tail, withoutPlace(f)),
      );
      return longer.length === 1 ? longer[0]! : name;
    }
    // "市社保局" → "社保局"; the level prefix is the document region's.
    const bare = name.replace(/^(省|市|县|区)/u, '');
    const expanded = expand(bare);
    const matches = this.fullNames.filter((f) => f.endsWith(bare) || isSubsequence(expanded, withoutPlace(f)));
    const sameSuffix = matches.filter((f) => f.at(-1) === bare.at(-1));
    if (sameSuffix.length === 1) return sameSuffix[0]!;
    if (matches.length === 1) return matches[0]!;
    return `${this.region.name}${bare}`;
  }

  aliasesOf(fullName: string): string[] {
    return [...(this.aliases.get(fullName) ?? [])].sort();
  }
}
