/** Paste & code: code an article typed or pasted here, see its evidence, optionally store it. */
import { codeText } from '../api.js';
import { h, mount } from '../dom.js';
import { link } from '../router.js';
import { errorBox, loading } from './common.js';
import { documentHeader } from './document-header.js';
import { renderEvidence } from './evidence.js';

const SAMPLE = `GENEVA, March 14 (Parley Wire) -- Kenyan Foreign Minister Amina Odhiambo met her Ethiopian counterpart in Geneva on Thursday and the two sides signed an agreement to reopen border trade.
"We are ready to work with Addis Ababa on a lasting peace," Odhiambo told reporters after the talks.
Separately, Somali officials accused Ethiopia of violating its airspace, and police in Nairobi arrested twelve protesters outside parliament.`;

// The form keeps its contents across visits within the session.
let draft = { text: '', date: '', title: '', save: false };

/** Renders the paste-and-code screen. */
export function renderPaste(root: HTMLElement): void {
  const result = h('div', { class: 'paste-result', 'aria-live': 'polite' });
  const text = h('textarea', { name: 'text', rows: 8, required: true, spellcheck: 'false', placeholder: 'Paste an English news article here…', 'aria-label': 'Article text' }) as HTMLTextAreaElement;
  text.value = draft.text;
  const date = h('input', { type: 'date', name: 'date', value: draft.date || today() }) as HTMLInputElement;
  const title = h('input', { type: 'text', name: 'title', value: draft.title, placeholder: 'optional' }) as HTMLInputElement;
  const save = h('input', { type: 'checkbox', name: 'save', checked: draft.save }) as HTMLInputElement;
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Code it');
  const form = h('form', { class: 'paste-form' },
    h('h1', null, 'Paste & code'),
    h('p', { class: 'muted' }, 'The date anchors relative expressions such as “on Thursday”. Nothing leaves this machine.'),
    text,
    h('div', { class: 'row' },
      h('label', { class: 'field' }, h('span', null, 'Publication date'), date),
      h('label', { class: 'field grow' }, h('span', null, 'Title'), title),
      h('label', { class: 'check' }, save, ' Save to the database'),
      h('button', { type: 'button', onclick: () => { text.value = SAMPLE; date.value = '2024-03-15'; text.focus(); } }, 'Sample article'),
      submit,
      h('span', { class: 'muted kbd-hint' }, 'Ctrl+Enter')),
  );
  const run = async (): Promise<void> => {
    draft = { text: text.value, date: date.value, title: title.value, save: save.checked };
    if (!text.value.trim()) {
      mount(result, errorBox(new Error('Paste some text first.')));
      return;
    }
    submit.setAttribute('disabled', '');
    mount(result, loading('Coding'));
    try {
      const detail = await codeText(text.value, date.value, title.value, save.checked);
      mount(result,
        detail.saved && detail.id ? h('p', { class: 'saved' }, 'Saved as ', h('a', { href: link('doc', [detail.id]) }, detail.id), '.') : null,
        documentHeader({ ...detail, title: detail.title ?? (title.value || 'Pasted text') }),
        renderEvidence(detail));
    } catch (err) {
      mount(result, errorBox(err));
    } finally {
      submit.removeAttribute('disabled');
    }
  };
  form.addEventListener('submit', (ev) => { ev.preventDefault(); void run(); });
  text.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); void run(); } });
  mount(root, form, result);
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
