import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { keyedTable } from './table-rows.js';

/** Predicates that accuse their subject when reported ("said Putin was responsible") -> CAMEO code. */
export type AccusingPredicates = ReadonlyMap<string, string>;

export function parseAccusingPredicates(text: string, origin: string): AccusingPredicates {
  return keyedTable(text, origin, '"ADJECTIVE CODE"', ([, code, ...rest]) => (code && rest.length === 0 && /^\d{3,4}$/.test(code) ? code : undefined));
}

export function loadAccusingPredicates(): AccusingPredicates {
  const path = dataPath('frames', 'accusing-predicates.txt');
  return parseAccusingPredicates(readFileSync(path, 'utf8'), path);
}

/**
 * Predicates of the subject's own dismay ("said it was deeply disappointed") -> CAMEO code, and
 * whether they say what they are about only with a phrase that names it ("concerned by the decision";
 * a third field `named`): worry voiced alone is aimed at no one.
 */
export type DismayPredicates = ReadonlyMap<string, { readonly code: string; readonly namedOnly: boolean }>;

export function parseDismayPredicates(text: string, origin: string): DismayPredicates {
  return keyedTable(text, origin, '"ADJECTIVE CODE [named]"', ([, code, flag, ...rest]) =>
    (code && rest.length === 0 && /^\d{3,4}$/.test(code) && (flag === undefined || flag === 'named') ? { code, namedOnly: flag === 'named' } : undefined));
}

export function loadDismayPredicates(): DismayPredicates {
  const path = dataPath('frames', 'dismay-predicates.txt');
  return parseDismayPredicates(readFileSync(path, 'utf8'), path);
}
