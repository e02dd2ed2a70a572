/** The documents screen: every stored article, newest first, each opening its evidence. */
import { fetchDocuments } from '../api.js';
import { h, mount } from '../dom.js';
import { link } from '../router.js';
import { errorBox, loading } from './common.js';

/** Renders the list of stored documents. */
export async function renderDocuments(root: HTMLElement): Promise<void> {
  mount(root, h('h1', null, 'Documents'), loading('Loading documents'));
  try {
    const page = await fetchDocuments(500);
    const items = [...page.items].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    mount(root, h('h1', null, 'Documents'),
      h('p', { class: 'count' }, h('strong', null, String(page.total)), ' documents'),
      items.length === 0 ? h('p', { class: 'empty' }, 'No documents yet.') :
        h('table', { class: 'documents', 'data-testid': 'documents-table' },
          h('thead', null, h('tr', null, h('th', null, 'Date'), h('th', null, 'Title'), h('th', { class: 'num' }, 'Events'), h('th', null, 'Id'))),
          h('tbody', null, items.map((d) => h('tr', null,
            h('td', { class: 'col-date' }, d.date ?? '—'),
            h('td', null, h('a', { href: link('doc', [d.id]) }, d.title ?? d.id)),
            h('td', { class: 'num' }, d.events === undefined ? '' : String(d.events)),
            h('td', null, h('code', null, d.id)))))));
  } catch (err) {
    mount(root, errorBox(err));
  }
}
