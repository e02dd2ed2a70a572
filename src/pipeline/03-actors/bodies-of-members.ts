// "The Korean Confederation of Trade Unions called a general strike", "the Congress of South African
// Trade Unions": a body named for its members is of their sector, not a body of the state.
import type { DocumentActors } from './document-actors.js';

// Heads of bodies made up of their members.
const BODIES = new Set(['confederation', 'federation', 'association', 'congress', 'syndicate', 'union', 'league']);
// Members that make a body of a sector: labour, media, students, business, clergy, rights groups, farmers.
const SECTORS = /^[A-Z]{3}(LAB|MED|EDU|BUS|REL|HRI|AGR)$/;

/** Whether a phrase headed by `lemma` whose "of" phrase is `member` is a body of that member's sector. */
export function isBodyOfMembers(lemma: string, member: string): boolean {
  return BODIES.has(lemma) && SECTORS.test(member);
}

/** Gives each body no dictionary entry or role names the sector of the members its "of" phrase names. */
export function resolveBodiesOfMembers(actors: DocumentActors): void {
  for (const p of actors.phrases) {
    if (p.ofPhrase === undefined || (actors.byPhrase.get(p.id)?.length ?? 0) > 0) continue;
    const members = actors.byPhrase.get(p.ofPhrase) ?? [];
    const lemma = actors.tokens[p.head]?.lemma ?? '';
    if (members.length === 0 || !members.every((m) => isBodyOfMembers(lemma, m.code))) continue;
    for (const m of members) actors.add(p, { code: m.code, rule: 'actors/body-of-members', resolution: m.resolution });
  }
}
