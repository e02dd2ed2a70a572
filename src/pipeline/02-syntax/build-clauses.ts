import type { Token } from '../../domain/segment.js';
import type { Clause, Complement, PrepObject, VerbGroup } from '../../domain/syntax.js';
import type { MutablePhrase } from './chunk-noun-phrases.js';
import { indexPhrases } from './link-phrases.js';
import { BY_MEANS, CLAUSE_OPENERS, FIRING_PARTICIPLES, OBJECT_CONTROL_VERBS, PARTICIPLE_COMPLEMENTS, PARTICLES, QUANTITY_LEADS, QUANTITY_NOUNS, QUOTE_CLOSE, QUOTE_OPEN, ROLE_COMPLEMENTS, SPEECH_ACT_VERBS, TIME_ADJUNCT_WORDS } from './_words.js';
import { isAliasAside } from './find-verb-groups.js';

/** A clause being built; every field is present from the start (links unset), so all drafts share one object layout. */
interface ClauseDraft {
  id: number;
  verb: VerbGroup;
  subject: number | undefined;
  subjectFrom: number | undefined;
  object: number | undefined;
  preps: PrepObject[];
  complement: Complement | undefined;
  parent: number | undefined;
  tokenStart: number;
  tokenEnd: number;
  rule: string;
}

// Closed class: verbs of a toll told with the passive's auxiliary left out ("had been killed and
// several people arrested"); only verbs that take an object, so that the bare form is a participle.
const ELIDED_PASSIVES = new Set(['kill', 'wound', 'injure', 'arrest', 'detain', 'capture', 'seize', 'jail', 'charge', 'sentence', 'release', 'free', 'abduct', 'kidnap', 'evacuate', 'expel', 'deport']);
// Closed class: words for a part of a group ("many of them").
const PART_WORDS = new Set(['many', 'most', 'some', 'several', 'all', 'both', 'half', 'none', 'few']);
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose']);
// Closed class: nouns whose infinitive is their owner's own act ("Iran's decision to release").
const OWNED_ACT_NOUNS = new Set(['decision', 'move', 'bid', 'attempt', 'attempts', 'refusal', 'failure', 'order', 'vow', 'pledge', 'promise', 'threat', 'threats', 'offer', 'readiness', 'willingness', 'determination']);
// Closed class: irregular past participles that are never a simple past ("flown", not "flew").
const PARTICIPLE_ONLY_FORMS = new Set(['flown', 'taken', 'given', 'seen', 'driven', 'shown', 'known', 'beaten', 'written', 'chosen', 'stolen', 'sworn', 'broken', 'spoken', 'frozen', 'hidden', 'thrown', 'drawn', 'withdrawn', 'overthrown', 'undertaken', 'forbidden', 'forgotten', 'shaken', 'torn', 'worn', 'mistaken', 'grown', 'blown', 'begun', 'sunk']);
// Particles of phrasal verbs that may stand before a preposition ("flown in at", "moved back to").
const PARTICLES_BEFORE_PREPOSITIONS = new Set([...PARTICLES, 'in', 'on']);
// Closed class: words before a noun phrase's determiner ("all the judges", "both the leaders").
const PREDETERMINERS = new Set(['all', 'both', 'half']);
// Closed class: quantifiers that may stand between a plural subject and its verb.
const FLOATING_QUANTIFIERS = new Set(['each', 'both', 'all']);
// Prepositions that tie an attack to where or at whom it was aimed ("a raid into", "strikes on").
const ATTACK_PLACES = new Set(['into', 'on', 'in', 'against', 'across', 'inside', 'near']);
// What follows a quantity's first word: "more than", "at least", "at most", "up to".
const QUANTITY_LEAD_TAILS = new Set(['than', 'least', 'most', 'to']);
// Marks an aside between commas does not run across.
const CLAUSE_BREAKS = new Set([';', ':', '"', '“', '”', '(', ')']);

// Closed class: "-ing" forms used as prepositions (", including steps to free prisoners"): they tell no act of the subject.
const PREPOSITION_LIKE = new Set(['including', 'according', 'regarding', 'concerning', 'excluding', 'following', 'during', 'notwithstanding', 'pending', 'barring']);

/**
 * Builds one clause per verb group: subject to its left, object and prepositional objects to its
 * right up to the next clause, and the complement clause it governs ("agreed to ...", "said that ...").
 */
export function buildClauses(
  tokens: readonly Token[],
  first: number,
  end: number,
  sentence: number,
  phrases: readonly MutablePhrase[],
  groups: readonly VerbGroup[],
  reportingVerbs: ReadonlySet<string>,
  nextId: () => number,
  gerundVerbs: ReadonlySet<string> = new Set(),
  attackNouns: ReadonlySet<string> = new Set(),
): Clause[] {
  const index = indexPhrases(phrases);
  const innerByEnd = new Map<number, MutablePhrase>();
  for (const p of phrases) if (p.inner) innerByEnd.set(p.tokenEnd, p);
  const groupAt = new Map<number, number>();
  groups.forEach((g, n) => groupAt.set(g.tokenStart, n));
  const drafts: ClauseDraft[] = groups.map((verb) => ({
    id: nextId(), verb, subject: undefined, subjectFrom: undefined, object: undefined, preps: [], complement: undefined, parent: undefined,
    tokenStart: verb.tokenStart, tokenEnd: verb.tokenEnd, rule: 'syntax/clause',
  }));

  // A clause opened by a subordinator ("after Lai was sworn in", "unless Moscow agreed").
  const phraseById = new Map(phrases.map((p) => [p.id, p]));
  const subordinate = (d: ClauseDraft) => {
    const opener = d.subject !== undefined ? tokens[(phraseById.get(d.subject)?.tokenStart ?? 0) - 1] : undefined;
    return !!opener && CLAUSE_OPENERS.has(opener.lower) && !RELATIVES.has(opener.lower);
  };
  const bareIng = (v: VerbGroup) => v.tokenStart === v.head && /^[a-z]+ing$/.test(tokens[v.head]?.text ?? '');
  // A verb that can head a sentence: past, or with an auxiliary, and not an "-ing" form.
  const finiteVerb = (v: VerbGroup) => !/ing$/.test(tokens[v.head]?.lower ?? '') && (v.tense === 'past' || v.tokenStart < v.head);
  // "Gunmen wearing army uniforms ...": a bare "-ing" form right after the phrase that opens the sentence
  // (or a clause set off by a comma or opened by a subordinator).
  const opensWithParticiple = (d: ClauseDraft) => {
    const s = d.subject !== undefined ? phraseById.get(d.subject) : undefined;
    // ("tens of thousands of protesters chanting slogans marched": the phrase with its "of" chain.)
    return d.rule === 'syntax/clause#subject-left' && bareIng(d.verb) && !!s && (s.tokenEnd === d.verb.tokenStart || ofChainEnd(s.tokenEnd) === d.verb.tokenStart) && !s.pronoun
      && (s.tokenStart === first || tokens[s.tokenStart - 1]?.text === ',' || subordinatorBefore(s.tokenStart));
  };
  // ("France sent police after rioters protesting against the tests set fire to the airport": or a
  // subordinate clause.)
  const subordinatorBefore = (i: number) => CLAUSE_OPENERS.has(tokens[i - 1]?.lower ?? '') && !RELATIVES.has(tokens[i - 1]?.lower ?? '');
  // A phrase starts here, or after a quantity's lead words ("at least 133 people", "more than 300").
  const objectAt = (i: number): boolean => {
    if (index.startingAt(i)) return true;
    if (!QUANTITY_LEADS.has(tokens[i]?.lower ?? '')) return false;
    const j = QUANTITY_LEAD_TAILS.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    return !!index.startingAt(j);
  };
  // Where "X of Y of Z" ends, from the end of X.
  const ofChainEnd = (end: number): number => {
    for (let hops = 0; hops < 4 && tokens[end]?.lower === 'of'; hops++) {
      const next = index.startingAt(end + 1);
      if (!next) break;
      end = next.tokenEnd;
    }
    return end;
  };
  /**
   * "Blinken, the U.S. secretary of state, met", "Blinken, the most senior U.S. official to visit China
   * in five years, met": a name, then an aside between commas that opens with a noun phrase and holds
   * no clause with a subject of its own, then the verb. The name is the verb's subject. `close` is the
   * comma before the verb; `n` the verb's clause.
   */
  const nameBeforeAside = (close: number, n: number): MutablePhrase | undefined => {
    let open = close - 1;
    // ("George Simion, leader of the Alliance for the Union of Romanians (AUR), accused": a short
    // form in brackets is part of the aside.)
    const bracketed = (i: number) => tokens[i]?.text === ')' && tokens[i - 2]?.text === '(' && i - 2 > first;
    while (open > first && tokens[open]?.text !== ',' && (!CLAUSE_BREAKS.has(tokens[open]?.text ?? '') || bracketed(open))) open -= bracketed(open) ? 3 : 1;
    if (open <= first || tokens[open]?.text !== ',' || close - open < 3) return undefined;
    const aside = tokens[open + 1];
    // (The chunker may have joined name and aside into one list, "India, Nepal's neighbour and a
    // major supplier of arms": its conjuncts still mark where phrases start and end.)
    // (Only a description, not the next name of a list: "with Britain, France, Germany, Russia and China, had".)
    const conjunctAt = (at: (q: MutablePhrase) => boolean) => phrases.find((q) => at(q) && phrases.some((c) => c.conjuncts?.includes(q.id)));
    const startsPhrase = (i: number) => !!index.startingAt(i) || tokens[conjunctAt((q) => q.tokenStart === i)?.head ?? -1]?.pos === 'NOUN';
    // ("Hundreds of soldiers, many of them former rebels, seized": or a part of them.)
    const partOf = !!aside && PART_WORDS.has(aside.lower) && tokens[open + 2]?.lower === 'of';
    if (!aside || !(aside.pos === 'DET' || startsPhrase(open + 1) || startsPhrase(open + 2) || partOf)) return undefined;
    for (let m = 0; m < n; m++) {
      const d = drafts[m]!;
      // "Georgescu, an outsider who topped the first round, denounced": a relative clause on the aside stays inside it.
      const onAside = (d.rule === 'syntax/clause#relative' || d.rule === 'syntax/clause#reduced-relative') && d.subject !== undefined && phraseById.get(d.subject)?.tokenStart === open + 1;
      // ("Hundreds of soldiers, many of them former rebels absorbed into the army, seized": nor a bare
      // past form telling about a phrase inside the aside.)
      const bareInAside = d.verb.tokenStart === d.verb.head && d.verb.tense === 'past' && /ed$/.test(tokens[d.verb.head]?.lower ?? '') && d.subject !== undefined && (phraseById.get(d.subject)?.tokenStart ?? 0) > open + 1 && phraseById.get(d.subject)?.tokenEnd === d.verb.tokenStart;
      if (d.verb.tokenStart > open && d.verb.tokenStart < close && d.subject !== undefined && !onAside && !bareInAside) return undefined;
    }
    let name = index.endingBefore(open) ?? conjunctAt((q) => q.tokenEnd === open);
    // ("Hundreds of soldiers, many of them ...": a quantity opening the sentence, with what it counts.)
    const counting = name && tokens[name.tokenStart - 1]?.lower === 'of' ? index.endingBefore(name.tokenStart - 1) : undefined;
    if (counting && counting.tokenStart === first && QUANTITY_NOUNS.has(tokens[counting.head]?.lower ?? '')) name = counting;
    // (A common noun too when it opens the sentence: "The red shirts, mostly supporters of Thaksin, had demanded".)
    if (!name || name.pronoun || (tokens[name.head]?.pos !== 'PROPN' && !(tokens[name.head]?.pos === 'NOUN' && name.tokenStart === first))) return undefined;
    const before = tokens[name.tokenStart - 1];
    return name.tokenStart === first || (before && before.pos !== 'ADP' && before.pos !== 'VERB' && before.pos !== 'AUX') ? name : undefined;
  };
  // Clauses whose arguments resume after a ", in which ..." clause, and where.
  const closedAt = new Map<ClauseDraft, number>();
  const opensWithPrepositionWhich = (c: ClauseDraft) => {
    const at = c.subject !== undefined ? (phraseById.get(c.subject)?.tokenStart ?? c.tokenStart) : c.tokenStart;
    return tokens[at - 1]?.lower === 'which' && tokens[at - 2]?.pos === 'ADP' && tokens[at - 3]?.text === ',';
  };
  drafts.forEach((c, n) => {
    let g = c.verb;
    const nextStart = groups[n + 1]?.tokenStart ?? end;
    // Subject: the phrase just left of the verb group, past adverbs.
    let k = g.tokenStart - 1;
    // ("Germany, France and Poland each expelled four diplomats": a floating quantifier too.)
    while (k >= first && (tokens[k]?.pos === 'ADV' || (FLOATING_QUANTIFIERS.has(tokens[k]?.lower ?? '') && k > first && index.endingBefore(k) !== undefined))) k--;
    // "The U.S. military air-dropped": the verb's hyphenated prefix.
    if ((tokens[k]?.text === '-' || tokens[k]?.text === '–') && tokens[k]!.end === tokens[g.tokenStart]?.start && k - 2 >= first) k -= 2;
    // 'after "hooligans" set fire': the closing quotation mark of a subject quoted whole (not of a
    // quoted sentence: 'chanting "Don't touch my constitution" threw stones').
    if (QUOTE_CLOSE.has(tokens[k]?.text ?? '') && k - 1 >= first && QUOTE_OPEN.has(tokens[(index.endingBefore(k)?.tokenStart ?? 0) - 1]?.text ?? '')) k--;
    // "The Philippines and the European Union (EU) agree": a parenthesis before the verb is skipped.
    if (tokens[k]?.text === ')') {
      let open = k - 1;
      while (open > first && tokens[open]?.text !== '(' && k - open < 8) open--;
      if (tokens[open]?.text === '(') k = open - 1;
    } else if (tokens[k]?.pos === 'NOUN') {
      // "the National Liberation Army (ELN) rebel group signed": words after a name's short
      // parenthesis say what the name is; the name (and any list it ends) is the subject.
      const tail = index.endingBefore(k + 1);
      const close = tail ? tail.tokenStart - 1 : -1;
      if (tail && tokens[close]?.text === ')' && tokens[tail.tokenStart]?.pos !== 'DET' && tokens[close - 2]?.text === '(' && tokens[close - 3]?.pos === 'PROPN') k = close - 3;
    }
    // "Arnor's foreign minister, in remarks published on Monday, urged": a parenthetical between
    // commas that opens with a preposition is skipped.
    // ... or a relative clause ("The United States, which has been pushing for a ceasefire, accused").
    const skipParenthetical = (at: number, participles = true): number => {
      if (tokens[at]?.text !== ',') return at;
      let open = at - 1;
      while (open > first && tokens[open]?.text !== ',' && at - open < 20) open--;
      const opener = tokens[open + 1];
      // ... or a participle ("President Lee, speaking from an underground bunker, warned").
      // ... or a past participle ("Dagalo, known as Hemedti, called", "the rebels, backed by Rwanda, seized"),
      // an adverb before it too ("El Salvador's Congress, newly controlled by Bukele's party, voted").
      // (Only before a finite verb, and not when that form has a subject of its own: "Iran, which backs
      // the Houthis, demanded a halt, calling" has "demanded" as the main verb.)
      const lead = opener?.pos === 'ADV' && at - open > 3 ? open + 2 : open + 1;
      const leadWord = tokens[lead];
      const pastDraft = drafts[groupAt.get(lead) ?? -1];
      // (The aside may have been read as telling about the host: "The accord, brokered by Gaddafi, provides".)
      const aboutHost = (d: ClauseDraft) => d.subject === undefined || (d.rule === 'syntax/clause#reduced-relative' && phraseById.get(d.subject)?.tokenEnd === open);
      const pastParticiple = !!pastDraft && pastDraft.verb.head === lead && pastDraft.verb.tense === 'past' && /^[a-z]+$/.test(leadWord?.text ?? '')
        && pastDraft.verb.tokenEnd < at && aboutHost(pastDraft) && pastDraft.subjectFrom === undefined && finiteVerb(g);
      // (An agent named with its titles may run longer: "The militants, led by Chechen field commander
      // Shamil Basayev and the Arab-born fighter known as Khattab, seized".)
      const agentAside = pastParticiple && tokens[lead + 1]?.lower === 'by';
      const participle = participles && (/^[a-z]+ing$/.test(leadWord?.text ?? '') || pastParticiple) && at - open < (agentAside ? 20 : 14);
      // ... or an adverb alone ("Putin, however, telephoned").
      const adverb = opener?.pos === 'ADV' && at - open === 2;
      const parenthetical = opener?.pos === 'ADP' ? at - open < 14 : participle || adverb || isAliasAside(tokens, lead) || (RELATIVES.has(opener?.lower ?? '') && opener?.lower !== 'that');
      // (Not an "-ing" form that tells what an earlier clause's subject did next: a verb after it
      // coordinates, "stormed the prison, freeing 23 businessmen, then seized the building".)
      const host = index.endingBefore(open);
      const from = drafts[groupAt.get(lead) ?? -1]?.subjectFrom;
      const continued = from !== undefined ? drafts.find((d) => d.id === from) : undefined;
      const continuing = participle && !!continued && (continued.subject !== undefined || continued.subjectFrom !== undefined);
      return tokens[open]?.text === ',' && parenthetical && host && !continuing ? open - 1 : at;
    };
    k = skipParenthetical(k);
    // "The United States on Thursday fired ...", "Gollum, centre of a row between Radagast and Gondor,
    // called ...": a chain of prepositional phrases between subject and verb is skipped, back to the
    // first phrase that is not itself a preposition's object.
    for (let hops = 0, probe = k; hops < 3 && probe > first; hops++) {
      const pp = index.endingBefore(probe + 1);
      const prep = pp ? tokens[pp.tokenStart - 1] : undefined;
      // "years after crowds burned": a subordinator's phrase is its own clause's subject, and so is the
      // head of an "of" chain it opens ("as hundreds of thousands of protesters defied a curfew").
      if (pp && prep && hops > 0 && CLAUSE_OPENERS.has(prep.lower) && !RELATIVES.has(prep.lower)) { k = probe; break; }
      if (!pp || prep?.pos !== 'ADP' || CLAUSE_OPENERS.has(prep.lower) || pp.tokenStart - 2 < first) break;
      let before = pp.tokenStart - 2;
      while (before > first && tokens[before]?.pos === 'ADV') before--;
      // "coast guard personnel armed with knives and axes boarded", "troops loyal to the junta arrested":
      // a participle, or before a finite verb an adjective, between host and preposition.
      // (Not a word the chunker made a phrase's head: "The Philippine military chief on Wednesday accused".)
      if (before > first && (index.endingBefore(before + 1)?.tokenStart ?? before) >= before && ((tokens[before]?.pos === 'ADJ' && finiteVerb(g)) || (/ed$/.test(tokens[before]?.lower ?? '') && (tokens[before]?.pos === 'VERB' || tokens[before]?.pos === 'ADJ'))) && !groupAt.has(before)) before--;
      const host = index.endingBefore(before + 1);
      if (!host) break;
      probe = before;
      if (tokens[host.tokenStart - 1]?.pos !== 'ADP') { k = before; break; }
    }
    // "The United States, which ..., on Sunday accused": the time phrase first, then the relative clause.
    if (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'PROPN') {
      const pp = index.endingBefore(k + 1);
      const prep = pp ? tokens[pp.tokenStart - 1] : undefined;
      if (pp && prep?.pos === 'ADP' && tokens[pp.tokenStart - 2]?.text === ',') {
        const skipped = skipParenthetical(pp.tokenStart - 2, false);
        if (skipped !== pp.tokenStart - 2) k = skipped;
      }
    }
    // "Bolivian soldiers led by General Zuniga stormed the palace": the phrase a passive participle
    // told about, when that participle's clause runs up to this verb, is this verb's subject.
    // So is the antecedent of a relative clause that runs up to it ("Gunmen who opened fire on
    // concert-goers at the Crocus City Hall outside Moscow killed at least 133 people").
    // And so is the phrase an "-ing" participle right after it tells about, when that phrase opens the
    // sentence ("Gunmen wearing army uniforms stormed a hotel", "Protesters demanding his resignation marched").
    const told = drafts[n - 1];
    // ("Riot police swinging truncheons and firing water cannon broke up": the chunker read the second
    // "-ing" form as a modifier of its object; the participles still run up to this verb.)
    const coordinated = told && tokens[told.tokenEnd]?.lower === 'and' ? index.startingAt(told.tokenEnd + 1) : undefined;
    const toldEnd = told && coordinated && /^[a-z]+ing$/.test(tokens[coordinated.tokenStart]?.text ?? '') && opensWithParticiple(told) ? coordinated.tokenEnd : told?.tokenEnd ?? 0;
    if (told && (told.rule === 'syntax/clause#reduced-relative' || told.rule === 'syntax/clause#relative' || (finiteVerb(g) && opensWithParticiple(told))) && told.subject !== undefined && toldEnd >= k + 1 && told.verb.tokenStart > (phraseById.get(told.subject)?.tokenStart ?? g.tokenStart) && !told.preps.some((p) => p.prep !== 'by' && CLAUSE_OPENERS.has(p.prep))) {
      const told0 = phraseById.get(told.subject);
      const adjacent = told0 && (told0.tokenEnd === told.verb.tokenStart || (told.rule === 'syntax/clause#relative' && told0.tokenEnd === told.verb.tokenStart - 1)
        || (opensWithParticiple(told) && ofChainEnd(told0.tokenEnd) === told.verb.tokenStart));
      if (told0 && adjacent && tokens[told0.tokenEnd]?.text !== ',') k = told0.tokenEnd - 1;
    }
    const left = tokens[k];
    const subject = k >= first ? index.endingBefore(k + 1) : undefined;
    const before = tokens[(subject?.tokenStart ?? 0) - 1];
    // "More than 300 South Korean workers": "than" after "more" leads a quantity, not a prepositional phrase.
    // ("About 300 junior officers", "nearly 2,000 troops": a quantity's lead word opening the phrase.)
    const countAfterLead = !!before && QUANTITY_LEADS.has(before.lower) && before.lower !== 'at' && tokens[subject?.tokenStart ?? 0]?.pos === 'NUM'
      && !['NOUN', 'PROPN', 'PRON', 'VERB'].includes(tokens[(subject?.tokenStart ?? 0) - 2]?.pos ?? '');
    const quantityLead = (before?.lower === 'than' && /^(more|fewer|less)$/.test(tokens[(subject?.tokenStart ?? 0) - 2]?.lower ?? '')) || countAfterLead;
    // ", with Prime Minister Justin Trudeau accusing Washington of ...": after "with" set off by a
    // comma, the phrase before a participle is its subject.
    const withSubject = before?.lower === 'with' && tokens[(subject?.tokenStart ?? 0) - 2]?.text === ',' && bareIng(g);
    if (subject && (before?.pos !== 'ADP' || CLAUSE_OPENERS.has(before.lower) || quantityLead || withSubject)) {
      c.subject = subject.id;
      // The "with" belongs to this clause, not to the one before ("held talks, with Oman's minister shuttling").
      c.tokenStart = subject.tokenStart - (withSubject ? 1 : 0);
      c.rule = 'syntax/clause#subject-left';
    } else if (left?.text === ',' && n > 0 && bareIng(g) && !subject && !PREPOSITION_LIKE.has(tokens[g.head]!.lower)) {
      // "bombed a monastery, killing 23 civilians": a participle after a comma tells what the clause
      // before it did, so it shares that clause's subject.
      // Not a relative clause, nor one set off as a subordinate ("began drills on Thursday, three days
      // after Lai was sworn in, calling them punishment").
      // Nor a bare verb form with no subject at all, which is a modifier the tagger read as a verb ("in
      // a coup against the democratically elected government of Aung San Suu Kyi, detaining her").
      // (A subjectless "-ing" form is a gerund the participle may continue: "accused Pakistan of supporting militants ..., killing".)
      const bareModifier = (x: ClauseDraft) => x.subject === undefined && x.subjectFrom === undefined && x.verb.tokenStart === x.verb.head && !/^[a-z]+ing$/.test(tokens[x.verb.head]?.text ?? '');
      let m = n - 1;
      // Nor an infinitive the verb before governs ("ordered diplomats to leave, accusing their governments").
      // ("shut the routes after NATO jets attacked two checkpoints, killing 24 soldiers": harm done
      // goes with the attack told just before it, subordinate or not.)
      const harmAfterAttack = (x: ClauseDraft) => HARM_PARTICIPLES.has(tokens[g.head]?.lower ?? '') && ATTACK_VERBS.has(x.verb.lemma) && !x.verb.passive && x.subject !== undefined && subordinate(x) && x.tokenEnd >= k - 1;
      while (m > 0 && !harmAfterAttack(drafts[m]!) && (drafts[m]!.rule === 'syntax/clause#relative' || drafts[m]!.rule === 'syntax/clause#reduced-relative' || drafts[m]!.rule === 'syntax/clause#infinitive' || subordinate(drafts[m]!) || bareModifier(drafts[m]!) || PREPOSITION_LIKE.has(tokens[drafts[m]!.verb.head]?.lower ?? ''))) m--;
      c.subjectFrom = drafts[m]!.id;
      c.rule = 'syntax/clause#participle';
    } else if (left?.text === ',' && k > first && !(tokens[k + 1]?.lower === 'then' && finiteVerb(g))) {
      // "Qin Gang, China's foreign minister, said": the owner of the appositive is the subject.
      // ("Kim Jong Un, leader of North Korea, met Putin": the appositive ends before its "of" phrase,
      // or its "to", "on", "in" ... phrase: "Bahrain, home to the U.S. Fifth Fleet, accused Iran".)
      const ofTail = index.endingBefore(k);
      const appositive = innerByEnd.get(k) ?? (ofTail && ROLE_COMPLEMENTS.has(tokens[ofTail.tokenStart - 1]?.lower ?? '') ? innerByEnd.get(ofTail.tokenStart - 1) : undefined);
      const named = appositive ? phrases.find((p) => p.appositive === appositive.id) : undefined;
      // (The last of a list of names: the list is the subject.)
      const owner = (named ? phrases.find((p) => p.conjuncts?.includes(named.id)) ?? named : undefined) ?? nameBeforeAside(k, n);
      // ("the rival candidates, Yanukovich and Yushchenko, agreed": the names, more exact than what they are, act.)
      const names = appositive?.conjuncts?.every((id) => tokens[phraseById.get(id)?.head ?? -1]?.pos === 'PROPN') && owner && tokens[owner.head]?.pos === 'NOUN' ? appositive : undefined;
      if (owner) { c.subject = (names ?? owner).id; c.tokenStart = owner.tokenStart; c.rule = 'syntax/clause#subject-appositive'; }
    } else if (n > 0 && drafts[n - 1]!.verb.tokenEnd === g.tokenStart && isBareForm(tokens[drafts[n - 1]!.verb.head]) && isBareForm(tokens[g.head])) {
      // "will not wire tap the lines": a bare verb straight after another shares its subject (after
      // an inflected one it is more likely a noun the tagger misread: "rejected calls for a truce").
      c.subjectFrom = drafts[n - 1]!.id;
      c.rule = 'syntax/clause#serial-verb';
    } else if (left && ADVERBIAL_GERUND_PREPOSITIONS.has(left.lower) && (tokens[g.head]?.lower.endsWith('ing') || /^(being|having)$/.test(tokens[g.tokenStart]?.lower ?? '')) && n > 0) {
      // (A passive or perfect gerund too: "attacked Bangui before being pushed back by government troops".)
      // "Blinken arrived in Cairo after visiting Israel": the gerund's subject is the governing clause's
      // (not after "of", "for", "from": "accused India of violating" is the accusation's content).
      let m = n - 1;
      while (m > 0 && drafts[m]!.rule === 'syntax/clause#relative') m--;
      c.subjectFrom = drafts[m]!.id;
      c.rule = 'syntax/clause#gerund';
    } else if (left && left.lower === 'to' && n > 0) {
      // "ruled that Sirisena's decision to dissolve parliament was unconstitutional": the infinitive
      // of a noun with an owner is the owner's act.
      const noun = index.endingBefore(k);
      // (Only a noun of the owner's own deciding or trying: "Trump's plan to end the war" is a plan, not his act.)
      if (noun?.possessor !== undefined && OWNED_ACT_NOUNS.has(tokens[noun.head]?.lower ?? '') && !noun.pronoun) {
        c.subject = noun.possessor;
        c.rule = 'syntax/clause#infinitive-of-noun';
      } else {
        c.subjectFrom = drafts[n - 1]!.id;
        c.rule = 'syntax/clause#infinitive';
      }
    } else if (left && n > 0 && (left.lower === 'and' || left.lower === 'but' || left.lower === 'or' || (left.text === ',' && tokens[k + 1]?.lower === 'then' && finiteVerb(g)))) {
      // "Moscow attaches importance to the plan that X outlined and agrees with ...": the verb
      // coordinates with the nearest clause that is not a relative clause inside an argument.
      // After a comma, not with a subordinate clause set off before it ("seized power on Wednesday, a
      // day before results were due, and detained the president").
      const afterComma = tokens[k - 1]?.text === ',';
      // "threatened to impose tariffs unless ..., and announced", "forced a jet flying between two
      // capitals to land and arrested a journalist": a finite verb does not join an infinitive or a
      // bare "-ing" form.
      const finite = g.tense === 'past' && g.head === g.tokenStart;
      const nonFinite = (x: ClauseDraft) => x.rule === 'syntax/clause#infinitive' || bareIng(x.verb);
      let m = n - 1;
      while (m > 0 && (drafts[m]!.rule === 'syntax/clause#relative' || (drafts[m]!.subject === undefined && drafts[m]!.subjectFrom === undefined) || (afterComma && subordinate(drafts[m]!))
        || (finite && nonFinite(drafts[m]!)))) m--;
      // "Liu said the shoal, which China calls Huangyan Island, was Chinese territory, and urged Manila":
      // after ", and", a speech act goes with the verb of saying, not with what was said.
      if (afterComma && (SPEECH_ACT_VERBS.has(g.lemma) || reportingVerbs.has(g.lemma)) && drafts[m]!.subject !== undefined) {
        const start = phraseById.get(drafts[m]!.subject!)?.tokenStart ?? -1;
        // (A phrase may stand between the verb of saying and its "that": "said in a televised statement
        // that the violence was rooted in banditry, and accused Sonko".)
        const saying = drafts.findIndex((d, j) => j < m && reportingVerbs.has(d.verb.lemma) && (d.verb.tokenEnd === start
          || (tokens[start - 1]?.lower === 'that' && d.verb.tokenEnd <= start - 1 && start - 1 - d.verb.tokenEnd <= 8 && j === m - 1)));
        if (saying >= 0) m = saying;
      }
      // "drawing swift condemnation from its neighbours and calls for sanctions": an "-s" form straight
      // after an "-ing" form's object is a plural noun the tagger read as a verb; it has no subject.
      const pluralNoun = g.head === g.tokenStart && g.tense === 'present' && /[a-z]s$/.test(tokens[g.head]?.text ?? '') && !afterComma && drafts[n - 1]!.rule === 'syntax/clause#participle' && bareIng(drafts[n - 1]!.verb);
      // "accused Belgrade of organising and financing the attack": an "-ing" form joined to the one just
      // before shares its reading, here a gerund with no subject of its own.
      const prevGerund = drafts[n - 1]!;
      const gerundPair = !afterComma && bareIng(g) && bareIng(prevGerund.verb) && prevGerund.subject === undefined && prevGerund.verb.tokenEnd === k;
      // (A pair of gerunds with no subject at all stays without one.)
      if (!pluralNoun && !(gerundPair && prevGerund.subjectFrom === undefined)) {
        c.subjectFrom = gerundPair ? prevGerund.subjectFrom! : drafts[m]!.id;
        c.rule = 'syntax/clause#coordinated-verb';
      }
    } else if (left && RELATIVES.has(left.lower)) {
      // "The United States, which has been pushing": a comma may stand between antecedent and pronoun.
      let antecedent = index.endingBefore(k) ?? (tokens[k - 1]?.text === ',' && left.lower !== 'that' ? index.endingBefore(k - 1) : undefined);
      // "a Colombian military raid into Ecuadorean territory that killed Reyes": the place an attack
      // was aimed at does not act; the attack, told with its side, does.
      const attack = antecedent && left.lower !== 'who' && ATTACK_PLACES.has(tokens[antecedent.tokenStart - 1]?.lower ?? '') ? index.endingBefore(antecedent.tokenStart - 1) : undefined;
      const sided = (q: MutablePhrase) => tokens.slice(q.tokenStart, q.head).some((t) => t.pos !== 'DET' && /^\p{Lu}/u.test(t.text));
      if (attack && attackNouns.has(tokens[attack.head]?.lemma ?? '') && sided(attack)) antecedent = attack;
      if (antecedent) { c.subject = antecedent.id; c.rule = 'syntax/clause#relative'; }
    }
    // "300 workers detained by U.S. immigration authorities", "a pilot deal agreed by Starmer and Macron":
    // a bare past form straight after a phrase and before "by" is a passive telling what was done to it.
    // ("Rockets fired from Lebanon hit northern Israel": a weapon fired from somewhere, before a verb of its own.)
    const firedFrom = FIRING_PARTICIPLES.has(tokens[g.head]?.lower ?? '') && tokens[g.tokenEnd]?.lower === 'from' && !!groups[n + 1] && n === 0;
    // ("troops responded by pounding the camp": "by" and a gerund tell how, not by whom.)
    const byGerund = tokens[g.tokenEnd + 1]?.pos === 'VERB' && /ing$/.test(tokens[g.tokenEnd + 1]?.lower ?? '');
    const agentAfter = (tokens[g.tokenEnd]?.lower === 'by' && !BY_MEANS.has(tokens[g.tokenEnd + 1]?.lower ?? '') && tokens[g.tokenEnd + 1]?.pos !== 'NUM' && !byGerund) || firedFrom;
    // "Senegalese troops flown in at the request of President Vieira fought rebels": a form that is
    // only ever a participle, right after a phrase and with no auxiliary, tells about that phrase.
    const participleOnly = PARTICIPLE_ONLY_FORMS.has(tokens[g.head]?.lower ?? '') && !!groups[n + 1];
    if (g.tokenStart === g.head && g.tense === 'past' && !g.passive && (agentAfter || participleOnly)) {
      // ("pounded mountain villages in Dagestan on Tuesday held by Islamic militants": past a time adjunct.)
      const near = index.endingBefore(g.tokenStart);
      const timeAdjunct = !!near && agentAfter && near.tokenStart - 1 > first && tokens.slice(near.tokenStart - 1, near.tokenEnd).every((t) => TIME_ADJUNCT_WORDS.has(t.lower));
      const patient = timeAdjunct ? index.endingBefore(near.tokenStart - 1) : near;
      // ("The accord, brokered by Libyan leader Muammar Gaddafi, provides": or, for a mediation, set off
      // by commas with its agent.)
      const setOff = !patient && agentAfter && !firedFrom && MEDIATING.has(tokens[g.head]?.lemma ?? '') && tokens[g.tokenStart - 1]?.text === ',' ? index.endingBefore(g.tokenStart - 1) : undefined;
      if (patient && (patient.tokenEnd === g.tokenStart || (timeAdjunct && patient.tokenEnd === near!.tokenStart - 1))) {
        c.subject = patient.id;
        c.tokenStart = Math.min(c.tokenStart, patient.tokenStart);
        g = asReducedRelative(c);
      } else if (setOff && setOff.tokenStart === first && tokens[setOff.tokenStart]?.pos === 'DET') {
        c.subject = setOff.id;
        g = asReducedRelative(c);
      }
    }
    // "arrested three activists accused of plotting": a bare past form right after the previous verb's
    // object, with no object of its own, is a participle telling what was done to that object.
    const prev = drafts[n - 1];
    // (Not after a participle telling about the sentence's subject: "protesters chanting slogans marched".)
    if (prev && c.subject !== undefined && prev.object === c.subject && g.tokenStart === g.head && g.tense === 'past' && !g.passive && (!objectAt(g.tokenEnd) || PARTICIPLE_COMPLEMENTS.has(tokens[g.tokenEnd]?.lower ?? '')) && !opensWithParticiple(prev)) {
      g = asReducedRelative(c);
    }
    // Object: the phrase right after the verb group (not for copulas or passives).
    let cursor = g.tokenEnd;
    while (cursor < nextStart && tokens[cursor]?.pos === 'ADV') cursor++;
    // 'called an "unprovoked and unjustified attack"': an article before a quotation mark opens the
    // quoted phrase, which the chunker starts after the mark.
    if (tokens[cursor]?.pos === 'DET' && /^["“]$/.test(tokens[cursor + 1]?.text ?? '') && cursor + 2 < nextStart && !index.startingAt(cursor)) cursor += 2;
    // 'blamed "religious extremists"', "sacked all the country's judges": a quotation mark or a
    // predeterminer before the phrase the chunker made.
    if ((QUOTE_OPEN.has(tokens[cursor]?.text ?? '') || PREDETERMINERS.has(tokens[cursor]?.lower ?? '')) && cursor + 1 < nextStart && !index.startingAt(cursor) && index.startingAt(cursor + 1)) cursor += 1;
    // "had killed at least 12 protesters": a quantity's lead words open the object (also after
    // "shot dead", whose "dead" the chunker leaves out of the phrase after it).
    if (tokens[cursor]?.lower === 'dead' && !index.startingAt(cursor) && objectAt(cursor + 1)) cursor++;
    const counted = cursor + (QUANTITY_LEAD_TAILS.has(tokens[cursor + 1]?.lower ?? '') ? 2 : 1);
    if (!index.startingAt(cursor) && objectAt(cursor) && tokens[counted]?.pos === 'NUM') cursor = counted;
    if (!g.predicate && !g.passive) {
      const object = index.startingAt(cursor);
      let after = object ? object.tokenEnd : -1;
      while (after >= 0 && after < end && tokens[after]?.pos === 'ADV') after++;
      // "said Moscow is ready": a phrase followed at once by a verb is that verb's subject, not an object,
      // unless the verb is a bare participle after a non-reporting verb ("welcomed memos sent by Bree").
      const nextGroup = groups[n + 1];
      // So is a bare "-ing" form ("shot dead 19 people protesting against a ban").
      const bareParticiple = !!nextGroup && nextGroup.tokenStart === nextGroup.head && (nextGroup.tense === 'past' || /ing$/.test(tokens[nextGroup.head]?.lower ?? ''));
      const reducedRelative = bareParticiple && !reportingVerbs.has(g.lemma);
      // "would help North Korea build satellites": after "help", "let" or "make" the phrase is the
      // object, and it does what the bare verb after it says.
      const bareControl = BARE_INFINITIVE_CONTROL.has(g.lemma) && !!nextGroup && nextGroup.tokenStart === nextGroup.head && isBareForm(tokens[nextGroup.head]);
      // ("said Japan's detention of the captain was illegal": after a verb of saying, with its "of" chain.)
      const subjectEnd = object !== undefined && reportingVerbs.has(g.lemma) && after === object.tokenEnd ? ofChainEnd(after) : after;
      const opensClause = object !== undefined && (after === nextStart || subjectEnd === nextStart) && nextStart < end && !reducedRelative && !bareControl;
      if (object && object.tokenEnd <= nextStart && !opensClause) {
        c.object = object.id;
        cursor = object.tokenEnd;
        c.tokenEnd = cursor;
      }
    }
    // Prepositional objects, across commas only when the next word is another preposition.
    while (cursor < nextStart) {
      const t = tokens[cursor];
      if (!t) break;
      if (t.pos === 'ADP' || t.lower === 'to') {
        if (t.lower === 'that' || (t.lower === 'to' && groupAt.has(cursor + 1))) break;
        const np = index.startingAt(cursor + 1);
        // "fled the country as hundreds of thousands of protesters defied a curfew": a subordinator
        // whose phrase (with its "of" chain) runs into a verb opens a clause.
        if (np && CLAUSE_OPENERS.has(t.lower) && groupAt.has(ofChainEnd(np.tokenEnd))) break;
        // ", with Oman's foreign minister shuttling between ...": the phrase is the participle's subject.
        if (np && t.lower === 'with' && tokens[cursor - 1]?.text === ',' && groupAt.has(np.tokenEnd) && /^[a-z]+ing$/.test(tokens[np.tokenEnd]?.text ?? '')) break;
        // "flown in at the request of": a verb's particle before a preposition.
        if (!np && PARTICLES_BEFORE_PREPOSITIONS.has(t.lower) && tokens[cursor + 1]?.pos === 'ADP') { cursor++; continue; }
        if (np && np.tokenEnd <= nextStart) {
          c.preps.push({ prep: t.lower, tokenIndex: cursor, np: np.id });
          cursor = np.tokenEnd;
          c.tokenEnd = cursor;
          continue;
        }
        break;
      }
      if (t.pos === 'ADV' || t.pos === 'PART' && t.lower !== 'to') { cursor++; continue; }
      // "was shot dead by a sniper": the result the verb names comes before its prepositions.
      if (t.lower === 'dead' && cursor === g.tokenEnd && tokens[cursor + 1]?.pos === 'ADP') { cursor++; continue; }
      // ", better known as Bobi Wine, with ...": past another name set off by commas.
      const alias = t.text === ',' ? [cursor + 1, cursor + 2].find((k) => isAliasAside(tokens, k)) : undefined;
      const aliasName = alias !== undefined ? index.startingAt(alias + 2) : undefined;
      if (aliasName && tokens[aliasName.tokenEnd]?.text === ',') { cursor = aliasName.tokenEnd + 1; continue; }
      // (not a subordinator: "protesting against a ban, as demonstrators set fire to ...").
      if ((t.text === ',' || t.lower === 'and') && tokens[cursor + 1]?.pos === 'ADP' && !CLAUSE_OPENERS.has(tokens[cursor + 1]!.lower)) {
        // "blames the assault, in which security forces killed five gunmen, on two groups": the comma
        // closes a clause opened by ", in which"; what follows is the governing clause's.
        if (t.text === ',' && n > 0 && opensWithPrepositionWhich(c)) { closedAt.set(drafts[n - 1]!, cursor + 1); break; }
        cursor++;
        continue;
      }
      break;
    }
    c.tokenEnd = Math.max(c.tokenEnd, cursor);
  });
  for (const [governing, from] of closedAt) {
    let cursor = from;
    while (tokens[cursor]?.pos === 'ADP' && !CLAUSE_OPENERS.has(tokens[cursor]!.lower)) {
      const np = index.startingAt(cursor + 1);
      if (!np || groupAt.has(np.tokenEnd)) break;
      governing.preps.push({ prep: tokens[cursor]!.lower, tokenIndex: cursor, np: np.id });
      cursor = np.tokenEnd;
      if (tokens[cursor]?.text === ',' && tokens[cursor + 1]?.pos === 'ADP') cursor++;
    }
  }

  // Complements: what follows a clause's arguments decides what it governs.
  drafts.forEach((c, n) => {
    const next = drafts[n + 1];
    if (!next) return;
    // "ordered France's ambassador, Joel Meyer, to leave": the object's name set off by commas does not break the link.
    const aside = c.object !== undefined ? phraseById.get(phraseById.get(c.object)?.appositive ?? -1) : undefined;
    const from = aside && tokens[c.tokenEnd]?.text === ',' && aside.tokenStart === c.tokenEnd + 1 && tokens[aside.tokenEnd]?.text === ',' ? aside.tokenEnd + 1 : c.tokenEnd;
    const between = tokens.slice(from, next.verb.tokenStart);
    const words = between.map((t) => t.lower);
    let kind: Complement['kind'] | undefined;
    // "called on Gondor late Sunday to be allowed to leave": a time adjunct does not break the link.
    let adjunct = 0;
    while (adjunct < words.length - 1 && TIME_ADJUNCT_WORDS.has(words[adjunct]!)) adjunct++;
    // "ordered Israel to immediately halt": an adverb between "to" and its verb does not either.
    let tail = words.length;
    while (tail > adjunct + 1 && between[tail - 1]?.pos === 'ADV') tail--;
    if (tail - adjunct === 1 && words[adjunct] === 'to') kind = 'to-infinitive';
    // "stood ready to assist Haiti", "remained willing to talk": a verb of state takes the adjective
    // as a copula does (its predicate), and the infinitive after it.
    else if (tail - adjunct === 2 && words[adjunct + 1] === 'to' && STATE_VERBS.has(c.verb.lemma) && between[adjunct]?.pos === 'ADJ') {
      kind = 'to-infinitive';
      c.verb = { ...c.verb, predicate: between[adjunct]!.lemma };
    }
    else if (words.length === 1 && words[0] === 'as' && next.verb.lemma === 'say') kind = 'as-saying';
    // "adopted a resolution calling for a ceasefire", "vetoed a statement condemning Russia": a bare
    // "-ing" form on the object tells what the object does, as part of what the clause does.
    else if (words.length === 0 && c.object !== undefined && next.subject === c.object && next.verb.tokenStart === next.verb.head && /ing$/.test(tokens[next.verb.head]?.lower ?? '')) kind = 'gerund';
    // "Russia began shelling Kharkiv", "ceased supplying gas": after a verb of phase or ending, a bare
    // "-ing" form is the action it governs, done by its subject.
    else if (words.length === 0 && c.object === undefined && gerundVerbs.has(c.verb.lemma) && next.subject === undefined && next.verb.tokenStart === next.verb.head && /ing$/.test(tokens[next.verb.head]?.lower ?? '')) {
      kind = 'gerund';
      next.subjectFrom = c.id;
      next.rule = 'syntax/clause#gerund-complement';
    }
    // "Kerry said there was no justification for the coup": an existential "there" opens what was said.
    else if (words.length === 1 && words[0] === 'there' && reportingVerbs.has(c.verb.lemma) && next.subject === undefined && next.verb.lemma === 'be') kind = 'that';
    // "that" straight before a verb is a relative pronoun ("the document that outlined"), not a complementizer.
    else if (words[0] === 'that' && words.length > 1 && !between.some((t) => t.text === ',')) kind = 'that';
    else if (words.length > 0 && next.subject !== undefined && !between.some((t) => CLAUSE_OPENERS.has(t.lower) || t.text === ',' || QUOTE_OPEN.has(t.text) || QUOTE_CLOSE.has(t.text))) {
      // "said Moscow is ready": a clause follows directly, with its own subject.
      const subjectPhrase = index.startingAt(c.tokenEnd);
      const direct = !!subjectPhrase && subjectPhrase.id === next.subject;
      // After an object, only a verb of saying takes one ("told reporters the talks would resume"); else
      // the clause tells about the object, which is what it acts on ("suspended a peace declaration it
      // signed with Cambodia", "sanctioned a dozen officials it accused of financing the group").
      if (direct && (c.object === undefined || reportingVerbs.has(c.verb.lemma))) kind = 'that';
      else if (direct && c.object !== undefined && next.object === undefined) {
        // The phrase just before it is what it tells about ("sanctions on ... a dozen officials it accused").
        next.object = index.endingBefore(c.tokenEnd)?.id ?? c.object;
        next.rule = 'syntax/clause#relative';
      }
    }
    // "ordered diplomats from seven countries, including Argentina and Chile, to leave": a list set
    // off by commas after "including" stands between a verb and its infinitive.
    let governor = c;
    const prev = drafts[n - 1];
    if (!kind && prev && PREPOSITION_LIKE.has(tokens[c.verb.head]?.lower ?? '') && tokens[c.verb.tokenStart - 1]?.text === ',' && words.length === 2 && words[0] === ',' && words[1] === 'to' && !prev.complement) {
      kind = 'to-infinitive';
      governor = prev;
      if (next.subjectFrom === c.id) next.subjectFrom = undefined;
    }
    if (kind) {
      governor.complement = { kind, clause: next.id };
      next.parent = governor.id;
      // "prompting Beijing to accuse him": after a verb of causing or asking, the object does what follows.
      if (kind === 'to-infinitive' && OBJECT_CONTROL_VERBS.has(governor.verb.lemma) && governor.object !== undefined && next.subject === undefined && (next.subjectFrom === undefined || next.subjectFrom === governor.id)) {
        next.subject = governor.object;
        next.subjectFrom = undefined;
      } else if (kind === 'to-infinitive') next.subjectFrom ??= governor.id;
    }
  });

  // "Turkey recalled its ambassador, cancelled three exercises and demanded a session": in a series of
  // verbs joined by "and" at its end, a verb of the same tense after a comma, with no subject of its
  // own, shares the series' subject.
  for (const d of drafts) {
    if (d.rule !== 'syntax/clause#coordinated-verb' || d.subjectFrom === undefined || d.verb.head !== d.verb.tokenStart) continue;
    for (let i = drafts.findIndex((x) => x.id === d.subjectFrom) + 1; i > 0 && drafts[i] !== d; i++) {
      const x = drafts[i]!;
      if (x.subject !== undefined || x.subjectFrom !== undefined || x.verb.passive || x.verb.head !== x.verb.tokenStart || x.verb.tense !== d.verb.tense) continue;
      if (tokens[x.tokenStart - 1]?.text !== ',' || /^[a-z]+ing$/.test(tokens[x.verb.head]?.text ?? '')) continue;
      x.subjectFrom = d.subjectFrom;
      x.rule = 'syntax/clause#coordinated-verb';
    }
  }

  const perfect = (v: VerbGroup) => tokens.slice(v.tokenStart, v.head).some((t) => t.lower === 'had');
  // "Hamas said the strike was a violation and called on mediators to intervene": a past verb joined
  // after a copula inside what was said continues the report, not the copula's clause...
  for (const d of drafts) {
    if (d.rule !== 'syntax/clause#coordinated-verb' || d.subjectFrom === undefined || d.verb.tense !== 'past') continue;
    const last = drafts.find((x) => x.id === d.subjectFrom);
    // The verb before may be a later clause inside what was said ("said the new line would leave
    // their homes and a road exposed to troops, and accused"): the said clause is the one to test.
    const m = last?.parent === undefined && last !== undefined ? saidClauseAround(tokens, drafts, last) ?? last : last;
    const r = m?.parent !== undefined ? drafts.find((x) => x.id === m.parent) : undefined;
    // (The report may itself be a participle: "seized a ship, saying it was Israeli-owned, and threatened".)
    if (!m || !r || r.complement?.kind !== 'that' || r.complement.clause !== m.id || !reportingVerbs.has(r.verb.lemma) || (r.verb.tense !== 'past' && r.rule !== 'syntax/clause#participle')) continue;
    // ... or after a past perfect there ("said the plane had been hit ... and demanded"): the report's
    // own tense is the simple past.
    // ... or when the joined verb reports in turn ("said the deal cut off Iran's paths to a bomb, but
    // warned that Washington would ratchet up the pressure").
    // ... or after a modal there ("said Lebanon would bear the consequences and promised a response"):
    // a simple past cannot share "would".
    const modalOnly = m.verb.modal !== undefined && d.verb.modal === undefined && !perfect(d.verb);
    // (Not a deed after an active past perfect, which shares its "had": "said Libya had detained two
    // businessmen and imposed restrictions on Swiss companies".)
    const reportsAgain = m.verb.passive || SPEECH_ACT_VERBS.has(d.verb.lemma) || reportingVerbs.has(d.verb.lemma);
    if (!(m.verb.predicate !== undefined || m.verb.lemma === 'be' || (perfect(m.verb) && !perfect(d.verb) && reportsAgain) || modalOnly || d.complement?.kind === 'that')) continue;
    d.subjectFrom = r.id;
    // The report may be the middle of a series itself ("Olmert called the capture an act of war, said
    // ... and promised"): after a comma, with no subject, it shares the series' first verb's.
    if (r.subject !== undefined || r.subjectFrom !== undefined || tokens[r.tokenStart - 1]?.text !== ',') continue;
    const at = drafts.indexOf(r);
    const first = drafts.slice(0, at).reverse().find((x) => x.subject !== undefined && x.rule !== 'syntax/clause#relative' && x.verb.tense === r.verb.tense && !x.verb.passive);
    if (first && first.parent === r.parent) { r.subjectFrom = first.id; r.rule = 'syntax/clause#coordinated-verb'; }
  }

  // "Guterres regretted that efforts to avoid an escalation had failed and urged both sides": a speech
  // act joined after a past perfect or a copula inside a clause of what someone said, felt or feared
  // is that someone's, whatever verb took the clause.
  for (const d of drafts) {
    if (d.rule !== 'syntax/clause#coordinated-verb' || d.subjectFrom === undefined || d.verb.tense !== 'past' || !SPEECH_ACT_VERBS.has(d.verb.lemma) || perfect(d.verb)) continue;
    const m = drafts.find((x) => x.id === d.subjectFrom);
    if (!m || m.parent === undefined || !(perfect(m.verb) || m.verb.predicate !== undefined || m.verb.lemma === 'be')) continue;
    let top: ClauseDraft | undefined = m;
    while (top?.parent !== undefined) top = drafts.find((x) => x.id === top!.parent);
    if (top && top !== m && top.subject !== undefined && top.verb.tense === 'past' && !top.verb.passive) d.subjectFrom = top.id;
  }

  // "four attackers had been killed and several people arrested": a bare past form after "and" and
  // a subject of its own, with no object, shares the passive before it.
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n]!;
    const before = drafts[n - 1]!;
    const subject = d.subject !== undefined ? phraseById.get(d.subject) : undefined;
    if (!subject || !before.verb.passive || d.verb.passive || d.object !== undefined || d.complement !== undefined || d.verb.head !== d.verb.tokenStart || d.verb.tense !== 'past') continue;
    if (tokens[subject.tokenStart - 1]?.lower !== 'and' || before.verb.tokenEnd > subject.tokenStart || !ELIDED_PASSIVES.has(d.verb.lemma)) continue;
    d.verb = { ...d.verb, passive: true, rule: 'syntax/vg#elided-passive' };
  }
  return drafts.map((c) => {
    const a = tokens[c.tokenStart];
    const b = tokens[Math.max(c.tokenStart, c.tokenEnd - 1)];
    return {
      id: c.id, sentence, verb: c.verb, preps: c.preps, tokenStart: c.tokenStart, tokenEnd: c.tokenEnd,
      start: a?.start ?? c.verb.start, end: b?.end ?? c.verb.end, rule: c.rule,
      ...(c.subject !== undefined ? { subject: c.subject } : {}),
      ...(c.subjectFrom !== undefined ? { subjectFrom: c.subjectFrom } : {}),
      ...(c.object !== undefined ? { object: c.object } : {}),
      ...(c.complement ? { complement: c.complement } : {}),
      ...(c.parent !== undefined ? { parent: c.parent } : {}),
    };
  });
}

/**
 * The clause of what was said that a clause with no parent of its own runs on from: the one just
 * before it, when that one is a report's content and this one is a bare verb after "and" inside it.
 * A participle read as a verb ("would leave their homes and a road exposed to troops") comes out as a
 * clause of its own, and would otherwise cut the report off from a verb joined after it. (A clause
 * opened by "while" or "when" is a new one, not this.)
 */
function saidClauseAround(tokens: readonly Token[], drafts: readonly ClauseDraft[], c: ClauseDraft): ClauseDraft | undefined {
  if (tokens[c.tokenStart - 1]?.lower !== 'and' || c.verb.head !== c.verb.tokenStart) return undefined;
  const before = drafts[drafts.indexOf(c) - 1];
  if (before?.parent === undefined) return undefined;
  const report = drafts.find((x) => x.id === before.parent);
  return report?.complement?.kind === 'that' && report.complement.clause === before.id ? before : undefined;
}

// Closed class: verbs of bringing parties to agree, whose participle set off after a deal tells who mediated it.
const MEDIATING = new Set(['broker', 'mediate', 'facilitate']);

/** Marks a clause whose bare past form tells what was done to its subject: a passive, with no auxiliary. */
function asReducedRelative(c: ClauseDraft): VerbGroup {
  c.verb = { ...c.verb, passive: true, rule: 'syntax/vg#reduced-relative' };
  c.rule = 'syntax/clause#reduced-relative';
  return c.verb;
}

function isBareForm(t: Token | undefined): boolean {
  return !!t && t.lower === t.lemma;
}

// Verbs whose object does what a bare infinitive after it says ("help Kyiv rebuild", "let aid enter").
const BARE_INFINITIVE_CONTROL = new Set(['help', 'let', 'make']);

// Closed classes: verbs of an armed attack, and participles of the harm it does.
const ATTACK_VERBS = new Set(['attack', 'strike', 'bomb', 'shell', 'raid', 'ambush', 'storm', 'fire', 'shoot', 'hit', 'pound', 'assault']);
const HARM_PARTICIPLES = new Set(['killing', 'wounding', 'injuring', 'maiming']);

// ("in": "Canada and Brazil followed Washington in backing Guaido", "joined Paris in condemning the coup".)
const ADVERBIAL_GERUND_PREPOSITIONS = new Set(['after', 'before', 'while', 'since', 'by', 'without', 'upon', 'despite', 'in']);

// Verbs of state that take an adjective before a to-infinitive ("stood ready to").
const STATE_VERBS = new Set(['stand', 'remain', 'stay']);
