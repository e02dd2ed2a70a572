/** Title, date, source link and counts above an article. */
import type { DocumentDetail } from '../api-types.js';
import { h } from '../dom.js';

/** The heading block of a document or of pasted text. */
export function documentHeader(detail: DocumentDetail): HTMLElement {
  return h('header', { class: 'doc-header' },
    h('h1', null, detail.title ?? detail.id ?? 'Untitled'),
    h('p', { class: 'meta' },
      detail.date ? h('time', { datetime: detail.date }, detail.date) : 'no date',
      detail.id ? [' · ', h('code', null, detail.id)] : null,
      detail.url ? [' · ', h('a', { href: detail.url, rel: 'noreferrer noopener', target: '_blank' }, detail.url)] : null,
      ` · ${plural(detail.events.length, 'event')}, ${plural(detail.mentions.length, 'actor mention')}, ${plural(detail.quotes.length, 'quote')}, ${plural(detail.times.length, 'time expression')}`));
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
