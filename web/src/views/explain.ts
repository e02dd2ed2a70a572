/** Draws an explain trace: a list of steps when it is one, readable JSON otherwise. */
import { isRecord } from '../api.js';
import { h } from '../dom.js';

/** Renders whatever trace the server sent for an event. */
export function renderExplain(data: unknown): HTMLElement {
  const steps = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data['steps']) ? data['steps'] : null;
  const body = steps
    ? h('ol', { class: 'trace' }, steps.map((step: unknown) => {
      if (!isRecord(step)) return h('li', null, String(step));
      const { stage, rule, message, ...rest } = step;
      const extra = Object.keys(rest).length > 0 ? h('code', { class: 'muted' }, ` ${JSON.stringify(rest)}`) : null;
      return h('li', null,
        typeof stage === 'string' ? h('span', { class: 'stage' }, stage) : null,
        typeof rule === 'string' ? h('code', null, ` ${rule} `) : null,
        typeof message === 'string' ? message : null, extra);
    }))
    : h('pre', null, JSON.stringify(data, null, 2));
  return h('details', { class: 'trace-box', open: true }, h('summary', null, 'Explain trace'), body);
}
