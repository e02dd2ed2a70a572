/** Mention-table rows (line numbers in test/actors/mentions.tsv) the resolver does not get right yet, with why. */
export const MENTION_BACKLOG: ReadonlyMap<number, string> = new Map<number, string>([
  [525, '"Michael Jordan": a country name after a given name is a surname; needs person-name context'],
  [524, '"Georgia" the US state: needs a US-context check before taking the country'],
]);
