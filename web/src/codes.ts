/** CAMEO and PLOVER facts the filters and legends need (names of the 20 roots, 4 quad classes, 16 PLOVER types). */
// The one CAMEO table the coder uses, bundled so every code has its name offline.
import cameoTable from '../../dictionaries/cameo-codes.tsv?raw';

export const CAMEO_ROOTS: readonly (readonly [string, string])[] = [
  ['01', 'Make public statement'], ['02', 'Appeal'], ['03', 'Express intent to cooperate'],
  ['04', 'Consult'], ['05', 'Engage in diplomatic cooperation'], ['06', 'Engage in material cooperation'],
  ['07', 'Provide aid'], ['08', 'Yield'], ['09', 'Investigate'], ['10', 'Demand'],
  ['11', 'Disapprove'], ['12', 'Reject'], ['13', 'Threaten'], ['14', 'Protest'],
  ['15', 'Exhibit force posture'], ['16', 'Reduce relations'], ['17', 'Coerce'], ['18', 'Assault'],
  ['19', 'Fight'], ['20', 'Use unconventional mass violence'],
];

const rootNames = new Map(CAMEO_ROOTS);

/** Name of a CAMEO root ("04" -> "Consult"), or '' if unknown. */
export function rootName(root: string): string {
  return rootNames.get(root) ?? '';
}

export const QUADS: readonly { readonly quad: 1 | 2 | 3 | 4; readonly name: string; readonly short: string; readonly color: string }[] = [
  { quad: 1, name: 'Verbal cooperation', short: 'Verbal coop.', color: '#4caf7a' },
  { quad: 2, name: 'Material cooperation', short: 'Material coop.', color: '#1f6f8b' },
  { quad: 3, name: 'Verbal conflict', short: 'Verbal conflict', color: '#e59b2e' },
  { quad: 4, name: 'Material conflict', short: 'Material conflict', color: '#c8423b' },
];

/** Display facts for a quad class. */
export function quadInfo(quad: number): { readonly name: string; readonly short: string; readonly color: string } {
  return QUADS.find((q) => q.quad === quad) ?? { name: `Quad ${quad}`, short: `Q${quad}`, color: '#888' };
}

export const PLOVER_TYPES: readonly string[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

/** Colour for a Goldstein score (-10 conflict .. +10 cooperation). */
export function goldsteinColor(score: number): string {
  if (score >= 4) return QUADS[1]!.color;
  if (score > 0) return QUADS[0]!.color;
  if (score > -5) return QUADS[2]!.color;
  return QUADS[3]!.color;
}

const codeNames = new Map<string, string>();
for (const line of cameoTable.split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [code, name] = line.split('\t');
  if (code && name && /^\d{2,4}$/.test(code)) codeNames.set(code, name);
}

/** Name of a CAMEO code ("042" -> "Make a visit"); falls back to its root's name. */
export function cameoName(code: string): string {
  const name = code.length > 2 ? codeNames.get(code) : undefined;
  return name ?? rootName(code.slice(0, 2));
}
