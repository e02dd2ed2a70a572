/**
 * Picks an actor entry's code for a date: the dated code whose range covers it (the latest-starting
 * one if ranges overlap), otherwise the first undated code, the entry's fallback.
 */
import type { ActorEntry } from '../../domain/actor-dictionary.js';

/** The entry's code on `date` (`YYYY-MM-DD`), or undefined when nothing applies. */
export function entryCodeOn(entry: ActorEntry, date: string): string | undefined {
  let best: { code: string; from: string } | undefined;
  for (const dated of entry.codes) {
    if (dated.from === undefined && dated.to === undefined) continue;
    const from = dated.from ?? '';
    if (from > date || (dated.to !== undefined && dated.to < date)) continue;
    if (!best || from > best.from) best = { code: dated.code, from };
  }
  if (best) return best.code;
  return entry.codes.find((c) => c.from === undefined && c.to === undefined)?.code;
}
