import type { Dateline } from '../../domain/segment.js';

// "BEIJING, Nov. 9 (Xinhua) --", "MOSCOW (Reuters) -", "KYIV, Ukraine (AP) —", "WASHINGTON —",
// "OTTAWA/WASHINGTON, Oct 1 (Reuters) -" (a story filed from two places).
// The place must be upper case, so an ordinary sentence opening never matches; every
// quantifier is bounded so a long first line cannot make the expression backtrack.
const DATELINE =
  /^(\s*)([A-Z][A-Z'.\-]{1,30}(?:[ /][A-Z][A-Z'.\-]{1,30}){0,3})((?:, [A-Z][A-Za-z'.\-]{1,30}(?: [A-Z][A-Za-z'.\-]{1,30}){0,2})?)(?:,? ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}(?:, \d{4})?))?(?: ?\(([A-Za-z][A-Za-z .&\-]{0,30})\))? ?(?:--|—|–|-) ?/;

/**
 * Finds a dateline at the start of the text, or of the paragraph after a headline ("China slams US
 * over arms sale" on a line of its own, no full stop); its place and date become metadata, not sentence text.
 */
export function findDateline(text: string): Dateline | undefined {
  const at = datelineAt(text, 0);
  if (at) return at;
  // A headline is one or two short lines with no sentence-final punctuation.
  let offset = 0;
  for (let line = 0; line < 2; line++) {
    const newline = text.indexOf('\n', offset);
    if (newline < 0 || newline > 250) return undefined;
    const headline = text.slice(offset, newline).trim();
    if (headline !== '' && /[.!?:;"”]$/.test(headline)) return undefined;
    offset = newline + 1;
    while (text[offset] === '\n' || text[offset] === '\r') offset++;
    const found = datelineAt(text, offset);
    if (found) return found;
  }
  return undefined;
}

function datelineAt(text: string, offset: number): Dateline | undefined {
  const m = DATELINE.exec(text.slice(offset, offset + 200));
  if (!m) return undefined;
  const [whole, lead = '', place = '', region = '', dateText, agency] = m;
  // A dateline needs a place plus at least one of date, agency or a dash right after a short place.
  if (!dateText && !agency && place.length > 25) return undefined;
  return {
    start: offset + lead.length,
    end: offset + whole.length,
    rule: 'segment/dateline',
    place: (place + region).trim(),
    ...(dateText ? { dateText } : {}),
    ...(agency ? { agency } : {}),
  };
}
