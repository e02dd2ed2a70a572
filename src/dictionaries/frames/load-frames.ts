import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';

/** Closed word lists the grammar reads: reporting verbs and intent cues. */
export interface FrameWords {
  readonly reportingVerbs: ReadonlySet<string>;
  /** Verbs that take a bare clause as object ("believes X can cope"), reporting verbs included. */
  readonly complementVerbs: ReadonlySet<string>;
  readonly intentVerbs: ReadonlySet<string>;
  readonly intentAdjectives: ReadonlySet<string>;
  readonly intentNouns: ReadonlySet<string>;
  readonly intentModals: ReadonlySet<string>;
  /** Verbs that stop the plan a cue noun names ("will suspend its plans to annex"): nothing it governs is intended. */
  readonly haltingVerbs: ReadonlySet<string>;
  /** Verbs whose to-infinitive did not happen ("failed to agree"): nothing they govern is coded. */
  readonly unfulfilledVerbs: ReadonlySet<string>;
  /** Verbs of phase ("would continue to work with"): the action they govern is the event, with their modal. */
  readonly aspectVerbs: ReadonlySet<string>;
  /** Verbs that end the action their "-ing" form governs ("ceased supplying gas"): coded as its ending (cessation-codes.txt). */
  readonly ceasingVerbs: ReadonlySet<string>;
  /**
   * Cue verbs that commit their subject whatever the action ("agreed to set up a joint mechanism"):
   * when no pattern codes the action, the intent itself is coded (CAMEO 030).
   */
  readonly commitmentVerbs: ReadonlySet<string>;
  /** Cue verbs of decision ("agreed to", "decided to"): a coercive action they govern is coded as taken, not threatened. */
  readonly decisionVerbs: ReadonlySet<string>;
  /** Texts that speak for their issuer ("a resolution calling for ..."): see document-nouns.txt. */
  readonly documentNouns: ReadonlySet<string>;
  /** Attacks that act as a passive clause's agent ("killed in an Israeli strike"): see attack-nouns.txt. */
  readonly attackNouns: ReadonlySet<string>;
  /** Those of them that are attacks by bomb (CAMEO 183): marked "bomb" in attack-nouns.txt. */
  readonly bombNouns: ReadonlySet<string>;
  /**
   * Verbs of reprisal ("vowed to retaliate"), by lemma: true when only a reprisal said to lie ahead
   * counts ("would respond"). See reprisal-verbs.txt.
   */
  readonly reprisalVerbs: ReadonlyMap<string, boolean>;
  /** Nouns that make a reprisal of the pattern whose words they are ("vowed revenge"). */
  readonly reprisalNouns: ReadonlySet<string>;
}

const CUE_FLAGS = new Set(['commits', 'decides']);

function lines(text: string): string[] {
  return text.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter((l) => l !== '');
}

export function parseFrameWords(reporting: string, intent: string, complement = '', origin = 'dictionaries/frames', documents = '', attacks = '', reprisals = ''): FrameWords {
  const sets = { verb: new Set<string>(), adj: new Set<string>(), noun: new Set<string>(), modal: new Set<string>(), unfulfilled: new Set<string>(), aspect: new Set<string>(), halts: new Set<string>(), ceases: new Set<string>() };
  const commitments = new Set<string>();
  const decisions = new Set<string>();
  lines(intent).forEach((line) => {
    const [kind, word, ...flags] = line.split(/\s+/);
    if (!word || !(kind === 'verb' || kind === 'adj' || kind === 'noun' || kind === 'modal' || kind === 'unfulfilled' || kind === 'aspect' || kind === 'halts' || kind === 'ceases') || (flags.length > 0 && (kind !== 'verb' || flags.some((f) => !CUE_FLAGS.has(f))))) {
      throw new Error(`${origin}/intent-cues.txt: bad line "${line}" (want: verb|adj|noun|modal|unfulfilled|aspect|halts|ceases WORD, or verb WORD [commits] [decides])`);
    }
    sets[kind].add(word.toLowerCase());
    if (flags.includes('commits')) commitments.add(word.toLowerCase());
    if (flags.includes('decides')) decisions.add(word.toLowerCase());
  });
  const reprisalVerbs = new Map<string, boolean>();
  const reprisalNouns = new Set<string>();
  for (const line of lines(reprisals)) {
    const [word, flag, ...extra] = line.split(/\s+/);
    if (!word || (flag !== undefined && flag !== 'ahead' && flag !== 'noun') || extra.length > 0) throw new Error(`${origin}/reprisal-verbs.txt: bad line "${line}" (want: LEMMA [ahead|noun])`);
    if (flag === 'noun') reprisalNouns.add(word.toLowerCase());
    else reprisalVerbs.set(word.toLowerCase(), flag === 'ahead');
  }
  const reportingVerbs = new Set(lines(reporting).map((w) => w.toLowerCase().replace(/_/g, ' ')));
  return {
    reportingVerbs,
    complementVerbs: new Set([...reportingVerbs, ...lines(complement).map((w) => w.toLowerCase())]),
    intentVerbs: sets.verb,
    intentAdjectives: sets.adj,
    intentNouns: sets.noun,
    intentModals: sets.modal,
    unfulfilledVerbs: sets.unfulfilled,
    haltingVerbs: sets.halts,
    aspectVerbs: sets.aspect,
    ceasingVerbs: sets.ceases,
    commitmentVerbs: commitments,
    decisionVerbs: decisions,
    documentNouns: new Set(lines(documents).map((w) => w.toLowerCase())),
    attackNouns: new Set(lines(attacks).map((l) => l.split(/\s+/)[0]!.toLowerCase())),
    bombNouns: new Set(lines(attacks).filter((l) => l.split(/\s+/)[1] === 'bomb').map((l) => l.split(/\s+/)[0]!.toLowerCase())),
    reprisalVerbs,
    reprisalNouns,
  };
}

export function loadFrameWords(): FrameWords {
  return parseFrameWords(
    readFileSync(dataPath('frames', 'reporting-verbs.txt'), 'utf8'),
    readFileSync(dataPath('frames', 'intent-cues.txt'), 'utf8'),
    readFileSync(dataPath('frames', 'complement-verbs.txt'), 'utf8'),
    'dictionaries/frames',
    readFileSync(dataPath('frames', 'document-nouns.txt'), 'utf8'),
    readFileSync(dataPath('frames', 'attack-nouns.txt'), 'utf8'),
    readFileSync(dataPath('frames', 'reprisal-verbs.txt'), 'utf8'),
  );
}
