/**
 * Mention-table rows (test/actors/mentions.tsv) the resolver does not get right yet, with why, keyed
 * by the row's snippet (line numbers move whenever a row is added above).
 */
export const MENTION_BACKLOG: ReadonlyMap<string, string> = new Map<string, string>([
  ['Michael Jordan visited the school.', '"Michael Jordan": a country name after a given name is a surname; needs person-name context'],
  ['The hotel in Atlanta, Georgia, hosted the conference.', '"Georgia" the US state: needs a US-context check before taking the country'],
]);
