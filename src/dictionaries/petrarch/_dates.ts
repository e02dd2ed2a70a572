import type { DatedCode } from '../../domain/actor-dictionary.js';

/**
 * Two-digit years up to this value are read as 20yy, the rest as 19yy. PETRARCH's reader documents 30
 * ("for consistency with KEDS and TABARI"), and the Phoenix files depend on it: they hold hundreds of
 * six-digit dates with years 31-49 that mean the 1930s and 1940s (births, early careers).
 */
export const DEFAULT_YEAR_PIVOT = 30;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Reads `yymmdd` or `yyyymmdd` into `YYYY-MM-DD`, or returns null when it is not a calendar date. */
export function readDictionaryDate(digits: string, yearPivot = DEFAULT_YEAR_PIVOT): string | null {
  let year: number;
  let rest: string;
  if (/^\d{6}$/.test(digits)) {
    const yy = Number(digits.slice(0, 2));
    year = yy <= yearPivot ? 2000 + yy : 1900 + yy;
    rest = digits.slice(2);
  } else if (/^\d{8}$/.test(digits)) {
    year = Number(digits.slice(0, 4));
    rest = digits.slice(4);
  } else {
    return null;
  }
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  if (month < 1 || month > 12 || day < 1) return null;
  const max = month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (day > max) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The ISO date one day before `iso` (`<D` in PETRARCH means strictly before D). */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export type DateRangeResult =
  | { readonly ok: true; readonly range: Omit<DatedCode, 'code'>; readonly note?: string }
  | { readonly ok: false; readonly message: string };

/**
 * Reads the date part of a code block: `<D` (before D), `>D` (from D on), `A-B` (A to B, both days
 * included), blanks allowed around the signs; a bare date is read as `>D` with a note.
 */
export function readDateRange(spec: string, yearPivot = DEFAULT_YEAR_PIVOT): DateRangeResult {
  const s = spec.replace(/\s+/g, '');
  const bad = (why: string): DateRangeResult => ({ ok: false, message: `date restriction "${spec}" ${why}` });
  let m = /^<(\d+)$/.exec(s);
  if (m) {
    const to = readDictionaryDate(m[1] as string, yearPivot);
    return to ? { ok: true, range: { to: dayBefore(to) } } : bad('is not a valid yymmdd or yyyymmdd date');
  }
  m = /^>(\d+)$/.exec(s);
  if (m) {
    const from = readDictionaryDate(m[1] as string, yearPivot);
    return from ? { ok: true, range: { from } } : bad('is not a valid yymmdd or yyyymmdd date');
  }
  m = /^(\d+)-(\d+)$/.exec(s);
  if (m) {
    const from = readDictionaryDate(m[1] as string, yearPivot);
    const to = readDictionaryDate(m[2] as string, yearPivot);
    if (!from || !to) return bad('has an invalid yymmdd or yyyymmdd date');
    if (from > to) return bad(`ends (${to}) before it starts (${from})`);
    return { ok: true, range: { from, to } };
  }
  m = /^(\d+)$/.exec(s);
  if (m) {
    const from = readDictionaryDate(m[1] as string, yearPivot);
    if (!from) return bad('is not a valid yymmdd or yyyymmdd date');
    return { ok: true, range: { from }, note: `date "${spec}" has no "<", ">" or range; read as ">${spec.trim()}"` };
  }
  return bad('is not of the form <D, >D, D-D');
}
