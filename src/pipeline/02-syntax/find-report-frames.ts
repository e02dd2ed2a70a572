import type { Token } from '../../domain/segment.js';
import type { Clause, ReportFrame } from '../../domain/syntax.js';
import type { MutablePhrase } from './chunk-noun-phrases.js';
import { QUOTE_CLOSE, QUOTE_OPEN } from './_words.js';

interface Span { start: number; end: number }

/** Character range inside the first pair of quotation marks in the token range, if any. */
function quotedRange(tokens: readonly Token[], from: number, to: number): Span | undefined {
  let open = -1;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (open < 0 && QUOTE_OPEN.has(t.text)) open = i;
    else if (open >= 0 && QUOTE_CLOSE.has(t.text)) {
      const a = tokens[open + 1];
      let lastIn = i - 1;
      while (lastIn > open && tokens[lastIn]?.pos === 'PUNCT' && (tokens[lastIn]?.text === ',' || tokens[lastIn]?.text === '.')) lastIn--;
      const b = tokens[lastIn];
      if (a && b && lastIn > open) return { start: a.start, end: b.end };
      open = -1;
    }
  }
  return undefined;
}

function rangeOf(tokens: readonly Token[], from: number, to: number): Span | undefined {
  // Trim punctuation at both ends so the content is the words themselves.
  let a = from;
  let b = to - 1;
  while (a <= b && tokens[a]?.pos === 'PUNCT') a++;
  while (b >= a && tokens[b]?.pos === 'PUNCT') b--;
  const first = tokens[a];
  const last = tokens[b];
  return first && last && a <= b ? { start: first.start, end: last.end } : undefined;
}

/**
 * Finds reporting frames: "X said (that) ...", "..., X said", "X quoted/cited Y as saying ...",
 * ", the ministry cited Lavrov", "according to X". The content range tells later stages which
 * clauses are reported and by whom.
 */
export function findReportFrames(
  tokens: readonly Token[],
  first: number,
  end: number,
  sentence: number,
  phrases: readonly MutablePhrase[],
  clauses: readonly Clause[],
  reportingVerbs: ReadonlySet<string>,
): ReportFrame[] {
  const frames: ReportFrame[] = [];
  // Built at the first reporting verb: most sentences have none.
  let byId: Map<number, Clause> | undefined;
  let phraseById: Map<number, MutablePhrase> | undefined;
  const handled = new Set<number>();
  for (const c of clauses) {
    if (handled.has(c.id) || !reportingVerbs.has(c.verb.lemma) || c.verb.negated) continue;
    byId ??= new Map(clauses.map((x) => [x.id, x]));
    phraseById ??= new Map(phrases.map((p) => [p.id, p]));
    const relays = c.verb.lemma === 'quote' || c.verb.lemma === 'cite';
    // "China called on ... and said it was ready": a coordinated reporting verb shares its subject.
    let subject = c.subject;
    for (let from = c.subjectFrom, hops = 0; subject === undefined && from !== undefined && hops < 4; hops++) {
      const governing = byId.get(from);
      subject = governing?.subject;
      from = governing?.subjectFrom;
    }
    let speaker = relays ? c.object : subject ?? c.object;
    const reporter = relays ? c.subject : undefined;
    let contentFrom: number;
    let contentTo: number;
    const complement = c.complement ? byId.get(c.complement.clause) : undefined;
    if (complement && (c.complement?.kind === 'that' || c.complement?.kind === 'as-saying')) {
      // Pre-posed: content runs from the complement to the end of the sentence.
      let inner = complement;
      if (c.complement.kind === 'as-saying') {
        handled.add(complement.id);
        const said = complement.complement ? byId.get(complement.complement.clause) : undefined;
        if (said) inner = said;
        else {
          // "quoted Qin as saying on Friday" after a direct quote: the content is before the frame.
          contentFrom = first;
          contentTo = (phraseById.get(reporter ?? speaker ?? -1)?.tokenStart ?? c.verb.tokenStart);
          const quoted = quotedRange(tokens, contentFrom, contentTo);
          const content = quoted ?? rangeOf(tokens, contentFrom, contentTo);
          if (content) push(content, quoted !== undefined);
          continue;
        }
      }
      const anchor = c.complement.kind === 'as-saying' ? complement : c;
      contentFrom = tokens[anchor.tokenEnd]?.lower === 'that' ? anchor.tokenEnd + 1 : Math.min(inner.tokenStart, anchor.tokenEnd);
      contentTo = end;
      // "... said the strike was a violation and called on mediators": what was said ends where a verb
      // of the speaker's own is joined on.
      let joined: Clause | undefined;
      for (const d of clauses) if (d.subjectFrom === c.id && d.rule === 'syntax/clause#coordinated-verb' && d.verb.tokenStart > contentFrom) { joined = d; break; }
      if (joined) {
        contentTo = joined.verb.tokenStart;
        while (contentTo > contentFrom && /^(and|but|,)$/.test(tokens[contentTo - 1]?.lower ?? '')) contentTo--;
      }
    } else if (tokens[c.tokenEnd]?.text === ':' && QUOTE_OPEN.has(tokens[c.tokenEnd + 1]?.text ?? '')) {
      // "Peskov told reporters: \"There are no plans.\"": the quotation after the colon.
      contentFrom = c.tokenEnd + 1;
      contentTo = end;
    } else {
      // Post-posed: "..., X said" or "\"...\", said X": the content is what comes before the frame.
      const frameStart = Math.min(c.verb.tokenStart, phraseById.get(c.subject ?? -1)?.tokenStart ?? c.verb.tokenStart);
      const opener = tokens[frameStart - 1];
      // A straight single quote after a comma closes a quotation ("... pay for it,' Netanyahu said").
      const closes = (k: number) => QUOTE_CLOSE.has(tokens[k]?.text ?? '') || (tokens[k]?.text === "'" && /^[,?!]$/.test(tokens[k - 1]?.text ?? ''));
      if (!opener || (opener.text !== ',' && !closes(frameStart - 1))) continue;
      let k = frameStart - 1;
      while (k >= first && (tokens[k]?.text === ',' || closes(k))) k--;
      if (k < first) continue;
      contentFrom = first;
      contentTo = k + 1;
      if (speaker === undefined && c.object !== undefined) speaker = c.object;
    }
    // Search for quotation marks up to the frame itself: the closing mark sits just before it.
    const quoted = QUOTE_OPEN.has(tokens[contentFrom]?.text ?? '')
      ? quotedRange(tokens, contentFrom, Math.max(contentTo, Math.min(c.verb.tokenStart, end)))
      : undefined;
    if (!quoted) {
      // Indirect speech ends where a quotation inside it begins ("... settlement \"if the West ...\"").
      for (let i = contentFrom + 1; i < contentTo; i++) if (QUOTE_OPEN.has(tokens[i]?.text ?? '')) { contentTo = i; break; }
    }
    const content = quoted ?? rangeOf(tokens, contentFrom, contentTo);
    if (content) push(content, quoted !== undefined);

    function push(content: Span, direct: boolean): void {
      const cue = tokens[c.verb.head];
      if (!cue) return;
      frames.push({
        sentence, start: c.start, end: c.end, contentStart: content.start, contentEnd: content.end, direct,
        cue: c.verb.head, rule: relays ? `syntax/report#${c.verb.lemma}-as-saying` : direct ? 'syntax/report#direct' : 'syntax/report#said',
        ...(speaker !== undefined ? { speaker } : {}),
        ...(reporter !== undefined ? { reporter } : {}),
      });
    }
  }
  // "according to X": the rest of the sentence is X's statement.
  for (let i = first; i < end - 2; i++) {
    if (tokens[i]?.lower !== 'according' || tokens[i + 1]?.lower !== 'to') continue;
    let source = phrases.find((p) => !p.inner && p.tokenStart === i + 2);
    if (!source) continue;
    // "according to a statement from his office": the statement speaks for whoever issued it.
    const link = tokens[source.tokenEnd]?.lower;
    if (link === 'from' || link === 'by' || link === 'of') {
      const issuer = phrases.find((p) => !p.inner && p.tokenStart === source!.tokenEnd + 1);
      if (issuer) source = issuer;
    }
    const atStart = i === first || tokens[i - 1]?.pos === 'PUNCT' && i - 1 === first;
    const content = atStart ? rangeOf(tokens, source.tokenEnd, end) : rangeOf(tokens, first, i);
    const cue = tokens[i]!;
    if (content) {
      frames.push({
        sentence, start: cue.start, end: tokens[source.tokenEnd - 1]?.end ?? cue.end, speaker: source.id,
        contentStart: content.start, contentEnd: content.end, direct: false, cue: i, rule: 'syntax/report#according-to',
      });
    }
  }
  return frames;
}
