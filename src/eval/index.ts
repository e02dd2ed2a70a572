/** Scoring of coded events against gold data (same numbers as score.mjs) and unit-test record judging. */
export * from './score.js';
export * from './report.js';
export * from './unit-records.js';
export { JsonlError, parseJsonl } from './jsonl.js';
