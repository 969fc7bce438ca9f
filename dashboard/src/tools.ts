/**
 * The view's tools: downloads of its tables (the server's /api/export endpoints, with the view's
 * filters), copy the link, print; and the search box (searchRegions / searchOrganizations).
 */
import { graphql } from './api';
import { h } from './dom';
import { SEARCH, type SearchData } from './queries';
import { link, type State } from './state';

export const EXPORT_URL = new URL('../api/export/', document.baseURI).toString();

interface Download {
  label: string;
  kind: string;
  params: Record<string, string | number>;
}

/** The exports that match what the view shows. */
export function downloadsOf(state: State): Download[] {
  const year = state.year;
  switch (state.view) {
    case 'province':
      return [
        { label: '地市排名', kind: 'rankings', params: { level: 'CITY', year, within: state.province, metric: 'EXECUTION_RATE' } },
        { label: '县级排名', kind: 'rankings', params: { level: 'COUNTY', year, within: state.province, metric: 'EXECUTION_RATE' } },
        { label: '项目', kind: 'projects', params: { region: state.province, year, orderBy: 'EXECUTION_RATE', direction: 'ASC' } },
        { label: '不一致项', kind: 'discrepancies', params: { region: state.province, year } },
      ];
    case 'region':
      if (state.org)
        return [
          { label: '项目', kind: 'projects', params: { organizationId: state.org, year, orderBy: 'EXECUTION_RATE', direction: 'ASC' } },
          { label: '指标', kind: 'indicators', params: { organizationId: state.org, year } },
        ];
      return [
        { label: '项目', kind: 'projects', params: { region: state.region, year, orderBy: 'EXECUTION_RATE', direction: 'ASC' } },
        { label: '指标', kind: 'indicators', params: { region: state.region, year } },
        { label: '下级地区', kind: 'rollups', params: { region: state.region, year } },
        { label: '不一致项', kind: 'discrepancies', params: { region: state.region, year } },
      ];
    case 'compare':
      return [{ label: '对比汇总', kind: 'rollups', params: { codes: state.codes.join(','), year } }];
  }
}

export function exportHref(download: Download, format: 'csv' | 'xlsx'): string {
  const query = new URLSearchParams(Object.entries({ ...download.params, format }).map(([k, v]) => [k, String(v)]));
  return `${EXPORT_URL}${download.kind}?${query.toString().replace(/%2C/g, ',')}`;
}

export function toolbar(state: State): HTMLElement {
  const copied = h('span', { class: 'copied', role: 'status' });
  const downloads = state.project ? [] : downloadsOf(state);
  return h(
    'div',
    { class: 'toolbar', id: 'toolbar' },
    downloads.map((d) => [
      h('a', { href: exportHref(d, 'xlsx'), download: '', 'data-export': d.kind, 'data-format': 'xlsx' }, `导出${d.label} Excel`),
      h('a', { href: exportHref(d, 'csv'), download: '', 'data-export': d.kind, 'data-format': 'csv' }, 'CSV'),
    ]),
    h(
      'button',
      {
        type: 'button',
        id: 'copy-link',
        onclick: async () => {
          // The whole state written out, also where the page was opened on the defaults.
          const url = new URL(link({}), window.location.href).toString();
          try {
            await navigator.clipboard.writeText(url);
            copied.textContent = '链接已复制';
          } catch {
            copied.textContent = `请手动复制：${url}`;
          }
          copied.dataset.url = url;
        },
      },
      '复制链接',
    ),
    h('button', { type: 'button', id: 'print', onclick: () => window.print() }, '打印'),
    copied,
  );
}

/** A search box: regions and organizations whose name contains what is typed. */
export function searchBox(): HTMLElement {
  const input = h('input', {
    type: 'search',
    id: 'search',
    placeholder: '搜索地区或单位',
    'aria-label': '搜索地区或单位',
    autocomplete: 'off',
  });
  const list = h('ul', { id: 'search-results', hidden: true });
  let asked = 0;
  const run = async () => {
    const query = input.value.trim();
    const mine = ++asked;
    if (!query) {
      list.hidden = true;
      return;
    }
    let data: SearchData;
    try {
      data = await graphql(SEARCH, { query, first: 8 });
    } catch (error) {
      if (mine !== asked) return;
      list.replaceChildren(h('li', { class: 'muted' }, `检索失败：${(error as Error).message}`));
      list.dataset.query = query;
      list.hidden = false;
      return;
    }
    if (mine !== asked) return;
    const items = [
      ...data.searchRegions.map((r) =>
        h(
          'li',
          null,
          h(
            'a',
            { href: link({ view: 'region', region: r.code, org: null, project: null }), 'data-code': r.code },
            r.name,
            h('span', { class: 'muted' }, ` ${r.parent?.name ?? ''} ${r.code}`),
          ),
        ),
      ),
      ...data.searchOrganizations.map((o) =>
        h(
          'li',
          null,
          h(
            'a',
            { href: link({ view: 'region', region: o.region.code, org: o.id, project: null }), 'data-org': o.id },
            o.name,
            h('span', { class: 'muted' }, ` ${o.region.name}`),
          ),
        ),
      ),
    ];
    list.replaceChildren(...(items.length ? items : [h('li', { class: 'muted' }, `没有名称含“${query}”的地区或单位`)]));
    // What the list answers (for tests too, like a view's data-state): an earlier query's list may
    // still show when the next is typed, with other entries at other places.
    list.dataset.query = query;
    list.hidden = false;
  };
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 200);
  });
  list.addEventListener('click', () => (list.hidden = true));
  return h('div', { class: 'search' }, input, list);
}
