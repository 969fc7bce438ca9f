/** What every view knows once the dashboard has started: the region tree, the years, the concepts. */
import type { Concept, RegionRef, Startup } from './queries';
import type { State } from './state';

export interface TreeRegion extends RegionRef {
  parentCode: string | null;
  depth: number;
}

export interface Context {
  /** Every region with data, province → city → county, in tree order. */
  regions: TreeRegion[];
  byCode: Map<string, TreeRegion>;
  provinces: TreeRegion[];
  /** Fiscal years with at least one document, latest first. */
  years: number[];
  /** The years each province has documents for. */
  provinceYears: Map<string, number[]>;
  concepts: Concept[];
}

export function buildContext(startup: Startup): Context {
  const regions: TreeRegion[] = [];
  for (const province of startup.regions) {
    regions.push({ code: province.code, name: province.name, level: province.level, parentCode: null, depth: 0 });
    for (const city of province.children) {
      regions.push({ code: city.code, name: city.name, level: city.level, parentCode: province.code, depth: 1 });
      for (const county of city.children) {
        regions.push({ code: county.code, name: county.name, level: county.level, parentCode: city.code, depth: 2 });
      }
    }
  }
  const years = [...startup.fiscalYears].sort((a, b) => b - a);
  return {
    provinceYears: new Map(startup.regions.map((p) => [p.code, p.fiscalYears])),
    regions,
    byCode: new Map(regions.map((r) => [r.code, r])),
    provinces: regions.filter((r) => r.depth === 0),
    years,
    concepts: startup.indicatorConcepts,
  };
}

/**
 * Where the dashboard opens when the link names no year or place: the latest year with data, and
 * the province with data in it (the first, in code order, when several have).
 */
export function dataDefaults(context: Context): { year: number; province: string } | null {
  const year = context.years[0];
  if (year === undefined) return null;
  const province = context.provinces.find((p) => context.provinceYears.get(p.code)?.includes(year)) ?? context.provinces[0];
  return province ? { year, province: province.code } : null;
}

/** Options of the year selector: the years with documents, and the one asked for. */
export function yearOptions(context: Context, state: State): number[] {
  return [...new Set([...context.years, state.year])].sort((a, b) => b - a);
}

export interface ViewModule {
  /** Tab label. */
  title: string;
  /** The view's own selectors (beside the year). */
  controls(state: State, context: Context): HTMLElement | null;
  /** Renders into root; `current()` turns false once the user has moved on. */
  render(root: HTMLElement, state: State, context: Context, current: () => boolean): Promise<void>;
}

/** Links to the other years with documents, offered where a view is empty. */
export function otherYears(context: Context, state: State, link: (change: Partial<State>) => string): HTMLElement | string {
  const years = context.years.filter((y) => y !== state.year);
  if (!years.length) return '';
  const element = document.createElement('div');
  element.className = 'other-years';
  element.append('有数据的年度：');
  for (const year of years) {
    const a = document.createElement('a');
    a.href = link({ year, org: null, project: null });
    a.textContent = `${year} 年`;
    element.append(a, ' ');
  }
  return element;
}
