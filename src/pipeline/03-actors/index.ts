import type { Stage } from '../../domain/record.js';
import type { ActorMention, ActorsLayer, UnplacedRole } from '../../domain/actors.js';
import type { Clause, NounPhrase } from '../../domain/syntax.js';
import type { PipelineIssue } from '../../domain/issues.js';
import { codeOn, foldWord, foldedWords, type ActorIndex } from './actor-index.js';
import { asFormer, countryPart, readPhrase, withAgents, withRole } from './resolve-phrase.js';
import type { GroupReferences } from '../../dictionaries/frames/load-group-references.js';

export { ActorIndex, codeOn, foldWord } from './actor-index.js';

// Roles of groups that are not the state: rebels, insurgents, separatists, radicals, parties, the opposition.
const NON_STATE_ROLE = /^(REB|INS|SEP|RAD|PTY|OPP|UAF)/;

interface Seen {
  readonly code: string;
  readonly person: boolean;
  readonly plural: boolean;
  readonly sentence: number;
  readonly role?: string;
  readonly phrase?: number;
}

const SPEAKER_PRONOUNS = new Set(['we', 'us', 'our', 'i', 'me', 'my']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);
const THING_PRONOUNS = new Set(['it', 'its']);
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their']);
const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'near', 'through', 'across', 'around', 'outside', 'inside', 'into', 'throughout', 'within']);
/** How far back (in sentences) a pronoun or bare role may look for its antecedent. */
const REACH = 2;

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

/** Resolves noun phrases to CAMEO actor codes, using the dictionaries at the document's date and the document's own context. */

export function actorsStage(index: ActorIndex, groups: GroupReferences, options: ActorOptions = {}): Stage<'segment' | 'syntax', 'actors'> {
  return {
    name: 'actors',
    needs: ['segment', 'syntax'],
    adds: 'actors',
    run({ doc, segment, syntax }) {
      const { tokens } = segment;
      const { phrases, reports } = syntax;
      const mentions: ActorMention[] = [];
      const issues: PipelineIssue[] = [];
      const byPhrase = new Map<number, ActorMention[]>();
      const remembered = new Map<string, { code: string; name: string; entry?: string }>();
      const history: Seen[] = [];
      const countriesSeen = new Set<string>();
      const add = (p: NounPhrase, m: Omit<ActorMention, 'phrase' | 'start' | 'end'>, seen?: Omit<Seen, 'sentence'>) => {
        // A dictionary entry may stand for several actors at once ("THE_SHIRE [FRO/BIL/SAM]").
        if (m.code.includes('/')) {
          for (const code of m.code.split('/').filter(Boolean)) add(p, { ...m, code }, seen ? { ...seen, code } : undefined);
          return;
        }
        const mention: ActorMention = { phrase: p.id, start: p.start, end: p.end, ...m };
        mentions.push(mention);
        countriesSeen.add(m.code.slice(0, 3));
        const list = byPhrase.get(p.id) ?? [];
        list.push(mention);
        byPhrase.set(p.id, list);
        // Written out, not spread: `seen` comes in several shapes, and spreading it was 2% of coding time.
        if (seen) {
          history.push(seen.role !== undefined
            ? { code: seen.code, person: seen.person, plural: seen.plural, role: seen.role, sentence: p.sentence, phrase: p.id }
            : { code: seen.code, person: seen.person, plural: seen.plural, sentence: p.sentence, phrase: p.id });
        }
      };
      const recent = (sentence: number, accept: (s: Seen) => boolean): Seen | undefined => {
        for (let i = history.length - 1; i >= 0; i--) {
          const s = history[i]!;
          if (sentence - s.sentence > REACH) return undefined;
          if (accept(s)) return s;
        }
        return undefined;
      };
      // "Pakistan's military said its forces killed 30 militants who crossed from Afghanistan. It accused
      // the Taliban ...": a pronoun opening a sentence continues the last sentence's subject, ahead of
      // whatever was named after it.
      let firstSubjects: Map<number, number> | undefined;
      const previousSubject = (p: NounPhrase, accept: (s: Seen) => boolean): Seen | undefined => {
        const sentence = segment.sentences[p.sentence];
        if (!sentence || p.tokenStart !== sentence.firstToken || p.sentence === 0) return undefined;
        if (!firstSubjects) {
          firstSubjects = new Map();
          for (const c of syntax.clauses) if (c.subject !== undefined && !firstSubjects.has(c.sentence)) firstSubjects.set(c.sentence, c.subject);
        }
        const subject = firstSubjects.get(p.sentence - 1);
        if (subject === undefined) return undefined;
        for (let i = history.length - 1; i >= 0; i--) {
          const s = history[i]!;
          if (s.sentence < p.sentence - 1) return undefined;
          if (s.phrase === subject && accept(s)) return s;
        }
        return undefined;
      };
      // "Sudan's army rejected the resolution and said it would continue": "it" in what a party said
      // is that party, whatever was named in between.
      const reportingSpeaker = (p: NounPhrase, accept: (s: Seen) => boolean): Seen | undefined => {
        const frame = reports.find((r) => r.sentence === p.sentence && !r.direct && r.contentStart <= p.start && p.end <= r.contentEnd && r.speaker !== undefined);
        if (!frame) return undefined;
        for (let i = history.length - 1; i >= 0; i--) {
          const s = history[i]!;
          if (s.sentence < p.sentence) return undefined;
          const at = s.phrase !== undefined ? phrases[s.phrase] : undefined;
          // "The UN said Russia had withdrawn its troops": a party named in what was said comes first.
          if (at && at.start >= frame.contentStart && at.end <= p.start && accept(s)) return undefined;
          if (s.phrase === frame.speaker && accept(s)) return s;
        }
        return undefined;
      };
      const textBetween = (antecedent: Seen, p: NounPhrase): boolean => {
        const from = antecedent.phrase !== undefined ? phrases[antecedent.phrase] : undefined;
        if (!from || !options.documentNouns) return false;
        // Phrases are numbered in reading order, sentence by sentence: only this sentence's earlier ones.
        for (let i = p.id - 1; i >= 0; i--) {
          const q = phrases[i];
          if (!q || q.sentence !== p.sentence) break;
          if (q.start >= from.end && q.end <= p.start && !q.pronoun && options.documentNouns.has(tokens[q.head]?.lemma ?? '') && !byPhrase.get(q.id)?.length) return true;
        }
        return false;
      };
      /** The codes of the last two named people of different codes in this sentence (fewer if there are none). */
      const peopleOf = (sentence: number): string[] => {
        const codes: string[] = [];
        for (let i = history.length - 1; i >= 0 && codes.length < 2; i--) {
          const s = history[i]!;
          if (s.sentence !== sentence) break;
          if (s.person && !s.plural && !codes.includes(s.code)) codes.push(s.code);
        }
        return codes;
      };
      // In text order; at one start the shorter phrase first, so a possessor ("its" in "its forces")
      // is resolved before the phrase it owns.
      const ordered = [...phrases].filter((p) => !p.conjuncts).sort((a, b) => a.start - b.start || a.end - b.end);

      let deferring = false;
      // Indexes built once: lookups per phrase must not scan the whole document.
      const coordinations = phrases.filter((q) => q.conjuncts);
      const coordinationOf = new Map<number, NounPhrase>();
      for (const q of coordinations) for (const id of q.conjuncts!) coordinationOf.set(id, q);
      const startingAt = new Map<number, NounPhrase[]>();
      for (const q of phrases) {
        const list = startingAt.get(q.tokenStart);
        if (list) list.push(q);
        else startingAt.set(q.tokenStart, [q]);
      }
      const unplaced: UnplacedRole[] = [];
      const datelineCountry = countryOfPlace(segment.dateline?.place);
      const absorbed = new Set<number>();
      // Mentions of a phrase, or of each conjunct of a coordination.
      const mentionsWithin = (id: number | undefined): ActorMention[] => {
        if (id === undefined) return [];
        const own = byPhrase.get(id);
        if (own?.length) return own;
        const q = phrases[id];
        return q?.conjuncts ? q.conjuncts.flatMap((c) => mentionsWithin(c)) : [];
      };
      // Built on the first group reference ("both sides"), then shared by the rest.
      let clauseById: Map<number, Clause> | undefined;
      const queue = [...ordered];
      for (let qi = 0; qi < queue.length; qi++) {
        // Roles whose owner comes later in the text were set aside; they go last, once owners are known.
        if (qi === ordered.length) deferring = true;
        const p = queue[qi]!;
        const head = tokens[p.head];
        if (!head) continue;
        if (p.pronoun) {
          const word = head.lower;
          if (SPEAKER_PRONOUNS.has(word)) continue; // resolved once speakers are known, below
          let antecedent: Seen | undefined;
          if (PERSON_PRONOUNS.has(word)) antecedent = previousSubject(p, (s) => s.person) ?? recent(p.sentence, (s) => s.person);
          else if (THING_PRONOUNS.has(word)) {
            const thing = (s: Seen) => !s.person && !s.plural;
            antecedent = reportingSpeaker(p, thing) ?? previousSubject(p, thing);
            if (!antecedent) {
              antecedent = recent(p.sentence, (s) => !s.person && !s.plural && !(s.phrase !== undefined && coordinationOf.has(s.phrase)));
              // "rejected a truce proposal put forward by the United States and Egypt, saying it would only
              // help the RSF": a text named after the party, in the pronoun's sentence, is what "it" means.
              if (antecedent && textBetween(antecedent, p)) antecedent = undefined;
            }
          }
          else if (PLURAL_PRONOUNS.has(word)) {
            // "M23 rebels, who are backed by Rwanda, said they had captured Goma": the speakers themselves.
            const pluralHead = (id: number | undefined) => { const h = id !== undefined ? tokens[phrases[id]?.head ?? -1] : undefined; return !!h && h.pos === 'NOUN' && h.lower !== h.lemma && h.lower.endsWith('s'); };
            const speakers = reportingSpeaker(p, (s) => s.plural || pluralHead(s.phrase));
            if (speakers) { add(p, { code: speakers.code, rule: `actors/pronoun#${word}-speaker`, resolution: 'coreference' }); continue; }
            // "Mordor, Rohan and Bree welcomed their ...": a plural pronoun takes a whole coordination.
            const group = coordinations.filter((q) => q.end <= p.start && p.sentence - q.sentence <= 1).pop();
            const codes = group ? [...new Set(group.conjuncts!.flatMap((id) => byPhrase.get(id) ?? []).map((m) => m.code))] : [];
            if (codes.length > 1) {
              for (const code of codes) add(p, { code, rule: `actors/pronoun#${word}-group`, resolution: 'coreference' });
              continue;
            }
            // "Albanese met Trump at the White House, where they signed a deal": two people of different
            // sides just named in the sentence, not the place.
            const pair = peopleOf(p.sentence);
            if (pair.length === 2) {
              for (const code of pair) add(p, { code, rule: `actors/pronoun#${word}-pair`, resolution: 'coreference' });
              continue;
            }
            antecedent = recent(p.sentence, (s) => s.plural) ?? recent(p.sentence, (s) => !s.person);
          }
          if (antecedent) add(p, { code: antecedent.code, rule: `actors/pronoun#${word}`, resolution: 'coreference' }, undefined);
          continue;
        }
        const text = foldedWords(tokens).slice(p.tokenStart, p.tokenEnd).join(' ');
        const reference = groups.get(text);
        const group = reference?.kind;
        if (group === 'organisation') {
          // "the bloc", "the alliance": the organisation named last.
          const org = recent(p.sentence, (s) => /^(IGO|NGO)/.test(s.code));
          if (org) add(p, { code: org.code, rule: 'actors/group-reference#organisation', resolution: 'coreference' }, { code: org.code, person: false, plural: false });
          continue;
        }
        if (group === 'group') {
          // "Hamas political leader Ismail Haniyeh was killed, the group said": the armed group, party or
          // movement named last, or the group of a member named last.
          const named = recent(p.sentence, (s) => /^NGO/.test(s.code) || (!/^IGO/.test(s.code) && NON_STATE_ROLE.test(s.code.slice(3))));
          if (named) add(p, { code: named.code, rule: 'actors/group-reference#group', resolution: 'coreference' }, { code: named.code, person: false, plural: false });
          continue;
        }
        if (group === 'state') {
          // "Argentina's economy minister said the country would seek a loan": the country named last.
          // "the kingdom" after a Saudi prince and an American president is Saudi Arabia.
          const state = recent(p.sentence, (s) => /^[A-Z]{3}/.test(s.code) && !/^(IGO|NGO|MNC|---)/.test(s.code) && (!reference?.only || reference.only.has(s.code.slice(0, 3))));
          if (state) {
            const code = state.code.slice(0, 3);
            add(p, { code, rule: 'actors/group-reference#state', resolution: 'coreference' }, { code, person: false, plural: false });
          }
          continue;
        }
        if (group) {
          // The parties are those mentioned before, except whoever acts on them in this clause
          // ("The United Nations urged both sides ..."); civilians are not a side.
          const byId = (clauseById ??= new Map(syntax.clauses.map((c) => [c.id, c])));
          const subjectOf = (c: Clause | undefined, hops = 0): number | undefined =>
            c === undefined || hops > 5 ? undefined : c.subject ?? subjectOf(c.subjectFrom === undefined ? undefined : byId.get(c.subjectFrom), hops + 1);
          const actingOn = new Set(syntax.clauses
            .filter((c) => c.object === p.id || c.preps.some((x) => x.np === p.id))
            .flatMap((c) => { const s = subjectOf(c); return s !== undefined ? [s, ...(phrases[s]?.conjuncts ?? [])] : []; }));
          const candidates = history.filter((h) => h.phrase === undefined || !actingOn.has(h.phrase));
          // Bystanders (civilians, the press, business) are not sides.
          // Places ("met in Dubai") are not sides either.
          const sides = candidates.filter((h) => !/(CVL|MED|BUS|EDU)$/.test(h.code) && !(h.phrase !== undefined && phrases[h.phrase] && isLocative(phrases[h.phrase]!)));
          const parties = focusParties(sides.length >= 2 ? sides : candidates);
          for (const party of parties) {
            const code = group === 'country' ? countryPart(party.code) : party.code.length > 3 ? party.code : withRole(party.code, 'GOV');
            add(p, { code, rule: `actors/group-reference#${group}`, resolution: 'coreference' });
          }
          continue;
        }
        if (absorbed.has(p.id)) continue;
        let reading = readPhrase(p, tokens, index, doc.date, remembered, countriesSeen, options.petrarch);
        // "the Prince of Dol Amroth", "the Ministry of Silly Walks": a name that runs across "of".
        const of = p.ofPhrase !== undefined ? phrases[p.ofPhrase] : undefined;
        if ((!reading?.code) && of && !of.conjuncts && !of.pronoun) {
          const across = readPhrase({ ...p, tokenEnd: of.tokenEnd, end: of.end, head: of.head }, tokens, index, doc.date, remembered, undefined, options.petrarch);
          // Only a dictionary name spanning "of" absorbs it; "the parliament of Gondor" stays two actors
          // (role + owner), and "the sidelines of the SCO summit" is no actor: the name is the owner's alone.
          const ofAlone = across ? readPhrase(of, tokens, index, doc.date, remembered, undefined, options.petrarch) : undefined;
          const spans = across?.code && !across.rule.includes('+agent') && across.entry !== undefined
            && (options.petrarch || ofAlone?.entry !== across.entry);
          if (spans) { reading = across; absorbed.add(of.id); }
          // A role spanning "of" ("the minister of foreign affairs"), not one inside it ("the killing of a commander").
          else if (across?.agentOnly && !reading && ofAlone?.agentOnly !== across.agentOnly) reading = across;
        }
        if (!reading) continue;
        if (reading.code && isLocative(p) && reading.code.length > 3 && /capital/.test(reading.rule)) {
          // "marched through central Nairobi": a capital after a preposition of place is the place, not the government.
          const code = countryPart(reading.code);
          add(p, { code, rule: 'actors/capital-as-place', resolution: 'stated', ...(reading.entry ? { entry: reading.entry } : {}) }, { code, person: false, plural: false });
          continue;
        }
        if (reading.code) {
          add(p, {
            code: reading.code, rule: reading.rule, resolution: reading.rule.startsWith('actors/document-memory') ? 'coreference' : 'stated',
            ...(reading.entry ? { entry: reading.entry } : {}), ...(reading.name ? { name: reading.name } : {}),
          }, { code: reading.code, person: reading.person, plural: false, ...(reading.code.length > 3 && /agent|person/.test(reading.rule) ? { role: reading.code.slice(3) } : {}) });
          if (reading.person && reading.name) remember(remembered, reading.name, reading.code, reading.entry);
          continue;
        }
        const agent = reading.agentOnly;
        if (!agent) continue;
        // Its owner ("the ambassadors of A, B and C") comes later in the text: resolve it first.
        if (!deferring && (p.ofPhrase !== undefined || placeAfter(p) !== undefined || coordinationOf.has(p.id))) { queue.push(p); continue; }
        // A bare role takes its country from a possessor, an "of"/"from"/"in" phrase, or the last actor with that role.
        // A conjunct shares the owner of its coordination ("lawmakers and officials in Fornost").
        const coordination = coordinationOf.get(p.id);
        // ... or a sibling's nationality ("Danish media and government" -> DNKGOV).
        const sibling = coordination?.conjuncts?.flatMap((id) => (id === p.id ? [] : (byPhrase.get(id) ?? []).filter((m) => m.rule.includes('+agent')).map((m) => ({ ...m, code: countryPart(m.code) })))) ?? [];
        const owners = [p.possessor, p.ofPhrase, placeAfter(p), coordination ? placeAfter(coordination) : undefined]
          .map((id) => mentionsWithin(id)).find((m) => m.length > 0) ?? sibling.slice(0, 1);
        const plural = head.lower !== head.lemma && head.lower.endsWith('s');
        if (owners.length > 0) {
          for (const owner of owners) {
            const code = reading.former ? asFormer(owner.code, options.petrarch) : withAgents(owner.code, reading.agents ?? [agent], options.petrarch);
            // An owner placed only by the dateline passes that weakness on.
            const rule = owner.rule === 'actors/agent+dateline' ? owner.rule : 'actors/agent+owner';
            add(p, { code, rule, resolution: owner.resolution === 'inferred' ? 'inferred' : 'stated', ...(reading.name ? { name: reading.name } : {}) }, { code, person: reading.person, plural, role: agent.code });
            if (reading.newName) remember(remembered, reading.newName, code, undefined);
          }
          continue;
        }
        // A weapon or craft with no written owner is nobody's actor (see AgentEntry.instrument).
        if (agent.instrument) continue;
        const antecedent = reading.newName ? undefined : recent(p.sentence, (s) => s.role === agent.code);
        if (antecedent && /^(the|this|that)$/.test(tokens[p.tokenStart]?.lower ?? '')) {
          add(p, { code: antecedent.code, rule: 'actors/agent-coreference', resolution: 'coreference' }, { code: antecedent.code, person: reading.person, plural, role: agent.code });
          continue;
        }
        // Last resort: the country of the dateline ("NAIROBI (Wire) -- Police fired ..." -> KENCOP).
        if (datelineCountry) {
          const code = withAgents(datelineCountry, reading.agents ?? [agent]);
          // A named official keeps the dateline's country; only a bare role yields to the other party's (events stage).
          const rule = reading.newName ? 'actors/named-agent+dateline' : 'actors/agent+dateline';
          add(p, { code, rule, resolution: 'inferred', ...(reading.name ? { name: reading.name } : {}) }, { code, person: reading.person, plural, role: agent.code });
          if (reading.newName) remember(remembered, reading.newName, code, undefined);
          continue;
        }
        if (options.unknownCountry) {
          // PETRARCH's convention: a role with no country is still an actor, country "---".
          const code = withAgents(options.unknownCountry, reading.agents ?? [agent], options.petrarch);
          add(p, { code, rule: 'actors/agent-unknown-country', resolution: 'stated' });
          continue;
        }
        unplaced.push({ phrase: p.id, role: reading.former ? 'ELI' : withAgents('', reading.agents ?? [agent]) });
        issues.push({ code: 'unresolved-actor', stage: 'actors', span: p, message: `"${doc.text.slice(p.start, p.end)}": a role with no country in context` });
      }

      /** Whether a phrase is the object of a preposition of place ("in Moscow", "through Nairobi"). */
      function isLocative(p: NounPhrase): boolean {
        return LOCATIVE_PREPOSITIONS.has(tokens[p.tokenStart - 1]?.lower ?? '');
      }

      /** The bare country code of a dateline's place ("NAIROBI" -> KEN, "KYIV, Ukraine" -> UKR). */
      function countryOfPlace(place: string | undefined): string | undefined {
        if (!place) return undefined;
        const words = place.split(/[\s,]+/).filter(Boolean).map(foldWord);
        for (const m of index.scan(words).actors) {
          const code = codeOn(m.value.entry.codes, doc.date)?.code;
          if (code && !/^(IGO|NGO|MNC)/.test(code)) return countryPart(code);
        }
        return undefined;
      }

      /** "protesters in Colombo", "soldiers from Gondor": the phrase after "in"/"from", longest first. */
      function placeAfter(p: NounPhrase): number | undefined {
        const link = tokens[p.tokenEnd]?.lower;
        if (link !== 'in' && link !== 'from' && link !== 'near') return undefined;
        return (startingAt.get(p.tokenEnd + 1) ?? []).filter((q) => !q.pronoun).sort((a, b) => b.tokenEnd - a.tokenEnd)[0]?.id;
      }

      // "Indian and Pakistani foreign secretaries", "Russian and Ukrainian negotiators": a bare
      // nationality in a coordination shares the role of the conjunct that names one.
      for (const q of phrases) {
        if (!q.conjuncts) continue;
        const roleMention = q.conjuncts.flatMap((id) => byPhrase.get(id) ?? []).find((m) => m.code.length > 3 && /\+agent/.test(m.rule));
        if (!roleMention) continue;
        const role = roleMention.code.slice(3);
        for (const id of q.conjuncts) {
          const own = byPhrase.get(id);
          const conjunct = phrases[id];
          if (!own || own.length !== 1 || !conjunct || conjunct.tokenEnd - conjunct.tokenStart !== 1) continue;
          const m = own[0]!;
          if (m.code.length !== 3 || !/adjective|demonym/.test(m.rule)) continue;
          const shared: ActorMention = { ...m, code: m.code + role, rule: 'actors/adjective+shared-role' };
          own[0] = shared;
          mentions[mentions.indexOf(m)] = shared;
        }
      }

      // Reported speech: an unknown speaker takes the reporter's country and role
      // ("the Chinese Foreign Ministry quoted Qin as saying" -> Qin is CHNGOV), and "we"/"our" inside
      // the statement is the speaker.
      const sentencePronouns = new Map<number, NounPhrase[]>();
      for (const q of phrases) {
        if (!q.pronoun) continue;
        const list = sentencePronouns.get(q.sentence);
        if (list) list.push(q);
        else sentencePronouns.set(q.sentence, [q]);
      }
      for (const r of reports) {
        if (r.speaker === undefined) continue;
        const speakerPhrase = phrases[r.speaker];
        if (!speakerPhrase) continue;
        if (!byPhrase.has(r.speaker) && r.reporter !== undefined) {
          const reporter = byPhrase.get(r.reporter)?.[0];
          const head = tokens[speakerPhrase.head];
          if (reporter && head?.pos === 'PROPN') add(speakerPhrase, { code: reporter.code, rule: 'actors/speaker-from-reporter', resolution: 'inferred' });
        }
        const speaker = byPhrase.get(r.speaker)?.[0] ?? (speakerPhrase.possessor !== undefined ? byPhrase.get(speakerPhrase.possessor)?.[0] : undefined);
        if (!speaker) continue;
        // In reported speech "he"/"she" is the speaker when the speaker is a person
        // ("Karen Holt said she would travel to Beijing").
        // (A titled name counts even when only its country resolved: "U.S. Trade Representative Karen Holt".)
        const titledName = tokens[speakerPhrase.head]?.pos === 'PROPN' && speakerPhrase.tokenEnd - speakerPhrase.tokenStart > 1;
        // An agent is a person by its reading ("the minister"), not a body ("Spain's government said it had
        // granted him asylum": "him" is someone else).
        const seenAs = history.find((h) => h.phrase === speakerPhrase.id);
        const speakerIsPerson = !speakerPhrase.conjuncts && ((seenAs ? seenAs.person : /person|agent|memory/.test(speaker.rule)) || titledName);
        for (const p of sentencePronouns.get(r.sentence) ?? []) {
          const head = tokens[p.head];
          if (!head || p.start < r.contentStart || p.end > r.contentEnd) continue;
          const firstPerson = SPEAKER_PRONOUNS.has(head.lower);
          const thirdPerson = speakerIsPerson && PERSON_PRONOUNS.has(head.lower) && !r.direct;
          if (!firstPerson && !thirdPerson) continue;
          const own = byPhrase.get(p.id);
          const mention: ActorMention = { phrase: p.id, start: p.start, end: p.end, code: speaker.code, rule: `actors/pronoun#speaker`, resolution: 'coreference' };
          if (own?.length) {
            // Replace the nearest-antecedent guess made before the speaker was known.
            for (const m of own) mentions.splice(mentions.indexOf(m), 1);
            byPhrase.set(p.id, []);
          }
          add(p, mention);
        }
      }
      const layer: ActorsLayer = { mentions, unplaced };
      return { layer, issues };
    },
  };
}

/** Remembers a person's full name and surname so later short mentions ("Qin", "Lavrov") resolve. */
function remember(memory: Map<string, { code: string; name: string; entry?: string }>, name: string, code: string, entry: string | undefined): void {
  const words = name.split(/\s+/).map(foldWord);
  const value = { code, name, ...(entry ? { entry } : {}) };
  memory.set(words.join(' '), value);
  // Both ends of a name: surnames come last in most names and first in Chinese, Korean and
  // Vietnamese ones ("Xi Jinping" -> "Xi"); within one article either refers to this person.
  if (words.length > 1) for (const w of [words[0], words[words.length - 1]]) if (w && w.length > 1 && !memory.has(w)) memory.set(w, value);
}

/**
 * The two parties in focus ("the two sides"): the two most recently mentioned distinct countries,
 * each by its most recent role-bearing mention. When only one country is in view beside
 * organisations (a civil war: the army and the RSF, with the UN looking on), its two most recent
 * distinct actors; failing both, the two most recent distinct actors of any kind.
 */
function focusParties(history: readonly { code: string }[]): { code: string }[] {
  const recent = history.slice(-12).reverse();
  const isOrganisation = (code: string) => /^(IGO|NGO|MNC)/.test(code);
  const mostRecentCode = (country: string) =>
    recent.find((x) => countryPart(x.code) === country && x.code.length > country.length)?.code ?? country;
  const countries = [...new Set(recent.map((h) => countryPart(h.code)))];
  const states = countries.filter((c) => !isOrganisation(c));
  if (states.length >= 2) return states.slice(0, 2).reverse().map((c) => ({ code: mostRecentCode(c) }));
  const single = states[0];
  if (single) {
    const codes = [...new Set(recent.filter((h) => countryPart(h.code) === single).map((h) => h.code))];
    if (codes.length >= 2) return codes.slice(0, 2).reverse().map((code) => ({ code }));
  }
  return countries.slice(0, 2).reverse().map((c) => ({ code: mostRecentCode(c) }));
}
