/** Network: actors as nodes, events between them as edges (width = count, colour = mean Goldstein). */
import cytoscape from 'cytoscape';
import { fetchNetwork } from '../api.js';
import { goldsteinColor, QUADS } from '../codes.js';
import { h, mount } from '../dom.js';
import { filterParams, readFilter } from '../filters.js';
import { go, link } from '../router.js';
import type { Route } from '../router.js';
import { errorBox, loading } from './common.js';

/** Renders the network for the route's event filter; returns a cleanup that destroys the graph. */
export async function renderNetwork(root: HTMLElement, route: Route): Promise<() => void> {
  const filter = readFilter(route.params);
  const level = route.params.get('level') === 'actor' ? 'actor' : 'country';
  const body = h('div', { class: 'network-body', 'aria-live': 'polite' });
  const form = h('form', { class: 'filters', 'aria-label': 'Network filter' },
    h('label', { class: 'field' }, h('span', null, 'From'), h('input', { type: 'date', name: 'from', value: filter.from ?? '' })),
    h('label', { class: 'field' }, h('span', null, 'To'), h('input', { type: 'date', name: 'to', value: filter.to ?? '' })),
    h('label', { class: 'field' }, h('span', null, 'Actor'), h('input', { name: 'actor', value: filter.actor ?? '', list: 'actor-codes', autocomplete: 'off' })),
    h('label', { class: 'field' }, h('span', null, 'Quad class'),
      h('select', { name: 'quad' }, h('option', { value: '' }, 'Any'), QUADS.map((q) => h('option', { value: String(q.quad), selected: filter.quad === String(q.quad) }, `${q.quad} ${q.name}`)))),
    h('label', { class: 'field' }, h('span', null, 'Nodes are'),
      h('select', { name: 'level' }, h('option', { value: 'country', selected: level === 'country' }, 'countries'), h('option', { value: 'actor', selected: level === 'actor' }, 'full actor codes'))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Apply')));
  const apply = (): void => {
    const params = new URLSearchParams();
    // Keep filters this form does not show (set on the events screen), override the ones it does.
    for (const [key, value] of filterParams(filter)) params.set(key, value);
    for (const [key, value] of new FormData(form)) {
      if (typeof value !== 'string') continue;
      if (value.trim() && !(key === 'level' && value === 'country')) params.set(key, value.trim());
      else params.delete(key);
    }
    go(link('network', [], params));
  };
  form.addEventListener('submit', (ev) => { ev.preventDefault(); apply(); });
  form.addEventListener('change', (ev) => { if (ev.target instanceof HTMLSelectElement || (ev.target as HTMLInputElement).type === 'date') apply(); });
  const others = Object.entries(filter).filter(([k]) => !['from', 'to', 'actor', 'quad'].includes(k));
  mount(root, h('h1', null, 'Network'), form,
    others.length > 0 ? h('p', { class: 'muted' }, `Also filtered by ${others.map(([k, v]) => `${k}=${v}`).join(', ')} (from the events screen).`) : null,
    body);
  mount(body, loading('Loading the network'));
  try {
    const graph = await fetchNetwork(filter, level);
    if (graph.nodes.length === 0) {
      mount(body, h('p', { class: 'empty' }, 'No events with both a source and a target match this filter.'));
      return () => undefined;
    }
    const maxCount = Math.max(...graph.edges.map((e) => e.count));
    const maxNode = Math.max(...graph.nodes.map((n) => n.count));
    const box = h('div', { class: 'cy', 'data-testid': 'network', role: 'img', 'aria-label': `Network of ${graph.nodes.length} actors and ${graph.edges.length} directed links` });
    const info = h('p', { class: 'cy-info muted' }, 'Click a node for its events, an edge for that pair’s events. Scroll to zoom, drag to move.');
    mount(body,
      h('p', { class: 'legend-line' }, `${graph.nodes.length} actors, ${graph.edges.length} directed links${graph.partial ? ' (from the first 5,000 events)' : ''}. Edge colour = mean Goldstein: `,
        [[6, '≥ 4'], [2, '0 to 4'], [-3, '−5 to 0'], [-8, '≤ −5']].map(([score, label]) => [h('span', { class: 'swatch', style: `background:${goldsteinColor(Number(score))}` }), ` ${label}  `]),
        '· width = number of events.'),
      box, info);
    const cy = cytoscape({
      container: box,
      elements: [
        ...graph.nodes.map((n) => ({ data: { id: n.id, label: `${n.label ?? n.id}`, count: n.count, size: 34 + 34 * Math.sqrt(n.count / maxNode) } })),
        ...graph.edges.map((e) => ({
          data: {
            id: `${e.source}>${e.target}`, source: e.source, target: e.target, count: e.count,
            mean: e.goldstein_sum / e.count, width: 1.5 + 7 * (e.count / maxCount), color: goldsteinColor(e.goldstein_sum / e.count),
          },
        })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#e8edf3', 'border-color': '#44546a', 'border-width': 1.5, 'font-size': 11, 'text-valign': 'center', 'text-halign': 'center', color: '#1b2633', 'font-weight': 600 } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.85, 'arrow-scale': 0.9 } },
        { selector: ':selected', style: { 'border-width': 3, 'border-color': '#111', 'line-style': 'dashed' } },
      ],
      // Strong repulsion and long ideal edges keep dense clusters (UKR, RUS, EU, TUR) readable at laptop sizes.
      layout: { name: 'cose', animate: false, nodeRepulsion: () => 60000, idealEdgeLength: () => 150, nodeOverlap: 40, componentSpacing: 90, gravity: 0.6, numIter: 2500, padding: 30, randomize: false },
    });
    cy.on('tap', 'node', (ev) => go(link('events', [], filterParams({ ...filter, actor: String(ev.target.id()) }))));
    cy.on('tap', 'edge', (ev) => {
      const d = ev.target.data() as { source: string; target: string };
      go(link('events', [], filterParams({ ...filter, source: d.source, target: d.target })));
    });
    cy.on('mouseover', 'edge', (ev) => {
      const d = ev.target.data() as { source: string; target: string; count: number; mean: number };
      info.textContent = `${d.source} → ${d.target}: ${d.count} events, mean Goldstein ${d.mean.toFixed(1)}. Click to list them.`;
    });
    cy.on('mouseover', 'node', (ev) => {
      info.textContent = `${String(ev.target.id())}: ${String(ev.target.data('count'))} events with a partner. Click to list them.`;
    });
    return () => cy.destroy();
  } catch (err) {
    mount(body, errorBox(err));
    return () => undefined;
  }
}
