import { isoDay } from '../io/read-documents.js';
import { CliError } from './errors.js';

/** A `--date` flag must be a real calendar day written `YYYY-MM-DD` (documents' own dates are read more leniently). */
export function requireIsoDay(value: string, flag = '--date'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || isoDay(value) !== value) throw new CliError('usage', `${flag} must be a date written YYYY-MM-DD (got "${value}")`);
  return value;
}
