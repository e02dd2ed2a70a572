/** The document screen: one stored article with its evidence (`#/doc/:id?event=...`). */
import { fetchDocument, fetchExplain } from '../api.js';
import { h, mount } from '../dom.js';
import { link } from '../router.js';
import type { Route } from '../router.js';
import { errorBox, loading } from './common.js';
import { documentHeader } from './document-header.js';
import { renderEvidence } from './evidence.js';

/** Renders the document named by the route. */
export async function renderDocument(root: HTMLElement, route: Route): Promise<void> {
  const id = route.args[0];
  if (!id) {
    mount(root, errorBox(new Error('No document id in the address.')));
    return;
  }
  mount(root, loading(`Loading document ${id}`));
  try {
    const detail = await fetchDocument(id);
    const evidence = renderEvidence(detail, {
      selected: route.params.get('event'),
      explain: fetchExplain,
      // Keep the selection in the address without re-rendering, so Back/links work.
      onSelect: (eventId) => history.replaceState(null, '', link('doc', [id], eventId ? new URLSearchParams({ event: eventId }) : undefined)),
    });
    mount(root, h('p', { class: 'back' }, h('a', { href: '#/events', onclick: (ev: Event) => { if (history.length > 1) { ev.preventDefault(); history.back(); } } }, '← Back')),
      documentHeader(detail), evidence);
  } catch (err) {
    mount(root, errorBox(err));
  }
}
