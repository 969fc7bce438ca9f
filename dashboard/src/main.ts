/**
 * The provincial dashboard: three views over the public GraphQL API, the state in the URL hash.
 */
import './styles.css';
import { graphql } from './api';
import { disposeCharts } from './charts';
import { buildContext, dataDefaults, yearOptions, type Context, type ViewModule } from './context';
import { errorState, h, loading, setView } from './dom';
import { STARTUP, type Startup } from './queries';
import { currentState, link, navigate, setDefaults, type State, type View } from './state';
import { searchBox, toolbar } from './tools';
import { compareView } from './views/compare';
import { provinceView } from './views/province';
import { regionView } from './views/region';

const VIEWS: Record<View, ViewModule> = { province: provinceView, region: regionView, compare: compareView };

const app = document.getElementById('app')!;
let context: Context | null = null;
let generation = 0;

function header(state: State, ctx: Context): HTMLElement {
  const tabs = (Object.keys(VIEWS) as View[]).map((view) =>
    h('a', { href: link({ view }), class: view === state.view ? 'tab active' : 'tab', 'data-view': view }, VIEWS[view].title),
  );
  const year = h(
    'select',
    {
      id: 'year',
      'aria-label': '年度',
      onchange: (e: Event) => navigate({ year: Number((e.target as HTMLSelectElement).value), org: null, project: null }),
    },
    yearOptions(ctx, state).map((y) => h('option', { value: y, selected: y === state.year }, `${y} 年`)),
  );
  return h(
    'header',
    null,
    h('div', { class: 'title' }, h('h1', null, '预算绩效自评看板'), h('span', { class: 'subtitle' }, 'Jixiao · provincial dashboard')),
    h('nav', null, tabs),
    h('div', { class: 'controls' }, h('label', null, '年度 ', year), VIEWS[state.view].controls(state, ctx), searchBox()),
  );
}

/** An error in place of the view, with a button that renders again. */
function showError(main: HTMLElement, error: unknown): void {
  setView(
    main,
    'error',
    errorState(error, () => void render()),
  );
}

async function render(): Promise<void> {
  const mine = ++generation;
  const current = () => mine === generation;
  disposeCharts();
  if (!context) {
    const main = h('main', { id: 'view' });
    app.replaceChildren(main);
    loading(main, '地区与年度');
    try {
      context = buildContext(await graphql(STARTUP));
      const defaults = dataDefaults(context);
      if (defaults) {
        const cities = context.regions.filter((r) => r.parentCode === defaults.province).map((r) => r.code);
        setDefaults(defaults.year, defaults.province, cities.slice(0, 2));
      }
    } catch (error) {
      if (current()) showError(main, error);
      return;
    }
    if (!current()) return;
  }
  const state = currentState();
  const view = VIEWS[state.view];
  document.title = `${view.title} · 预算绩效自评看板`;
  const main = h('main', { id: 'view', 'data-view': state.view });
  app.replaceChildren(
    header(state, context),
    h('div', { class: 'tools' }, toolbar(state)),
    main,
    h('footer', null, '数据来自本服务的公共 GraphQL API (POST /graphql) · 金额单位：万元 · 比率以百分比显示 · “—” 表示无法计算'),
  );
  loading(main);
  try {
    await view.render(main, state, context, current);
  } catch (error) {
    if (current()) showError(main, error);
  }
}

window.addEventListener('hashchange', () => void render());
void render();
