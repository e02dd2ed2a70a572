import type { ActorMention } from '../../domain/actors.js';
import type { DocumentActors } from './document-actors.js';

/**
 * "Indian and Pakistani foreign secretaries", "Russian and Ukrainian negotiators": a bare
 * nationality in a coordination shares the role of the conjunct that names one.
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
      if (m.code.length !== 3 || !/adjective|demonym/.test(m.rule)) continue;
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
