/** A few DOM helpers: elements, tables, and the loading / empty / error states every view shows. */

type Child = Node | string | number | null | undefined | false | Child[];
type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;

/** Creates an element: h('a', { href: '#' }, 'text', child …). `on…` attributes add listeners. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export interface Column<Row> {
  /** Header text. */
  title: string;
  /** The cell's content. */
  cell: (row: Row) => Child;
  /** data-field of the cell, so that a figure can be found on the page. */
  field?: string;
  numeric?: boolean;
}

/** A table; each row gets data-key from `key`, each cell data-field from its column. */
export function table<Row>(columns: Column<Row>[], rows: Row[], key?: (row: Row) => string, rowClass?: (row: Row) => string): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      null,
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          columns.map((c) => h('th', { class: c.numeric ? 'num' : null }, c.title)),
        ),
      ),
      h(
        'tbody',
        null,
        rows.map((row) =>
          h(
            'tr',
            { 'data-key': key?.(row), class: rowClass?.(row) || null },
            columns.map((c) => h('td', { class: c.numeric ? 'num' : null, 'data-field': c.field }, c.cell(row))),
          ),
        ),
      ),
    ),
  );
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'card' }, h('h2', null, title), ...children);
}

/** A figure with its label (KPI card). */
export function stat(label: string, value: string, field: string, hint?: string): HTMLElement {
  return h(
    'div',
    { class: 'stat', 'data-field': field },
    h('div', { class: 'stat-label' }, label),
    h('div', { class: 'stat-value' }, value),
    hint ? h('div', { class: 'stat-hint' }, hint) : null,
  );
}

/** Replaces the content of the view and records its state on it (data-state), for tests too. */
export function setView(root: HTMLElement, state: 'loading' | 'ready' | 'empty' | 'error', ...children: Child[]): void {
  root.dataset.state = state;
  root.replaceChildren();
  append(root, children);
}

export function loading(root: HTMLElement, what = '数据'): void {
  setView(
    root,
    'loading',
    h('div', { class: 'state state-loading', role: 'status' }, h('span', { class: 'spinner' }), `正在加载${what}… (loading)`),
  );
}

export function emptyState(title: string, detail: Child): HTMLElement {
  return h('div', { class: 'state state-empty' }, h('div', { class: 'state-title' }, title), h('div', null, detail));
}

export function errorState(error: unknown, retry: () => void): HTMLElement {
  const message = error instanceof Error ? error.message : String(error);
  const detail = (error as { detail?: string }).detail;
  return h(
    'div',
    { class: 'state state-error', role: 'alert' },
    h('div', { class: 'state-title' }, '加载失败 (error)'),
    h('div', null, message),
    detail ? h('pre', null, detail) : null,
    h('button', { type: 'button', onclick: () => retry() }, '重试 (retry)'),
  );
}
