// "dozens of men loyal to the Shi'ite groups Hezbollah and Amal stormed the protest camp", "troops
// loyal to General Mane": people named only by whom they follow act as that party's own.
import type { DocumentActors } from './document-actors.js';
import { withRole } from './resolve-phrase.js';

// Closed class: the words that tie such people to the party they follow.
const FOLLOWING = new Set(['loyal', 'allied']);
// Heads that make them soldiers of the followed party's country, not the party itself.
const SOLDIERS = new Set(['troops', 'soldiers', 'forces', 'units', 'officers']);
// Heads of armed men, who are soldiers when the party they follow is a state's ("fighters loyal to
// Somalia's interim government") and that party's own otherwise ("gunmen loyal to Hezbollah").
const ARMED = new Set(['fighters', 'gunmen', 'militiamen', 'militia', 'militias', 'men']);
const STATE = /^[A-Z]{3}(GOV)?$/;

/** Gives each phrase with no actor of its own, followed by "loyal to" (or "allied to") a party, that party's code. */
export function resolveLoyalTo(actors: DocumentActors): void {
  for (const p of actors.phrases) {
    const tie = actors.tokens[p.tokenEnd];
    if (!tie || !FOLLOWING.has(tie.lower) || actors.tokens[p.tokenEnd + 1]?.lower !== 'to' || (actors.byPhrase.get(p.id)?.length ?? 0) > 0) continue;
    // The longest phrase opening after "to": a list of parties, when there is one.
    const followed = (actors.startingAt.get(p.tokenEnd + 2) ?? []).reduce<typeof p | undefined>((a, q) => (!a || q.tokenEnd > a.tokenEnd ? q : a), undefined);
    const parties = followed ? actors.byPhrase.get(followed.id) ?? followed.conjuncts?.flatMap((id) => actors.byPhrase.get(id) ?? []) ?? [] : [];
    if (parties.length === 0) continue;
    const head = actors.tokens[p.head]?.lower ?? '';
    for (const m of parties) {
      const code = SOLDIERS.has(head) || (ARMED.has(head) && STATE.test(m.code)) ? withRole(m.code, 'MIL') : m.code;
      actors.add(p, { code, rule: 'actors/loyal-to', resolution: 'inferred' });
    }
  }
}
