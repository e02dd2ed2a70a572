/**
 * Readers for PETRARCH/TABARI dictionaries (CAMEO verb patterns, Phoenix actors, agents, discards),
 * compiled into the same forms as Parley's own lexicon so one matcher serves both.
 */
export type { DictionaryWarning } from './_lines.js';
export { readPetrarchVerbs, type VerbReadResult } from './read-verbs.js';
export { readPetrarchActors, type ActorReadOptions, type ActorReadResult } from './read-actors.js';
export { readPetrarchAgents, type AgentReadResult } from './read-agents.js';
export { readPetrarchDiscards, type DiscardReadResult } from './read-discards.js';
export {
  loadPetrarchDictionaries, kindFromContent, kindFromName,
  type LoadOptions, type PetrarchDictionaries, type PetrarchFileKind, type PetrarchFileSummary,
} from './load.js';
export { DEFAULT_YEAR_PIVOT } from './_dates.js';
