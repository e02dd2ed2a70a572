/**
 * Reads a user's own actor file (`--actors FILE`) written in Parley's actor line format.
 */
import type { ActorDictionary } from '../../domain/actor-dictionary.js';
import { readActorRecords } from './read-actor-records.js';
import type { ActorFileWarning } from './read-actor-records.js';

/** A user's dictionary plus one warning per skipped or doubtful line (`file:line: why`). */
export interface ParsedActorFile {
  readonly dictionary: ActorDictionary;
  readonly warnings: readonly ActorFileWarning[];
}

/**
 * Parses actor-file text; `origin` (normally the file path) names the dictionary, prefixes entry
 * ids (`origin:line`) and appears in warnings. `omit` lines are accepted but only act on built-ins.
 */
export function parseActorFile(text: string, origin: string): ParsedActorFile {
  const records = readActorRecords(text, origin);
  return {
    dictionary: { origin, phrases: records.phrases, agents: records.agents },
    warnings: records.warnings,
  };
}

/** One warning as a single line for terminals and logs. */
export function formatActorFileWarning(warning: ActorFileWarning): string {
  return `${warning.file}:${warning.line}: ${warning.message} [${warning.code}]`;
}
