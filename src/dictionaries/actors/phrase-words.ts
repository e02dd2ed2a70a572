/**
 * Turns written names into the lower-cased word lists an `ActorPhrase` holds, split the way the
 * tokenizer splits running text on spaces ("U.S." stays one word, "Ki-moon" stays one word).
 */

/** Letters that Unicode does not decompose into a base letter plus a mark. */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  'ı': 'i', 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'đ': 'd', 'ł': 'l', 'ð': 'd', 'þ': 'th', 'ħ': 'h',
};

/**
 * Lower-cased words of a phrase as written; typographic apostrophes become ASCII ones. A possessive
 * is split off as the tokenizer splits it ("People's" -> "people", "'s"; "Workers'" -> "workers", "'"),
 * so "the Tigray People's Liberation Front" in running text matches the name.
 */
export function phraseWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .split(/\s+/)
    .flatMap(possessiveApart)
    .filter((word) => word.length > 0);
}

/** A lower-cased word with its possessive split off as the tokenizer splits it ("people's" -> "people", "'s"). */
export function possessiveApart(word: string): string[] {
  return /^[^']+'s$/.test(word) ? [word.slice(0, -2), "'s"] : /^[^']+s'$/.test(word) ? [word.slice(0, -1), "'"] : [word];
}

/** The same words with accents removed ("erdoğan" -> "erdogan"), so plain-ASCII copy also matches. */
export function foldWords(words: readonly string[]): string[] {
  return words.map((word) =>
    word
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[ıøæœßđłðþħ]/g, (letter) => UNDECOMPOSED[letter] ?? letter),
  );
}

/** Key for comparing word lists. */
export function wordsKey(words: readonly string[]): string {
  return words.join(' ');
}
