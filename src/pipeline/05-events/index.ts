import type { Stage } from '../../domain/record.js';
import type { Clause, NounPhrase, ReportFrame } from '../../domain/syntax.js';
import type { ActorMention } from '../../domain/actors.js';
import type { CodedEvent, EventActor, EventsLayer } from '../../domain/events.js';
import type { CalendarDate, TimeExpression } from '../../domain/dates.js';
import type { FrameWords } from '../../dictionaries/frames/load-frames.js';
import type { DiscardList, VerbPattern } from '../../domain/verb-lexicon.js';
import type { Sentence, Token } from '../../domain/segment.js';
import type { IntentCodes } from '../../dictionaries/frames/load-intent-codes.js';
import { CIRCUMSTANCE_PREPS, canTakeIn, matchPattern, patternHasWord, mayMatch, sameRank, type PatternIndex, type PatternMatch } from './pattern-index.js';
import { cameoRoot, quadOfRoot } from '../../domain/cameo.js';

export { PatternIndex, matchPattern } from './pattern-index.js';

/** Prepositions whose object is never an event's target (comparisons, time); any other may be ("left for Moscow", "talks with X"). */
/** Heads that only count or group what their "of" phrase names. */
/** Verbs that, after "what X ...", name something rather than report an act. */
// Acts whose "of" phrase names their victims whoever did them.
const KILLING_NOUNS = new Set(['killing', 'killings', 'massacre', 'murder', 'murders', 'execution', 'executions', 'assassination', 'abduction', 'kidnapping']);
const NEGATORS_BEFORE_TO = new Set(['not', 'never']);
const DEONTIC_MODALS = new Set(['should', 'must', 'ought']);
// Verbs of travel that, in the passive, carry someone rather than make a visit.
const CARRYING_VERBS = new Set(['fly', 'take', 'bring', 'send', 'dispatch', 'lead', 'head', 'land']);
// "will not", "would not", "won't": a refusal announced.
const REFUSAL_MODALS = new Set(['will', 'would', 'shall', "'ll", 'wo']);
const AIMING_VERBS = new Set(['target', 'aim', 'hit', 'retaliate']);
const STATE_CODE = /^[A-Z]{3}(GOV|MIL|COP|SPY|JUD|LEG)?$/;
// Roles of the state itself: a state's forces do not attack them at home.
const STATE_ROLES = new Set(['GOV', 'MIL', 'SPY', 'LEG', 'JUD']);
const NAMING_VERBS = new Set(['call', 'describe', 'term', 'dub', 'label', 'brand']);
const QUANTITY_HEADS = new Set([
  'thousand', 'thousands', 'hundred', 'hundreds', 'ten', 'tens', 'dozen', 'dozens', 'score', 'scores', 'million', 'millions',
  'group', 'groups', 'number', 'crowd', 'crowds', 'member', 'members', 'some', 'many', 'most', 'all', 'several',
  'unit', 'units', 'team', 'delegation', 'contingent', 'convoy', 'band', 'handful', 'majority', 'rest',
]);

/** Punctuation that closes the stretch of text a verb's pattern may reach. */
const CLAUSE_END = new Set([',', ';', ':', '"', '“', '”', '(', ')']);

// Words that make a role someone from another country, whatever country acts on them.
const FROM_ELSEWHERE = new Set(['foreign', 'foreigner', 'foreigners', 'migrant', 'migrants', 'refugee', 'refugees', 'asylum', 'immigrant', 'immigrants', 'expatriate', 'expatriates', 'tourist', 'tourists']);
// "calling them 'strong punishment'": a quotation after the object is what it is called.
const QUOTE_MARK = /^["'“”‘’«]$/;
// Comparisons, and the phrases of time and circumstance a pattern's words are not sought past either
// ("near" aside: "fired near the border with Mordor" may name whom).
const NON_TARGET_PREPS = new Set(['as', 'like', 'than', ...[...CIRCUMSTANCE_PREPS].filter((p) => p !== 'near')]);

/** One step of the events stage's reasoning, for `parley explain`. */
export type EventTrace =
  | { readonly kind: 'clause'; readonly clause: number; readonly verb: string; readonly note: string }
  | { readonly kind: 'pattern'; readonly clause: number; readonly pattern: string; readonly code: string | null; readonly matched: boolean }
  | { readonly kind: 'event'; readonly clause: number; readonly event: string; readonly note: string };

export interface EventResources {
  readonly patterns: PatternIndex;
  readonly frames: FrameWords;
  readonly intents: IntentCodes;
  readonly refusals: IntentCodes;
  /**
   * Only literal (PETRARCH/TABARI) dictionaries are in use, so their conventions hold throughout:
   * a reporting verb's bare pattern codes ("SAID [023]"), and a negated verb does not silence the
   * clause it governs (the dictionary's own patterns spell negation out).
   */
  readonly literalOnly?: boolean;
  /** Phrases that discard a sentence, or the whole story, from coding (PETRARCH discards: sports, weather ...). */
  readonly discards?: DiscardList;
  /** Receives every decision; absent in normal runs, so coding pays nothing for it. */
  readonly trace?: (step: EventTrace) => void;
}

/** Codes each clause's verb pattern into CAMEO events between the resolved actors. */
export function eventsStage(resources: EventResources): Stage<'segment' | 'syntax' | 'actors' | 'dates', 'events'> {
  const { patterns, frames, intents, trace } = resources;
  return {
    name: 'events',
    needs: ['segment', 'syntax', 'actors', 'dates'],
    adds: 'events',
    run({ doc, segment, syntax, actors, dates }) {
      const { tokens } = segment;
      const { phrases, clauses, reports } = syntax;
      const clauseById = new Map(clauses.map((c) => [c.id, c]));
      const clausesBySentence = new Map<number, Clause[]>();
      for (const c of clauses) pushTo(clausesBySentence, c.sentence, c);
      const clausesOf = (sentence: number): readonly Clause[] => clausesBySentence.get(sentence) ?? [];
      const mentionsOf = new Map<number, ActorMention[]>();
      for (const m of actors.mentions) {
        const list = mentionsOf.get(m.phrase) ?? [];
        list.push(m);
        mentionsOf.set(m.phrase, list);
      }
      // Actors of a phrase: its own mentions, its conjuncts', else its possessor's ("Beijing's position").
      const unplacedRole = new Map(actors.unplaced.map((u) => [u.phrase, u.role]));
      let countriesBySentence: Map<number, Set<string>> | undefined;
      /** The countries of the actors stated in a sentence (organisations aside). */
      const countriesIn = (sentence: number): ReadonlySet<string> => {
        if (!countriesBySentence) {
          countriesBySentence = new Map();
          for (const m of actors.mentions) {
            const at = phrases[m.phrase]?.sentence;
            if (at === undefined || m.resolution !== 'stated' || /^(IGO|NGO|MNC|---)/.test(m.code) || !/^[A-Z]{3}/.test(m.code)) continue;
            const set = countriesBySentence.get(at) ?? new Set<string>();
            set.add(m.code.slice(0, 3));
            countriesBySentence.set(at, set);
          }
        }
        return countriesBySentence.get(sentence) ?? new Set();
      };
      /** The one country a sentence names, besides `not` when given. */
      const soleCountry = (sentence: number, not?: string): string | undefined => {
        const others = [...countriesIn(sentence)].filter((c) => c !== not);
        return others.length === 1 ? others[0] : undefined;
      };
      /** A mention that names where something happened ("in Doha", "Gaza"), not a party. */
      const placeLike = (m: ActorMention): boolean =>
        /^actors\/(place|capital-as-place)/.test(m.rule) || /^(in|at)$/.test(tokens[(phrases[m.phrase]?.tokenStart ?? 0) - 1]?.lower ?? '');
      /** Actors stated in a sentence, one per code, other than `not`'s: the parties it names. */
      const sentenceParties = (sentence: number, not: readonly string[]): ActorMention[] => {
        const seenCodes = new Set<string>(not);
        const found: ActorMention[] = [];
        for (const m of actors.mentions) {
          if (phrases[m.phrase]?.sentence !== sentence || m.resolution !== 'stated' || seenCodes.has(m.code) || not.some((code) => code.slice(0, 3) === m.code.slice(0, 3))) continue;
          if (placeLike(m)) continue;
          seenCodes.add(m.code);
          found.push(m);
        }
        return found;
      };
      const placedMention = (id: number, code: string, rule = 'events/role-country-from-other-party'): ActorMention => {
        const p = phrases[id]!;
        return { phrase: id, start: p.start, end: p.end, code, rule, resolution: 'inferred' };
      };
      /** The "of" phrase a quantity heads ("thousands of protesters"), which holds its actors. */
      const quantityOf = (p: NounPhrase): number | undefined =>
        p.ofPhrase !== undefined && QUANTITY_HEADS.has(tokens[p.head]?.lemma ?? '') ? p.ofPhrase : undefined;
      const actorsOf = (id: number | undefined): ActorMention[] => {
        if (id === undefined) return [];
        const p = phrases[id];
        if (!p) return [];
        const own = mentionsOf.get(id);
        if (own?.length) return own;
        if (p.conjuncts) return p.conjuncts.flatMap((c) => actorsOf(c));
        if (p.appositive !== undefined && mentionsOf.get(p.appositive)?.length) return mentionsOf.get(p.appositive)!;
        if (p.possessor !== undefined) return actorsOf(p.possessor);
        // "Thousands of protesters", "a group of soldiers": the actors are in the "of" phrase.
        const through = quantityOf(p);
        return through !== undefined ? actorsOf(through) : [];
      };
      // "Dozens of protesters" is as unplaced as "protesters" (see actorsOf).
      const roleOf = (id: number | undefined, depth = 0): string | undefined => {
        if (id === undefined) return undefined;
        const p = phrases[id];
        // "Tens of thousands of people": quantities nest.
        const through = p && depth < 3 ? quantityOf(p) : undefined;
        return unplacedRole.get(id) ?? (through !== undefined ? roleOf(through, depth + 1) : undefined);
      };
      // A text as subject ("a resolution calling for ...") acts for whoever issued it.
      const isDocument = (id: number | undefined): boolean => {
        const p = id !== undefined ? phrases[id] : undefined;
        return !!p && !resources.literalOnly && frames.documentNouns.has(tokens[p.head]?.lemma ?? '') && actorsOf(p.id).length === 0;
      };
      const subjectOf = (c: Clause, depth = 0): number | undefined => {
        if (c.subject !== undefined) return isDocument(c.subject) ? issuerOf(c, c.subject, depth) ?? c.subject : c.subject;
        // PETRARCH's dictionaries were written against parses where an adverbial gerund ("after
        // leaving Eriador") has no subject of its own, so under their conventions it codes nothing.
        if (resources.literalOnly && c.rule === 'syntax/clause#gerund') return undefined;
        if (c.subjectFrom === undefined || depth > 6) return undefined;
        const from = clauseById.get(c.subjectFrom);
        return from ? subjectOf(from, depth + 1) : undefined;
      };
      // "a statement by the foreign ministry", else the clause that issued it ("adopted a resolution calling ...").
      const issuerOf = (c: Clause, id: number, depth: number): number | undefined => {
        const p = phrases[id]!;
        if (/^(by|from|of)$/.test(tokens[p.tokenEnd]?.lower ?? '')) {
          const named = phraseStarts.get(p.tokenEnd + 1);
          if (named && actorsOf(named.id).length > 0) return named.id;
        }
        const parent = c.parent !== undefined ? clauseById.get(c.parent) : undefined;
        return parent && depth < 6 ? subjectOf(parent, depth + 1) : undefined;
      };
      const phraseStarts = new Map<number, NounPhrase>();
      for (const p of phrases) {
        // A role with no country yet can fill a slot too ("banned women from working"): it is placed later.
        if (!actorsOf(p.id).length && roleOf(p.id) === undefined) continue;
        const at = phraseStarts.get(p.tokenStart);
        if (!at || at.tokenEnd < p.tokenEnd) phraseStarts.set(p.tokenStart, p);
      }
      // "the crackdown on protesters": the phrase after an attack noun's "on"/"against", keyed to that noun.
      let phraseEnds: Map<number, NounPhrase> | undefined;
      const phraseEndingAt = (token: number): NounPhrase | undefined => {
        if (!phraseEnds) {
          phraseEnds = new Map();
          for (const q of phrases) { const at = phraseEnds.get(q.tokenEnd); if (!at || q.tokenStart < at.tokenStart) phraseEnds.set(q.tokenEnd, q); }
        }
        return phraseEnds.get(token);
      };
      const victimOf = (id: number, hops = 0): number | undefined => {
        const p = phrases[id];
        const prep = p ? tokens[p.tokenStart - 1] : undefined;
        if (!p || resources.literalOnly || !prep) return undefined;
        const before = phraseEndingAt(p.tokenStart - 1);
        if (!before) return undefined;
        // "the killing of civilians in El Fasher by the RSF": "of" names the victims when a "by" names
        // the killers, or when the act is a killing ("condemned the killing of aid workers"), and the
        // place of the killing is not a party either.
        if (prep.lower === 'of' && KILLING_NOUNS.has(tokens[before.head]?.lemma ?? '') && actorsOf(before.id).length === 0) return before.head;
        if (prep.lower === 'of') {
          let by = p.tokenEnd;
          while (by < p.tokenEnd + 12 && tokens[by] && tokens[by]!.sentence === p.sentence && tokens[by]!.lower !== 'by' && !CLAUSE_END.has(tokens[by]!.text)) by++;
          if (tokens[by]?.lower !== 'by' || !phraseStarts.has(by + 1)) return undefined;
        } else if ((prep.lower === 'in' || prep.lower === 'at') && hops < 2) {
          const victims = victimOf(before.id, hops + 1);
          return victims !== undefined && tokens[phrases[before.id]!.tokenStart - 1]?.lower === 'of' ? victims : undefined;
        } else if (prep.lower !== 'on' && prep.lower !== 'against') return undefined;
        return frames.attackNouns.has(tokens[before.head]?.lemma ?? '') && actorsOf(before.id).length === 0 ? before.head : undefined;
      };
      const phraseAt = (i: number) => { const p = phraseStarts.get(i); return p ? { id: p.id, end: p.tokenEnd, weak: actorsOf(p.id).length === 0 } : undefined; };

      const clauseStarts = new Set(clauses.map((c) => c.verb.tokenStart));
      // Where clauses with a subject of their own begin (their subject's first token).
      // (A reduced relative has none: "rejected a truce proposal put forward by the United States" rejects
      // the United States' proposal.)
      const subjectClauseAt = new Set<number>();
      for (const c of clauses) if (c.rule !== 'syntax/clause#reduced-relative' && c.subject !== undefined && phrases[c.subject]) subjectClauseAt.add(phrases[c.subject]!.tokenStart);
      // Clauses hanging off each clause (complements, shared subjects), for consuming them.
      const dependents = new Map<number, number[]>();
      for (const c of clauses) for (const up of [c.parent, c.subjectFrom]) if (up !== undefined) pushTo(dependents, up, c.id);
      const expressionsBySentence = new Map<number, TimeExpression[]>();
      for (const e of dates.expressions) pushTo(expressionsBySentence, e.sentence, e);
      const reportsBySentence = new Map<number, ReportFrame[]>();
      for (const r of reports) pushTo(reportsBySentence, r.sentence, r);
      const consumed = new Set<number>();
      const matches = new Map<number, PatternMatch | undefined>();
      const sentenceWords = new Map<number, ReadonlySet<string>>();
      const consume = (root: number) => {
        // A complement and everything hanging off it is part of the governing event.
        const stack = [root];
        while (stack.length) {
          const id = stack.pop()!;
          if (consumed.has(id)) continue;
          consumed.add(id);
          for (const child of dependents.get(id) ?? []) stack.push(child);
        }
      };

      const discarded = discardedSentences(tokens, segment.sentences, resources.discards, doc.text);
      const events: CodedEvent[] = [];
      const perSentence = new Map<number, number>();
      const seen = new Set<string>();
      for (const c of clauses) {
        if (discarded.has(c.sentence)) { trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: 'sentence discarded by a discard phrase' }); continue; }
        if (consumed.has(c.id)) { trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: 'part of an event coded from the clause that governs it' }); continue; }
        const head = tokens[c.verb.head];
        if (!head) continue;
        // Reporting verbs attribute their content; they make an event only where a dictionary codes them.
        const reporting = frames.reportingVerbs.has(c.verb.lemma);
        // "for what he called hostile remarks", "what Moscow calls a special operation": a naming, not a call.
        const subjectStart = c.subject !== undefined ? phrases[c.subject]?.tokenStart : undefined;
        if (NAMING_VERBS.has(c.verb.lemma) && subjectStart !== undefined && /^(what|which)$/.test(tokens[subjectStart - 1]?.lower ?? '')) {
          trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: 'a naming ("what X called Y"), not an event' });
          continue;
        }
        // "unless Moscow agreed to a peace deal", "if Washington did not lift the sanctions": a condition
        // names what has not happened.
        if (!resources.literalOnly && isCondition(c)) {
          // Nor is what it governs ("unless Putin agreed to end the war").
          if (c.complement) consume(c.complement.clause);
          trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: 'a condition ("if", "unless"), not an event' });
          continue;
        }
        // "calling them not wise": a naming. Only a pattern with words of its own ("called it a threat") codes it.
        const naming = NAMING_VERBS.has(c.verb.lemma) && namesObject(c);
        const complement = c.complement ? clauseById.get(c.complement.clause) : undefined;
        // Intent frames: the intended action is coded, wrapped into CAMEO's intent codes.
        // "Israel will not send a delegation to the talks": cooperation announced as not going to happen
        // is refused (root 12, dictionaries/frames/refusal-codes.txt); a past negation codes nothing.
        const refusing = !resources.literalOnly && c.verb.negated && REFUSAL_MODALS.has(c.verb.modal ?? '');
        if ((c.verb.negated && !refusing) || (frames.unfulfilledVerbs.has(c.verb.lemma) && c.complement?.kind === 'to-infinitive' && !resources.literalOnly)) {
          // "did not agree to meet": nothing it governs happened either. Only a literal pattern that
          // spells the negation out ("- &NEGATVAUXVRB * ..." in PETRARCH dictionaries) codes it.
          const spelled = bestMatch(c);
          if (!spelled || !patterns.isLiteral(spelled.pattern) || spelled.pattern.before.length === 0) {
            if (c.complement && !resources.literalOnly) consume(c.complement.clause);
            trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: c.verb.negated ? 'negated: not coded, nor what it governs' : `"${c.verb.lemma}" to: what it governs did not happen` });
            continue;
          }
        }
        let action = c;
        let intent = false;
        if (complement && c.complement?.kind === 'to-infinitive' && isIntentCue(c) && !literalFor(c)) {
          action = complement;
          intent = true;
          consume(complement.id);
        } else if (complement && c.complement?.kind === 'to-infinitive' && frames.aspectVerbs.has(c.verb.lemma) && !resources.literalOnly) {
          action = complement;
          intent = c.verb.modal !== undefined && frames.intentModals.has(c.verb.modal);
          consume(complement.id);
        }
        if (intent) trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: `intent frame: codes the intended action "${action.verb.lemma}" as CAMEO 03x` });
        // "agreed not to threaten or use force against each other": what is intended is not to act, so
        // the action's own code does not apply; a commitment is still coded as one (030, below).
        const intendsNot = intent && !resources.literalOnly && NEGATORS_BEFORE_TO.has(tokens[action.verb.tokenStart - 2]?.lower ?? '') && tokens[action.verb.tokenStart - 1]?.lower === 'to';
        let match = intendsNot ? undefined : bestMatch(action);
        // A reporting verb's bare default ("SAID [023]") would code the act of speaking itself;
        // what was said is coded instead.
        if (match && reporting && !resources.literalOnly && match.pattern.after.length === 0 && match.pattern.before.length === 0) match = undefined;
        // Words of its own that are only prepositions ("calling them 'strong punishment' for separatist acts"
        // is no "call for") do not make a naming an appeal either.
        if (match && naming && match.pattern.verb.length === 1 && match.wordTokens.every((t) => tokens[t]?.pos === 'ADP')) {
          trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: 'a naming ("called the move a provocation"), not a call' });
          continue;
        }
        // "police should shoot anyone caught torching businesses": what ought to happen has not happened.
        if (match && !patterns.isLiteral(match.pattern) && action.verb.modal !== undefined && DEONTIC_MODALS.has(action.verb.modal)) {
          trace?.({ kind: 'clause', clause: action.id, verb: action.verb.lemma, note: `"${action.verb.modal}": what ought to happen, not an event` });
          continue;
        }
        // "Duterte was flown to The Hague": someone carried somewhere makes no visit (a visit received,
        // "was visited by", still is one).
        if (match && action.verb.passive && !patterns.isLiteral(match.pattern) && /^04[23]/.test(match.pattern.code ?? '') && CARRYING_VERBS.has(action.verb.lemma)) {
          trace?.({ kind: 'clause', clause: action.id, verb: action.verb.lemma, note: 'carried somewhere (passive), not a visit' });
          continue;
        }
        // "sent F-16 jets to bomb Cambodian targets": force sent to attack is the attack.
        if (match && !intent && complement && c.complement?.kind === 'to-infinitive' && /^(072|15)/.test(match.pattern.code ?? '') && !patterns.isLiteral(match.pattern)) {
          const purpose = bestMatch(complement);
          if (purpose?.pattern.code && /^(18|19|20)/.test(purpose.pattern.code)) {
            trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: `sent to attack: the attack (clause ${complement.id}) is coded` });
            action = complement;
            match = purpose;
            consume(complement.id);
          }
        }
        // "issued a statement condemning the strikes": what the statement does is the event, not its issuing
        // (010), nor the vote that passed it ("approved a resolution condemning ...": "approve +" is 051).
        const bareVerb = match !== undefined && match.pattern.verb.length === 1 && !match.pattern.after.some((e) => e.kind === 'words') && !match.pattern.before.some((e) => e.kind === 'words');
        if (match && !intent && (match.pattern.code === '010' || bareVerb) && !patterns.isLiteral(match.pattern) && complement?.subject !== undefined && isDocument(complement.subject)) {
          trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: `issues a text: what the text does is coded (clause ${complement.id})` });
          continue;
        }
        // "Turkey and Sweden agreed to set up a joint mechanism": a commitment whose action no pattern
        // codes is itself coded, as intent to cooperate (030).
        if (!match && intent && frames.commitmentVerbs.has(c.verb.lemma)) {
          match = { pattern: { id: `frames/intent-cues#${c.verb.lemma}`, verb: [c.verb.lemma], code: '030', before: [], after: [] }, lastToken: action.tokenEnd, wordTokens: [] };
        }
        if (!match || match.pattern.code === null) {
          if (intent) consumed.delete(complement!.id);
          trace?.({ kind: 'clause', clause: action.id, verb: action.verb.lemma, note: match ? `blocked by ${match.pattern.id}` : reporting ? 'reporting verb: its content is coded, not the verb' : 'no pattern matched' });
          continue;
        }
        let code = match.pattern.code;
        const literal = patterns.isLiteral(match.pattern);
        // "agreed to extend its sanctions": a coercive action decided on is taken (CAMEO roots 10-20, 13 aside).
        const decided = intent && frames.decisionVerbs.has(c.verb.lemma) && /^(1[0-24-9]|20)/.test(code) && c.verb.modal === undefined;
        if (refusing) {
          const refused = resources.refusals.intentOf(code);
          if (refused === code) { trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: `negated: ${code} has no refusal code, not coded` }); continue; }
          code = refused;
        } else if (!literal && !decided && (intent || (action.verb.modal !== undefined && frames.intentModals.has(action.verb.modal)))) code = intents.intentOf(code);

        let sourcePhrase = match.source ?? subjectOf(action);
        const sourceCodes = actorsOf(sourcePhrase).map((m) => m.code);
        // Several parties acting together ("X and Y met in Dubai"): a place is where, not whom.
        // "met in the South Korean city of Busan": the "of" phrase is part of the place.
        const placeOnly = (id: number) => {
          if (sourceCodes.length < 2) return false;
          let start = phrases[id]?.tokenStart ?? 0;
          for (let hops = 0; hops < 3 && !literal && tokens[start - 1]?.lower === 'of'; hops++) {
            const host = phraseEndingAt(start - 1);
            if (!host) break;
            start = host.tokenStart;
          }
          return /^(in|at)$/.test(tokens[start - 1]?.lower ?? '');
        };
        // "Ukraine received jets from $the Netherlands": a pattern that places the source elsewhere acts on the subject.
        const subjectAsTarget = !literal && match.source !== undefined && match.target === undefined ? subjectOf(action) : undefined;
        let targetPhrase = match.target !== undefined && isOtherParty(match.target, sourceCodes) && !placeOnly(match.target) ? match.target
          : subjectAsTarget !== undefined && subjectAsTarget !== match.source ? subjectAsTarget
          : defaultTarget(action, sourceCodes, literal ? [] : match.wordTokens);
        // Passive: the by-phrase acts on the subject. Without a by-phrase a literal dictionary keeps
        // the subject as source (its patterns were written that way); Parley's own lexicon has no source.
        const by = action.verb.passive && match.source === undefined ? action.preps.find((p) => p.prep === 'by') ?? attackIn(action, literal) : undefined;
        if (by || (action.verb.passive && match.source === undefined && !literal)) {
          // A "+" that landed on the by-phrase ("arrested by police"), or on one of its members ("put
          // forward by the United States, Saudi Arabia and Egypt"), is the agent, not the target.
          const byPhrase = by ? phrases[by.np] : undefined;
          const inBy = (id: number) => !!byPhrase && (id === byPhrase.id || (phrases[id]!.tokenStart >= byPhrase.tokenStart && phrases[id]!.tokenEnd <= byPhrase.tokenEnd));
          targetPhrase = (match.target !== undefined && !inBy(match.target) ? match.target : undefined) ?? subjectOf(action);
          sourcePhrase = by?.np;
        }
        // Protesters rally *in* a place; the place is not whom they protest against (CAMEO root 14).
        if (!literal && code.startsWith('14') && targetPhrase !== undefined && match.target === undefined && /^(in|at|through|across|outside)$/.test(tokens[(phrases[targetPhrase]?.tokenStart ?? 0) - 1]?.lower ?? '')) targetPhrase = undefined;
        let sources = actorsOf(sourcePhrase);
        // A role with no country of its own takes the other party's ("Iranian police arrested two journalists" -> IRNMED).
        const sourceRole = roleOf(sourcePhrase);
        if (sources.length === 0 && sourceRole !== undefined) {
          // Where they acted first: "thousands of protesters rallied in Tbilisi" are Georgian, and
          // "militias attacked U.S. troops in Syria" are Syrian, not American.
          const where = !literal ? placeOf(action) : undefined;
          if (where) sources = [placedMention(sourcePhrase!, where + sourceRole, 'events/role-country-from-place')];
          const other = sources.length === 0 ? actorsOf(match.target ?? targetPhrase)[0] : undefined;
          if (other && !/^(IGO|NGO|MNC|---)/.test(other.code)) sources = [placedMention(sourcePhrase!, other.code.slice(0, 3) + sourceRole)];
          // "Nepal's prime minister resigned, a day after police shot dead 19 people": the one country
          // the sentence names.
          const only = sources.length === 0 && !literal ? soleCountry(action.sentence) : undefined;
          if (only) sources = [placedMention(sourcePhrase!, only + sourceRole, 'events/role-country-from-sentence')];
        }
        // PETRARCH reads a subject with its modifiers as one noun phrase and takes its first actor
        // ("Resumption of ties between Arnor and Gondor may spur ..." -> Arnor and Gondor).
        if (sources.length === 0 && resources.literalOnly && match.source === undefined && sourcePhrase !== undefined) {
          const modifier = actorInModifiers(sourcePhrase, action.verb.tokenStart);
          if (modifier !== undefined) { sourcePhrase = modifier; sources = actorsOf(modifier); }
        }
        if (sources.length === 0) { trace?.({ kind: 'clause', clause: action.id, verb: action.verb.lemma, note: `${match.pattern.id} matched but the source has no actor` }); continue; }
        // What the clause governs is part of its event, once there is one ("were killed when militants
        // ambushed a convoy": with no source for the killing, the ambush is coded on its own).
        if (c.complement && !intent && !reporting) consume(c.complement.clause);
        // A compound pattern codes the members of a coordination acting on one another.
        let targets = match.compound && sources.length > 1 ? [] : actorsOf(targetPhrase);
        // "attacked Kyiv, killing 12 people": a participle that continues the clause before it acts on
        // that clause's side, so people it names without a country are the earlier target's ("raided
        // the Mexican embassy and arrested a former vice president" is a new act: not there).
        const earlier = action.subjectFrom !== undefined && action.rule === 'syntax/clause#participle' ? events.findLast((e) => e.sentence === action.sentence && e.clause === action.subjectFrom)?.target?.code : undefined;
        const earlierSide = earlier && /^[A-Z]{3}/.test(earlier) && !/^(IGO|NGO|MNC|---)/.test(earlier) ? earlier.slice(0, 3) : undefined;
        // A role placed only by the dateline yields to the other party's country ("Police in Dhaka
        // fired at students" in a story datelined elsewhere): the parties of one act share a place.
        const firstTarget = targets[0];
        if (firstTarget && targets.length === 1 && sources.length === 1 && sources[0]!.rule === 'actors/agent+dateline' && firstTarget.rule !== 'actors/agent+dateline' && !/^(IGO|NGO|MNC)/.test(firstTarget.code)) {
          sources = [{ ...sources[0]!, code: firstTarget.code.slice(0, 3) + sources[0]!.code.slice(3), rule: 'events/role-country-from-other-party' }];
        } else if (firstTarget && targets.length === 1 && sources.length === 1 && firstTarget.rule === 'actors/agent+dateline' && sources[0]!.rule !== 'actors/agent+dateline' && !/^(IGO|NGO|MNC)/.test(sources[0]!.code)) {
          const side = earlierSide ?? sources[0]!.code.slice(0, 3);
          if (side !== firstTarget.code.slice(0, 3)) targets = [{ ...firstTarget, code: side + firstTarget.code.slice(3), rule: earlierSide ? 'events/role-country-from-earlier-target' : 'events/role-country-from-other-party' }];
        }
        const targetRole = roleOf(targetPhrase);
        const firstSource = sources[0];
        if (targets.length === 0 && targetRole !== undefined && firstSource && !/^(IGO|NGO|MNC|---)/.test(firstSource.code) && !saysForeign(targetPhrase)) {
          // "ministers killed in an Israeli air strike on Sanaa": a state does not attack its own state
          // roles, so they are the other country the sentence names, if it names just one.
          const ownState = !literal && /^(18|19|20)/.test(code) && STATE_CODE.test(firstSource.code) && STATE_ROLES.has(targetRole);
          const side = earlierSide ?? (ownState ? soleCountry(action.sentence, firstSource.code.slice(0, 3)) : firstSource.code.slice(0, 3));
          if (side) targets = [placedMention(targetPhrase!, side + targetRole, earlierSide ? 'events/role-country-from-earlier-target' : ownState ? 'events/role-country-from-sentence' : 'events/role-country-from-other-party')];
        }
        // "a truce between Israel and Hezbollah ... brokered by the United States and France": a mediation
        // with no party of its own is between the parties the sentence names.
        if (targets.length === 0 && !literal && code === '045') {
          const parties = sentenceParties(action.sentence, sources.map((m) => m.code));
          // Mediation takes two sides; one other actor named is not enough to tell them.
          if (parties.length >= 2) targets = parties.slice(0, 2);
        }
        const hasWords = match.pattern.after.some((e) => e.kind === 'words') || match.pattern.verb.length > 1;
        const report = reportAround(reportsBySentence.get(action.sentence) ?? [], action);
        // The trigger is the verb group and the pattern's own words, not the actors it bound.
        const lastWord = match.wordTokens.length > 0 ? Math.max(...match.wordTokens) : -1;
        const trigger = { start: Math.min(c.verb.start, action.verb.start), end: Math.max(action.verb.end, tokens[lastWord]?.end ?? action.verb.end) };
        // Whether a time is past is told by the verb of the clause it stands in ("would suspend the deal,
        // the prime minister said Tuesday": said last Tuesday), else by the event's own verbs.
        const eventPast = action.verb.tense === 'past' || c.verb.tense === 'past';
        const pastAt = (e: TimeExpression) => {
          let holder: Clause | undefined;
          for (const o of clausesOf(c.sentence)) if (o.start <= e.start && e.end <= o.end && (!holder || o.end - o.start < holder.end - holder.start)) holder = o;
          return holder ? holder.verb.tense === 'past' : eventPast;
        };
        const date = dateFor(ownTimes(action, expressionsBySentence.get(c.sentence) ?? []), c.sentence, trigger.start, dates.reference, pastAt);
        // Parties acting together are not each other's target through their own capital or people.
        // Under PETRARCH's conventions only a pair with itself is dropped ("between Arnor and Gondor ...
        // reconciliation between Calenardhon and Gondor": Arnor -> Gondor stands).
        // A state does not act on its own bare country ("Xi praised the friendship between China and
        // Pakistan" praises Pakistan); rebels and opposition do ("militants attacked Pakistan").
        const ownCountry = (s: ActorMention, t: ActorMention) => !resources.literalOnly && t.code.length === 3 && STATE_CODE.test(s.code) && s.code.startsWith(t.code);
        const sameParty = (s: ActorMention, t: ActorMention) => s.code === t.code || ownCountry(s, t) || (!resources.literalOnly && sources.length > 1 && s.code.slice(0, 3) === t.code.slice(0, 3));
        if (!resources.literalOnly || targets.every((t) => sources.some((s) => sameParty(s, t)))) targets = targets.filter((t) => !sources.some((s) => sameParty(s, t)));
        const pairs: [ActorMention, ActorMention | undefined][] = [];
        // A joint statement or appeal (roots 01, 02) is not its authors addressing one another.
        if (targets.length === 0 && sources.length > 1 && (literal || !/^0[12]/.test(code))) {
          // "Moscow and Beijing agreed to ...": a joint act is coded in both directions.
          for (const a of sources) for (const b of sources) if (a !== b && a.code !== b.code) pairs.push([a, b]);
        } else if (targets.length === 0) {
          // A protest says enough with no target ("protesters rallied in Tbilisi"); other bare verbs do not.
          if ((!hasWords && !code.startsWith('14')) || literal) { trace?.({ kind: 'clause', clause: action.id, verb: action.verb.lemma, note: `${match.pattern.id} matched, but a bare verb with no target says too little to code` }); continue; }
          for (const a of sources) pairs.push([a, undefined]);
        } else {
          for (const a of sources) for (const b of targets) if (!sameParty(a, b)) pairs.push([a, b]);
        }
        for (const [s, t] of pairs) {
          // An intent is one side's statement, so a paired pattern's reverse event is not coded for it.
          const reverse: [ActorMention, ActorMention | undefined, string][] = match.pattern.reverseCode && t && !intent && code === match.pattern.code ? [[t, s, match.pattern.reverseCode]] : [];
          // "M23 rebels captured Goma": a place seized is territory taken (192), not a person arrested or property seized.
          const taken = !literal && t && (code === '173' || code === '1711') && /^actors\/(place|capital)/.test(t.rule) ? '192' : code;
          const directions: [ActorMention, ActorMention | undefined, string][] = [[s, t, taken], ...reverse];
          for (const [from, to, cameo] of directions) {
            const key = `${c.sentence}|${from.code}|${to?.code ?? ''}|${cameo}`;
            if (seen.has(key)) continue;
            seen.add(key);
            // "bombed a market in Omdurman, killing 20 civilians": the participle tells how the same act
            // ended. Its victims make a place-only target exact; they are not a second event.
            const same = action.rule === 'syntax/clause#participle' && to
              ? events.findIndex((e) => e.sentence === c.sentence && e.clause === action.subjectFrom && e.source.code === from.code && (e.cameo.slice(0, 2) === cameo.slice(0, 2) || AIMING_VERBS.has(action.verb.lemma)))
              : -1;
            // "attacked a village, setting fire to homes": a participle with no target of its own, of the
            // same quad class as the act it follows, tells how that act was done.
            if (!to && action.rule === 'syntax/clause#participle') {
              const governing = events.find((e) => e.sentence === c.sentence && e.clause === action.subjectFrom && e.source.code === from.code);
              if (governing && quadOfRoot(cameoRoot(governing.cameo)) === quadOfRoot(cameoRoot(cameo))) {
                trace?.({ kind: 'event', clause: action.id, event: `${from.code} -> - ${cameo}`, note: `how event ${governing.id} was done, merged into it` });
                continue;
              }
            }
            if (same >= 0 && to) {
              // "announced export controls, targeting U.S. defence firms": whom the act aims at, not a new act.
              const earlier: CodedEvent = events[same]!;
              if (!earlier.target || earlier.target.code === to.code.slice(0, 3)) events[same] = { ...earlier, target: actorRef(to) };
              trace?.({ kind: 'event', clause: action.id, event: `${from.code} -> ${to.code} ${cameo}`, note: `the outcome of event ${earlier.id}, merged into it` });
              continue;
            }
            const n = perSentence.get(c.sentence) ?? 0;
            perSentence.set(c.sentence, n + 1);
            const reporter = report?.reporter ?? report?.speaker;
            trace?.({ kind: 'event', clause: action.id, event: `${from.code} -> ${to?.code ?? '-'} ${cameo}`, note: `${intent ? 'intent frame over ' : ''}${match.pattern.id}${action.verb.passive ? ' (passive: by-phrase is the source)' : ''}` });
            events.push({
              id: `${doc.id}:${c.sentence}:${n}`, sentence: c.sentence, clause: action.id,
              source: actorRef(from), cameo, trigger, dateSource: date ? (date.fromText ? 'expression' : 'document') : 'none',
              rule: (intent ? 'events/intent-frame+' : '') + match.pattern.id,
              start: trigger.start, end: trigger.end,
              ...(to ? { target: actorRef(to) } : {}),
              ...(date ? { date: { value: date.value, precision: date.precision } } : {}),
              ...(reporter !== undefined ? { reportedBy: reporter } : {}),
            });
          }
        }
      }
      const layer: EventsLayer = { events: dropUntargetedRepeats(events) };
      return { layer };

      /**
       * The sentence's time expressions less those inside a later clause with a subject of its own that
       * does not hold this one: "released the crew of the Galaxy Leader, a ship they seized in 2023" is
       * not a release in 2023. A reporting clause keeps its time ("..., prosecutors said on Sunday"):
       * when it was said is the best clue to when it happened.
       */
      function ownTimes(action: Clause, expressions: readonly TimeExpression[]): readonly TimeExpression[] {
        if (expressions.length === 0) return expressions;
        // Only a clause set off by a comma: without one the parse is less sure which clause a time belongs to.
        const setOff = (o: Clause) => { for (let i = action.verb.tokenEnd; i < o.tokenStart; i++) if (tokens[i]?.text === ',') return true; return false; };
        const later = clausesOf(action.sentence).filter((o) => o.subject !== undefined && o.verb.start > action.verb.end && !frames.reportingVerbs.has(o.verb.lemma) && !(o.start <= action.start && action.end <= o.end) && setOff(o));
        return later.length === 0 ? expressions : expressions.filter((e) => !later.some((o) => o.start <= e.start && e.end <= o.end));
      }

      /**
       * "foreign intelligence services", "foreign fighters", "rescued 400 migrants": a role that says it
       * is not the source's country's.
       */
      function saysForeign(id: number | undefined): boolean {
        const p = id !== undefined ? phrases[id] : undefined;
        if (!p) return false;
        for (let i = p.tokenStart; i < p.tokenEnd; i++) if (FROM_ELSEWHERE.has(tokens[i]?.lemma ?? '') || FROM_ELSEWHERE.has(tokens[i]?.lower ?? '')) return true;
        return false;
      }

      function isCondition(c: Clause): boolean {
        const first = c.subject !== undefined ? phrases[c.subject]?.tokenStart ?? c.verb.tokenStart : c.verb.tokenStart;
        const opener = tokens[first - 1]?.lower;
        // "as soon as Kyiv withdrew its troops", "once Hamas frees the hostages": conditions too.
        const asSoonAs = opener === 'as' && tokens[first - 2]?.lower === 'soon' && tokens[first - 3]?.lower === 'as';
        return opener === 'if' || opener === 'unless' || opener === 'once' || asSoonAs;
      }

      /** "calling them not wise", "called the move a provocation": an object and what it is called after it. */
      function namesObject(c: Clause): boolean {
        const object = c.object !== undefined ? phrases[c.object] : undefined;
        if (!object) return false;
        const next = tokens[object.tokenEnd];
        if (!next || next.sentence !== c.sentence) return false;
        return next.pos === 'ADJ' || next.pos === 'DET' || next.lower === 'not' || QUOTE_MARK.test(next.text) || (next.pos === 'ADV' && tokens[object.tokenEnd + 1]?.pos === 'ADJ') || (phrases.some((p) => p.tokenStart === object.tokenEnd) && !dates.expressions.some((e) => e.start <= next.start && next.start < e.end));
      }

      /** "was killed in an Israeli strike": an attack with its side, standing for a passive's missing by-phrase. */
      function attackIn(c: Clause, literal: boolean): Clause['preps'][number] | undefined {
        if (literal) return undefined;
        return c.preps.find((p) => p.prep === 'in' && frames.attackNouns.has(tokens[phrases[p.np]?.head ?? -1]?.lemma ?? '') && actorsOf(p.np).length > 0);
      }

      /** The country of the place a clause happened in ("in Tbilisi", "at the border with Mordor"), if it names one. */
      function placeOf(c: Clause, hops = 0): string | undefined {
        for (const p of c.preps) {
          if (!/^(in|at|across|throughout|outside)$/.test(p.prep)) continue;
          const code = actorsOf(p.np)[0]?.code;
          if (code && /^[A-Z]{3}$/.test(code.slice(0, 3)) && !/^(IGO|NGO|MNC)/.test(code)) return code.slice(0, 3);
        }
        // "marched in Tbilisi, demanding new elections": a clause that borrows its subject acts where the lender did.
        const lender = c.subject === undefined && c.subjectFrom !== undefined && hops < 4 ? clauseById.get(c.subjectFrom) : undefined;
        return lender ? placeOf(lender, hops + 1) : undefined;
      }

      /** The first phrase with an actor among a subject's prepositional modifiers, before the verb. */
      function actorInModifiers(subject: number, verbStart: number): number | undefined {
        const head = phrases[subject];
        if (!head) return undefined;
        for (let i = head.tokenEnd; i < verbStart; i++) {
          const t = tokens[i];
          if (!t || CLAUSE_END.has(t.text)) return undefined;
          const p = phraseAt(i);
          if (p && tokens[i - 1]?.pos === 'ADP') return p.id;
        }
        return undefined;
      }

      /** Whether the clause's own verb is coded by a literal dictionary pattern (which then decides alone). */
      function literalFor(c: Clause): boolean {
        const m = bestMatch(c);
        return !!m && patterns.isLiteral(m.pattern);
      }

      function isIntentCue(c: Clause): boolean {
        if (frames.intentVerbs.has(c.verb.lemma)) return true;
        if (c.verb.predicate && frames.intentAdjectives.has(c.verb.predicate)) return true;
        // "Germany is set to deliver", "is poised to": the tagger reads some of these adjectives as passive participles.
        if (c.verb.passive && frames.intentAdjectives.has(tokens[c.verb.head]?.lower ?? '')) return true;
        const object = c.object !== undefined ? phrases[c.object] : undefined;
        const objectHead = object ? tokens[object.head] : undefined;
        return !!objectHead && frames.intentNouns.has(objectHead.lemma);
      }

      // A clause's match is asked for up to three times (negation, intent cue, the event itself).
      function bestMatch(c: Clause): PatternMatch | undefined {
        if (matches.has(c.id)) return matches.get(c.id);
        const found = findMatch(c);
        matches.set(c.id, found);
        return found;
      }

      function findMatch(c: Clause): PatternMatch | undefined {
        const verb = tokens[c.verb.head];
        if (!verb) return undefined;
        const sentence = segment.sentences[c.sentence];
        // Pattern words may reach past the clause's own arguments, up to a clause-ending mark
        // ("abandon improved economic relations": "improved" was read as a verb of its own).
        let to = Math.max(c.tokenEnd, c.verb.tokenEnd);
        const limit = sentence?.endToken ?? to;
        // Not into a clause with a subject of its own ("..., as demonstrators set fire to ..."), except for
        // PETRARCH's dictionaries, whose patterns reach into what a verb governs ("ALLOWED THAT ... PLEASANT").
        while (to < limit && !CLAUSE_END.has(tokens[to]?.text ?? '') && !(isAndOrBut(tokens[to]?.lower) && clauseStarts.has(to + 1)) && !(subjectClauseAt.has(to) && !resources.literalOnly)) to++;
        const subjectId = subjectOf(c);
        const subjectPhrase = subjectId !== undefined ? phrases[subjectId] : undefined;
        const slots = {
          phraseAt, victimOf, ...(subjectPhrase ? { subject: { id: subjectPhrase.id, start: subjectPhrase.tokenStart } } : {}), ...(c.object !== undefined ? { object: c.object } : {}),
          ...(c.verb.passive && subjectPhrase ? { passiveSubject: { start: subjectPhrase.tokenStart, end: subjectPhrase.tokenEnd } } : {}),
        };
        const beforeFrom = sentence?.firstToken ?? c.tokenStart;
        const candidates = patterns.candidates(verb, c.verb.lemma);
        if (candidates.length === 0) return undefined;
        // A pattern's words start before the verb (from beforeFrom) or after it (up to `to`); most
        // patterns need a word that is not there, which a set lookup tells before matching.
        const present = wordsIn(Math.min(beforeFrom, c.verb.head + 1), Math.max(to, c.verb.head), sentence);
        let best: PatternMatch | undefined;
        let bestWords: Token[] = [];
        // The direct object, where a pattern's noun is surest ("suspended the pact in protest at ...").
        const object = c.object !== undefined && !resources.literalOnly ? phrases[c.object] : undefined;
        const inObject = (m: PatternMatch) => !!object && m.wordTokens.length > 0 && m.wordTokens.every((t) => t >= object.tokenStart && t < object.tokenEnd);
        let bestInObject = false;
        for (const p of candidates) {
          // Of patterns ranked alike, one whose words take in another's and more fits the text better:
          // "launched a wave of air strikes" is "launch &AIRSTRIKE", not the labour strike of "launch
          // &LABORSTRIKE"; "held live-fire drills" is not "hold fire". So does one whose words are the
          // verb's object when the other's are not. Otherwise the earlier pattern stands.
          if (best && !sameRank(best.pattern, p)) break;
          // Only a pattern with a longer alternative holding the words found can take them in and more.
          if (best && !canTakeIn(p, bestWords) && (bestInObject || !object || !mayMatchIn(p, object))) continue;
          // Literal dictionaries spell out the word forms they mean ("EFFORT" is not "efforts").
          const m = mayMatch(p, present) ? matchPattern(p, tokens, c.verb.head, to, beforeFrom, slots, patterns.isLiteral(p)) : undefined;
          trace?.({ kind: 'pattern', clause: c.id, pattern: p.id, code: p.code, matched: !!m });
          if (m && (!best || fitsBetter(m, best) || (!bestInObject && inObject(m)))) {
            best = m;
            bestWords = m.wordTokens.map((t) => tokens[t]!);
            bestInObject = inObject(m);
          }
        }
        return best;
      }

      /** Whether any word of the pattern is among the phrase's words. */
      function mayMatchIn(p: VerbPattern, phrase: NounPhrase): boolean {
        for (let i = phrase.tokenStart; i < phrase.tokenEnd; i++) {
          const t = tokens[i];
          if (t && patternHasWord(p, t)) return true;
        }
        return false;
      }

      /**
       * Lower-case forms and lemmas of at least the tokens in [from, to): those of the whole
       * sentence when the range lies within it (one set serves all its clauses).
       */
      function wordsIn(from: number, to: number, sentence: Sentence | undefined): ReadonlySet<string> {
        const whole = sentence !== undefined && from >= sentence.firstToken && to <= sentence.endToken;
        const cached = whole ? sentenceWords.get(sentence.index) : undefined;
        if (cached) return cached;
        const words = new Set<string>();
        for (let i = whole ? sentence.firstToken : from; i < (whole ? sentence.endToken : to); i++) {
          const t = tokens[i];
          if (t) { words.add(t.lower); words.add(t.lemma); }
        }
        if (whole) sentenceWords.set(sentence.index, words);
        return words;
      }

      /**
       * Whether a phrase names someone other than the source: a phrase that only refers back to the
       * source ("their resumption", "a violation of its airspace") is not a target.
       */
      function isOtherParty(id: number, sourceCodes: readonly string[]): boolean {
        const sourceCountries = sourceCodes.map((code) => code.slice(0, 3));
        // A person's pronoun is someone else unless it has the source's very code ("a court issued a
        // warrant for his arrest").
        return actorsOf(id).some((m) => !sourceCodes.includes(m.code) && !(m.rule.startsWith('actors/pronoun') && !/^actors\/pronoun#(he|she|him|her|his)$/.test(m.rule) && sourceCountries.includes(m.code.slice(0, 3))));
      }

      /** The object's actor, else the first prepositional object's, else the first actor further on. */
      function defaultTarget(c: Clause, sourceCodes: readonly string[], patternWords: readonly number[]): number | undefined {
        const other = (id: number) => {
          const p = phrases[id];
          // A phrase the pattern's own words matched names the act ("fired two missiles"), not a
          // party, unless the text itself says whose it is ("released Palestinian prisoners").
          const found = actorsOf(id);
          const named = !!p && patternWords.some((t) => t >= p.tokenStart && t < p.tokenEnd);
          // A role with no country yet ("clashed with police", "shot dead 19 protesters") is a party: it
          // takes the source's country later. (Weapons are not roles: "fired two ballistic missiles".)
          // A role word inside a longer pattern phrase is not a party ("declared a state of emergency").
          if (found.length === 0) return roleOf(id) !== undefined && !(named && !!p && patternWords.includes(p.head + 1));
          if (named && found.every((m) => m.resolution === 'inferred' && m.rule !== 'actors/agent+dateline')) return false;
          // "Mexico will send 10,000 National Guard troops to its border": the source's own forces, sent.
          if (named && found.every((m) => /^(MIL|COP)/.test(m.code.slice(3)) && sourceCodes.some((code) => code.slice(0, 3) === m.code.slice(0, 3)))) return false;
          return isOtherParty(id, sourceCodes);
        };
        // "condemned the killing of aid workers in Gaza": an attack's victims, and where it happened, unless
        // the pattern's own words name the attack.
        const victimsOnly = (id: number) => { const attack = victimOf(id); return attack !== undefined && !patternWords.includes(attack); };
        if (c.object !== undefined && other(c.object)) return c.object;
        // In a passive clause the by-phrase is the agent, never the target; when several parties act
        // together ("the two sides agreed to meet in Beijing") a place is where, not whom.
        const joint = sourceCodes.length > 1;
        let inPlace = false;
        for (const p of c.preps) {
          // "during Putin's visit to Pyongyang": an adjunct of time opens a phrase whose objects are not parties.
          if (NON_TARGET_PREPS.has(p.prep)) break;
          // "met in the South Korean city of Busan": the "of" phrase belongs to the place.
          const place: boolean = joint && (p.prep === 'in' || p.prep === 'at' || (inPlace && p.prep === 'of' && !resources.literalOnly));
          inPlace = place;
          if ((c.verb.passive && p.prep === 'by') || place) continue;
          if (victimsOnly(p.np)) continue;
          if (other(p.np)) return p.np;
        }
        // Else the first actor further on in the verb phrase, up to a clause-ending punctuation mark
        // ("arranged for the reopening of guest houses in Bree", "marched close to the border with Mordor").
        const sentence = segment.sentences[c.sentence];
        const end = sentence?.endToken ?? c.tokenEnd;
        for (let i = c.verb.tokenEnd; i < end; i++) {
          const t = tokens[i];
          if (!t || t.text === ',' || t.text === ';' || t.text === ':' || t.text === '"' || t.text === '“') break;
          // "condemned the decision and threatened ...": a coordinated verb starts another event.
          if ((t.lower === 'and' || t.lower === 'but') && clauseStarts.has(i + 1)) break;
          if (t.pos === 'ADP' && (NON_TARGET_PREPS.has(t.lower) || (joint && (t.lower === 'in' || t.lower === 'at')))) break;
          const p = phraseStarts.get(i);
          // Only actors proper this far from the verb: a role with no country ("drones", "a settlement")
          // is a party only as the verb's object or prepositional object.
          if (p && actorsOf(p.id).length > 0 && other(p.id) && !victimsOnly(p.id)) return p.id;
        }
        return undefined;
      }

      function actorRef(m: ActorMention): EventActor {
        return { code: m.code, phrase: m.phrase, start: m.start, end: m.end };
      }
    },
  };
}

function reportAround(reports: readonly ReportFrame[], c: Clause): ReportFrame | undefined {
  return reports.find((r) => r.sentence === c.sentence && r.contentStart <= c.verb.start && c.verb.end <= r.contentEnd);
}

/**
 * The time expression of the event's own sentence nearest its trigger, else the reference date. A
 * time still ahead of the reference in a clause not in the past is skipped: an intent or threat is
 * dated when it was voiced ("said on Tuesday he would meet Xi in April" is Tuesday's).
 */
function dateFor(
  expressions: readonly TimeExpression[],
  sentence: number,
  at: number,
  reference: CalendarDate | undefined,
  pastAt: (e: TimeExpression) => boolean = () => false,
): (CalendarDate & { fromText: boolean }) | undefined {
  const candidates = expressions.filter((e) => e.sentence === sentence && !e.limit);
  // Nearest first; of two as near, the earlier.
  candidates.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at) || a.start - b.start);
  for (const e of candidates) {
    let value = e.value;
    const ahead = reference !== undefined && value > reference.value.slice(0, value.length);
    // "visited Washington in June", written in April: a past act in a month named without its year is
    // last year's June, not the coming one chrono picks as nearest; "traded accusations on Tuesday",
    // written on a Monday, is last week's Tuesday.
    // A past act dated outright ahead of the reference ("visited in June 2024") trusts the text over
    // a publication date that may be wrong.
    if (ahead && !pastAt(e)) continue;
    if (ahead && !e.explicit) {
      // A time reckoned from the reference ("a day after", "next week") cannot be moved back a
      // year: in a past clause it counts from another event, which the text does not date.
      if (!e.weekday && !MONTH_NAME.test(e.text)) continue;
      value = e.weekday ? weekBefore(value) : yearBefore(value);
    }
    return { value, precision: e.precision, fromText: true };
  }
  return reference ? { ...reference, fromText: false } : undefined;
}

const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|$)/i;

/** Whether a's words are b's and more: the reading that accounts for more of the same words. */
function fitsBetter(a: PatternMatch, b: PatternMatch): boolean {
  return a.wordTokens.length > b.wordTokens.length && b.wordTokens.every((t) => a.wordTokens.includes(t));
}

function weekBefore(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 7);
  return d.toISOString().slice(0, 10);
}

function yearBefore(value: string): string {
  const shifted = String(Number(value.slice(0, 4)) - 1).padStart(4, '0') + value.slice(4);
  return shifted.endsWith('-02-29') ? shifted.slice(0, -2) + '28' : shifted;
}

/** A target-less event repeats what the same sentence already codes with a target ("attaches importance to the plan ... and agrees with Beijing"). */
function dropUntargetedRepeats(events: readonly CodedEvent[]): CodedEvent[] {
  return events.filter((e) => e.target || !events.some((o) => o !== e && o.target && o.sentence === e.sentence && o.source.code === e.source.code && o.cameo.slice(0, 2) === e.cameo.slice(0, 2)));
}

function containsPhrase(tokens: readonly Token[], from: number, to: number, phrase: readonly string[]): boolean {
  outer: for (let i = from; i + phrase.length <= to; i++) {
    for (let k = 0; k < phrase.length; k++) {
      const t = tokens[i + k]!;
      if (t.lower !== phrase[k] && t.lemma !== phrase[k]) continue outer;
    }
    return true;
  }
  return false;
}

/** Sentences holding a sentence-discard phrase; every sentence when a story-discard phrase occurs anywhere. */
function discardedSentences(tokens: readonly Token[], sentences: readonly { firstToken: number; endToken: number; index: number }[], discards: DiscardList | undefined, text: string): Set<number> {
  const out = new Set<number>();
  if (!discards || (discards.sentence.length === 0 && discards.story.length === 0)) return out;
  const { prefilter, byFirst } = compiledDiscards(discards);
  // Most documents hold none of the phrases: one regular-expression pass over the text says so.
  if (!prefilter.test(text)) return out;
  if (discards.story.some((p) => containsPhrase(tokens, 0, tokens.length, p))) {
    for (const s of sentences) out.add(s.index);
    return out;
  }
  // One pass over the tokens, trying only the phrases that start with a token's form or lemma.
  const startsAt = (word: string, i: number, end: number) =>
    byFirst.get(word)?.some((p) => containsPhrase(tokens, i, Math.min(end, i + p.length), p)) ?? false;
  for (const s of sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = tokens[i]!;
      if (startsAt(t.lower, i, s.endToken) || (t.lemma !== t.lower && startsAt(t.lemma, i, s.endToken))) { out.add(s.index); break; }
    }
  }
  return out;
}

interface CompiledDiscards {
  /**
   * Any phrase's words as written in running text, each word as a prefix ("cricketer" also finds
   * "cricketers", the lemma "medal" finds "medals"), so a document it passes is still checked token
   * by token. Only a phrase written as a lemma whose inflection changes the stem ("run" for "ran")
   * can slip past it; discard lists name sports and outlets, not such verbs.
   */
  readonly prefilter: RegExp;
  /** Sentence-discard phrases by their first word. */
  readonly byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
}

const compiledDiscardLists = new WeakMap<DiscardList, CompiledDiscards>();

/** Built once per discard list, which lives as long as the coder. */
function compiledDiscards(discards: DiscardList): CompiledDiscards {
  let compiled = compiledDiscardLists.get(discards);
  if (!compiled) {
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const phrases = [...discards.sentence, ...discards.story].filter((p) => p.length > 0);
    const byFirst = new Map<string, (readonly string[])[]>();
    for (const p of discards.sentence) if (p[0] !== undefined) pushTo(byFirst, p[0], p);
    compiled = {
      prefilter: phrases.length ? new RegExp(`\\b(?:${phrases.map((p) => p.map(escape).join('\\w*\\W+')).join('|')})`, 'i') : /(?!)/,
      byFirst,
    };
    compiledDiscardLists.set(discards, compiled);
  }
  return compiled;
}

function isAndOrBut(word: string | undefined): boolean {
  return word === 'and' || word === 'but';
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
