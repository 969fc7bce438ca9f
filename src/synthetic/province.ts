/**
 * The synthetic province's shape: which real GB/T 2260 cities and counties of 河南省 (410000) it
 * uses, and its organizations (departments, 主管部门, and their sub-units, 下属单位) with names
 * that resolve to their region the way real ones do (郑州市人力资源和社会保障局, 中牟县劳动就业服务中心).
 */
import { REGIONS, resolveJurisdiction, type GazetteerRegion } from '../domain/gazetteer';
import { apportion, Random } from './random';
import { DEPARTMENTS, type DepartmentKind } from './vocabulary';

export const PROVINCE_CODE = '410000';
/** 新乡县 is a seed document's county: left out so synthetic and real records never share an organization. */
const EXCLUDED = new Set(['410721']);

/** At scale 1 (one province, one year). */
export const SCALE_ONE = { cities: 17, counties: 100, organizations: 3000, projects: 60_000, indicatorsPerProject: 10 };

export interface ScalePlan {
  scale: number;
  cities: number;
  counties: number;
  organizations: number;
  projects: number;
}

/**
 * Counts at a scale. Organizations and projects are proportional to the scale. The region tree is
 * the province's (17 cities, 100 counties) from scale 0.1 up; below, it shrinks in proportion
 * (scale 0.01: 2 cities, 10 counties) so that small scales are not mostly empty regions.
 */
export function planScale(scale: number): ScalePlan {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`scale must be a positive number, got ${scale}`);
  const tree = Math.min(1, scale * 10);
  const cities = Math.max(1, Math.min(SCALE_ONE.cities, Math.round(SCALE_ONE.cities * tree)));
  const counties = Math.max(1, Math.round(SCALE_ONE.counties * tree * Math.max(1, Math.min(scale, 1.8))));
  const organizations = Math.max(1, Math.round(SCALE_ONE.organizations * scale));
  const projects = Math.max(organizations, Math.round(SCALE_ONE.projects * scale));
  return { scale, cities, counties, organizations, projects };
}

/** Whether a unit name under this region resolves back to it alone (some district names exist in several cities). */
function resolvesTo(region: GazetteerRegion): boolean {
  return resolveJurisdiction(`${region.name}财政局`)?.region.code === region.code;
}

export interface SyntheticRegion {
  code: string;
  name: string;
  level: 'CITY' | 'COUNTY';
  cityCode: string;
}

/** Cities in code order, and counties spread over them in proportion to how many each has. */
export function chooseRegions(plan: ScalePlan): SyntheticRegion[] {
  const cities = REGIONS.filter((r) => r.parentCode === PROVINCE_CODE && r.level === 'CITY' && resolvesTo(r)).slice(0, plan.cities);
  const countiesOf = new Map(
    cities.map((c) => [c.code, REGIONS.filter((r) => r.parentCode === c.code && !EXCLUDED.has(r.code) && resolvesTo(r))] as const),
  );
  const available = cities.reduce((s, c) => s + countiesOf.get(c.code)!.length, 0);
  const total = Math.min(plan.counties, available);
  const shares = apportion(
    total,
    cities.map((c) => countiesOf.get(c.code)!.length),
    0,
  );
  const out: SyntheticRegion[] = [];
  cities.forEach((city, i) => {
    out.push({ code: city.code, name: city.name, level: 'CITY', cityCode: city.code });
    const list = countiesOf.get(city.code)!;
    const n = Math.min(shares[i]!, list.length);
    // Every k-th county, so a city's counties are spread over its list (districts and counties).
    for (let k = 0; k < n; k++) {
      const c = list[Math.floor((k * list.length) / n)]!;
      out.push({ code: c.code, name: c.name, level: 'COUNTY', cityCode: city.code });
    }
  });
  return out;
}

export interface SyntheticOrganization {
  /** Index in the province's list (document order). */
  index: number;
  name: string;
  region: SyntheticRegion;
  kind: DepartmentKind;
  /** The department (主管部门) a sub-unit reports to; null for a department. */
  parent: SyntheticOrganization | null;
  /** How many project evaluations its document holds. */
  projectCount: number;
}

/**
 * Organizations: a city's own level gets 1.7× a county's share. Within a region, departments come
 * in an order shuffled per region (人力资源和社会保障局 always first, so the employment indicators
 * compared across regions exist everywhere), each followed by its sub-units.
 */
export function chooseOrganizations(plan: ScalePlan, regions: SyntheticRegion[], random: Random): SyntheticOrganization[] {
  const perRegion = apportion(
    plan.organizations,
    regions.map((r) => (r.level === 'CITY' ? 1.7 : 1)),
    1,
  );
  const orgs: SyntheticOrganization[] = [];
  regions.forEach((region, ri) => {
    const r = random.fork(`orgs:${region.code}`);
    const [first, ...rest] = DEPARTMENTS;
    const order = [first!, ...r.shuffle(rest)];
    const wanted = perRegion[ri]!;
    let made = 0;
    for (let round = 0; made < wanted; round++) {
      for (const dept of order) {
        if (made >= wanted) break;
        // Past the catalogue (scales above 1), departments gain numbered branches (第二…).
        const suffix = round === 0 ? '' : `第${round + 1}分局`;
        const department: SyntheticOrganization = {
          index: orgs.length,
          name: `${region.name}${dept.name}${suffix}`,
          region,
          kind: dept,
          parent: null,
          projectCount: 0,
        };
        orgs.push(department);
        made++;
        const subs = round === 0 ? dept.units : dept.units.slice(0, 1).map((u) => `${u}第${round + 1}分部`);
        for (const unit of subs) {
          if (made >= wanted) break;
          orgs.push({ index: orgs.length, name: `${region.name}${unit}`, region, kind: dept, parent: department, projectCount: 0 });
          made++;
        }
      }
    }
  });
  // Projects: a skewed spread (a few units hold many projects, most hold a handful), at least one each.
  const weights = orgs.map((o) => {
    const r = random.fork(`size:${o.index}`);
    return Math.min(8, r.logNormal(1, 0.7)) * (o.parent ? 0.8 : 1.2);
  });
  const counts = apportion(plan.projects, weights, 1);
  orgs.forEach((o, i) => (o.projectCount = counts[i]!));
  return orgs;
}
