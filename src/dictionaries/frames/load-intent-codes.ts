import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { tableRows } from './table-rows.js';

/** Maps an intended action's CAMEO code to the code of the intent ("will meet" -> 036). */
export interface IntentCodes {
  intentOf(code: string): string;
}

export function parseIntentCodes(text: string, origin: string): IntentCodes {
  const table = new Map<string, string>();
  for (const { fields: [prefix, code], line } of tableRows(text)) {
    if (!prefix || !code || !/^\d{2,4}$/.test(prefix) || !/^(\d{3,4}|-)$/.test(code)) throw new Error(`${origin}:${line}: want "PREFIX CODE|-"`);
    table.set(prefix, code);
  }
  return {
    intentOf(code) {
      for (let n = code.length; n >= 2; n--) {
        const mapped = table.get(code.slice(0, n));
        if (mapped !== undefined) return mapped === '-' ? code : mapped;
      }
      return code;
    },
  };
}

export function loadIntentCodes(): IntentCodes {
  const path = dataPath('frames', 'intent-codes.txt');
  return parseIntentCodes(readFileSync(path, 'utf8'), path);
}

/** "will not send a delegation" -> 125: the same table format, for refusals (root 12). */
export function loadRefusalCodes(): IntentCodes {
  const path = dataPath('frames', 'refusal-codes.txt');
  return parseIntentCodes(readFileSync(path, 'utf8'), path);
}

/** "ceased supplying gas" -> 160: the same table format, for cooperation told as ending (root 16). */
export function loadCessationCodes(): IntentCodes {
  const path = dataPath('frames', 'cessation-codes.txt');
  return parseIntentCodes(readFileSync(path, 'utf8'), path);
}
