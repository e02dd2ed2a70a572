// Closed-class words the events stage reasons with: grammar and the handful of verbs whose readings
// it special-cases. Open lists (intent cues, attack nouns, reporting verbs) live in dictionaries/frames.
import { CIRCUMSTANCE_PREPS } from './pattern-index.js';

// Acts whose "of" phrase names their victims whoever did them.
export const KILLING_NOUNS = new Set(['killing', 'killings', 'massacre', 'murder', 'murders', 'execution', 'executions', 'assassination', 'abduction', 'kidnapping']);
export const NEGATORS_BEFORE_TO = new Set(['not', 'never']);
// Determiners that make a subject nobody: "neither leader signed", "no country has recognised".
export const NEGATIVE_DETERMINERS = new Set(['neither', 'no', 'none']);
export const DEONTIC_MODALS = new Set(['should', 'must', 'ought']);
// Modals that tell what lies ahead: "will retaliate", "would meet" ("wo" of "won't").
export const AHEAD_MODALS: ReadonlySet<string> = new Set(['will', 'would', 'shall', "'ll", 'wo']);
// Verbs of travel that, in the passive, carry someone rather than make a visit.
export const CARRYING_VERBS = new Set(['fly', 'take', 'bring', 'send', 'dispatch', 'lead', 'head', 'land']);
// Armed units that, arriving somewhere, are deployed there rather than visiting (closed class).
export const FORCE_NOUNS = new Set(['troop', 'soldier', 'paratrooper', 'marine', 'commando', 'force', 'unit', 'battalion', 'brigade', 'division', 'contingent', 'peacekeeper', 'warship', 'jet', 'fighter', 'bomber', 'convoy', 'tank']);
// "will not", "would not", "won't": a refusal announced.
export const REFUSAL_MODALS = new Set(['will', 'would', 'shall', "'ll", 'wo']);
// Taking people by force, which rebels and criminals do as abduction (a state's is an arrest).
export const SEIZING_VERBS = new Set(['capture', 'seize', 'grab', 'snatch', 'kidnap', 'abduct']);
export const AIMING_VERBS = new Set(['target', 'aim', 'hit', 'retaliate']);
// Closed class: a foreign state's presence in a host country (no place of the host's, no party of its own there).
export const FOREIGN_MISSIONS = new Set(['embassy', 'consulate', 'mission', 'legation', 'ambassador', 'residence', 'diplomat', 'envoy']);
// Force: assault, fighting, mass violence (CAMEO roots 18-20).
export const FORCE_CODE = /^(18|19|20)/;
/** Meetings, talks and signings: a place named with "in" or "at" is where they happened, not a party. */
export const MEETING_CODE = /^(04[3-6]|057)/;
// Force shown, pressed or used: force posture to mass violence (CAMEO roots 15-20).
export const FORCE_OR_PRESSURE_CODE = /^(1[5-9]|20)/;
export const STATE_CODE = /^[A-Z]{3}(GOV|MIL|COP|SPY|JUD|LEG)?$/;
// A state itself: its bare code or its government.
export const STATE_ITSELF = /^[A-Z]{3}(GOV)?$/;
// Roles of the state itself: a state's forces do not attack them at home.
export const STATE_ROLES = new Set(['GOV', 'MIL', 'SPY', 'LEG', 'JUD']);
// (The syntax stage reads a naming's object by the same verbs.)
export { NAMING_VERBS } from '../02-syntax/_words.js';
// Verbs of command: one addressed to the commander's own state or forces is no demand between parties.
// ("tell" only where it governs an infinitive: "told the army to guard the border".)
export const COMMAND_VERBS = new Set(['order', 'command', 'instruct', 'direct', 'tell']);
/** Heads that only count or group what their "of" phrase names. */
/** Counts of people that need no noun after them ("thousands rallied", "tens of thousands marched"). */
export const COUNT_HEADS = new Set(['thousand', 'thousands', 'hundred', 'hundreds', 'tens', 'dozens', 'scores', 'millions']);
export const QUANTITY_HEADS = new Set([
  'thousand', 'thousands', 'hundred', 'hundreds', 'ten', 'tens', 'dozen', 'dozens', 'score', 'scores', 'million', 'millions',
  'group', 'groups', 'number', 'crowd', 'crowds', 'member', 'members', 'some', 'many', 'most', 'all', 'several',
  'unit', 'units', 'team', 'delegation', 'contingent', 'convoy', 'band', 'handful', 'majority', 'rest',
  // "a wave of U.S. air strikes", "a series of attacks": acts counted
  'wave', 'waves', 'series', 'spate', 'round', 'rounds',
]);

/** Punctuation that closes the stretch of text a verb's pattern may reach. */
export const CLAUSE_END = new Set([',', ';', ':', '"', '“', '”', '(', ')']);

// Words that make a role someone from another country, whatever country acts on them.
export const FROM_ELSEWHERE = new Set(['foreign', 'foreigner', 'foreigners', 'migrant', 'migrants', 'refugee', 'refugees', 'asylum', 'immigrant', 'immigrants', 'expatriate', 'expatriates', 'tourist', 'tourists']);
// "calling them 'strong punishment'": a quotation after the object is what it is called.
export const QUOTE_MARK = /^["'“”‘’«]$/;
/** Prepositions whose object is never an event's target: comparisons, and the phrases of time and
 * circumstance a pattern's words are not sought past either ("near" aside: "fired near the border
 * with Mordor" may name whom). Any other may be ("left for Moscow", "talks with X"). */
export const NON_TARGET_PREPS = new Set(['as', 'like', 'than', ...[...CIRCUMSTANCE_PREPS].filter((p) => p !== 'near')]);
// Codes of actors that are no country's.
export const NO_COUNTRY = /^(IGO|NGO|MNC|---)/;
// "will expel": a measure announced as decided (see code-clause.ts announced()).
export const ANNOUNCING_MODALS = new Set(['will', "'ll", 'shall']);
// Verbs whose "that" clause is what they ask for ("demanded that Gbagbo step down"): their patterns'
// words may be found in it, as in an infinitive ("urged Gbagbo to step down").
export const DEMANDING_VERBS = new Set(['demand', 'insist', 'urge', 'ask', 'request', 'press', 'propose', 'recommend']);
