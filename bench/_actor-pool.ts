import type { ActorDictionary, ActorPhrase } from '../src/domain/actor-dictionary.js';

/** A country as an article names it: its name, adjective, and capital (for datelines). */
export interface CountryNames {
  readonly iso: string;
  readonly name: string;
  readonly adjective: string;
  readonly capital: string;
}

/** The names the generator writes into articles, all taken from an actor dictionary. */
export interface ActorPool {
  readonly countries: readonly CountryNames[];
  readonly organisations: readonly string[];
  readonly groups: readonly string[];
  /** Person names from the dictionary, by the ISO3 code of their country. */
  readonly people: ReadonlyMap<string, readonly string[]>;
}

// The dictionary stores lower-cased words; articles need the written form, which is the entry name
// for names. Adjectives are capitalised word by word ("South Korean").
const titleCase = (words: readonly string[]): string => words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');

/** Reads countries (with an adjective and a capital), organisations, armed/political groups and people from a dictionary. */
export function actorPool(dictionary: ActorDictionary): ActorPool {
  const capitals = new Map<string, string>();
  const adjectives = new Map<string, string>();
  const countryNames = new Map<string, string>();
  const organisations = new Set<string>();
  const groups = new Set<string>();
  const people = new Map<string, Set<string>>();
  const simple = (p: ActorPhrase) => p.form === 'name' && /^[A-Z][\p{L} .'-]+$/u.test(p.entry.name) && !p.entry.name.includes(',');
  for (const p of dictionary.phrases) {
    const iso = p.entry.country;
    switch (p.entry.kind) {
      case 'country':
        if (!iso) break;
        if (p.form === 'name' && simple(p)) countryNames.set(iso, p.entry.name);
        if (p.form === 'adjective' && !adjectives.has(iso)) adjectives.set(iso, titleCase(p.words));
        break;
      case 'capital':
        // The capitals file also holds seats of government ("Kremlin", "Bundestag"); the city comes first
        // and carries the plain government code.
        if (iso && simple(p) && !capitals.has(iso) && p.entry.codes[0]?.code === `${iso}GOV`) capitals.set(iso, p.entry.name);
        break;
      case 'organisation':
        if (simple(p)) organisations.add(p.entry.name);
        break;
      case 'group':
        if (simple(p)) groups.add(p.entry.name);
        break;
      case 'person':
        if (iso && simple(p)) {
          const names = people.get(iso) ?? new Set<string>();
          names.add(p.entry.name);
          people.set(iso, names);
        }
        break;
      default:
        break;
    }
  }
  const countries: CountryNames[] = [];
  // Sorted by ISO code so the pool, and so the corpus, does not depend on dictionary file order.
  for (const iso of [...countryNames.keys()].sort()) {
    const capital = capitals.get(iso);
    const adjective = adjectives.get(iso);
    if (capital && adjective) countries.push({ iso, name: countryNames.get(iso)!, adjective, capital });
  }
  return {
    countries,
    organisations: [...organisations].sort(),
    groups: [...groups].sort(),
    people: new Map([...people].sort(([a], [b]) => (a < b ? -1 : 1)).map(([iso, names]) => [iso, [...names].sort()])),
  };
}
