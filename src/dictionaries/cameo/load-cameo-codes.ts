import { readFileSync } from 'node:fs';
import type { CameoCodeInfo } from '../../domain/cameo.js';
import { cameoRoot, quadOfRoot } from '../../domain/cameo.js';
import { dataPath } from '../data-path.js';

/** Where the built-in table lives, relative to the package root. */
export const CAMEO_CODES_FILE = 'cameo-codes.tsv';

const HEADER = ['code', 'name', 'goldstein', 'plover_type', 'plover_mode', 'plover_context'];
const CODE_SHAPE = /^\d{2,4}$/;

/** The CAMEO code table failed to parse: `where` is `file:line`. */
export class CameoCodeTableError extends Error {
  readonly code = 'cameo-code-table-invalid';
  constructor(
    readonly where: string,
    readonly reason: string,
  ) {
    super(`${where}: ${reason}`);
    this.name = 'CameoCodeTableError';
  }
}

/** Parses the text of a CAMEO code table (the format of `dictionaries/cameo-codes.tsv`) into a code -> info map. */
export function parseCameoCodes(text: string, origin: string): ReadonlyMap<string, CameoCodeInfo> {
  const codes = new Map<string, CameoCodeInfo>();
  let sawHeader = false;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const where = `${origin}:${i + 1}`;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cells = line.split('\t').map((cell) => cell.trim());
    if (!sawHeader) {
      if (cells.join('\t') !== HEADER.join('\t')) {
        throw new CameoCodeTableError(where, `expected the header "${HEADER.join(' ')}"`);
      }
      sawHeader = true;
      continue;
    }
    if (cells.length !== HEADER.length) {
      throw new CameoCodeTableError(where, `expected ${HEADER.length} tab-separated cells, found ${cells.length}`);
    }
    const [code = '', name = '', goldsteinText = '', type = '', mode = '', context = ''] = cells;
    if (!CODE_SHAPE.test(code)) throw new CameoCodeTableError(where, `"${code}" is not a 2- to 4-digit CAMEO code`);
    const rootNumber = Number(cameoRoot(code));
    if (rootNumber < 1 || rootNumber > 20) throw new CameoCodeTableError(where, `root of "${code}" is outside 01..20`);
    if (codes.has(code)) throw new CameoCodeTableError(where, `code ${code} appears twice`);
    if (name === '' || name === '-') throw new CameoCodeTableError(where, `code ${code} has no name`);
    const goldstein = Number(goldsteinText);
    if (goldsteinText === '' || !Number.isFinite(goldstein) || goldstein < -10 || goldstein > 10) {
      throw new CameoCodeTableError(where, `Goldstein value "${goldsteinText}" of ${code} is not a number in [-10, 10]`);
    }
    codes.set(code, {
      code,
      name,
      goldstein,
      quad: quadOfRoot(cameoRoot(code)),
      plover: {
        // "-" marks codes PLOVER does not code as events (CAMEO 01); the contract wants a string.
        type: type === '-' ? '' : type,
        ...(mode !== '' && mode !== '-' ? { mode } : {}),
        ...(context !== '' && context !== '-' ? { context } : {}),
      },
    });
  }
  if (!sawHeader) throw new CameoCodeTableError(`${origin}:1`, 'no header line and no codes');
  for (const code of codes.keys()) {
    const parent = parentCode(code);
    if (parent !== undefined && !codes.has(parent)) {
      throw new CameoCodeTableError(origin, `code ${code} has no parent row ${parent}`);
    }
  }
  return codes;
}

let builtin: ReadonlyMap<string, CameoCodeInfo> | undefined;

/** The built-in CAMEO code table (`dictionaries/cameo-codes.tsv`), read once and shared read-only. */
export function loadCameoCodes(): ReadonlyMap<string, CameoCodeInfo> {
  if (builtin) return builtin;
  const path = dataPath(CAMEO_CODES_FILE);
  const parsed = parseCameoCodes(readFileSync(path, 'utf8'), `dictionaries/${CAMEO_CODES_FILE}`);
  for (const info of parsed.values()) Object.freeze(info);
  builtin = parsed;
  return parsed;
}

/** The code one level up: 4 digits -> 3, 3 -> root, root -> none. */
export function parentCode(code: string): string | undefined {
  if (code.length === 4) return code.slice(0, 3);
  if (code.length === 3) return code.slice(0, 2);
  return undefined;
}

/** Info for a code, falling back from a 4-digit code to its 3-digit parent and then its root; undefined if none is known. */
export function describeCode(codes: ReadonlyMap<string, CameoCodeInfo>, code: string): CameoCodeInfo | undefined {
  for (let current: string | undefined = code; current !== undefined; current = parentCode(current)) {
    const info = codes.get(current);
    if (info) return info;
  }
  return undefined;
}
