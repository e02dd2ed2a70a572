import type { Token } from '../../domain/segment.js';
import type { PatternElement, VerbLexicon, VerbPattern } from '../../domain/verb-lexicon.js';

/**
 * A pattern as the index offers it, with what matching asks of it for every clause of its verb
 * worked out once: this is read for each candidate pattern of each clause.
 */
export interface IndexedPattern {
  readonly pattern: VerbPattern;
  /** Its codes are final as written (see `VerbLexicon.literal`). */
  readonly literal: boolean;
  /** Numbers of the words it needs, one of each (see Requirements, PresentWords). */
  readonly requirements: readonly number[];
  /** Equal for patterns ranked as equally specific (the sort's keys in one number). */
  readonly rank: number;
  /** An element's alternatives differ in length, so it can match more words than its rank counts. */
  readonly stretches: boolean;
  /** Every word of its words elements. */
  readonly words: ReadonlySet<string>;
}

/** Patterns grouped by the verb's first word, most specific first, so a clause looks at only its verb's patterns. */
export class PatternIndex {
  private readonly byVerb = new Map<string, IndexedPattern[]>();
  private readonly forms = new Map<string, string>();
  private readonly literal = new Set<VerbPattern>();
  /** What words each pattern needs, for PresentWords. */
  readonly requirements = new Requirements();
  readonly size: number;

  constructor(lexicons: readonly VerbLexicon[]) {
    let size = 0;
    const byVerb = new Map<string, VerbPattern[]>();
    // Later lexicons come first within a verb, so user dictionaries win ties over built-ins.
    for (const lexicon of [...lexicons].reverse()) {
      for (const p of lexicon.patterns) {
        const key = p.verb[0];
        if (!key) continue;
        const list = byVerb.get(key) ?? [];
        list.push(p);
        byVerb.set(key, list);
        if (lexicon.literal) this.literal.add(p);
        size++;
      }
      for (const [form, lemma] of lexicon.forms ?? []) if (!this.forms.has(form)) this.forms.set(form, lemma);
    }
    // Most specific first: more words and slots in all (as TABARI ranks patterns), then more elements,
    // then more words, then a blocking pattern, then load order (a stable sort keeps it). dictionaries/lexicon/README.md states the same rule for lexicon authors.
    const indexed = new Map<VerbPattern, IndexedPattern>();
    for (const [key, list] of byVerb) {
      list.sort((a, b) => wordCount(b) + slotCount(b) - wordCount(a) - slotCount(a) || elementCount(b) - elementCount(a) || wordCount(b) - wordCount(a) || Number(b.code === null) - Number(a.code === null));
      this.byVerb.set(key, list.map((p) => {
        let entry = indexed.get(p);
        if (!entry) indexed.set(p, entry = this.indexed(p));
        return entry;
      }));
    }
    this.size = size;
  }

  private indexed(p: VerbPattern): IndexedPattern {
    const elements = [...p.before, ...p.after];
    const stretches = elements.some((e) => e.kind === 'words' && e.alternatives.some((a) => a.length !== e.alternatives[0]!.length));
    const words = new Set<string>(elements.flatMap((e) => (e.kind === 'words' ? e.alternatives.flat() : [])));
    // The sort's keys, each well under 1024 (a pattern has a handful of elements).
    const rank = (((wordCount(p) + slotCount(p)) * 1024 + elementCount(p)) * 1024 + wordCount(p)) * 2 + Number(p.code === null);
    return { pattern: p, literal: this.literal.has(p), requirements: this.requirements.idsFor(p), rank, stretches, words };
  }

  /** True for patterns whose codes are final as written (see `VerbLexicon.literal`). */
  isLiteral(pattern: VerbPattern): boolean {
    return this.literal.has(pattern);
  }

  /**
   * Patterns for a verb token. A dictionary that lists the surface form as a verb of its own
   * (PETRARCH's "LEFT [032:033]" beside "LEAVE [012]") is the more specific, so it comes first.
   */
  candidates(token: Token, groupLemma?: string): readonly IndexedPattern[] {
    const surface = token.lower !== token.lemma ? this.byVerb.get(token.lower) : undefined;
    // The verb group's lemma differs where the syntax stage read a tagger's noun as a verb ("shot" -> shoot).
    const grouped = groupLemma !== undefined && groupLemma !== token.lemma ? this.byVerb.get(groupLemma) : undefined;
    const lemma = this.byVerb.get(token.lemma) ?? grouped ?? this.byVerb.get(this.forms.get(token.lower) ?? '') ?? this.pastStem(token);
    if (surface && lemma) return [...surface, ...lemma];
    return surface ?? lemma ?? [];
  }

  /**
   * A past form or gerund the tagger left unlemmatized (it read "rescued", "meeting" as nouns): the
   * patterns of the first stem the lexicon knows, trying "rescued" -> rescue, "attacked" -> attack,
   * "stopped" -> stop, "tried" -> try, "meeting" -> meet, "making" -> make.
   */
  private pastStem(token: Token): IndexedPattern[] | undefined {
    const w = token.lower;
    if (token.lemma !== w || w.length < 5) return undefined;
    const stems = w.endsWith('ed') ? [w.slice(0, -1), w.slice(0, -2), w.slice(0, -3), w.slice(0, -3) + 'y']
      : w.endsWith('ing') ? [w.slice(0, -3), w.slice(0, -3) + 'e', w.slice(0, -4)] : [];
    for (const stem of stems) {
      const found = this.byVerb.get(stem);
      if (found) return found;
    }
    return undefined;
  }
}

/** Whether two patterns rank as equally specific, so which of them fits better is told by what they match. */
export function sameRank(a: IndexedPattern, b: IndexedPattern): boolean {
  return a.rank === b.rank;
}

/** Whether a token's form or lemma is one of the pattern's words. */
export function patternHasWord(p: IndexedPattern, t: Token): boolean {
  return p.words.has(t.lower) || p.words.has(t.lemma);
}

/**
 * Whether a pattern could take in another's match and more: it has a longer alternative, and every
 * word the other matched is among its own.
 */
export function canTakeIn(p: IndexedPattern, matched: readonly Token[]): boolean {
  // A match made by the verb's own words ("shoot_down") holds none of the pattern words.
  if (matched.length === 0) return p.words.size > 0;
  if (!p.stretches) return false;
  for (const t of matched) if (!p.words.has(t.lower) && !p.words.has(t.lemma)) return false;
  return true;
}

function elementCount(p: VerbPattern): number {
  return p.verb.length - 1 + p.before.length + p.after.length;
}

function slotCount(p: VerbPattern): number {
  let n = 0;
  for (const e of p.before) if (e.kind !== 'words') n++;
  for (const e of p.after) if (e.kind !== 'words') n++;
  return n;
}

function wordCount(p: VerbPattern): number {
  let n = p.verb.length - 1;
  for (const e of [...p.before, ...p.after]) if (e.kind === 'words') n += Math.min(...e.alternatives.map((a) => a.length));
  return n;
}

/** What a pattern bound when it matched. */
export interface PatternMatch {
  readonly pattern: VerbPattern;
  /** Token index just past the last matched word (for the trigger span). */
  readonly lastToken: number;
  readonly target?: number;
  readonly source?: number;
  /** The pattern marks a coordinated actor whose members act on one another (PETRARCH `%`). */
  readonly compound?: boolean;
  /** Tokens the pattern's words matched ("fired *missiles*"): what they name is the act, not a party. */
  readonly wordTokens: readonly number[];
}

/** Prepositions opening phrases of place or time, past which a pattern's words are not sought. */
export const CIRCUMSTANCE_PREPS: ReadonlySet<string> = new Set(['near', 'amid', 'amidst', 'during', 'despite', 'after', 'before', 'following', 'since', 'until', 'throughout']);

/** Phrases that may fill a `+`/`$` slot: those with an actor, found by the token they start at. */
export interface SlotFinder {
  /**
   * `weak`: a role with no country yet, taken only when no actor proper is in reach ("supplying drones
   * to Russia"); `act`: an act named again ("the attack"), taken only as the verb's object.
   */
  phraseAt(token: number): { id: number; end: number; weak?: boolean; act?: boolean } | undefined;
  /** The clause's subject, which a source slot before the verb binds to (whole, even when coordinated). */
  readonly subject?: { readonly id: number; readonly start: number };
  /**
   * A passive clause's subject, as token range: the words a pattern expects after its verb may stand
   * there instead ("The Russian ambassador was summoned by ..." for "summon &DIPLOMAT").
   */
  readonly passiveSubject?: { readonly start: number; readonly end: number };
  /** The clause's direct object: a role there is the party acted on, whatever actors follow ("killed 30 militants near the Afghan border"). */
  readonly object?: number;
  /**
   * For the victims of an attack named by a phrase with no actor ("the crackdown on protesters"), the
   * attack noun's token: unless the pattern's own words name that attack, they are not its target
   * ("condemned the crackdown on protesters" criticises whoever cracked down).
   */
  victimOf?(phrase: number): number | undefined;
}

/**
 * First words of a words element's alternatives, or null when an alternative is empty (matches
 * anywhere). Built once per element: synsets compile into dozens of alternatives, and most tokens
 * start none of them, so one set lookup spares trying each alternative at each position.
 */
const firstWordsCache = new WeakMap<PatternElement, ReadonlySet<string> | null>();

function firstWordsOf(e: Extract<PatternElement, { kind: 'words' }>): ReadonlySet<string> | null {
  let first = firstWordsCache.get(e);
  if (first === undefined) {
    first = e.alternatives.some((a) => a.length === 0) ? null : new Set(e.alternatives.map((a) => a[0]!));
    firstWordsCache.set(e, first);
  }
  return first;
}

/**
 * The words one of which a match must find, for each requirement of a pattern: a verb's later word,
 * or the first words of one of its words elements (null when an alternative is empty: it needs none).
 */
function requiredWords(pattern: VerbPattern): (readonly string[])[] {
  const list: (readonly string[])[] = pattern.verb.slice(1).map((w) => [w]);
  for (const e of [...pattern.after, ...pattern.before]) {
    if (e.kind !== 'words') continue;
    const first = firstWordsOf(e);
    if (first !== null) list.push([...first]);
  }
  return list;
}

/**
 * Every pattern's requirements (see requiredWords), numbered once for the whole index, alike ones
 * (a synset many patterns share) under one number, and for each word the requirements it meets.
 * So a clause's words are looked up once per sentence (see PresentWords), not once per pattern.
 */
class Requirements {
  private readonly byWord = new Map<string, number[]>();
  private readonly idByWords = new Map<string, number>();

  /** Numbers the pattern's requirements. */
  idsFor(pattern: VerbPattern): readonly number[] {
    return requiredWords(pattern).map((words) => this.idFor(words));
  }

  get count(): number {
    return this.idByWords.size;
  }

  /** The requirements a word meets. */
  metBy(word: string): readonly number[] | undefined {
    return this.byWord.get(word);
  }

  private idFor(words: readonly string[]): number {
    const key = [...words].sort().join(' ');
    let id = this.idByWords.get(key);
    if (id === undefined) {
      id = this.idByWords.size;
      this.idByWords.set(key, id);
      for (const w of new Set(words)) {
        const list = this.byWord.get(w);
        if (list) list.push(id);
        else this.byWord.set(w, [id]);
      }
    }
    return id;
  }
}

/**
 * Which requirements the words of a span of tokens meet (lower-case forms and lemmas), for one
 * document: a cheap necessary test before matchPattern, which most of a verb's patterns fail for
 * want of a word. The span read last is kept, as a verb's clauses share their sentence's.
 */
export class PresentWords {
  // A stamp per requirement (the read that met it) rather than a set cleared per read.
  private readonly met: Uint32Array;
  private read = 0;
  private from = -1;
  private to = -1;

  constructor(private readonly index: PatternIndex, private readonly tokens: readonly Token[]) {
    this.met = new Uint32Array(index.requirements.count);
  }

  /** Reads the words of tokens [from, to), unless they are the ones read last. */
  readSpan(from: number, to: number): void {
    if (from === this.from && to === this.to) return;
    this.from = from;
    this.to = to;
    const read = ++this.read;
    for (let i = from; i < to; i++) {
      const t = this.tokens[i];
      if (!t) continue;
      this.mark(t.lower, read);
      if (t.lemma !== t.lower) this.mark(t.lemma, read);
    }
  }

  /** Whether every word the pattern needs could be found among the span read last. */
  mayMatch(pattern: IndexedPattern): boolean {
    for (const id of pattern.requirements) if (this.met[id] !== this.read) return false;
    return true;
  }

  private mark(word: string, read: number): void {
    const ids = this.index.requirements.metBy(word);
    if (ids) for (const id of ids) this.met[id] = read;
  }
}

function wordMatches(t: Token | undefined, w: string, exact: boolean): boolean {
  return !!t && (t.lower === w || (!exact && t.lemma === w));
}

function matchRun(tokens: readonly Token[], at: number, words: readonly string[], exact: boolean): boolean {
  for (let k = 0; k < words.length; k++) if (!wordMatches(tokens[at + k], words[k]!, exact)) return false;
  return true;
}

/**
 * Matches a pattern's elements in order over tokens [from, to), allowing gaps. Multiword verbs must
 * have their other words right after the verb (a particle) or within the gap allowance.
 */
export function matchPattern(
  pattern: VerbPattern,
  tokens: readonly Token[],
  verbToken: number,
  to: number,
  beforeFrom: number,
  slots: SlotFinder,
  exact = false,
): PatternMatch | undefined {
  let cursor = verbToken + 1;
  // Index loops rather than slice/find/spread: this runs for every candidate pattern of every clause.
  for (let v = 1; v < pattern.verb.length; v++) {
    const w = pattern.verb[v]!;
    let found = -1;
    for (let i = cursor; i < Math.min(to, cursor + 4); i++) if (wordMatches(tokens[i], w, false)) { found = i; break; }
    if (found < 0) return undefined;
    cursor = found + 1;
  }
  let lastToken = cursor;
  let target: number | undefined;
  let source: number | undefined;
  let compound = false;
  const wordTokens: number[] = [];
  const partyBetween = (from: number, to: number): boolean => {
    for (let j = from; j < to; j++) if (slots.phraseAt(j)) return true;
    return false;
  };
  const bind = (e: PatternElement, from: number, limit: number, beforeSlot = false): number => {
    let skip = e.kind === 'words' ? 0 : e.skipActors ?? 0;
    let weak: { id: number; end: number } | undefined;
    const fill = (p: { id: number; end: number }, kind: 'target' | 'source', compoundSlot: boolean): number => {
      if (kind === 'target') target = p.id;
      else source = p.id;
      if (compoundSlot) compound = true;
      return p.end;
    };
    const first = e.kind === 'words' ? firstWordsOf(e) : null;
    for (let i = from; i < limit; i++) {
      if (e.kind === 'words') {
        const t = tokens[i];
        // No alternative starts with this token's word (a superset test: lemma counts even when exact).
        const startsOne = first === null || (t !== undefined && (first.has(t.lower) || first.has(t.lemma)));
        // The longest alternative that matches here: "artillery fire" is one weapon whatever order the
        // set lists "artillery" and "artillery_fire" in (its "fire" left out would read as an attack of its own).
        let longest = 0;
        if (startsOne) for (const alt of e.alternatives) {
          if (alt.length <= longest || !matchRun(tokens, i, alt, exact)) continue;
          // "provide Iraq with assistance to confront the militants": once a party has been named, a
          // "to" before a verb marks an infinitive, not the preposition of "to +" (an "application to
          // join NATO" with no party before it still aims at NATO; literal dictionaries match as written).
          if (beforeSlot && !exact && alt.length === 1 && alt[0] === 'to' && /^(VERB|AUX)$/.test(tokens[i + 1]?.pos ?? '') && partyBetween(verbToken + 1, i)) continue;
          longest = alt.length;
        }
        if (longest > 0) {
          for (let k = i; k < i + longest; k++) wordTokens.push(k);
          return i + longest;
        }
        // An adjacent element must sit right next to what precedes it on the verb side.
        if (e.adjacent) return -1;
        // A phrase of place or time the pattern does not name holds circumstances, not the act's
        // words ("entered waters near the Senkaku Islands" is no "enter &TERRITORY").
        if (t !== undefined && t.pos === 'ADP' && CIRCUMSTANCE_PREPS.has(t.lower)) return -1;
      } else {
        const p = slots.phraseAt(i);
        if (p?.weak && p.id === slots.object && skip === 0) return fill(p, e.kind, !!e.compound);
        // An act named again ("the attack") stands in a slot only as the verb's object.
        if (p?.act) { i = p.end - 1; continue; }
        if (p?.weak) { weak ??= p; i = p.end - 1; continue; }
        if (p) {
          const attack = e.kind === 'target' ? slots.victimOf?.(p.id) : undefined;
          if (attack !== undefined && !wordTokens.includes(attack)) { i = p.end - 1; continue; }
          if (skip > 0) { skip--; i = p.end - 1; continue; }
          return fill(p, e.kind, !!e.compound);
        }
      }
    }
    if (weak && e.kind !== 'words' && skip === 0) return fill(weak, e.kind, !!e.compound);
    return -1;
  };
  // In a passive clause, one words element may be found in the subject (never under literal dictionaries).
  let subjectWordsUsed = exact || slots.passiveSubject === undefined;
  const inSubject = (e: PatternElement): boolean => {
    if (subjectWordsUsed || e.kind !== 'words') return false;
    const { start, end } = slots.passiveSubject!;
    for (let i = start; i < end; i++) {
      for (const alt of e.alternatives) {
        if (i + alt.length > end || !matchRun(tokens, i, alt, exact)) continue;
        for (let k = i; k < i + alt.length; k++) wordTokens.push(k);
        subjectWordsUsed = true;
        return true;
      }
    }
    return false;
  };
  const after = pattern.after;
  for (let k = 0; k < after.length; k++) {
    const e = after[k]!;
    const beforeSlot = e.kind === 'words' && k + 1 < after.length && after[k + 1]!.kind !== 'words';
    let next = bind(e, cursor, to, beforeSlot);
    if (next < 0 && inSubject(e)) next = cursor;
    if (next < 0) return undefined;
    cursor = next;
    lastToken = next;
  }
  // Elements before the verb are matched right to left, nearest last.
  let back = verbToken;
  for (let k = pattern.before.length - 1; k >= 0; k--) {
    const e = pattern.before[k]!;
    if (e.kind === 'source' && !e.skipActors) {
      if (!slots.subject || slots.subject.start >= back) return undefined;
      source = slots.subject.id;
      back = slots.subject.start;
      if (e.compound) compound = true;
      continue;
    }
    let found = -1;
    let skip = e.kind === 'words' ? 0 : e.skipActors ?? 0;
    const one = e.kind === 'words' ? e : { ...e, skipActors: 0 };
    for (let i = back - 1; i >= beforeFrom; i--) {
      if (e.kind !== 'words' && skip > 0 && slots.phraseAt(i)) { skip--; continue; }
      const end = bind(one, i, i + 1);
      if (end >= 0) { found = i; break; }
      if (e.kind === 'words' && e.adjacent) break;
    }
    if (found < 0) return undefined;
    back = found;
  }
  // "- NOTED + *" ("Gondor noted that Mordor regretted ..."): a target before the verb is the clause's
  // subject, so the source is the nearest actor before the pattern's earliest word. So too when the
  // pattern's words stand where the subject would ("- DEATH_TOTAL *": "Eriador's death total has risen").
  const targetIsSubject = target !== undefined && pattern.before.length > 1 && pattern.before[pattern.before.length - 1]!.kind === 'target';
  const wordsAreSubject = !slots.subject && pattern.before.length > 0 && pattern.before.every((e) => e.kind === 'words');
  if (source === undefined && (targetIsSubject || wordsAreSubject)) {
    for (let i = back - 1; i >= beforeFrom; i--) {
      const p = slots.phraseAt(i);
      if (p && p.end <= verbToken) { source = p.id; break; }
    }
  }
  return {
    pattern, lastToken, wordTokens,
    ...(compound ? { compound } : {}),
    ...(target !== undefined ? { target } : {}),
    ...(source !== undefined ? { source } : {}),
  };
}
