/** Small pieces several screens share: actor chips, quad badges, dates, snippets, errors. */
import type { EventRow } from '../api-types.js';
import { ApiError } from '../api.js';
import { quadInfo } from '../codes.js';
import { h } from '../dom.js';

/** An actor code with the words it was read from as its tooltip. */
export function actorChip(code: string, text?: string | null): HTMLElement {
  return h('span', { class: 'actor-chip', title: text ? `“${text}”` : null }, code);
}

/** A coloured square naming the quad class. */
export function quadBadge(quad: number): HTMLElement {
  const q = quadInfo(quad);
  return h('span', { class: `quad-badge q${quad}`, style: `background:${q.color}`, title: q.name, 'aria-label': q.name });
}

/** A date at its precision, or a dash. */
export function formatDate(date: string | null | undefined, precision?: string | null): string {
  if (!date) return '—';
  if (precision === 'month') return date.slice(0, 7);
  if (precision === 'year') return date.slice(0, 4);
  return date;
}

/** The event's evidence sentence, shortened around its trigger, with the trigger in bold. */
export function triggerSnippet(e: EventRow, radius = 90): HTMLElement {
  const text = e.evidence.text;
  const ts = Math.max(0, Math.min(text.length, e.trigger.start - e.evidence.start));
  const te = Math.max(ts, Math.min(text.length, e.trigger.end - e.evidence.start));
  const from = Math.max(0, ts - radius);
  const to = Math.min(text.length, te + radius);
  return h('span', { class: 'snippet' },
    from > 0 ? '…' : '', text.slice(from, ts), h('mark', { class: 'trig' }, text.slice(ts, te)), text.slice(te, to), to < text.length ? '…' : '');
}

/** A visible, polite "loading" line. */
export function loading(what: string): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, `${what}…`);
}

/** An error as a readable box (the API's message when it sent one). */
export function errorBox(err: unknown): HTMLElement {
  const message = err instanceof Error ? err.message : String(err);
  const code = err instanceof ApiError ? err.code : 'error';
  return h('div', { class: 'error', role: 'alert' }, h('strong', null, 'Could not load: '), message, h('span', { class: 'code' }, ` (${code})`));
}
