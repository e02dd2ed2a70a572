/** Actor dictionaries: Parley's built-in actor knowledge and users' own actor files. */
export { loadBuiltinActors, loadBuiltinActorsWithWarnings, AUTHORED_ACTOR_FILES, PLACES_FILE } from './load-builtin-actors.js';
export type { BuiltinActors } from './load-builtin-actors.js';
export { parseActorFile, formatActorFileWarning } from './parse-actor-file.js';
export type { ParsedActorFile } from './parse-actor-file.js';
export type { ActorFileWarning, ActorFileWarningCode } from './read-actor-records.js';
export { phraseWords, foldWords } from './phrase-words.js';
export { entryCodeOn } from './entry-code.js';
