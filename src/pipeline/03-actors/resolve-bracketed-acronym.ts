// "The Zapatista National Liberation Army (EZLN) accused the government": a name no dictionary lists,
// followed by the acronym of a body it does list, is that body.
import type { DocumentActors } from './document-actors.js';

/** Gives each phrase with no actor of its own, right before a bracketed phrase naming one body, that body's code. */
export function resolveBracketedAcronym(actors: DocumentActors): void {
  const tokens = actors.tokens;
  for (const p of actors.phrases) {
    // (Not a list: "the government and the Revolutionary Armed Forces of Colombia (FARC)" names two.)
    if (tokens[p.tokenEnd]?.text !== '(' || p.conjuncts || (actors.byPhrase.get(p.id)?.length ?? 0) > 0) continue;
    const inside = actors.startingAt.get(p.tokenEnd + 1)?.find((q) => tokens[q.tokenEnd]?.text === ')');
    // One word, written in capitals: an acronym, not an aside ("the ruling party (which ...)").
    if (!inside || inside.tokenEnd - inside.tokenStart !== 1 || !/^[A-Z][A-Z0-9-]+$/.test(tokens[inside.tokenStart]?.text ?? '')) continue;
    const bodies = (actors.byPhrase.get(inside.id) ?? []).filter((m) => m.rule === 'actors/organisation');
    if (bodies.length !== 1) continue;
    const m = bodies[0]!;
    actors.add(p, { code: m.code, rule: 'actors/bracketed-acronym', resolution: 'coreference', ...(m.entry ? { entry: m.entry } : {}), ...(m.name ? { name: m.name } : {}) });
  }
}
