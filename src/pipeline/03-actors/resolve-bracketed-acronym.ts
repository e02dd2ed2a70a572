// "The Zapatista National Liberation Army (EZLN) accused the government": a name no dictionary lists,
// followed by the acronym of a body it does list, is that body.
import type { DocumentActors } from './document-actors.js';
import type { ActorMention } from '../../domain/actors.js';

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

/**
 * "The General Confederation of Labour (CGT) called the stoppage ... CGT co-leader Hector Daer said":
 * a body's short form in brackets, which no dictionary lists, names that body wherever the text uses
 * it later, in a phrase with no actor or one placed only by the dateline. (Run once all phrases are
 * resolved: a body named with an "of" phrase is resolved last.)
 */
export function resolveLaterAcronyms(actors: DocumentActors): void {
  const tokens = actors.tokens;
  for (const p of actors.phrases) {
    if (tokens[p.tokenEnd]?.text !== '(' || tokens[p.tokenEnd + 2]?.text !== ')' || p.conjuncts) continue;
    const acronym = tokens[p.tokenEnd + 1]!.text;
    if (!/^[A-Z][A-Z0-9-]+$/.test(acronym) || actors.index.acronym(acronym) !== undefined) continue;
    const own = actors.byPhrase.get(p.id) ?? [];
    // (One body, not a person: "President Lee Jae-myung (DP)" is not his party.)
    if (own.length !== 1 || PERSON_RULE.test(own[0]!.rule)) continue;
    const code = own[0]!.code;
    for (const q of actors.phrases) {
      if (q.tokenStart <= p.tokenEnd || q.conjuncts || !tokens.slice(q.tokenStart, q.tokenEnd).some((t) => t.text === acronym)) continue;
      const mentions = actors.byPhrase.get(q.id) ?? [];
      if (!mentions.every(weak)) continue;
      for (const m of mentions) actors.mentions.splice(actors.mentions.indexOf(m), 1);
      actors.byPhrase.delete(q.id);
      actors.add(q, { code, rule: 'actors/bracketed-acronym#later', resolution: 'coreference' });
    }
  }
}

const PERSON_RULE = /^actors\/(person|named-agent|document-memory)/;
// A mention the text places only by its dateline yields to a body the text names.
const weak = (m: ActorMention): boolean => m.rule.endsWith('+dateline');
