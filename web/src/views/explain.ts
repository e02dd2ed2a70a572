/**
 * Draws an explain trace. Knows the events stage's steps (clause notes, patterns tried, events
 * made); other step shapes are shown as stage/rule/message, and a plain-text trace as preformatted text.
 */
import { isRecord } from '../api.js';
import { h } from '../dom.js';

/** Renders whatever trace the server sent for an event. */
export function renderExplain(data: unknown): HTMLElement {
  const steps = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data['steps']) ? data['steps'] : null;
  const text = isRecord(data) && typeof data['text'] === 'string' ? data['text'] : typeof data === 'string' ? data : null;
  const parts: HTMLElement[] = [];
  if (steps) {
    const tried = steps.filter((s) => isRecord(s) && s['kind'] === 'pattern' && s['matched'] !== true).length;
    parts.push(h('ol', { class: 'trace' }, steps
      .filter((s) => !(isRecord(s) && s['kind'] === 'pattern' && s['matched'] !== true))
      .map((step: unknown) => h('li', null, stepLine(step)))));
    if (tried > 0) parts.push(h('p', { class: 'muted trace-note' }, `${tried} other pattern${tried === 1 ? '' : 's'} for these verbs did not match.`));
  }
  if (text) parts.push(h('details', null, h('summary', null, 'Full trace (text)'), h('pre', null, text)));
  if (parts.length === 0) parts.push(h('pre', null, JSON.stringify(data, null, 2)));
  return h('details', { class: 'trace-box', open: true, 'data-testid': 'explain' }, h('summary', null, 'Explain trace'), parts);
}

function stepLine(step: unknown): (Node | string)[] {
  if (!isRecord(step)) return [String(step)];
  const str = (key: string): string => (typeof step[key] === 'string' ? (step[key] as string) : '');
  switch (step['kind']) {
    case 'clause':
      return [h('span', { class: 'stage' }, `clause ${String(step['clause'] ?? '')}`), ` “${str('verb')}”: ${str('note')}`];
    case 'pattern':
      return [h('span', { class: 'stage matched' }, 'pattern matched'), ' ', h('code', null, str('pattern')), step['code'] ? ` → ${String(step['code'])}` : ' (blocks coding)'];
    case 'event':
      return [h('span', { class: 'stage' }, 'event'), ` ${str('event')}`, str('note') ? h('span', { class: 'muted' }, ` via ${str('note')}`) : ''];
    default: {
      const { stage, rule, message, ...rest } = step;
      return [
        typeof stage === 'string' ? h('span', { class: 'stage' }, stage) : '',
        typeof rule === 'string' ? h('code', null, ` ${rule} `) : '',
        typeof message === 'string' ? message : '',
        Object.keys(rest).length > 0 ? h('code', { class: 'muted' }, ` ${JSON.stringify(rest)}`) : '',
      ];
    }
  }
}
