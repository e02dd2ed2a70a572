import type { ActorMention } from '../../domain/actors.js';
import type { DocumentActors } from './document-actors.js';

/**
 * "Indian and Pakistani foreign secretaries", "Russian and Ukrainian negotiators", "U.S. and British
 * warships": a bare nationality in a coordination shares the role of the conjunct that names one.
 */
export function shareCoordinatedRoles(actors: DocumentActors): void {
  for (const q of actors.coordinations) {
    const roleMention = firstRoleMention(actors, q.conjuncts!);
    if (!roleMention) continue;
    const role = roleMention.code.slice(3);
    for (const id of q.conjuncts!) {
      const own = actors.byPhrase.get(id);
      const conjunct = actors.phrases[id];
      if (!own || own.length !== 1 || !conjunct || conjunct.tokenEnd - conjunct.tokenStart !== 1) continue;
      const m = own[0]!;
      // ("U.S. and British warships": an abbreviated name stands as an adjective.)
      const abbreviation = m.rule === 'actors/country:alias' && /^[A-Z.]+$/.test(actors.tokens[conjunct.tokenStart]?.text ?? '');
      if (m.code.length !== 3 || !(/adjective|demonym/.test(m.rule) || abbreviation)) continue;
      const shared: ActorMention = { ...m, code: m.code + role, rule: 'actors/adjective+shared-role' };
      own[0] = shared;
      actors.mentions[actors.mentions.indexOf(m)] = shared;
    }
  }
}

function firstRoleMention(actors: DocumentActors, conjuncts: readonly number[]): ActorMention | undefined {
  for (const id of conjuncts) {
    for (const m of actors.byPhrase.get(id) ?? []) if (m.code.length > 3 && /\+agent/.test(m.rule)) return m;
  }
  return undefined;
}

const WEAKLY_PLACED = new Set(['actors/agent+dateline', 'actors/named-agent+dateline', 'actors/agent+sentence-place', 'actors/named-agent+sentence-place', 'actors/agent-coreference']);
// Roles that may stand on the other side of whoever they are named with ("Israeli forces and militants").
const SIDES_APART = new Set(['REB', 'MIL', 'SPY', 'IMG']);

/**
 * "Maduro's government and the opposition", "Kenyan police and protesters": a role with no country,
 * named with one state's government or police, is of that state.
 */
export function placeCoordinatedRoles(actors: DocumentActors): void {
  for (const q of actors.coordinations) {
    const ids = q.conjuncts!;
    const state = ids.flatMap((id) => actors.byPhrase.get(id) ?? []).find((m) => /^[A-Z]{3}(GOV|COP)$/.test(m.code));
    if (!state) continue;
    for (const id of ids) {
      const p = actors.phrases[id];
      if (!p) continue;
      const k = actors.unplaced.findIndex((u) => u.phrase === id);
      const u = actors.unplaced[k];
      if (u && !actors.byPhrase.get(id)?.length && !SIDES_APART.has(u.role.slice(0, 3))) {
        actors.unplaced.splice(k, 1);
        actors.add(p, { code: state.code.slice(0, 3) + u.role, rule: 'actors/role-country-from-conjunct', resolution: 'inferred' });
        continue;
      }
      // A role placed only by the dateline or by an earlier role word ("WASHINGTON - ... the government
      // and the opposition") yields too.
      const own = actors.byPhrase.get(id);
      if (own?.length !== 1 || !WEAKLY_PLACED.has(own[0]!.rule) || SIDES_APART.has(own[0]!.code.slice(3, 6))) continue;
      const placed: ActorMention = { ...own[0]!, code: state.code.slice(0, 3) + own[0]!.code.slice(3), rule: 'actors/role-country-from-conjunct' };
      actors.mentions[actors.mentions.indexOf(own[0]!)] = placed;
      own[0] = placed;
    }
  }
}
