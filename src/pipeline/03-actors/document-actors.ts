import type { SourceDocument } from '../../domain/document.js';
import type { ActorMention, UnplacedRole } from '../../domain/actors.js';
import type { PipelineIssue } from '../../domain/issues.js';
import type { SegmentLayer, Token } from '../../domain/segment.js';
import type { Clause, NounPhrase, SyntaxLayer } from '../../domain/syntax.js';
import type { GroupReferences } from '../../dictionaries/frames/load-group-references.js';
import { codeOn, foldWord, type ActorIndex } from './actor-index.js';
import { ORGANISATION_CODE, countryPart, isPlural } from './resolve-phrase.js';
import { FIRING_PARTICIPLES, NAME_PARTICLES, QUOTE_MARKS, TIME_ADJUNCT_WORDS } from '../02-syntax/_words.js';

export interface ActorOptions {
  /** Country code for roles with no country in context (PETRARCH writes "---GOV"); absent: leave them unresolved. */
  readonly unknownCountry?: string;
  /**
   * PETRARCH's noun-phrase conventions: role codes are appended to an actor's whole code (see
   * withRole), and "X of Y" with no actor of its own is Y's ("goats of Gondor" is GON).
   */
  readonly petrarch?: boolean;
  /** Texts ("the proposal", "the statement"): one named after a party is what a later "it" means. */
  readonly documentNouns?: ReadonlySet<string>;
}

// Words opening a clause of time, whose pronoun subject is the main clause's subject.
const TIME_CLAUSE_OPENERS = new Set(['as', 'while', 'when', 'after', 'before']);
// Closed classes: verbs of protesting in the street, and of trying to.
const PROTEST_VERBS = new Set(['march', 'rally', 'protest', 'demonstrate', 'gather', 'assemble', 'picket', 'converge', 'chant', 'mass']);
const TRYING_VERBS = new Set(['try', 'attempt', 'seek']);
// Verbs whose object is mostly the subject's own ("recalled its ambassador", "withdrew its troops").
const OWN_OBJECT_VERBS = new Set([
  'recall', 'withdraw', 'pull', 'send', 'deploy', 'dispatch', 'mobilize', 'mobilise', 'station', 'move', 'close', 'reopen',
  'shut', 'suspend', 'halt', 'cut', 'reduce', 'increase', 'boost', 'raise', 'expand', 'bolster', 'evacuate', 'order',
]);

const RELATIVE_WORDS = new Set(['that', 'which', 'who']);
// Verbs of taking power: the place a group took power in is its country.
const POWER_TAKING = new Set(['seize', 'take', 'grab', 'hold']);
// Verbs by which a relative clause says whom a person leads ("Salim Idriss, who heads the Free Syrian Army's council").
const HEADING = new Set(['head', 'lead', 'command', 'chair']);

/** An actor mentioned earlier in the document, for pronouns, group references and bare roles to refer back to. */
export interface Seen {
  readonly code: string;
  readonly person: boolean;
  readonly plural: boolean;
  readonly role: string | undefined;
  readonly sentence: number;
  readonly phrase: number;
}

/** How a new mention is to be remembered; its sentence and phrase come from where it is added. */
export interface SeenAs {
  readonly code: string;
  readonly person: boolean;
  readonly plural: boolean;
  readonly role: string | undefined;
}

/**
 * A person's name remembered for later short mentions ("Qin", "Lavrov"). Without a code, someone no
 * dictionary lists who shares a listed person's surname ("Keiko Fujimori"): later mentions are theirs.
 */
export interface RememberedName {
  readonly code?: string;
  readonly name: string;
  readonly entry?: string;
}

/** What a rule accepts as an earlier actor, with one value it may need (a role, a set of countries). */
export type SeenTest<T> = (s: Seen, arg: T) => boolean;

/** A mention before its phrase is known: the phrase and span come from where it is added. */
export type MentionFields = Omit<ActorMention, 'phrase' | 'start' | 'end'>;

const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'near', 'through', 'across', 'around', 'outside', 'inside', 'into', 'throughout', 'within']);
/** How far back (in sentences) a pronoun or bare role may look for its antecedent. */
const REACH = 2;
// Rules of a country, or a place in it, named by its own name.
const NAMED_COUNTRY_RULE = /^actors\/(country|capital|place):/;
// Closed class: texts of terms the parties agreed to ("The agreement ... It also requires").
const TERMS_NOUNS = new Set(['agreement', 'accord', 'deal', 'pact', 'treaty', 'plan', 'law', 'constitution', 'charter', 'proposal', 'ceasefire', 'truce']);
// Closed class: a foreign state's buildings abroad.
export const MISSION_BUILDINGS: ReadonlySet<string> = new Set(['embassy', 'consulate', 'legation']);
/** Rules of mentions that stand for where something is (a country, its capital, a place), not for a body that acts. */
export const PLACE_RULE = /^actors\/(place|country|capital)/;
// Role codes of a state's own organs.
const STATE_ORGAN_CODE = /^(GOV|MIL|COP|JUD|LEG|SPY)$/;

/**
 * One document's actors as they are resolved, with the indexes the rules look things up in.
 * Every field is set in the constructor, in one order, so all documents share one object layout.
 */
// Words a time adverbial before a sentence's subject is made of ("Hours later", "On Monday", "Later that
// day"): the syntax stage's time words, and the words that count or link them.
const TIME_WORDS = new Set([...TIME_ADJUNCT_WORDS, 'hours', 'minutes', 'soon', 'shortly', 'after', 'since', 'then', 'that', 'meanwhile', 'a', 'few', 'two', 'three', ',', 'in']);

export class DocumentActors {
  readonly index: ActorIndex;
  readonly groups: GroupReferences;
  readonly options: ActorOptions;
  readonly doc: SourceDocument;
  readonly segment: SegmentLayer;
  readonly syntax: SyntaxLayer;
  readonly tokens: readonly Token[];
  readonly phrases: readonly NounPhrase[];
  readonly mentions: ActorMention[];
  readonly issues: PipelineIssue[];
  readonly unplaced: UnplacedRole[];
  readonly byPhrase: Map<number, ActorMention[]>;
  readonly remembered: Map<string, RememberedName>;
  /** What has been resolved, in the order it was (text order, but for the roles set aside); see asSeenBefore. */
  history: Seen[];
  readonly countriesSeen: Set<string>;
  /** Countries the text has named by name, by a place in them, or by their state's organs (see add): how often, and the sentence first named in. */
  private readonly countriesNamed: Map<string, { times: number; sentence: number }>;
  /** Phrases read as part of a name spanning "of" ("the Ministry of Silly Walks"): no actor of their own. */
  readonly absorbed: Set<number>;
  /** Phrases read as an armed body's post or vehicle (ActorsLayer.installations). */
  readonly installations: Set<number>;
  readonly coordinations: readonly NounPhrase[];
  readonly coordinationOf: Map<number, NounPhrase>;
  readonly startingAt: Map<number, NounPhrase[]>;
  readonly datelineCountry: string | undefined;
  /** Built on the first pronoun opening a sentence, then shared by the rest. */
  private firstSubjects: Map<number, number> | undefined;
  /** Built on the first group reference ("both sides"), then shared by the rest. */
  private clauseById: Map<number, Clause> | undefined;
  private clausesBySentence: Map<number, Clause[]> | undefined;

  constructor(index: ActorIndex, groups: GroupReferences, options: ActorOptions, doc: SourceDocument, segment: SegmentLayer, syntax: SyntaxLayer) {
    this.index = index;
    this.groups = groups;
    this.options = options;
    this.doc = doc;
    this.segment = segment;
    this.syntax = syntax;
    this.tokens = segment.tokens;
    this.phrases = syntax.phrases;
    this.mentions = [];
    this.issues = [];
    this.unplaced = [];
    this.byPhrase = new Map();
    this.remembered = new Map();
    this.history = [];
    this.countriesSeen = new Set();
    this.countriesNamed = new Map();
    this.absorbed = new Set();
    this.installations = new Set();
    // Indexes built once: lookups per phrase must not scan the whole document.
    const coordinations: NounPhrase[] = [];
    const coordinationOf = new Map<number, NounPhrase>();
    const startingAt = new Map<number, NounPhrase[]>();
    for (const q of syntax.phrases) {
      if (q.conjuncts) {
        coordinations.push(q);
        for (const id of q.conjuncts) coordinationOf.set(id, q);
      }
      const list = startingAt.get(q.tokenStart);
      if (list) list.push(q);
      else startingAt.set(q.tokenStart, [q]);
    }
    this.coordinations = coordinations;
    this.coordinationOf = coordinationOf;
    this.startingAt = startingAt;
    this.datelineCountry = this.countryOfPlace(segment.dateline?.place);
    this.firstSubjects = undefined;
    this.clauseById = undefined;
    this.clausesBySentence = undefined;
  }

  /**
   * The country of a role in `sentence` that nothing else places: the dateline's, unless the story
   * has so far never named it; then the country it has named most, or, of those named equally, the
   * first, if named before this sentence. A bureau files stories about its neighbours ("BANGKOK - An
   * armed group in Myanmar said it had captured the military's command": Myanmar's military; "DUBAI -
   * Bahrain stripped a cleric of his citizenship, ... a move that drew a warning from Iran. ... his
   * supporters": Bahrain's). Countries named only in the role's own sentence are acting on the
   * dateline's ("APIA, Samoa - Australia and New Zealand urged the protesters").
   */
  fallbackCountry(sentence: number): string | undefined {
    const dateline = this.datelineCountry;
    if (!dateline || this.countriesSeen.has(dateline) || this.countriesNamed.size === 0) return dateline;
    const named = [...this.countriesNamed];
    const most = Math.max(...named.map(([, n]) => n.times));
    // Map order is naming order: the first of the countries named most.
    const leaders = named.filter(([, n]) => n.times === most);
    const [country, first] = leaders[0]!;
    if (leaders.length === 1 && (most > 1 || named.length === 1)) return country;
    return first.sentence < sentence ? country : dateline;
  }

  /** Records a mention of phrase `p`, and what later pronouns and roles may take from it when `seen` is given. */
  add(p: NounPhrase, m: MentionFields, seen?: SeenAs): void {
    // A dictionary entry may stand for several actors at once ("THE_SHIRE [FRO/BIL/SAM]").
    if (m.code.includes('/')) {
      for (const code of m.code.split('/').filter(Boolean)) this.add(p, { ...m, code }, seen ? { ...seen, code } : undefined);
      return;
    }
    // Every mention has the same fields in the same order (see NounPhrase).
    const mention: ActorMention = { start: p.start, end: p.end, rule: m.rule, phrase: p.id, code: m.code, entry: m.entry, name: m.name, resolution: m.resolution };
    this.mentions.push(mention);
    this.countriesSeen.add(m.code.slice(0, 3));
    // Countries named, or their state's organs ("Iranian authorities"); not people by an adjective
    // ("Indian protesters" in Quito are indigenous Ecuadoreans). Read by fallbackCountry.
    // (Not a foreign state's embassy, which stands in the dateline's country: "BISSAU - Vieira took
    // refuge in the Portuguese embassy".)
    if ((NAMED_COUNTRY_RULE.test(m.rule) || (STATE_ORGAN_CODE.test(m.code.slice(3)) && m.rule.endsWith('+agent') && !MISSION_BUILDINGS.has(this.tokens[p.head]?.lemma ?? ''))) && !ORGANISATION_CODE.test(m.code)) {
      const named = this.countriesNamed.get(m.code.slice(0, 3));
      if (named) named.times++;
      else this.countriesNamed.set(m.code.slice(0, 3), { times: 1, sentence: p.sentence });
    }
    const list = this.byPhrase.get(p.id) ?? [];
    list.push(mention);
    this.byPhrase.set(p.id, list);
    // Written out, not spread: spreading `seen` was 2% of coding time.
    // A region named alone ("violence in the Middle East") is a place: no pronoun refers to it
    // (a plural bloc, "Western allies", may still be "they").
    if (seen && !(seen.plural === false && m.rule.startsWith('actors/other'))) this.history.push({ code: seen.code, person: seen.person, plural: seen.plural, role: seen.role, sentence: p.sentence, phrase: p.id });
  }

  /** Remembers a person's full name and surname so later short mentions ("Qin", "Lavrov") resolve. */
  remember(name: string, code: string, entry: string | undefined): void {
    const words = name.split(/\s+/).map(foldWord);
    const value = { code, name, ...(entry ? { entry } : {}) };
    this.remembered.set(words.join(' '), value);
    // Both ends of a name: surnames come last in most names and first in Chinese, Korean and
    // Vietnamese ones ("Xi Jinping" -> "Xi"); within one article either refers to this person.
    // (Not a word that names an actor by itself: "China National Offshore Oil Corp" leaves "China" China.)
    const free = (w: string | undefined): w is string => !!w && w.length > 1 && !this.remembered.get(w)?.code && !this.index.namesNonPerson(w);
    if (words.length > 1) {
      for (const w of [words[0], words[words.length - 1]]) if (free(w)) this.remembered.set(w, value);
    }
    // "Leila de Lima" ... "De Lima": a surname with its particle.
    const tail = words.length > 2 && NAME_PARTICLES.has(words[words.length - 2]!) ? words.slice(-2).join(' ') : undefined;
    if (tail && !this.remembered.get(tail)?.code) this.remembered.set(tail, value);
    // "Bashar al-Assad" ... "Assad": a surname's Arabic article is often left out.
    const last = words[words.length - 1];
    const bare = last?.replace(/^(al|el|ul)-/, '');
    if (bare && bare !== last && free(bare)) this.remembered.set(bare, value);
  }

  /**
   * "Subcomandante Marcos", "Keiko Fujimori": a name whose surname a listed person shares, after a
   * given name that person lacks. The name and its surname are this person's from here on, so a
   * later "Marcos" is not Ferdinand Marcos.
   */
  rememberNamesake(name: string): void {
    const words = name.split(/\s+/).map(foldWord);
    const value = { name };
    this.remembered.set(words.join(' '), value);
    const last = words[words.length - 1];
    if (last && last.length > 1) this.remembered.set(last, value);
  }

  /**
   * Runs `resolve` as though only what comes before `p` in the text had been seen, in text order: for a
   * pronoun tried again once the roles set aside until the end are placed.
   */
  asSeenBefore(p: NounPhrase, resolve: () => void): void {
    const all = this.history;
    const start = (s: Seen) => this.phrases[s.phrase]?.start ?? Infinity;
    const before = all.filter((s) => start(s) < p.start).sort((a, b) => start(a) - start(b));
    this.history = before;
    const seen = before.length;
    try {
      resolve();
    } finally {
      this.history = all;
      all.push(...before.slice(seen));
    }
  }

  /** Whether a word with this lemma is in the phrase ("Senior General Min Aung Hlaing" has "general"). */
  phraseHasLemma(phrase: number, lemma: string): boolean {
    const q = this.phrases[phrase];
    if (!q) return false;
    for (let i = q.tokenStart; i < q.tokenEnd; i++) if (this.tokens[i]?.lemma === lemma) return true;
    return false;
  }

  /** The last actor seen within reach of `sentence` that `accept` takes. */
  recent<T>(sentence: number, accept: SeenTest<T>, arg: T, reach = REACH): Seen | undefined {
    const history = this.history;
    for (let i = history.length - 1; i >= 0; i--) {
      const s = history[i]!;
      if (sentence - s.sentence > reach) return undefined;
      if (accept(s, arg)) return s;
    }
    return undefined;
  }

  /** A subject right after a quotation that opens its sentence. */
  private followsOpeningQuote(p: NounPhrase, first: number): boolean {
    const close = this.tokens[p.tokenStart - 1];
    return QUOTE_MARKS.has(this.tokens[first]?.text ?? '') && !!close && QUOTE_MARKS.has(close.text) && p.tokenStart - 1 > first;
  }

  /** A subject that only words of time come before ("Hours later he", "On Monday it"), with no comma-set clause. */
  private opensAfterTime(p: NounPhrase, first: number): boolean {
    if (p.tokenStart - first > 4 || this.firstSubjectOf(p.sentence) !== p.id) return false;
    for (let i = first; i < p.tokenStart; i++) if (!TIME_WORDS.has(this.tokens[i]?.lower ?? '')) return false;
    return true;
  }

  // "Pakistan's military said its forces killed 30 militants who crossed from Afghanistan. It accused
  // the Taliban ...": a pronoun opening a sentence continues the last sentence's subject, ahead of
  // whatever was named after it.
  /**
   * "The agreement, brokered by Bedie, declares an end to hostilities ... It also requires": whether a
   * pronoun opening its sentence follows a sentence whose subject is a text that names no party.
   */
  followsTextSubject(p: NounPhrase): boolean {
    const sentence = this.segment.sentences[p.sentence];
    const documentNouns = this.options.documentNouns;
    if (!sentence || !documentNouns || p.sentence === 0 || p.tokenStart !== sentence.firstToken) return false;
    const subject = this.firstSubjectOf(p.sentence - 1);
    const q = subject !== undefined ? this.phrases[subject] : undefined;
    const lemma = this.tokens[q?.head ?? -1]?.lemma ?? '';
    return !!q && !q.pronoun && (documentNouns.has(lemma) || TERMS_NOUNS.has(lemma)) && !this.byPhrase.get(q.id)?.length;
  }

  previousSubject<T>(p: NounPhrase, accept: SeenTest<T>, arg: T): Seen | undefined {
    const sentence = this.segment.sentences[p.sentence];
    // (After a time adverbial too: "Hours later he landed in Nigeria".)
    // (And after a quotation: "'I will be back,' he told the gathering".)
    if (!sentence || p.sentence === 0 || (p.tokenStart !== sentence.firstToken && !this.opensAfterTime(p, sentence.firstToken) && !this.followsOpeningQuote(p, sentence.firstToken))) return undefined;
    const subject = this.firstSubjectOf(p.sentence - 1);
    if (subject === undefined) return undefined;
    const history = this.history;
    for (let i = history.length - 1; i >= 0; i--) {
      const s = history[i]!;
      if (s.sentence < p.sentence - 1) return undefined;
      if (s.phrase === subject && accept(s, arg)) return s;
    }
    return undefined;
  }

  /**
   * "Venezuela froze relations with Brazil and recalled its ambassador": a possessive on the object of
   * a verb one does to one's own (recalling, sending, withdrawing, closing) is the clause's own
   * subject's, whatever was named in between ("struck Iran's sites and killed its commanders" is not).
   */
  subjectOfOwnClause<T>(p: NounPhrase, accept: SeenTest<T>, arg: T): Seen | undefined {
    // The phrase the possessive opens ("its ambassador") starts where it does.
    const owner = this.startingAt.get(p.tokenStart)?.find((q) => q.possessor === p.id);
    if (!owner) return undefined;
    let c = this.clausesIn(p.sentence).find((x) => x.object === owner.id && OWN_OBJECT_VERBS.has(x.verb.lemma));
    for (let hops = 0; c && c.subject === undefined && c.subjectFrom !== undefined && hops < 5; hops++) c = this.clause(c.subjectFrom);
    return this.seenAsSubject(c?.subject, p, accept, arg);
  }

  /** The subject phrase of the clause whose object is `p` ("Japan's prime minister called it ..."), following shared subjects. */
  subjectOfObject(p: NounPhrase): NounPhrase | undefined {
    // ("indicated it deplored Libya": a phrase that is also a clause's subject is that subject.)
    const clauses = this.clausesIn(p.sentence);
    if (clauses.some((x) => x.subject === p.id)) return undefined;
    // ("accused the groups, among them Oxfam": nor is "them" after a preposition of its clause.)
    let c = clauses.find((x) => x.object === p.id || x.preps.some((q) => q.np === p.id));
    for (let hops = 0; c && c.subject === undefined && c.subjectFrom !== undefined && hops < 5; hops++) c = this.clause(c.subjectFrom);
    return c?.subject !== undefined ? this.phrases[c.subject] : undefined;
  }

  /**
   * "China fired missiles around Taiwan as it launched drills": a pronoun opening a clause of time
   * ("as", "while", "when", "after", "before") is the subject of the clause it hangs from, the
   * sentence's first, whatever was named in between. With `nearest`, the subject of the nearest clause
   * before that `accept` takes ("Karimov said troops had killed hundreds of people when they opened fire").
   */
  subjectBeforeTimeClause<T>(p: NounPhrase, accept: SeenTest<T>, arg: T, nearest = false): Seen | undefined {
    if (!TIME_CLAUSE_OPENERS.has(this.segment.tokens[p.tokenStart - 1]?.lower ?? '')) return undefined;
    return nearest ? this.earlierSubject(p, undefined, accept, arg) : this.seenAsSubject(this.firstSubjectOf(p.sentence), p, accept, arg);
  }

  /**
   * "Police arrested the union leaders as they tried to march through Harare": a pronoun opening a
   * clause of time whose verb is one of protest (or of trying to protest) is the earlier clause's
   * object, the people acted on, not its subject. ("Militants killed 235 people when they set off a
   * bomb" stays with the subject: setting off a bomb is no protest.)
   */
  objectBeforeProtestClause<T>(p: NounPhrase, accept: SeenTest<T>, arg: T, deferring: boolean): Seen | 'later' | undefined {
    if (!TIME_CLAUSE_OPENERS.has(this.segment.tokens[p.tokenStart - 1]?.lower ?? '')) return undefined;
    const clauses = this.clausesIn(p.sentence);
    const own = clauses.find((c) => c.subject === p.id);
    const tried = own && TRYING_VERBS.has(own.verb.lemma) && own.complement?.clause !== undefined ? this.clause(own.complement.clause) : own;
    if (!tried || !PROTEST_VERBS.has(tried.verb.lemma)) return undefined;
    // ("fired tear gas at students when they gathered": or a phrase after a preposition.)
    const before = clauses.filter((c) => c !== own && c.tokenEnd <= p.tokenStart && c.subject !== undefined).at(-1);
    const acted = before ? [before.object, ...before.preps.map((q) => q.np)].filter((id): id is number => id !== undefined).reverse() : [];
    for (const id of acted) {
      // (Not where it happened: "at students in Dhaka".)
      if (this.byPhrase.get(id)?.every((m) => PLACE_RULE.test(m.rule))) continue;
      const s = this.seenAsSubject(id, p, accept, arg);
      if (s) return s;
      // (A role whose owner comes later is not resolved yet: "the leaders of the labour federation".)
      if (!deferring && !this.byPhrase.has(id) && !this.phrases[id]?.pronoun) return 'later';
    }
    return undefined;
  }

  /** What this sentence's history remembers of `subject`, a phrase before the pronoun `p`, if `accept` takes it. */
  /**
   * "Guaido declared himself president, and Trump recognized him": the subject of an earlier clause
   * of the same sentence, nearest first, named (not a pronoun) and other than `except` (the pronoun's
   * own clause's subject).
   */
  earlierSubject<T>(p: NounPhrase, except: NounPhrase | undefined, accept: SeenTest<T>, arg: T): Seen | undefined {
    const clauses = this.clausesIn(p.sentence);
    for (let i = clauses.length - 1; i >= 0; i--) {
      const id = clauses[i]!.subject;
      // (A pronoun subject is no surer a guide than the last person named.)
      if (id === undefined || id === except?.id || this.phrases[id]?.pronoun) continue;
      const s = this.seenAsSubject(id, p, accept, arg);
      if (s) return s;
    }
    return undefined;
  }

  private seenAsSubject<T>(subject: number | undefined, p: NounPhrase, accept: SeenTest<T>, arg: T): Seen | undefined {
    const phrase = subject !== undefined ? this.phrases[subject] : undefined;
    if (!phrase || phrase.tokenEnd > p.tokenStart) return undefined;
    for (let i = this.history.length - 1; i >= 0; i--) {
      const s = this.history[i]!;
      if (s.sentence < p.sentence) return undefined;
      if (s.phrase === subject && accept(s, arg)) return s;
    }
    return undefined;
  }

  private firstSubjectOf(sentence: number): number | undefined {
    if (!this.firstSubjects) {
      const firstSubjects = new Map<number, number>();
      for (const c of this.syntax.clauses) if (c.subject !== undefined && !firstSubjects.has(c.sentence)) firstSubjects.set(c.sentence, c.subject);
      this.firstSubjects = firstSubjects;
    }
    return this.firstSubjects.get(sentence);
  }

  // "Sudan's army rejected the resolution and said it would continue": "it" in what a party said
  // is that party, whatever was named in between.
  reportingSpeaker<T>(p: NounPhrase, accept: SeenTest<T>, arg: T): Seen | undefined {
    const frame = this.syntax.reports.find((r) => r.sentence === p.sentence && !r.direct && r.contentStart <= p.start && p.end <= r.contentEnd && r.speaker !== undefined);
    if (!frame) return undefined;
    const history = this.history;
    for (let i = history.length - 1; i >= 0; i--) {
      const s = history[i]!;
      if (s.sentence < p.sentence) return undefined;
      const at = this.phrases[s.phrase];
      // "The UN said Russia had withdrawn its troops": a party named in what was said comes first.
      if (at && at.start >= frame.contentStart && at.end <= p.start && accept(s, arg)) return undefined;
      if (s.phrase === frame.speaker && accept(s, arg)) return s;
    }
    return undefined;
  }

  /** Whether a text ("the proposal") with no actor of its own stands in this sentence between an antecedent and `p`. */
  textBetween(antecedent: Seen, p: NounPhrase): boolean {
    const from = this.phrases[antecedent.phrase];
    const documentNouns = this.options.documentNouns;
    if (!from || !documentNouns) return false;
    // Phrases are numbered in reading order, sentence by sentence: only this sentence's earlier ones.
    for (let i = p.id - 1; i >= 0; i--) {
      const q = this.phrases[i];
      if (!q || q.sentence !== p.sentence) break;
      if (q.start >= from.end && q.end <= p.start && !q.pronoun && documentNouns.has(this.tokens[q.head]?.lemma ?? '') && !this.byPhrase.get(q.id)?.length) return true;
    }
    return false;
  }

  /** The codes of the last two named people of different codes in this sentence (fewer if there are none). */
  peopleOf(sentence: number): string[] {
    const codes: string[] = [];
    const history = this.history;
    for (let i = history.length - 1; i >= 0 && codes.length < 2; i--) {
      const s = history[i]!;
      if (s.sentence !== sentence) break;
      if (s.person && !s.plural && !codes.includes(s.code)) codes.push(s.code);
    }
    return codes;
  }

  /** Mentions of a phrase, or of each conjunct of a coordination. */
  mentionsWithin(id: number | undefined): ActorMention[] {
    if (id === undefined) return [];
    const own = this.byPhrase.get(id);
    if (own?.length) return own;
    const conjuncts = this.phrases[id]?.conjuncts;
    if (!conjuncts) return [];
    const all: ActorMention[] = [];
    for (const c of conjuncts) for (const m of this.mentionsWithin(c)) all.push(m);
    return all;
  }

  /** Whether a phrase's head is a plural noun ("rebels", not "the RSF"). */
  hasPluralHead(id: number): boolean {
    const h = this.tokens[this.phrases[id]?.head ?? -1];
    return !!h && (h.pos === 'NOUN' || h.pos === 'PROPN') && this.isPluralWord(h);
  }

  /**
   * Whether a head word is a plural: the tagger's lemma says so, or, for a capitalized word it took
   * for a name and left unlemmatized ("Protesters took to the streets"), the role lexicon knows the
   * word without its "s".
   */
  isPluralWord(h: Token): boolean {
    if (isPlural(h)) return true;
    if (!h.lower.endsWith('s')) return false;
    return h.pos === 'PROPN' && this.index.scan([h.lower.slice(0, -1)]).agents.length > 0;
  }

  /** Whether a phrase is the object of a preposition of place ("in Moscow", "through Nairobi"). */
  isLocative(p: NounPhrase): boolean {
    return LOCATIVE_PREPOSITIONS.has(this.tokens[p.tokenStart - 1]?.lower ?? '');
  }

  /** "protesters in Colombo", "soldiers from Gondor": the phrase after "in"/"from", longest first. */
  placeAfter(p: NounPhrase): number | undefined {
    let at = p.tokenEnd;
    // "the junta that seized power in Niger": where a relative clause says it took power.
    if (RELATIVE_WORDS.has(this.tokens[at]?.lower ?? '') && POWER_TAKING.has(this.tokens[at + 1]?.lemma ?? '') && this.tokens[at + 2]?.lower === 'power') at += 3;
    return this.phraseAfter(at, ['in', 'from', 'near']);
  }

  /**
   * "In Beijing, foreign ministry spokesman Liu Weimin said": the country a sentence opens by placing
   * itself in, for the roles in it that nothing else places (the dateline may be the other side's capital).
   */
  sentencePlace(p: NounPhrase): string | undefined {
    const sentence = this.segment.sentences[p.sentence];
    if (!sentence || this.tokens[sentence.firstToken]?.lower !== 'in') return undefined;
    for (const q of this.startingAt.get(sentence.firstToken + 1) ?? []) {
      if (this.tokens[q.tokenEnd]?.text !== ',' || q.tokenEnd > p.tokenStart) continue;
      const m = this.byPhrase.get(q.id)?.find((x) => /^actors\/(capital|country|place)/.test(x.rule));
      if (m && /^[A-Z]{3}$/.test(countryPart(m.code))) return countryPart(m.code);
    }
    return undefined;
  }

  /** Where a weapon was fired from ("A mortar bomb fired from Gaza"): the phrase after "from" after a participle of firing. */
  firedFrom(p: NounPhrase): number | undefined {
    return FIRING_PARTICIPLES.has(this.tokens[p.tokenEnd]?.lower ?? '') ? this.phraseAfter(p.tokenEnd + 1, ['from']) : undefined;
  }

  /** The phrase after "at" right after a role ("Judges at the Hague-based court"): a body it may serve, or a place where it is. */
  bodyAfter(p: NounPhrase): number | undefined {
    return this.phraseAfter(p.tokenEnd, ['at']);
  }

  /** The body a relative clause right after a role says it leads ("General Salim Idriss, who heads the ... council"). */
  headedBody(p: NounPhrase): number | undefined {
    let at = p.tokenEnd;
    if (this.tokens[at]?.text === ',') at++;
    if (this.tokens[at]?.lower !== 'who' || !HEADING.has(this.tokens[at + 1]?.lemma ?? '')) return undefined;
    return this.phraseAfter(at + 1, [this.tokens[at + 1]!.lower]);
  }

  private phraseAfter(at: number, links: readonly string[]): number | undefined {
    if (!links.includes(this.tokens[at]?.lower ?? '')) return undefined;
    const starting = this.startingAt.get(at + 1);
    if (!starting) return undefined;
    // The first of the longest, as a stable sort by length would give.
    let longest: NounPhrase | undefined;
    for (const q of starting) if (!q.pronoun && (longest === undefined || q.tokenEnd > longest.tokenEnd)) longest = q;
    return longest?.id;
  }

  /** The clause with this id, for following a clause's borrowed subject. */
  clause(id: number): Clause | undefined {
    this.clauseById ??= new Map(this.syntax.clauses.map((c) => [c.id, c]));
    return this.clauseById.get(id);
  }

  /** The clauses of one sentence: what acts on a phrase is in its sentence, and a long document has many. */
  clausesIn(sentence: number): readonly Clause[] {
    if (!this.clausesBySentence) {
      this.clausesBySentence = new Map();
      for (const c of this.syntax.clauses) {
        const list = this.clausesBySentence.get(c.sentence) ?? [];
        list.push(c);
        this.clausesBySentence.set(c.sentence, list);
      }
    }
    return this.clausesBySentence.get(sentence) ?? [];
  }

  /** The bare country code of a dateline's place ("NAIROBI" -> KEN, "KYIV, Ukraine" -> UKR). */
  private countryOfPlace(place: string | undefined): string | undefined {
    if (!place) return undefined;
    const words = place.split(/[\s,]+/).filter(Boolean).map(foldWord);
    // "TRIPOLI, Lebanon": a country the dateline names beside its city says which city is meant.
    const matches = this.index.scan(words).actors;
    const named = matches.filter((m) => m.value.entry.kind === 'country');
    for (const m of named.length > 0 ? named : matches) {
      const code = codeOn(m.value.entry.codes, this.doc.date)?.code;
      if (code && !ORGANISATION_CODE.test(code)) return countryPart(code);
    }
    return undefined;
  }
}
