/**
 * The evidence renderer: an article with every actor mention, trigger, time expression and quote
 * highlighted at its character spans, one row per sentence with that sentence's events beside it,
 * and a "why this code" panel for the selected event. Used for stored documents and pasted text.
 */
import type { DocumentDetail, EntityRecord, EventRow, Span } from '../api-types.js';
import { cameoName, quadInfo, rootName } from '../codes.js';
import { h, mount } from '../dom.js';
import type { Mark } from '../highlight.js';
import { splitIntoPieces } from '../highlight.js';
import { link } from '../router.js';
import { actorChip, formatDate, quadBadge } from './common.js';
import { renderExplain } from './explain.js';

export interface EvidenceOptions {
  /** Event to select and scroll to on first render. */
  readonly selected?: string | null;
  /** Called when the selection changes (the document screen keeps it in the URL). */
  readonly onSelect?: (eventId: string | null) => void;
  /** Loads an explain trace for an event, when the server has one. */
  readonly explain?: (eventId: string) => Promise<unknown>;
}

interface Row extends Span {
  readonly index: number | null;
  readonly paragraph: boolean;
}

const LEGEND: readonly (readonly [string, string])[] = [
  ['actor', 'Actor mention'],
  ['trigger', 'Event trigger'],
  ['time', 'Time expression'],
  ['quote', 'Quoted / reported words'],
  ['cue', 'Speech cue'],
];

/** Renders a document's evidence view; returns the root element. */
export function renderEvidence(detail: DocumentDetail, options: EvidenceOptions = {}): HTMLElement {
  const root = h('div', { class: 'evidence', 'data-testid': 'evidence' });
  let selected = options.selected && detail.events.some((e) => e.event_id === options.selected) ? options.selected : null;

  const draw = (scroll: boolean): void => {
    const rows = sentenceRows(detail);
    const byRow = new Map<Row, EventRow[]>();
    for (const e of detail.events) {
      const row = rows.find((r) => e.trigger.start >= r.start && e.trigger.start < r.end) ?? rows.find((r) => r.index === e.sentence) ?? rows[rows.length - 1];
      if (!row) continue;
      byRow.set(row, [...(byRow.get(row) ?? []), e]);
    }
    const marks = collectMarks(detail);
    const sel = detail.events.find((e) => e.event_id === selected) ?? null;
    const select = (id: string | null): void => {
      selected = selected === id ? null : id;
      options.onSelect?.(selected);
      draw(false);
    };
    mount(root,
      legend(detail),
      h('div', { class: 'evidence-grid' },
        h('div', { class: 'grid-head' }, h('span', null, 'Article'), h('span', null, 'Events in the sentence')),
        rows.map((row) => h('div', { class: `sentence-row${row.paragraph ? ' para' : ''}${sel && byRow.get(row)?.includes(sel) ? ' has-selected' : ''}` },
          h('p', { class: 'sentence', 'data-sentence': row.index ?? '' }, highlighted(detail.text, marks, row, sel, select)),
          h('div', { class: 'sentence-events' }, (byRow.get(row) ?? []).map((e) => eventCard(e, detail, e === sel, select, options.explain)))))),
      quoteList(detail),
    );
    if (scroll && sel) queueMicrotask(() => root.querySelector('.event-card.selected')?.scrollIntoView({ block: 'center' }));
  };
  draw(true);
  return root;
}

/** Rows covering the whole text: the API's sentences, with any uncovered text (a dateline) as its own row. */
function sentenceRows(detail: DocumentDetail): Row[] {
  const text = detail.text;
  const spans: { index: number | null; start: number; end: number }[] = [...detail.sentences]
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ index: s.index, start: s.start, end: s.end }));
  if (spans.length === 0) {
    // No sentence spans from the server: fall back to paragraphs.
    const re = /[^\n]+/g;
    for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ index: null, start: m.index, end: m.index + m[0].length });
  }
  const rows: Row[] = [];
  let pos = 0;
  const push = (index: number | null, start: number, end: number): void => {
    const gap = text.slice(pos, start);
    rows.push({ index, start, end, paragraph: rows.length > 0 && gap.includes('\n') });
    pos = end;
  };
  for (const s of spans) {
    if (s.start < pos) continue;
    if (text.slice(pos, s.start).trim()) push(null, pos + leading(text.slice(pos, s.start)), s.start);
    push(s.index, s.start, s.end);
  }
  if (text.slice(pos).trim()) push(null, pos + leading(text.slice(pos)), text.length);
  return rows;
}

function leading(s: string): number {
  return s.length - s.trimStart().length;
}

function collectMarks(detail: DocumentDetail): Mark[] {
  const marks: Mark[] = [];
  if (detail.dateline) marks.push({ kind: 'dateline', start: detail.dateline.start, end: detail.dateline.end, ref: 'dateline', label: 'Dateline (not coded)' });
  for (const m of detail.mentions) marks.push({ kind: 'actor', start: m.start, end: m.end, ref: m.code, label: `${m.code}${m.name ? ` · ${m.name}` : ''} (${m.resolution})` });
  for (const t of detail.times) marks.push({ kind: 'time', start: t.start, end: t.end, ref: t.value ?? '', label: `Time: ${t.value ?? '?'}${t.precision ? ` (${t.precision})` : ''}` });
  for (const q of detail.quotes) {
    const who = q.speaker?.name ?? q.speaker?.code ?? q.speaker?.text ?? 'unknown speaker';
    marks.push({ kind: 'quote', start: q.content.start, end: q.content.end, ref: q.quote_id, label: `${q.quote_kind} quote · ${who}` });
    marks.push({ kind: 'cue', start: q.cue.start, end: q.cue.end, ref: q.quote_id, label: `Speech cue of ${who}` });
  }
  for (const e of detail.events) marks.push({ kind: 'trigger', start: e.trigger.start, end: e.trigger.end, ref: e.event_id, label: `${e.cameo} ${e.cameo_name ?? cameoName(e.cameo)}` });
  return marks;
}

function highlighted(text: string, marks: readonly Mark[], row: Row, sel: EventRow | null, select: (id: string) => void): Node[] {
  const within = (span: Span | null | undefined, s: number, e: number): boolean => !!span && span.start <= s && span.end >= e;
  return splitIntoPieces(text, marks, row.start, row.end).map((piece) => {
    const classes = [...new Set(piece.marks.map((m) => `m-${m.kind}`))];
    if (sel) {
      if (within(sel.source, piece.start, piece.end)) classes.push('sel-source');
      if (within(sel.target, piece.start, piece.end)) classes.push('sel-target');
      if (within(sel.trigger, piece.start, piece.end)) classes.push('sel-trigger');
    }
    if (classes.length === 0) return document.createTextNode(piece.text);
    const trigger = piece.marks.find((m) => m.kind === 'trigger');
    const el = h('span', { class: classes.join(' '), title: piece.marks.map((m) => m.label).join('\n') }, piece.text);
    if (trigger) {
      el.setAttribute('role', 'button');
      el.setAttribute('tabindex', '0');
      el.addEventListener('click', () => select(trigger.ref));
      el.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(trigger.ref); } });
    }
    return el;
  });
}

function legend(detail: DocumentDetail): HTMLElement {
  const counts: Record<string, number> = {
    actor: detail.mentions.length, trigger: detail.events.length, time: detail.times.length,
    quote: detail.quotes.length, cue: detail.quotes.length,
  };
  return h('ul', { class: 'legend', 'aria-label': 'Highlight legend' },
    LEGEND.map(([kind, label]) => h('li', null, h('span', { class: `m-${kind} sample` }, 'Abc'), ` ${label}`, h('span', { class: 'n' }, ` ${counts[kind] ?? 0}`))),
    h('li', { class: 'hint' }, 'Hover for details · click a trigger or an event for why it was coded'));
}

function eventCard(e: EventRow, detail: DocumentDetail, isSelected: boolean, select: (id: string) => void, explain?: (id: string) => Promise<unknown>): HTMLElement {
  const q = quadInfo(e.quad);
  const card = h('div', { class: `event-card${isSelected ? ' selected' : ''}`, style: `border-left-color:${q.color}`, 'data-event': e.event_id },
    h('button', { type: 'button', class: 'card-head', 'aria-expanded': String(isSelected), onclick: () => select(e.event_id) },
      h('span', { class: 'line1' }, quadBadge(e.quad), h('strong', { class: 'cameo' }, e.cameo), ' ', h('span', { class: 'cameo-name' }, e.cameo_name ?? cameoName(e.cameo))),
      h('span', { class: 'line2' }, actorChip(e.source.code, e.source.text), h('span', { class: 'arrow' }, ' → '), e.target ? actorChip(e.target.code, e.target.text) : h('span', { class: 'muted' }, '(no target)'),
        h('span', { class: 'gs', style: `color:${q.color}` }, ` ${e.goldstein > 0 ? '+' : ''}${e.goldstein.toFixed(1)}`))),
    isSelected ? whyPanel(e, detail, explain) : null);
  return card;
}

function whyPanel(e: EventRow, detail: DocumentDetail, explain?: (id: string) => Promise<unknown>): HTMLElement {
  const mentionAt = (span: Span | null): EntityRecord | undefined =>
    span ? detail.mentions.find((m) => m.start <= span.start && m.end >= span.end) ?? detail.mentions.find((m) => m.start < span.end && m.end > span.start) : undefined;
  const actorLine = (label: string, a: EventRow['source'] | null): HTMLElement[] => {
    const dt = h('dt', null, h('span', { class: `key-${label.toLowerCase()}` }, label));
    if (!a) return [dt, h('dd', { class: 'muted' }, 'none (an event without a target)')];
    const m = mentionAt(a);
    return [dt, h('dd', null, h('code', null, a.code), ' from “', h('span', { class: 'quoted' }, a.text), '”',
      m ? h('span', { class: 'muted' }, ` · ${m.resolution}${m.entry ? `, entry ${m.entry}` : ''}${m.rule ? `, rule ${m.rule}` : ''}`) : null)];
  };
  const time = detail.times.find((t) => (t.sentence === undefined || t.sentence === e.sentence) && t.value && e.date && e.date.startsWith(t.value));
  const panel = h('div', { class: 'why', 'data-testid': 'why' },
    h('h3', null, 'Why this code'),
    h('dl', null,
      h('dt', null, 'Rule'), h('dd', null, h('code', { class: 'rule' }, e.rule)),
      h('dt', null, 'Trigger'), h('dd', null, '“', h('span', { class: 'quoted' }, e.trigger.text), '”'),
      actorLine('Source', e.source),
      actorLine('Target', e.target),
      e.reported_by ? [h('dt', null, 'Reported by'), h('dd', null, h('code', null, e.reported_by.code), ` “${e.reported_by.text}”`)] : null,
      h('dt', null, 'CAMEO'), h('dd', null, `${e.cameo} ${e.cameo_name ?? cameoName(e.cameo)} · root ${e.root} ${rootName(e.root)} · ${quadInfo(e.quad).name} · Goldstein ${e.goldstein}`),
      h('dt', null, 'PLOVER'), h('dd', null, [e.plover.type, e.plover.mode, e.plover.context].filter(Boolean).join(' / ')),
      h('dt', null, 'Date'), h('dd', null, formatDate(e.date, e.date_precision), e.date_precision ? ` (${e.date_precision})` : '',
        time ? h('span', { class: 'muted' }, ` from “${time.text ?? ''}”`) : e.date ? h('span', { class: 'muted' }, ' from the document date') : null),
    ),
    h('p', { class: 'why-links' },
      h('a', { href: link('events', [], new URLSearchParams({ source: e.source.code, ...(e.target ? { target: e.target.code } : {}) })) }, 'Events with this source and target'),
      e.target ? [' · ', h('a', { href: link('dyad', [], new URLSearchParams({ a: e.source.code.slice(0, 3), b: e.target.code.slice(0, 3) })) }, 'Dyad trend')] : null),
  );
  const trace = h('div', { class: 'explain' });
  panel.appendChild(trace);
  if (e.explain !== undefined && e.explain !== null) mount(trace, renderExplain(e.explain));
  else if (explain) {
    explain(e.event_id).then((data) => { if (data !== null && data !== undefined) mount(trace, renderExplain(data)); }).catch(() => { /* no trace on this server */ });
  }
  return panel;
}

function quoteList(detail: DocumentDetail): HTMLElement | null {
  if (detail.quotes.length === 0) return null;
  return h('section', { class: 'quotes' },
    h('h2', null, `Who said what (${detail.quotes.length})`),
    h('ul', null, detail.quotes.map((q) => h('li', null,
      h('span', { class: 'speaker' }, q.speaker ? [q.speaker.name ?? q.speaker.text, q.speaker.code ? h('code', null, ` ${q.speaker.code}`) : null] : 'unknown speaker'),
      q.reported_by ? h('span', { class: 'muted' }, ` via ${q.reported_by.name ?? q.reported_by.text}`) : null,
      h('span', { class: 'muted' }, ` · ${q.quote_kind}: `),
      h('q', null, q.content.text)))));
}
