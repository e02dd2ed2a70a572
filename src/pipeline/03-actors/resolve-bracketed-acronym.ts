// "The Zapatista National Liberation Army (EZLN) accused the government": a name no dictionary lists,
// followed by the acronym of a body it does list, is that body.
import type { DocumentActors } from './document-actors.js';
import type { ActorMention } from '../../domain/actors.js';
import type { NounPhrase } from '../../domain/syntax.js';

/** Gives each phrase with no actor of its own, right before a bracketed phrase naming one body, that body's code. */
export function resolveBracketedAcronym(actors: DocumentActors): void {
  const tokens = actors.tokens;
  for (const p of actors.phrases) {
    // (Not a list: "the government and the Revolutionary Armed Forces of Colombia (FARC)" names two.)
    if (bracketedAcronym(tokens, p) === undefined || p.conjuncts || (actors.byPhrase.get(p.id)?.length ?? 0) > 0) continue;
    const inside = actors.startingAt.get(p.tokenEnd + 1)?.find((q) => q.tokenEnd === p.tokenEnd + 2);
    if (!inside) continue;
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
    const acronym = p.conjuncts ? undefined : bracketedAcronym(tokens, p);
    if (acronym === undefined || actors.index.acronym(acronym) !== undefined) continue;
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

/**
 * The one word in brackets right after `p`, written in capitals: an acronym, not an aside ("the ruling
 * party (which ...)").
 */
function bracketedAcronym(tokens: DocumentActors['tokens'], p: NounPhrase): string | undefined {
  if (tokens[p.tokenEnd]?.text !== '(' || tokens[p.tokenEnd + 2]?.text !== ')') return undefined;
  const text = tokens[p.tokenEnd + 1]?.text ?? '';
  return /^[A-Z][A-Z0-9-]+$/.test(text) ? text : undefined;
}

const PERSON_RULE = /^actors\/(person|named-agent|document-memory)/;
// A mention the text places only by its dateline yields to a body the text names.
const weak = (m: ActorMention): boolean => m.rule.endsWith('+dateline');
