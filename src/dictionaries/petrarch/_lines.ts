import { possessiveApart } from '../actors/phrase-words.js';

/** A problem found while reading a dictionary file; the offending line is skipped and the rest loads. */
export interface DictionaryWarning {
  readonly file: string;
  /** 1-based line number, or 0 when the problem concerns the whole file. */
  readonly line: number;
  readonly message: string;
}

/** One line of content with its comments removed. */
export interface ContentLine {
  /** 1-based line number in the file. */
  readonly line: number;
  /** The line without comments; leading whitespace kept (actor code lines are indented), trailing removed. */
  readonly text: string;
}

/**
 * Cuts a `#` comment, except inside `[...]`: the validation dictionaries use `[###]` as a code,
 * while real comments follow a word directly as often as a blank (`[ELI]# IGOrulers.txt`, `NAME_# note`).
 */
function cutHashComment(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '#' && depth === 0) return text.slice(0, i);
  }
  return text;
}

/**
 * Splits a PETRARCH/TABARI dictionary into content lines: drops blank lines, `#` comments and
 * `<!-- ... -->` blocks (which may span lines; PETRARCH also treats any line starting `<!` as one).
 */
export function contentLines(text: string): ContentLine[] {
  const out: ContentLine[] = [];
  const raw = text.split(/\r\n|\n|\r/);
  let inBlock = false;
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i] ?? '';
    if (inBlock) {
      const end = line.indexOf('-->');
      if (end < 0) continue;
      inBlock = false;
      line = line.slice(end + 3);
    }
    // Inline and block comments; a line opening with `<!` without `<!--` (`<! -- ... -->`) counts too.
    for (;;) {
      const trimmed = line.trimStart();
      let open = line.indexOf('<!--');
      if (open < 0 && trimmed.startsWith('<!')) open = line.indexOf('<!');
      if (open < 0) break;
      const close = line.indexOf('-->', open + 2);
      if (close < 0) {
        line = line.slice(0, open);
        inBlock = true;
        break;
      }
      line = line.slice(0, open) + line.slice(close + 3);
    }
    line = cutHashComment(line).replace(/\s+$/, '');
    if (line.trim() === '') continue;
    out.push({ line: i + 1, text: line });
  }
  return out;
}

/** The file name without directories, used in pattern and entry ids (`CAMEO.2.0.txt:812`). */
export function baseName(origin: string): string {
  const parts = origin.split(/[\\/]/);
  return parts[parts.length - 1] || origin;
}

/**
 * Splits a dictionary phrase into lower-cased words: blanks and `_` both separate words (a trailing
 * `_`, TABARI's "whole word, not a stem" mark, disappears), and brackets and commas become words of
 * their own as a tokenizer would make them (`ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_`).
 */
export function phraseWords(phrase: string): string[] {
  const words: string[] = [];
  for (const piece of phrase.split(/[\s_]+/)) {
    if (piece === '') continue;
    let rest = piece.toLowerCase();
    const tail: string[] = [];
    while (rest.length > 1 && /^[("]/.test(rest)) {
      words.push(rest[0] as string);
      rest = rest.slice(1);
    }
    while (rest.length > 1 && /[)",]$/.test(rest)) {
      tail.unshift(rest[rest.length - 1] as string);
      rest = rest.slice(0, -1);
    }
    words.push(...possessiveApart(rest), ...tail);
  }
  return words;
}

/**
 * TABARI's connected and disconnected phrases: words joined by `_` must be adjacent in the text,
 * words written apart with a blank may have other words of the same phrase between them
 * ("ITHILEN TELEVISION" names "Ithilen state-run television"). One flag per gap between the
 * words `phraseWords` makes; undefined when every word is joined.
 */
export function phraseGaps(phrase: string): boolean[] | undefined {
  const gaps: boolean[] = [];
  let words = 0;
  for (const piece of phrase.trim().split(/\s+/)) {
    const n = phraseWords(piece).length;
    if (n === 0) continue;
    if (words > 0) gaps.push(true);
    for (let k = 1; k < n; k++) gaps.push(false);
    words += n;
  }
  return gaps.includes(true) ? gaps : undefined;
}
