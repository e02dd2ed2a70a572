import type { NounPhrase } from '../../domain/syntax.js';
import { codeOn, foldedWords } from './actor-index.js';
import type { DocumentActors } from './document-actors.js';

/**
 * "North and South Korea", "East and West Germany": a one-word conjunct shares the rest of the name
 * the last conjunct spells out. Read as that whole name when it is one ("north korea"); nothing otherwise.
 */
export function resolveElidedName(actors: DocumentActors, p: NounPhrase): boolean {
  const coordination = actors.coordinationOf.get(p.id);
  const ids = coordination?.conjuncts;
  if (!ids || p.tokenEnd - p.tokenStart !== 1 || ids[ids.length - 1] === p.id) return false;
  const last = actors.phrases[ids[ids.length - 1]!];
  if (!last || last.tokenEnd - last.tokenStart < 2 || !/^\p{Lu}/u.test(actors.tokens[p.tokenStart]?.text ?? '')) return false;
  const folded = foldedWords(actors.tokens);
  const words = [folded[p.tokenStart]!, ...folded.slice(last.tokenStart + 1, last.tokenEnd)];
  const match = actors.index.scan(words).actors[0];
  if (!match || match.from !== 0 || match.to !== words.length || match.value.entry.kind !== 'country') return false;
  const code = codeOn(match.value.entry.codes, actors.doc.date)?.code;
  if (!code) return false;
  actors.add(p, { code, rule: 'actors/elided-name', resolution: 'stated', entry: match.value.entry.id, name: match.value.entry.name }, { code, person: false, plural: false, role: undefined });
  return true;
}
