/** Entry point: the page shell (header, navigation, actor list) and the hash router. */
import './styles.css';
import { fetchActors } from './api.js';
import { h, mount } from './dom.js';
import { parseHash } from './router.js';
import { renderDocument } from './views/document.js';
import { renderDocuments } from './views/documents.js';
import { renderDyad } from './views/dyad.js';
import { renderEvents } from './views/events.js';
import { renderNetwork } from './views/network.js';
import { renderPaste } from './views/paste.js';

const NAV: readonly (readonly [string, string, string])[] = [
  ['events', 'Events', 'e'],
  ['documents', 'Documents', 'd'],
  ['dyad', 'Dyad trend', 't'],
  ['network', 'Network', 'n'],
  ['code', 'Paste & code', 'p'],
];

const nav = h('nav', { class: 'main-nav', 'aria-label': 'Screens' },
  NAV.map(([name, label, key]) => h('a', { href: `#/${name}`, 'data-route': name, 'aria-keyshortcuts': `g ${key}` }, label)));
const main = h('main', { id: 'main', tabindex: '-1' });
const actors = h('datalist', { id: 'actor-codes' });
mount(document.body,
  h('a', { class: 'skip', href: '#main', onclick: (ev: Event) => { ev.preventDefault(); main.focus(); } }, 'Skip to content'),
  h('header', { class: 'top' }, h('a', { class: 'brand', href: '#/events' }, 'Parley'), h('span', { class: 'tagline' }, 'who did what to whom — with the words to prove it'), nav),
  main, actors,
  h('footer', { class: 'foot muted' }, 'Keys: / search · g e events · g d documents · g t dyad · g n network · g p paste · j/k move in tables · Enter open'));

let cleanup: (() => void) | undefined;
let renderToken = 0;

async function route(): Promise<void> {
  const hash = location.hash;
  const r = parseHash(hash);
  const token = ++renderToken;
  // Tests (and screen readers' live regions) can tell a finished screen from a stale one.
  delete main.dataset['ready'];
  cleanup?.();
  cleanup = undefined;
  const active = r.name === 'doc' ? 'documents' : r.name;
  for (const a of nav.querySelectorAll('a')) a.toggleAttribute('aria-current', a.dataset['route'] === active);
  document.title = `Parley · ${NAV.find(([n]) => n === active)?.[1] ?? 'Document'}`;
  main.dataset['screen'] = r.name;
  let done: (() => void) | void;
  switch (r.name) {
    case 'doc': done = await renderDocument(main, r); break;
    case 'documents': done = await renderDocuments(main); break;
    case 'dyad': done = await renderDyad(main, r); break;
    case 'network': done = await renderNetwork(main, r); break;
    case 'code': done = renderPaste(main); break;
    default: done = await renderEvents(main, r);
  }
  if (token !== renderToken) done?.();
  else if (done) cleanup = done;
  if (token === renderToken) {
    main.dataset['hash'] = hash;
    main.dataset['ready'] = 'true';
  }
}

// "g" then a letter jumps between screens; "/" focuses the first search box.
let pendingG = false;
document.addEventListener('keydown', (ev) => {
  const t = ev.target as HTMLElement;
  if (ev.ctrlKey || ev.metaKey || ev.altKey || t.closest('input, textarea, select, [contenteditable]')) return;
  if (ev.key === '/') {
    const box = main.querySelector<HTMLElement>('input[type=search]') ?? main.querySelector<HTMLElement>('input:not([type=hidden]), textarea');
    if (box) { ev.preventDefault(); box.focus(); }
    return;
  }
  if (pendingG) {
    pendingG = false;
    const target = NAV.find(([, , key]) => key === ev.key);
    if (target) location.hash = `#/${target[0]}`;
    return;
  }
  if (ev.key === 'g') pendingG = true;
});

window.addEventListener('hashchange', () => { void route(); });
void route();
fetchActors()
  .then((list) => mount(actors, list.slice(0, 500).map((a) => h('option', { value: a.code }, a.name ? `${a.name} (${a.count})` : `${a.count} events`))))
  .catch(() => { /* pickers still accept typed codes */ });
