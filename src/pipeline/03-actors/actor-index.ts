import type { ActorDictionary, ActorPhrase, AgentEntry, DatedCode } from '../../domain/actor-dictionary.js';

/** A run of words matched to a dictionary phrase or agent, as token offsets within a phrase. */
export interface PhraseMatch<T> {
  readonly from: number;
  readonly to: number;
  readonly value: T;
}

// ASCII has no curly quotes or combining marks and is its own NFD form, so lower-casing is all the
// folding it needs; most words take this path, which skips normalize() and two regex passes.
const ASCII = /^[\u0000-\u007f]*$/u;

/** Lower-case, accent-free form used on both sides of every lookup. */
export function foldWord(word: string): string {
  if (ASCII.test(word)) return foldSpelling(word.toLowerCase());
  return foldSpelling(word
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .normalize('NFD')
    .replace(/\p{M}/gu, ''));
}

/**
 * Wire services spell East Slavic surnames differently ("Yanukovych" and "Yanukovich", "Zelenskyy",
 * "Zelenskiy" and "Zelensky"): their endings fold to one form, so one dictionary spelling serves all.
 */
function foldSpelling(w: string): string {
  if (w.length < 6) return w;
  if (w.endsWith('ych')) return w.slice(0, -3) + 'ich';
  if (w.endsWith('yy') || w.endsWith('iy')) return w.slice(0, -2) + 'y';
  return w;
}

const foldedByTokens = new WeakMap<readonly { text: string }[], readonly string[]>();

/**
 * The folded text of every token, computed once per token list: the syntax stage (names) and the
 * actors stage (groups, phrases) look the same words up many times over.
 */
export function foldedWords(tokens: readonly { text: string }[]): readonly string[] {
  let folded = foldedByTokens.get(tokens);
  // A list that grew since it was folded (only outside the pipeline, whose layers are final) is folded again.
  if (folded === undefined || folded.length !== tokens.length) {
    folded = tokens.map((t) => foldWord(t.text));
    foldedByTokens.set(tokens, folded);
  }
  return folded;
}

const UPPER_START = /^\p{Lu}/u;

/** Whether a word starts with a capital; ASCII letters are told by their code, which most words are. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word);
}

interface Trie<T> {
  readonly next: Map<string, Trie<T>>;
  value?: T;
}

function insert<T>(trie: Trie<T>, words: readonly string[], value: T, replace: boolean): void {
  let node = trie;
  for (const w of words) {
    const key = foldWord(w);
    let child = node.next.get(key);
    if (!child) { child = { next: new Map() }; node.next.set(key, child); }
    node = child;
  }
  if (replace || node.value === undefined) node.value = value;
}

/** Longest match starting at `from` (ending by `end`); tries are keyed by folded words, so lookups are one map hop a word. */
function longest<T>(trie: Trie<T>, words: readonly string[], from: number, end = words.length): PhraseMatch<T> | undefined {
  return from < end ? longestAfter(trie.next.get(words[from]!), words, from, end) : undefined;
}

/** Longest match starting at `from` (< `end`), given the trie node its first word leads to. */
function longestAfter<T>(node: Trie<T> | undefined, words: readonly string[], from: number, end: number): PhraseMatch<T> | undefined {
  let best: PhraseMatch<T> | undefined;
  if (node?.value !== undefined) best = { from, to: from + 1, value: node.value };
  for (let i = from + 1; i < end && node; i++) {
    node = node.next.get(words[i]!);
    if (node?.value !== undefined) best = { from, to: i + 1, value: node.value };
  }
  return best;
}

/** Where a word leads as the first of a phrase, of a phrase with gaps, and of an agent. */
interface FirstWord {
  phrase: Trie<ActorPhrase> | undefined;
  spaced: readonly SpacedPhrase[] | undefined;
  agent: Trie<AgentEntry> | undefined;
}

/** A phrase whose words may stand apart, with its words folded once. */
interface SpacedPhrase {
  readonly phrase: ActorPhrase;
  readonly folded: readonly string[];
}

/** The longest match at `from` of a phrase whose words may stand apart ("Ithilen [state-run] television"). */
function spacedAt(spaced: readonly SpacedPhrase[], words: readonly string[], from: number): PhraseMatch<ActorPhrase> | undefined {
  let best: PhraseMatch<ActorPhrase> | undefined;
  for (const { phrase: p, folded } of spaced) {
    let at = from;
    for (let k = 1; k < folded.length && at >= 0; k++) {
      const w = folded[k]!;
      if (!p.gaps?.[k - 1]) { at = words[at + 1] === w ? at + 1 : -1; continue; }
      let next = at + 1;
      while (next < words.length && words[next] !== w) next++;
      at = next < words.length ? next : -1;
    }
    if (at >= 0 && (!best || at + 1 > best.to)) best = { from, to: at + 1, value: p };
  }
  return best;
}

function longer<A, B>(a: PhraseMatch<A> | undefined, b: PhraseMatch<B> | undefined): PhraseMatch<A | B> | undefined {
  if (!a) return b;
  return b && b.to > a.to ? b : a;
}

/** Every dictionary compiled into two tries; later dictionaries override earlier ones word for word. */
export class ActorIndex {
  private readonly phrases: Trie<ActorPhrase> = { next: new Map() };
  private readonly agents: Trie<AgentEntry> = { next: new Map() };
  readonly origins: readonly string[];

  private readonly acronyms: ReadonlyMap<string, readonly string[]>;
  /** The first characters of the acronyms: a word starting with none of them is looked up no further (every word of every phrase read is asked). */
  private readonly acronymInitials: ReadonlySet<number>;

  /** Phrases whose words may stand apart within a noun phrase (`ActorPhrase.gaps`), by first word. */
  private readonly spaced = new Map<string, SpacedPhrase[]>();

  /**
   * Every first word of a phrase, spaced phrase or agent, and where it leads in each: one lookup a
   * word instead of three (most words start nothing, and every word of every phrase read is tried).
   */
  private readonly firstWords = new Map<string, FirstWord>();

  /** People by the first and last word of their name, for a lone surname no phrase lists ("Qin"). */
  private readonly peopleByNameWord = new Map<string, ActorPhrase[]>();

  constructor(dictionaries: readonly ActorDictionary[], acronyms: ReadonlyMap<string, readonly string[]> = new Map()) {
    this.acronyms = acronyms;
    this.acronymInitials = new Set([...acronyms.keys()].map((a) => a.charCodeAt(0)));
    for (const d of dictionaries) {
      for (const p of d.phrases) {
        insert(this.phrases, p.words, p, true);
        if (p.gaps) {
          const key = foldWord(p.words[0]!);
          this.spaced.set(key, [...(this.spaced.get(key) ?? []), { phrase: p, folded: p.words.map(foldWord) }]);
        }
        if (p.entry.kind === 'person' && p.form === 'name' && p.words.length > 1) {
          for (const w of new Set([p.words[0]!, p.words[p.words.length - 1]!])) {
            const key = foldWord(w);
            const list = this.peopleByNameWord.get(key) ?? [];
            list.push(p);
            this.peopleByNameWord.set(key, list);
          }
        }
      }
      for (const a of d.agents) insert(this.agents, a.words, a, true);
    }
    this.origins = dictionaries.map((d) => d.origin);
    const first = (w: string): FirstWord => {
      let f = this.firstWords.get(w);
      if (!f) { f = { phrase: undefined, spaced: undefined, agent: undefined }; this.firstWords.set(w, f); }
      return f;
    };
    for (const [w, node] of this.phrases.next) first(w).phrase = node;
    for (const [w, list] of this.spaced) first(w).spaced = list;
    for (const [w, node] of this.agents.next) first(w).agent = node;
  }

  /** Greedy left-to-right longest matches of actor phrases and agents over folded words. */
  scan(words: readonly string[]): { actors: PhraseMatch<ActorPhrase>[]; agents: PhraseMatch<AgentEntry>[] } {
    const actors: PhraseMatch<ActorPhrase>[] = [];
    const agents: PhraseMatch<AgentEntry>[] = [];
    const end = words.length;
    let i = 0;
    while (i < end) {
      const first = this.firstWords.get(words[i]!);
      if (!first) { i++; continue; }
      const actor = longer(longestAfter(first.phrase, words, i, end), first.spaced ? spacedAt(first.spaced, words, i) : undefined);
      const agent = longestAfter(first.agent, words, i, end);
      if (actor && (!agent || actor.to >= agent.to)) { actors.push(actor); i = actor.to; }
      else if (agent) { agents.push(agent); i = agent.to; }
      else i++;
    }
    return { actors, agents };
  }

  /**
   * The one person whose name begins or ends with this word and who held a dated office on the
   * date ("Qin" on 2023-05-05 is Qin Gang, foreign minister); none when that is not exactly one.
   */
  personInOffice(word: string, date: string | undefined): ActorPhrase | undefined {
    const named = date ? this.peopleByNameWord.get(word) : undefined;
    if (!date || !named) return undefined;
    const holders = named.filter((p) =>
      p.entry.codes.some((c) => (c.from !== undefined || c.to !== undefined) && (c.from === undefined || c.from <= date) && (c.to === undefined || date <= c.to)));
    const entries = new Set(holders.map((p) => p.entry));
    return entries.size === 1 ? holders[0] : undefined;
  }

  /** The words an acronym written in capitals stands for ("US" -> united states), if it is one. */
  acronym(text: string): readonly string[] | undefined {
    return this.acronymInitials.has(text.charCodeAt(0)) ? this.acronyms.get(text) : undefined;
  }

  /**
   * Multiword names and capitalised agent titles from the dictionaries in a run of tokens, as token
   * ranges [start, end): the syntax stage keeps each whole ("Doctors Without Borders", "Downing
   * Street", "Ministry of Silly Walks", whose last word would otherwise be read as a verb).
   */
  findNames(tokens: readonly { text: string; pos?: string }[], first: number, end: number): [number, number][] {
    const spans: [number, number][] = [];
    const words = foldedWords(tokens);
    const stop = Math.min(end, words.length);
    let i = first;
    while (i < stop) {
      const t = tokens[i]!;
      const first = startsUpper(t.text) ? this.firstWords.get(words[i]!) : undefined;
      const m = first ? longer(longestAfter(first.phrase, words, i, stop), longestAfter(first.agent, words, i, stop)) : undefined;
      // A one-word name counts too when the tagger took it for a verb ("Shanghai/VERB is a city").
      if (m && (m.to - m.from >= 2 || t.pos === 'VERB')) { spans.push([m.from, m.to]); i = m.to; }
      else i++;
    }
    return spans;
  }

  /** Whether one word is by itself the whole phrase of an entry other than a person ("china", "kenya"). */
  namesNonPerson(word: string): boolean {
    const kind = this.phrases.next.get(foldWord(word))?.value?.entry.kind;
    return kind !== undefined && kind !== 'person';
  }

  agentFor(words: readonly string[]): AgentEntry | undefined {
    const m = longest(this.agents, words, 0);
    return m && m.to === words.length ? m.value : undefined;
  }
}

/** The code valid on `date` (YYYY-MM-DD): a dated code covering it, else the undated fallback. */
const STATE_OFFICE = /^[A-Z]{3}(GOV|MIL|COP|JUD|LEG|SPY)/;
/** How long after a person's role ends the news still names them by it ("the raid that killed Osama bin Laden", the day after). */
const RECENTLY_ENDED_DAYS = 14;

/**
 * A person's code on a date: the role held then, else a role in a group (not a state's office, which
 * passes to a successor) that ended in the fortnight before ("the raid that killed Osama bin Laden":
 * news of a leader's death names him by his group), else their undated code.
 */
export function personCodeOn(codes: readonly DatedCode[], date: string | undefined, formerAsElites = true): DatedCode | undefined {
  const held = date ? heldOn(codes, date) : undefined;
  if (held || !date) return held ?? codeOn(codes, date);
  const day = Date.parse(date);
  const recent = codes.filter((c) => c.to !== undefined && c.to < date && !STATE_OFFICE.test(c.code) && (day - Date.parse(c.to)) / 86_400_000 <= RECENTLY_ENDED_DAYS);
  const fallback = recent.sort((a, b) => (a.to! < b.to! ? 1 : -1))[0] ?? codeOn(codes, date);
  // A former holder of a state office whose entry gives only the bare country is one of its elites
  // (CAMEO ELI, as "former President X" is): not the state itself, which he may now oppose. (PETRARCH's
  // dictionaries mean their undated code outside the dates: `formerAsElites` false.)
  const heldBefore = codes.find((c) => c.to !== undefined && c.to < date && STATE_OFFICE.test(c.code) && c.code.slice(0, 3) === fallback?.code);
  return formerAsElites && heldBefore && fallback && /^[A-Z]{3}$/.test(fallback.code) ? { code: `${fallback.code}ELI` } : fallback;
}

/** The dated code in force on the date, if any. */
function heldOn(codes: readonly DatedCode[], date: string): DatedCode | undefined {
  return codes.find((c) => (c.from !== undefined || c.to !== undefined) && (c.from === undefined || c.from <= date) && (c.to === undefined || date <= c.to));
}

export function codeOn(codes: readonly DatedCode[], date: string | undefined): DatedCode | undefined {
  const dated = date ? heldOn(codes, date) : undefined;
  if (dated) return dated;
  const undated = codes.find((c) => c.from === undefined && c.to === undefined);
  if (undated) return undated;
  // Without a date, an open-ended (current) role is the best guess.
  return date ? undefined : codes.find((c) => c.to === undefined) ?? codes[codes.length - 1];
}
