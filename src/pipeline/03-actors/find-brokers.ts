import type { BrokerMention } from '../../domain/actors.js';
import { BROKER_SUFFIXES, readPhrase } from './resolve-phrase.js';
import type { DocumentActors } from './document-actors.js';

// (Go-betweens are named by BROKER_SUFFIXES: "a Norwegian-brokered ceasefire", "U.S.-mediated talks";
// "the US-led coalition" is the owner's.)
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that']);

/**
 * Go-betweens named in a phrase's modifier, each as a state's government or an organisation: the
 * events stage codes the mediation (045) between the sides of the act the phrase belongs to.
 */
export function findBrokers(actors: DocumentActors): BrokerMention[] {
  const brokers: BrokerMention[] = [];
  const { tokens } = actors;
  for (const p of actors.phrases) {
    if (p.conjuncts) continue;
    for (let i = p.tokenStart + 1; i + 1 < p.tokenEnd; i++) {
      const hyphen = tokens[i]!;
      const suffix = tokens[i + 1]!;
      if (hyphen.text !== '-' || !BROKER_SUFFIXES.has(suffix.lower) || tokens[i - 1]!.end !== hyphen.start) continue;
      let from = p.tokenStart;
      while (from < i && DETERMINERS.has(tokens[from]!.lower)) from++;
      if (from >= i) continue;
      const first = tokens[from]!;
      const last = tokens[i - 1]!;
      const reading = readPhrase({ ...p, tokenStart: from, tokenEnd: i, head: i - 1, start: first.start, end: last.end }, tokens, actors.index, actors.doc.date, new Map());
      const code = reading?.code;
      if (!code || !/^[A-Z]{3}/.test(code)) continue;
      // A state brokers through its government; a body under its own code.
      const broker = /^(IGO|NGO)/.test(code) ? code : `${code.slice(0, 3)}GOV`;
      brokers.push({ phrase: p.id, start: first.start, end: suffix.end, code: broker, rule: `actors/broker-modifier#${suffix.lower}` });
    }
  }
  return brokers;
}
