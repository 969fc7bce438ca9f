/**
 * The dashboard's state lives in the URL hash, so that any view can be shared as a link:
 *   #/province?year=2021&province=420000
 *   #/region?year=2021&region=420200&org=<id>&project=<id>
 *   #/compare?year=2021&codes=420200,420300
 */
export type View = 'province' | 'region' | 'compare';

export interface State {
  view: View;
  year: number;
  /** Province of the overview. */
  province: string;
  /** Region of the drill-down. */
  region: string;
  /** Organization (global ID) of the drill-down, if one is open. */
  org: string | null;
  /** Project evaluation (global ID) of the drill-down, if one is open. */
  project: string | null;
  /** Regions compared. */
  codes: string[];
}

/** Used where the link names no year or place; replaced by the data's own (setDefaults) once the dashboard knows them. */
export const DEFAULT_STATE: State = {
  view: 'province',
  year: 2021,
  province: '420000',
  region: '420200',
  org: null,
  project: null,
  codes: ['420200', '420300'],
};

/** The latest year with data and the province with data become the defaults (see context.dataDefaults). */
export function setDefaults(year: number, province: string, codes: string[]): void {
  DEFAULT_STATE.year = year;
  DEFAULT_STATE.province = province;
  DEFAULT_STATE.region = province;
  if (codes.length) DEFAULT_STATE.codes = codes;
}

const VIEWS: View[] = ['province', 'region', 'compare'];
const CODE = /^\d{6}$/;

export function parseHash(hash: string): State {
  const [pathPart = '', queryPart = ''] = hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(queryPart);
  const view = VIEWS.includes(pathPart as View) ? (pathPart as View) : DEFAULT_STATE.view;
  const year = Number(params.get('year'));
  const code = (name: string, fallback: string) => {
    const value = params.get(name);
    return value && CODE.test(value) ? value : fallback;
  };
  const codes = (params.get('codes') ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => CODE.test(c));
  return {
    view,
    year: Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : DEFAULT_STATE.year,
    province: code('province', DEFAULT_STATE.province),
    region: code('region', DEFAULT_STATE.region),
    org: params.get('org') || null,
    project: params.get('project') || null,
    codes: codes.length ? [...new Set(codes)] : DEFAULT_STATE.codes,
  };
}

/** The hash of a state; only what the view uses is written. */
export function formatHash(state: State): string {
  const params = new URLSearchParams();
  params.set('year', String(state.year));
  if (state.view === 'province') params.set('province', state.province);
  if (state.view === 'region') {
    params.set('region', state.region);
    if (state.org) params.set('org', state.org);
    if (state.project) params.set('project', state.project);
  }
  if (state.view === 'compare') params.set('codes', state.codes.join(','));
  return `#/${state.view}?${params.toString().replace(/%2C/g, ',')}`;
}

export function currentState(): State {
  return parseHash(window.location.hash);
}

/** Moves to another state (a new history entry, so the back button works). */
export function navigate(change: Partial<State>): void {
  const next = formatHash({ ...currentState(), ...change });
  if (next !== window.location.hash) window.location.hash = next;
}

/** A link to a state, for <a href>. */
export function link(change: Partial<State>): string {
  return formatHash({ ...currentState(), ...change });
}
