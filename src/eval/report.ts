import { cameoRoot, quadOfRoot } from '../domain/cameo.js';
import {
  SCORE_LEVELS, statsOf, type DocumentScore, type LevelStats, type ScoreLevel, type ScoreReport, type ScoredEvent,
} from './score.js';

/** Rounds to three decimals as score.mjs prints them. */
export function round3(x: number): number {
  return +x.toFixed(3);
}

function rounded(s: LevelStats): LevelStats {
  return { tp: s.tp, fp: s.fp, fn: s.fn, precision: round3(s.precision), recall: round3(s.recall), f1: round3(s.f1) };
}

/** The object `score.mjs --json` prints. */
export function scoreJson(report: ScoreReport): { documents: number } & Record<ScoreLevel, LevelStats> {
  return {
    documents: report.documents,
    quad: rounded(report.levels.quad),
    root: rounded(report.levels.root),
    code: rounded(report.levels.code),
  };
}

/** F1 at `level` as score.mjs compares it with `--min` (rounded to three decimals). */
export function headlineF1(report: ScoreReport, level: ScoreLevel): number {
  return round3(report.levels[level].f1);
}

function formatEvent(e: ScoredEvent): string {
  return `${e.src || '-'} ${e.tgt || '-'} ${e.code}${e.optional ? '?' : ''}`;
}

/** Documents with false positives or negatives at `level`, in input order. */
export function documentsWithErrors(report: ScoreReport, level: ScoreLevel): DocumentScore[] {
  return report.docs.filter((d) => d.levels[level].fp > 0 || d.levels[level].fn > 0);
}

/** The plain-text report of score.mjs, line for line (without the trailing newline). */
export function formatScoreText(report: ScoreReport, level: ScoreLevel, showErrors = 0): string {
  const lines: string[] = [];
  for (const d of documentsWithErrors(report, level).slice(0, Math.max(0, showErrors))) {
    const text = d.text ? `\n   ${d.text.slice(0, 160)}` : '';
    lines.push(`${d.id}: gold [${d.gold.map(formatEvent).join('; ')}] pred [${d.pred.map(formatEvent).join('; ')}]${text}`);
  }
  lines.push(`documents ${report.documents}`);
  const json = scoreJson(report);
  for (const l of SCORE_LEVELS) {
    const s = json[l];
    lines.push(`${l.padEnd(5)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn})`);
  }
  lines.push(`F1(${level}) = ${headlineF1(report, level).toFixed(3)}`);
  return lines.join('\n');
}

export type BreakdownKey = 'root' | 'quad';

export interface BreakdownRow extends LevelStats {
  /** The CAMEO root (`04`) or quad class (`1`..`4`). */
  readonly key: string;
}

function keyOf(code: string, by: BreakdownKey): string {
  return by === 'root' ? cameoRoot(code) : String(quadOfRoot(cameoRoot(code)));
}

/**
 * Counts per CAMEO root or quad class, matched at the same level (`root` or `quad`): a true positive and
 * a missed event count under the gold event's key, a false positive under the predicted one's.
 */
export function breakdown(report: ScoreReport, by: BreakdownKey): BreakdownRow[] {
  const level: ScoreLevel = by;
  const rows = new Map<string, { tp: number; fp: number; fn: number }>();
  const row = (key: string): { tp: number; fp: number; fn: number } => {
    let r = rows.get(key);
    if (!r) {
      r = { tp: 0, fp: 0, fn: 0 };
      rows.set(key, r);
    }
    return r;
  };
  for (const d of report.docs) {
    const result = d.levels[level];
    result.predToGold.forEach((g, i) => {
      const pred = d.pred[i];
      if (!pred) return;
      if (g < 0) {
        row(keyOf(pred.code, by)).fp++;
        return;
      }
      const gold = d.gold[g];
      if (gold && !gold.optional) row(keyOf(gold.code, by)).tp++;
    });
    for (const g of result.missed) {
      const gold = d.gold[g];
      if (gold) row(keyOf(gold.code, by)).fn++;
    }
  }
  return [...rows].map(([key, c]) => ({ key, ...statsOf(c) })).sort((a, b) => a.key.localeCompare(b.key));
}

export interface WorstDocument {
  readonly id: string;
  readonly text?: string;
  readonly errors: number;
  readonly fp: number;
  readonly fn: number;
  readonly gold: readonly ScoredEvent[];
  readonly pred: readonly ScoredEvent[];
}

/** The `n` documents with the most errors (false positives plus negatives) at `level`; ties keep input order. */
export function worstDocuments(report: ScoreReport, level: ScoreLevel, n: number): WorstDocument[] {
  return documentsWithErrors(report, level)
    .map((d, order) => ({ d, order, errors: d.levels[level].fp + d.levels[level].fn }))
    .sort((a, b) => b.errors - a.errors || a.order - b.order)
    .slice(0, Math.max(0, n))
    .map(({ d, errors }) => ({
      id: d.id,
      ...(d.text !== undefined ? { text: d.text } : {}),
      errors,
      fp: d.levels[level].fp,
      fn: d.levels[level].fn,
      gold: d.gold,
      pred: d.pred,
    }));
}

/** A fixed-width table of breakdown rows, for terminals. */
export function formatBreakdown(rows: readonly BreakdownRow[], by: BreakdownKey): string {
  const head = `${by.padEnd(5)}    tp    fp    fn      P      R     F1`;
  const body = rows.map((r) => `${r.key.padEnd(5)} ${String(r.tp).padStart(5)} ${String(r.fp).padStart(5)} ${String(r.fn).padStart(5)}  ${r.precision.toFixed(3)}  ${r.recall.toFixed(3)}  ${r.f1.toFixed(3)}`);
  return [head, ...body].join('\n');
}
