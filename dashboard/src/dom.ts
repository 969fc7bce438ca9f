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

export type SortKey = number | string | null | undefined;

export interface Column<Row> {
  /** Header text. */
  title: string;
  /** The cell's content. */
  cell: (row: Row) => Child;
  /** data-field of the cell, so that a figure can be found on the page. */
  field?: string;
  numeric?: boolean;
  /** The value the column sorts by (null: always last); a column without one sorts by its text. */
  sort?: (row: Row) => SortKey;
  /** Not sortable (e.g. a long explanation). */
  unsorted?: boolean;
  /** A wide text column (reasons, notes). */
  wide?: boolean;
  /** Which column is sorted, when several share a field (one per region in a comparison); the field otherwise. */
  id?: string;
  /** Further attributes of the column's header and cells (e.g. data-region). */
  attributes?: Record<string, string>;
}

const columnId = <Row>(c: Column<Row>) => c.id ?? c.field;

export interface TableOptions<Row> {
  key?: (row: Row) => string;
  rowClass?: (row: Row) => string;
  /** data-field of the column sorted first, and the direction; otherwise the rows' own order. */
  sortBy?: string;
  descending?: boolean;
  /** id of the <table>. */
  id?: string;
  /** On a phone, each row becomes a card (label: value) sorted by a selector instead of the headers. */
  cards?: boolean;
}

function compareKeys(a: SortKey, b: SortKey, descending: boolean): number {
  const aNone = a === null || a === undefined || (typeof a === 'number' && !Number.isFinite(a));
  const bNone = b === null || b === undefined || (typeof b === 'number' && !Number.isFinite(b));
  // Nulls (a figure that cannot be computed) are last whichever the direction.
  if (aNone || bNone) return aNone === bNone ? 0 : aNone ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'zh-CN');
  return descending ? -order : order;
}

/**
 * A table; each row gets data-key from `key`, each cell data-field from its column. Every column
 * with a field sorts by a click on its header (again: the other direction), nulls last; the
 * header says which is sorted (aria-sort). Rows are stable: equal keys keep their order.
 */
export function table<Row>(
  columns: Column<Row>[],
  rows: Row[],
  key?: (row: Row) => string,
  rowClass?: (row: Row) => string,
  options: Omit<TableOptions<Row>, 'key' | 'rowClass'> = {},
): HTMLElement {
  let sortBy = options.sortBy;
  let descending = options.descending ?? false;
  const tbody = h('tbody');
  const headRow = h('tr');
  const sortValue = (column: Column<Row>) =>
    column.sort ??
    ((row: Row) => {
      const text = (h('td', null, column.cell(row)).textContent ?? '').trim();
      if (!column.numeric) return text;
      // A figure as written on the page (1,523.60 · 71.16%); "—" (cannot be computed) sorts last.
      const value = Number.parseFloat(text.replace(/,/g, ''));
      return Number.isFinite(value) ? value : null;
    });
  const draw = () => {
    const column = sortBy === undefined ? undefined : columns.find((c) => columnId(c) === sortBy);
    const ordered = rows.map((row, i) => ({ row, i }));
    if (column) {
      const value = sortValue(column);
      const keys = new Map(ordered.map(({ row, i }) => [i, value(row)]));
      ordered.sort((a, b) => compareKeys(keys.get(a.i), keys.get(b.i), descending) || a.i - b.i);
    }
    tbody.replaceChildren(
      ...ordered.map(({ row }) =>
        h(
          'tr',
          { 'data-key': key?.(row), class: rowClass?.(row) || null },
          columns.map((c) =>
            h(
              'td',
              {
                ...c.attributes,
                class: [c.numeric ? 'num' : '', c.wide ? 'wide' : ''].join(' ').trim() || null,
                'data-field': c.field,
                'data-label': c.title,
              },
              c.cell(row),
            ),
          ),
        ),
      ),
    );
    if (picker) picker.value = sortBy ? `${sortBy}:${descending ? 'desc' : 'asc'}` : '';
    headRow.replaceChildren(
      ...columns.map((c) => {
        const sortable = Boolean(c.field) && !c.unsorted;
        const state = sortable && columnId(c) === sortBy ? (descending ? 'descending' : 'ascending') : null;
        return h(
          'th',
          {
            ...c.attributes,
            class: [c.numeric ? 'num' : '', sortable ? 'sortable' : ''].join(' ').trim() || null,
            'data-field': c.field,
            'aria-sort': state,
            title: sortable ? '点击排序 (sort)' : null,
            onclick: sortable
              ? () => {
                  descending = columnId(c) === sortBy ? !descending : Boolean(c.numeric);
                  sortBy = columnId(c);
                  draw();
                }
              : null,
          },
          c.title,
          state ? h('span', { class: 'sort-mark' }, descending ? ' ▼' : ' ▲') : null,
        );
      }),
    );
  };
  // The cards' sort selector: every sortable column, each way.
  const picker = options.cards
    ? h(
        'select',
        {
          class: 'table-sort',
          id: options.id ? `${options.id}-sort` : null,
          'aria-label': '排序',
          onchange: (e: Event) => {
            const [field, direction] = (e.target as HTMLSelectElement).value.split(':');
            sortBy = field || undefined;
            descending = direction === 'desc';
            draw();
          },
        },
        h('option', { value: '' }, '原始顺序'),
        columns
          .filter((c) => c.field && !c.unsorted)
          .map((c) => [
            h('option', { value: `${columnId(c)}:asc` }, `${c.title} ↑`),
            h('option', { value: `${columnId(c)}:desc` }, `${c.title} ↓`),
          ]),
      )
    : null;
  draw();
  return h(
    'div',
    { class: options.cards ? 'table-wrap cards' : 'table-wrap' },
    picker ? h('label', { class: 'table-sort' }, '排序 ', picker) : null,
    h('table', { id: options.id }, h('thead', null, headRow), tbody),
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
