/**
 * Country names, spellings, demonyms and capitals from the `world-countries` package (ISO 3166
 * facts, ODbL), turned into actor phrases. Authored files in dictionaries/actors/ add what it lacks
 * and override what it gets wrong for news (see load-builtin-actors.ts for the precedence).
 */
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import type { ActorEntry, ActorPhrase, PhraseForm } from '../../domain/actor-dictionary.js';
import { foldWords, phraseWords, wordsKey } from './phrase-words.js';

/** World-countries codes that CAMEO writes differently (Kosovo has no ISO code; CAMEO uses the World Bank's). */
const CAMEO_CODE: Readonly<Record<string, string>> = { UNK: 'KSV' };

/** Not independent in world-countries but coded as states in CAMEO, so their capitals are government seats. */
const STATE_LIKE: ReadonlySet<string> = new Set(['PSE', 'UNK', 'TWN']);

// The package's types declare an ES default export, but under Node it is a CommonJS array.
const countries = createRequire(import.meta.url)('world-countries') as Countries;

/** Latin-script spellings only: the transliterations and native scripts never appear in English copy. */
const LATIN_NAME = /^[\p{Script=Latin}\p{M}\s'’.,()-]+$/u;

/** A phrase from world-countries with the facts the loader needs to settle clashes. */
export interface GeneratedPhrase extends ActorPhrase {
  /** True for independent states, whose phrases win a clash with a territory's. */
  readonly sovereign: boolean;
}

/** Every usable phrase world-countries gives, one country entry and one capital entry per state. */
export function worldCountryPhrases(): GeneratedPhrase[] {
  const out: GeneratedPhrase[] = [];
  for (const country of countries) {
    const code = CAMEO_CODE[country.cca3] ?? country.cca3;
    const sovereign = country.independent === true || STATE_LIKE.has(country.cca3);
    const entry: ActorEntry = {
      id: `world-countries:${country.cca3}`,
      name: country.name.common,
      kind: 'country',
      codes: [{ code }],
      country: code,
    };
    const seen = new Set<string>();
    const add = (text: string, form: PhraseForm, target: ActorEntry): void => {
      if (text.length < 3 || !LATIN_NAME.test(text)) return;
      const words = phraseWords(text);
      for (const variant of [words, foldWords(words)]) {
        const key = wordsKey(variant);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ words: variant, entry: target, form, sovereign });
      }
    };
    add(country.name.common, 'name', entry);
    add(country.name.official, 'alias', entry);
    for (const spelling of country.altSpellings) add(spelling, 'alias', entry);
    const demonym = country.demonyms['eng'];
    if (demonym) {
      for (const form of new Set([demonym.m, demonym.f])) {
        for (const part of form.split(/, | or /)) {
          add(part, 'demonym', entry);
          // The people in the plural ("thousands of Georgians", "two Pakistanis"); "Chinese" and
          // "British" have no plural of their own.
          if (/[ni]$/.test(part)) add(`${part}s`, 'demonym', entry);
        }
      }
    }
    country.capital.forEach((capital, index) => {
      // Only the first capital of a state is its seat of government; the rest are just places.
      const seat = sovereign && index === 0;
      const capitalEntry: ActorEntry = {
        id: `world-countries:${country.cca3}:capital:${index}`,
        name: capital,
        kind: seat ? 'capital' : 'place',
        codes: [{ code: seat ? `${code}GOV` : code }],
        country: code,
      };
      add(capital, 'name', capitalEntry);
    });
  }
  return out;
}
