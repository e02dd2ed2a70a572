import type { ActorMention } from '../../domain/actors.js';
import type { CodedEvent } from '../../domain/events.js';
import type { RecordWith } from '../../domain/record.js';
import type { Clause, NounPhrase, ReportFrame } from '../../domain/syntax.js';
import type { TimeExpression } from '../../domain/dates.js';
import { PresentWords, type PatternMatch } from './pattern-index.js';
import type { EventResources } from './event-resources.js';
import { namesAnActAgain } from './referred-act.js';
import { KILLING_NOUNS, CLAUSE_END, COUNT_HEADS, NO_COUNTRY, QUANTITY_HEADS } from './_words.js';
import { pushTo } from './_collections.js';

/**
 * One document as the events stage reads it: lookups from phrases to actors, clauses to subjects,
 * sentences to countries, and what coding has decided so far. Built once per document; its methods
 * are the questions every clause asks.
 */
// A class rather than closures over the record: V8 compiles each method on its own, where one
// closure holding them all was compiled (and, after each deoptimisation, recompiled) whole.
// Plural nouns for countries that a list after ", including" can name; and for their missions, named
// as "those of" the countries ("several embassies, including those of Rwanda and France").
const COUNTRY_PLURALS = new Set(['countries', 'nations', 'states', 'governments']);
const MISSION_PLURALS = new Set(['embassies', 'missions', 'consulates']);

export class EventDocument {
  readonly tokens;
  readonly phrases;
  readonly clauses;
  readonly sentences;
  readonly reports;
  readonly dates;
  readonly mentions;
  readonly clauseById: Map<number, Clause>;
  readonly events: CodedEvent[] = [];
  /** Events numbered so far in each sentence. */
  readonly perSentence = new Map<number, number>();
  /** Sentence, source, target and code of every event coded, so each is coded once. */
  readonly seen = new Set<string>();
  /** Clauses already part of an event coded from a clause that governs them. */
  readonly consumed = new Set<number>();
  /** Each clause's best pattern match, once asked for. */
  readonly matches = new Map<number, PatternMatch | undefined>();
  /** The words of the span of tokens a clause's patterns are matched in (see find-match.ts). */
  readonly presentWords: PresentWords;
  /** Where phrases with an actor (or a role still to be placed) start: the candidates for a pattern's slots. */
  readonly phraseStarts = new Map<number, NounPhrase>();
  /** First tokens of clause verbs. */
  readonly clauseStarts: ReadonlySet<number>;
  /**
   * Where clauses with a subject of their own begin (their subject's first token). A reduced relative
   * has none: "rejected a truce proposal put forward by the United States" rejects the United States' proposal.
   */
  readonly subjectClauseAt = new Set<number>();
  /**
   * Commas inside a coordinated noun phrase ("high taxes, tariffs and sanctions"): they end no clause.
   * None under literal dictionaries, whose patterns were written to stop at every comma.
   */
  readonly listCommas = new Set<number>();
  /** Phrases naming an armed body's post or vehicle (actors layer `installations`). */
  readonly installations: ReadonlySet<number>;
  /** Clauses hanging off each clause (complements, shared subjects), for consuming them. */
  readonly dependents = new Map<number, number[]>();
  readonly expressionsBySentence = new Map<number, TimeExpression[]>();
  readonly reportsBySentence = new Map<number, ReportFrame[]>();
  /** A pattern's slots ask these of the document while matching. */
  readonly phraseAtSlot = (i: number) => this.phraseAt(i);
  readonly victimOfSlot = (id: number) => this.victimOf(id);
  private readonly clausesBySentence = new Map<number, Clause[]>();
  private readonly mentionsOf = new Map<number, ActorMention[]>();
  private readonly unplacedRole: ReadonlyMap<number, string>;
  private countriesBySentence: Map<number, Set<string>> | undefined = undefined;
  private phraseEnds: Map<number, NounPhrase> | undefined = undefined;

  constructor(readonly resources: EventResources, readonly record: RecordWith<'segment' | 'syntax' | 'actors' | 'dates'>) {
    const { segment, syntax, actors, dates } = record;
    this.tokens = segment.tokens;
    this.presentWords = new PresentWords(resources.patterns, this.tokens);
    this.sentences = segment.sentences;
    this.phrases = syntax.phrases;
    this.clauses = syntax.clauses;
    this.reports = syntax.reports;
    this.dates = dates;
    this.mentions = actors.mentions;
    // One pass over the clauses for the tables keyed by clause (no pair arrays, nor an array per clause).
    this.clauseById = new Map();
    const clauseStarts = new Set<number>();
    for (const c of this.clauses) {
      this.clauseById.set(c.id, c);
      clauseStarts.add(c.verb.tokenStart);
      pushTo(this.clausesBySentence, c.sentence, c);
      if (c.parent !== undefined) pushTo(this.dependents, c.parent, c.id);
      if (c.subjectFrom !== undefined) pushTo(this.dependents, c.subjectFrom, c.id);
    }
    this.clauseStarts = clauseStarts;
    for (const m of actors.mentions) pushTo(this.mentionsOf, m.phrase, m);
    for (const p of this.phrases) if (p.appositive !== undefined) this.sharpenByAppositive(p);
    this.unplacedRole = new Map(actors.unplaced.map((u) => [u.phrase, u.role]));
    if (!resources.literalOnly) this.nameCountriesIncluded();
    for (const p of this.phrases) {
      // A role with no country yet can fill a slot too ("banned women from working"): it is placed later.
      // So can an act named again ("called the attack a terrorist act"), whose doer is found later.
      if (!this.actorsOf(p.id).length && this.roleOf(p.id) === undefined && (resources.literalOnly || !namesAnActAgain(this, p, true))) continue;
      // "struck what New Delhi said was a training camp": the subject of a clause opened by "what" is no slot of the verb before it.
      if (!resources.literalOnly && this.tokens[p.tokenStart - 1]?.lower === 'what') continue;
      const at = this.phraseStarts.get(p.tokenStart);
      if (!at || at.tokenEnd < p.tokenEnd) this.phraseStarts.set(p.tokenStart, p);
    }
    this.installations = new Set(record.actors.installations ?? []);
    if (!resources.literalOnly) for (const p of this.phrases) if (p.conjuncts) for (let i = p.tokenStart; i < p.tokenEnd; i++) if (this.tokens[i]?.text === ',') this.listCommas.add(i);
    for (const c of this.clauses) if (c.rule !== 'syntax/clause#reduced-relative' && c.subject !== undefined && this.phrases[c.subject]) this.subjectClauseAt.add(this.phrases[c.subject]!.tokenStart);
    for (const e of dates.expressions) pushTo(this.expressionsBySentence, e.sentence, e);
    for (const r of this.reports) pushTo(this.reportsBySentence, r.sentence, r);
  }

  /**
   * "diplomats from seven Latin American countries, including Argentina and Chile": the countries a
   * list names are who a plural of countries stands for (the rest go unnamed, so are not coded); and
   * "several embassies ..., including those of France and Rwanda" stands for their governments.
   */
  private nameCountriesIncluded(): void {
    for (const c of this.clauses) {
      const verb = this.tokens[c.verb.head];
      if (verb?.lower !== 'including' || c.verb.tokenStart !== c.verb.head || this.tokens[c.verb.head - 1]?.text !== ',') continue;
      // "including those of France, Rwanda and the United States": the countries after "those of".
      const ofAt = this.tokens[c.verb.head + 1]?.lower === 'those' && this.tokens[c.verb.head + 2]?.lower === 'of' ? c.verb.head + 3 : -1;
      const those = ofAt < 0 ? undefined : this.phrases.filter((p) => p.tokenStart === ofAt).sort((a, b) => b.tokenEnd - a.tokenEnd)[0]?.id;
      if (those === undefined && c.object === undefined) continue;
      const named = this.actorsOf(those ?? c.object);
      // The plural the list stands for ends before its comma, or before a place or time after it ("embassies in Kinshasa on Tuesday").
      const headOf = (p: NounPhrase) => this.tokens[p.head]?.lower ?? '';
      const group = this.phrases.findLast((p) => p.tokenEnd <= c.verb.head - 1 && p.sentence === c.sentence && !p.conjuncts && (COUNTRY_PLURALS.has(headOf(p)) || MISSION_PLURALS.has(headOf(p))));
      if (!group || named.length === 0 || !named.every((m) => /^[A-Z]{3}$/.test(m.code))) continue;
      const missions = MISSION_PLURALS.has(headOf(group));
      if (missions ? those === undefined : group.tokenEnd !== c.verb.head - 1) continue;
      this.mentionsOf.set(group.id, named.map((m) => ({ ...m, code: missions ? `${m.code}GOV` : m.code, phrase: group.id, rule: 'events/countries-included', resolution: 'inferred' })));
    }
  }

  clausesOf(sentence: number): readonly Clause[] {
    return this.clausesBySentence.get(sentence) ?? [];
  }

  /** A complement and everything hanging off it is part of the governing event. */
  consume(root: number): void {
    const stack = [root];
    while (stack.length) {
      const id = stack.pop()!;
      if (this.consumed.has(id)) continue;
      this.consumed.add(id);
      for (const child of this.dependents.get(id) ?? []) stack.push(child);
    }
  }

  /** Gives back a complement consumed for an event that was then not coded, so it is coded on its own. */
  release(root: number): void {
    const stack = [root];
    while (stack.length) {
      const id = stack.pop()!;
      if (!this.consumed.delete(id)) continue;
      for (const child of this.dependents.get(id) ?? []) stack.push(child);
    }
  }

  /** Actors of a phrase: its own mentions, its conjuncts', else its possessor's ("Beijing's position"). */
  actorsOf(id: number | undefined): ActorMention[] {
    if (id === undefined) return [];
    const p = this.phrases[id];
    if (!p) return [];
    const own = this.mentionsOf.get(id);
    if (own?.length) return own;
    if (p.conjuncts) return p.conjuncts.flatMap((c) => this.actorsOf(c));
    if (p.appositive !== undefined && this.mentionsOf.get(p.appositive)?.length) return this.mentionsOf.get(p.appositive)!;
    if (p.possessor !== undefined) return this.actorsOf(p.possessor);
    // "Thousands of protesters", "a group of soldiers": the actors are in the "of" phrase.
    const through = this.quantityOf(p);
    return through !== undefined ? this.actorsOf(through) : [];
  }

  /**
   * "Pierre Nkurunziza, leader of the country's main Hutu rebel group,": a person the dictionary knows
   * only by country (no office on the day) takes the role the appositive gives, in that country.
   * Done once, as the document is read.
   */
  private sharpenByAppositive(p: NounPhrase): void {
    const own = this.mentionsOf.get(p.id);
    if (!own?.length || own.some((m) => m.code.length !== 3)) return;
    const aside = this.mentionsOf.get(p.appositive!)?.filter((m) => m.code.length > 3 && own.some((o) => m.code.startsWith(o.code)));
    // The name stays the evidence; the code and its rule are the appositive's.
    if (aside?.length) this.mentionsOf.set(p.id, aside.map((m) => ({ ...own[0]!, code: m.code, rule: `${own[0]!.rule}+appositive:${m.rule}` })));
  }

  /** A role with no country yet. "Dozens of protesters" is as unplaced as "protesters" (see actorsOf). */
  roleOf(id: number | undefined, depth = 0): string | undefined {
    if (id === undefined) return undefined;
    const p = this.phrases[id];
    // "Tens of thousands of people": quantities nest.
    const through = p && depth < 3 ? this.quantityOf(p) : undefined;
    return this.unplacedRole.get(id) ?? (through !== undefined ? this.roleOf(through, depth + 1) : undefined);
  }

  /** "Thousands", "tens of thousands": a count with no one named, nor any actor. */
  isBareCount(id: number | undefined, depth = 0): boolean {
    const p = id !== undefined ? this.phrases[id] : undefined;
    if (!p || depth > 2 || !COUNT_HEADS.has(this.tokens[p.head]?.lower ?? '') || this.mentionsOf.get(p.id)?.length) return false;
    return p.ofPhrase === undefined || this.isBareCount(p.ofPhrase, depth + 1);
  }

  /** The "of" phrase a quantity heads ("thousands of protesters", "230 of them"), which holds its actors. */
  quantityOf(p: NounPhrase): number | undefined {
    const head = this.tokens[p.head];
    return p.ofPhrase !== undefined && (QUANTITY_HEADS.has(head?.lemma ?? '') || head?.pos === 'NUM') ? p.ofPhrase : undefined;
  }

  /** A text as subject ("a resolution calling for ...") acts for whoever issued it. */
  isDocument(id: number | undefined): boolean {
    const p = id !== undefined ? this.phrases[id] : undefined;
    return !!p && !this.resources.literalOnly && this.resources.frames.documentNouns.has(this.tokens[p.head]?.lemma ?? '') && this.actorsOf(p.id).length === 0;
  }

  subjectOf(c: Clause, depth = 0): number | undefined {
    if (c.subject !== undefined) return this.isDocument(c.subject) ? this.issuerOf(c, c.subject, depth) ?? c.subject : c.subject;
    // PETRARCH's dictionaries were written against parses where an adverbial gerund ("after
    // leaving Eriador") has no subject of its own, so under their conventions it codes nothing.
    if (this.resources.literalOnly && c.rule === 'syntax/clause#gerund') return undefined;
    if (c.subjectFrom === undefined || depth > 6) return undefined;
    const from = this.clauseById.get(c.subjectFrom);
    return from ? this.subjectOf(from, depth + 1) : undefined;
  }

  /** "a statement by the foreign ministry", else the clause that issued it ("adopted a resolution calling ..."). */
  private issuerOf(c: Clause, id: number, depth: number): number | undefined {
    const p = this.phrases[id]!;
    if (/^(by|from|of)$/.test(this.tokens[p.tokenEnd]?.lower ?? '')) {
      const named = this.phraseStarts.get(p.tokenEnd + 1);
      if (named && this.actorsOf(named.id).length > 0) return named.id;
    }
    const parent = c.parent !== undefined ? this.clauseById.get(c.parent) : undefined;
    return parent && depth < 6 ? this.subjectOf(parent, depth + 1) : undefined;
  }

  /** The longest-reaching phrase ending at a token ("the crackdown" before "on protesters"). */
  phraseEndingAt(token: number): NounPhrase | undefined {
    if (!this.phraseEnds) {
      this.phraseEnds = new Map();
      for (const q of this.phrases) { const at = this.phraseEnds.get(q.tokenEnd); if (!at || q.tokenStart < at.tokenStart) this.phraseEnds.set(q.tokenEnd, q); }
    }
    return this.phraseEnds.get(token);
  }

  /** For the victims of an attack ("the crackdown on protesters"), the attack noun's token. */
  victimOf(id: number, hops = 0): number | undefined {
    const { tokens, phrases } = this;
    const p = phrases[id];
    const prep = p ? tokens[p.tokenStart - 1] : undefined;
    if (!p || this.resources.literalOnly || !prep) return undefined;
    const before = this.phraseEndingAt(p.tokenStart - 1);
    if (!before) return undefined;
    // "the killing of civilians in El Fasher by the RSF": "of" names the victims when a "by" names
    // the killers, or when the act is a killing ("condemned the killing of aid workers"), and the
    // place of the killing is not a party either.
    if (prep.lower === 'of' && KILLING_NOUNS.has(tokens[before.head]?.lemma ?? '') && this.actorsOf(before.id).length === 0) return before.head;
    if (prep.lower === 'of') {
      let by = p.tokenEnd;
      while (by < p.tokenEnd + 12 && tokens[by] && tokens[by]!.sentence === p.sentence && tokens[by]!.lower !== 'by' && !CLAUSE_END.has(tokens[by]!.text)) by++;
      if (tokens[by]?.lower !== 'by' || !this.phraseStarts.has(by + 1)) return undefined;
    } else if ((prep.lower === 'in' || prep.lower === 'at') && hops < 2) {
      const victims = this.victimOf(before.id, hops + 1);
      return victims !== undefined && tokens[phrases[before.id]!.tokenStart - 1]?.lower === 'of' ? victims : undefined;
    } else if (prep.lower !== 'on' && prep.lower !== 'against') return undefined;
    return this.resources.frames.attackNouns.has(tokens[before.head]?.lemma ?? '') && this.actorsOf(before.id).length === 0 ? before.head : undefined;
  }

  phraseAt(i: number): { id: number; end: number; weak: boolean; act: boolean } | undefined {
    const p = this.phraseStarts.get(i);
    if (!p) return undefined;
    const weak = this.actorsOf(p.id).length === 0;
    return { id: p.id, end: p.tokenEnd, weak, act: weak && this.roleOf(p.id) === undefined };
  }

  /** The countries of the actors stated in a sentence (organisations aside). */
  countriesIn(sentence: number): ReadonlySet<string> {
    if (!this.countriesBySentence) {
      this.countriesBySentence = new Map();
      for (const m of this.mentions) {
        const at = this.phrases[m.phrase]?.sentence;
        if (at === undefined || m.resolution !== 'stated' || NO_COUNTRY.test(m.code) || !/^[A-Z]{3}/.test(m.code)) continue;
        const set = this.countriesBySentence.get(at) ?? new Set<string>();
        set.add(m.code.slice(0, 3));
        this.countriesBySentence.set(at, set);
      }
    }
    return this.countriesBySentence.get(sentence) ?? new Set();
  }

  /** The one country a sentence names, besides `not` when given. */
  soleCountry(sentence: number, not?: string): string | undefined {
    const others = [...this.countriesIn(sentence)].filter((c) => c !== not);
    return others.length === 1 ? others[0] : undefined;
  }

  /** The country of the last state actor stated before a sentence, besides `not` (one or several): whom the story is about. */
  lastCountryBefore(sentence: number, not: string | ReadonlySet<string>): string | undefined {
    const excluded = (country: string) => (typeof not === 'string' ? country === not : not.has(country));
    let last: { start: number; country: string } | undefined;
    for (const m of this.mentions) {
      const p = this.phrases[m.phrase];
      if (!p || p.sentence >= sentence || m.resolution !== 'stated' || NO_COUNTRY.test(m.code) || excluded(m.code.slice(0, 3))) continue;
      if (!last || p.start > last.start) last = { start: p.start, country: m.code.slice(0, 3) };
    }
    return last?.country;
  }

  /** A mention that names where something happened ("in Doha", "Gaza"), not a party. */
  placeLike(m: ActorMention): boolean {
    return /^actors\/(place|capital-as-place)/.test(m.rule) || /^(in|at)$/.test(this.wordBefore(m.phrase));
  }

  /** The lower-case word just before a phrase ("in" for "in Doha"), or "". */
  wordBefore(id: number): string {
    return this.tokens[(this.phrases[id]?.tokenStart ?? 0) - 1]?.lower ?? '';
  }

  /** Actors stated in a sentence, one per code, other than `not`'s: the parties it names. */
  sentenceParties(sentence: number, not: readonly string[]): ActorMention[] {
    const seenCodes = new Set<string>(not);
    const found: ActorMention[] = [];
    for (const m of this.mentions) {
      if (this.phrases[m.phrase]?.sentence !== sentence || m.resolution !== 'stated' || seenCodes.has(m.code) || not.some((code) => code.slice(0, 3) === m.code.slice(0, 3))) continue;
      if (this.placeLike(m)) continue;
      seenCodes.add(m.code);
      found.push(m);
    }
    return found;
  }

  /** An actor inferred for a phrase (a role placed in a country). */
  placedMention(id: number, code: string, rule = 'events/role-country-from-other-party'): ActorMention {
    const p = this.phrases[id]!;
    return { phrase: id, start: p.start, end: p.end, code, rule, resolution: 'inferred' };
  }
}
