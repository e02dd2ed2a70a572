/** The events screen: filter form, quad counts, export links, sortable paged table. */
import type { EventRow } from '../api-types.js';
import { exportUrl, fetchEvents } from '../api.js';
import { CAMEO_ROOTS, PLOVER_TYPES, QUADS, cameoName, quadInfo } from '../codes.js';
import { h, mount } from '../dom.js';
import type { EventFilter } from '../filters.js';
import { filterParams, isEmptyFilter, readFilter } from '../filters.js';
import { go, link } from '../router.js';
import type { Route } from '../router.js';
import { actorChip, errorBox, formatDate, loading, quadBadge, triggerSnippet } from './common.js';

const PAGE_SIZES = [25, 50, 100, 200];

interface Column {
  readonly label: string;
  /** Sort keys the API accepts for this column, first click first (`-` = descending). */
  readonly sorts?: readonly string[];
  readonly className?: string;
}

// The API sorts by date, Goldstein (both ways) and CAMEO code (ascending); see EventSortParam.
const COLUMNS: readonly Column[] = [
  { label: 'Date', sorts: ['-date', 'date'], className: 'col-date' },
  { label: 'Source' },
  { label: 'Event', sorts: ['cameo'] },
  { label: 'Target' },
  { label: 'Goldstein', sorts: ['-goldstein', 'goldstein'], className: 'num' },
  { label: 'PLOVER' },
  { label: 'Evidence', className: 'col-evidence' },
];

/** Renders the events screen for the route's filter, page and sort. */
export async function renderEvents(root: HTMLElement, route: Route): Promise<void> {
  const filter = readFilter(route.params);
  const limit = clampInt(route.params.get('limit'), 50, 1, 500);
  const offset = clampInt(route.params.get('offset'), 0, 0, Number.MAX_SAFE_INTEGER);
  const sort = route.params.get('sort') ?? '-date';

  const results = h('div', { class: 'results', 'aria-live': 'polite' }, loading('Loading events'));
  mount(root, h('h1', { class: 'visually-hidden' }, 'Events'), filterForm(filter, sort, limit), results);

  const navigate = (next: EventFilter, extra: Record<string, string | number | undefined> = {}): void => {
    go(link('events', [], filterParams(next, { sort: sort === '-date' ? undefined : sort, limit: limit === 50 ? undefined : limit, ...extra })));
  };

  try {
    const [page, ...quadTotals] = await Promise.all([
      fetchEvents({ filter, limit, offset, sort }),
      ...QUADS.map((q) => fetchEvents({ filter: { ...filter, quad: String(q.quad) }, limit: 1, offset: 0 }).then((p) => p.total).catch(() => null)),
    ]);
    const summary = h('div', { class: 'summary' },
      h('p', { class: 'count', 'data-testid': 'event-count' }, h('strong', null, page.total.toLocaleString('en')), page.total === 1 ? ' event' : ' events', isEmptyFilter(filter) ? '' : page.total === 1 ? ' matches the filter' : ' match the filter'),
      h('div', { class: 'quad-chips', role: 'group', 'aria-label': 'Filter by quad class' },
        QUADS.map((q, i) => {
          const active = filter.quad === String(q.quad);
          const n = quadTotals[i];
          return h('button', {
            type: 'button', class: `quad-chip q${q.quad}${active ? ' active' : ''}`, 'aria-pressed': String(active),
            onclick: () => navigate({ ...filter, quad: active ? '' : String(q.quad) }),
          }, h('span', { class: 'swatch', style: `background:${q.color}` }), q.short, n === null || n === undefined ? '' : h('span', { class: 'n' }, String(n)));
        })),
      h('div', { class: 'summary-links' },
      h('a', { class: 'as-network', href: link('network', [], filterParams(filter)) }, 'Network of these events'),
      h('div', { class: 'exports' }, 'Export: ',
        h('a', { href: exportUrl(filter, 'csv'), download: 'parley-events.csv' }, 'CSV'), ' · ',
        h('a', { href: exportUrl(filter, 'jsonl'), download: 'parley-events.jsonl' }, 'JSONL'), ' · ',
        h('a', { href: exportUrl(filter, 'plover'), download: 'parley-events.plover.jsonl' }, 'PLOVER'), ' · ',
        h('a', { href: exportUrl(filter, 'gdelt'), download: 'parley-events.gdelt.tsv', title: 'One row per story (events reporting the same happening), as in GDELT' }, 'GDELT'))),
    );
    const sortHeader = (col: Column): HTMLElement => {
      if (!col.sorts) return h('th', { scope: 'col', class: col.className ?? null }, col.label);
      const at = col.sorts.indexOf(sort);
      const asc = at >= 0 && !sort.startsWith('-');
      const desc = at >= 0 && sort.startsWith('-');
      const next = col.sorts[(at + 1) % col.sorts.length] ?? sort;
      return h('th', { scope: 'col', class: col.className ?? null, 'aria-sort': asc ? 'ascending' : desc ? 'descending' : 'none' },
        h('button', { type: 'button', class: 'sort', onclick: () => go(link('events', [], filterParams(filter, { sort: next, limit: limit === 50 ? undefined : limit }))) },
          col.label, h('span', { class: 'arrow', 'aria-hidden': 'true' }, asc ? ' ▲' : desc ? ' ▼' : ' ↕')));
    };
    const table = page.items.length === 0
      ? h('p', { class: 'empty' }, 'No events match this filter.', isEmptyFilter(filter) ? ' The database is empty: run `npm start` to load the demo corpus, or code an article under “Paste & code”.' : '')
      : h('table', { class: 'events', 'data-testid': 'events-table' },
        h('thead', null, h('tr', null, COLUMNS.map(sortHeader))),
        h('tbody', null, page.items.map((e) => eventRow(e))));
    const pager = pagination(page.total, page.offset ?? offset, page.limit ?? limit, (o) => navigate(filter, { offset: o || undefined, sort: sort === '-date' ? undefined : sort, limit: limit === 50 ? undefined : limit }));
    mount(results, summary, table, pager);
  } catch (err) {
    mount(results, errorBox(err));
  }
}

function eventRow(e: EventRow): HTMLElement {
  const href = link('doc', [e.doc_id], new URLSearchParams({ event: e.event_id }));
  const q = quadInfo(e.quad);
  const row = h('tr', { tabindex: '0', class: 'event-row', 'data-event': e.event_id, title: 'Open the evidence (Enter)' },
    h('td', { class: 'col-date' }, formatDate(e.date, e.date_precision)),
    h('td', null, actorChip(e.source.code, e.source.text)),
    h('td', { class: 'col-event' },
      h('a', { href, class: 'code-link' }, quadBadge(e.quad), h('span', { class: 'cameo' }, e.cameo)),
      h('span', { class: 'cameo-name' }, e.cameo_name ?? cameoName(e.cameo))),
    h('td', null, e.target ? actorChip(e.target.code, e.target.text) : h('span', { class: 'muted' }, '—')),
    h('td', { class: 'num', style: `color:${q.color}` }, e.goldstein.toFixed(1)),
    h('td', { class: 'plover' }, e.plover.type),
    h('td', { class: 'col-evidence' }, triggerSnippet(e), e.doc_title ? h('div', { class: 'doc-title' }, e.doc_title) : null),
  );
  row.addEventListener('click', (ev) => {
    if ((ev.target as HTMLElement).closest('a')) return;
    go(href);
  });
  row.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') go(href);
    else if (ev.key === 'ArrowDown' || ev.key === 'j') { (row.nextElementSibling as HTMLElement | null)?.focus(); ev.preventDefault(); }
    else if (ev.key === 'ArrowUp' || ev.key === 'k') { (row.previousElementSibling as HTMLElement | null)?.focus(); ev.preventDefault(); }
  });
  return row;
}

function filterForm(filter: EventFilter, sort: string, limit: number): HTMLFormElement {
  const input = (name: keyof EventFilter, label: string, attrs: Record<string, string> = {}): HTMLElement =>
    h('label', { class: `field f-${name}` }, h('span', null, label), h('input', { name, value: filter[name] ?? '', ...attrs }));
  const select = (name: keyof EventFilter, label: string, options: readonly (readonly [string, string])[]): HTMLElement =>
    h('label', { class: `field f-${name}` }, h('span', null, label),
      h('select', { name }, h('option', { value: '' }, 'Any'),
        options.map(([value, text]) => h('option', { value, selected: filter[name] === value }, text))));
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter events' },
    input('from', 'From', { type: 'date' }),
    input('to', 'To', { type: 'date' }),
    input('actor', 'Actor (either side)', { placeholder: 'USA, CHNGOV…', list: 'actor-codes', autocomplete: 'off' }),
    input('source', 'Source', { placeholder: 'code', list: 'actor-codes', autocomplete: 'off' }),
    input('target', 'Target', { placeholder: 'code', list: 'actor-codes', autocomplete: 'off' }),
    select('root', 'CAMEO root', CAMEO_ROOTS.map(([code, name]) => [code, `${code} ${name}`])),
    input('cameo', 'CAMEO code', { placeholder: 'e.g. 042', inputmode: 'numeric', pattern: '[0-9]{2,4}' }),
    select('quad', 'Quad class', QUADS.map((q) => [String(q.quad), `${q.quad} ${q.name}`])),
    select('plover', 'PLOVER type', PLOVER_TYPES.map((t) => [t, t])),
    input('q', 'Text', { type: 'search', placeholder: 'words in the article  ( / )' }),
    h('label', { class: 'field f-limit' }, h('span', null, 'Per page'),
      h('select', { name: 'limit' }, PAGE_SIZES.map((n) => h('option', { value: String(n), selected: n === limit }, String(n))))),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, 'Apply'),
      h('button', { type: 'button', onclick: () => go(link('events')) }, 'Clear')),
  );
  const apply = (): void => {
    const data = new FormData(form);
    const params = new URLSearchParams();
    for (const [key, value] of data) if (typeof value === 'string' && value.trim() && !(key === 'limit' && value === '50')) params.set(key, value.trim());
    if (sort !== '-date') params.set('sort', sort);
    go(link('events', [], params));
  };
  form.addEventListener('submit', (ev) => { ev.preventDefault(); apply(); });
  // Selects and dates apply at once; text fields wait for Enter so typing does not refetch per key.
  form.addEventListener('change', (ev) => {
    const el = ev.target as HTMLInputElement | HTMLSelectElement;
    if (el instanceof HTMLSelectElement || el.type === 'date') apply();
  });
  return form;
}

function pagination(total: number, offset: number, limit: number, goTo: (offset: number) => void): HTMLElement {
  if (total <= limit && offset === 0) return h('nav', { class: 'pager', 'aria-label': 'Pages' });
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(total, offset + limit);
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    h('button', { type: 'button', disabled: offset <= 0, onclick: () => goTo(0) }, '« First'),
    h('button', { type: 'button', disabled: offset <= 0, onclick: () => goTo(Math.max(0, offset - limit)) }, '‹ Previous'),
    h('span', { class: 'range' }, `${first}–${last} of ${total} · page ${page} of ${pages}`),
    h('button', { type: 'button', disabled: last >= total, onclick: () => goTo(offset + limit) }, 'Next ›'),
    h('button', { type: 'button', disabled: last >= total, onclick: () => goTo((pages - 1) * limit) }, 'Last »'));
}

function clampInt(raw: string | null, fallback: number, min: number, max: number): number {
  const n = raw === null ? NaN : Number.parseInt(raw, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

