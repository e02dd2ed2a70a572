/** Quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

/** What one CAMEO event code means, from the one mapping table in `dictionaries/cameo-codes.tsv`. */
export interface CameoCodeInfo {
  readonly code: string;
  readonly name: string;
  readonly goldstein: number;
  readonly quad: QuadClass;
  readonly plover: { readonly type: string; readonly mode?: string; readonly context?: string };
}

export function cameoRoot(code: string): string {
  return code.slice(0, 2);
}

/** CAMEO's fixed root-to-quad grouping. */
export function quadOfRoot(root: string): QuadClass {
  const r = Number(root);
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13) return 3;
  return 4;
}
