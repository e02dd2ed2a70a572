import { cameoRoot, quadOfRoot } from '../domain/cameo.js';

/**
 * Event scoring that gives the same numbers as `score.mjs` (the shared evaluation scorer): per document,
 * predictions are matched greedily, in order, to unused gold events (required ones first, then optional
 * ones), at three levels. A matched optional event counts neither way; duplicates are false positives.
 */

export type ScoreLevel = 'quad' | 'root' | 'code';
export const SCORE_LEVELS: readonly ScoreLevel[] = ['quad', 'root', 'code'];

/** An event reduced to what scoring compares. */
export interface ScoredEvent {
  readonly src: string;
  readonly tgt: string;
  /** Digits of the CAMEO code. */
  readonly code: string;
  readonly alts: readonly string[];
  readonly optional: boolean;
}

export interface GoldDocument {
  readonly id: string;
  readonly text?: string;
  readonly events: readonly ScoredEvent[];
}

export interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export interface LevelStats extends Counts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** How one document's predictions were matched at one level: the gold index each prediction took, or -1. */
export interface DocumentLevelResult extends Counts {
  readonly predToGold: readonly number[];
  /** Required gold events nothing matched. */
  readonly missed: readonly number[];
}

export interface DocumentScore {
  readonly id: string;
  readonly text?: string;
  readonly gold: readonly ScoredEvent[];
  readonly pred: readonly ScoredEvent[];
  readonly levels: Readonly<Record<ScoreLevel, DocumentLevelResult>>;
}

export interface ScoreReport {
  readonly documents: number;
  readonly levels: Readonly<Record<ScoreLevel, LevelStats>>;
  readonly docs: readonly DocumentScore[];
}

type Loose = Record<string, unknown>;

function asRecord(v: unknown): Loose {
  return v !== null && typeof v === 'object' ? (v as Loose) : {};
}

/** An actor as a code: a string, or an object's `code`; upper-cased and trimmed. */
export function actorCode(a: unknown): string {
  if (a === null || a === undefined) return '';
  if (typeof a === 'string') return a.toUpperCase().trim();
  const code = asRecord(a)['code'] ?? '';
  return String(code).toUpperCase().trim();
}

/** The digits of an event's code, from `cameo`, `code`, or the same under `event`. */
export function eventCode(e: Loose): string {
  const inner = asRecord(e['event']);
  const raw = e['cameo'] ?? e['code'] ?? inner['cameo'] ?? inner['code'] ?? '';
  return String(raw).replace(/\D/g, '');
}

/** Reads a gold or predicted event the way score.mjs does. */
export function toScoredEvent(value: unknown): ScoredEvent {
  const e = asRecord(value);
  const alts = Array.isArray(e['alt_codes']) ? (e['alt_codes'] as unknown[]).map(String) : [];
  return { src: actorCode(e['source']), tgt: actorCode(e['target']), code: eventCode(e), alts, optional: Boolean(e['optional']) };
}

/** Country part of an actor code: three letters, six for IGO/NGO/MNC codes. */
export function countryOf(code: string): string {
  return /^(IGO|NGO|MNC)/.test(code) ? code.slice(0, 6) : code.slice(0, 3);
}

/** A bare IGO/NGO/MNC gold code stands for any organisation of that kind. */
export function sameCountry(pred: string, gold: string): boolean {
  return /^(IGO|NGO|MNC)$/.test(gold) ? pred.startsWith(gold) : countryOf(pred) === countryOf(gold);
}

function quadOfCode(code: string): number {
  return quadOfRoot(cameoRoot(code));
}

/** Whether prediction `p` matches gold `g` at `level`. */
export function eventsMatch(p: ScoredEvent, g: ScoredEvent, level: ScoreLevel): boolean {
  const codes = [g.code, ...g.alts].filter((c) => c !== '');
  if (level === 'code') {
    return p.src === g.src && p.tgt === g.tgt
      && codes.some((c) => (c.length > 3 && p.code.length > 3 ? c === p.code : c.slice(0, 3) === p.code.slice(0, 3)));
  }
  if (!sameCountry(p.src, g.src) || !sameCountry(p.tgt, g.tgt)) return false;
  if (level === 'root') return codes.some((c) => cameoRoot(c) === cameoRoot(p.code));
  return codes.some((c) => quadOfCode(c) === quadOfCode(p.code));
}

/** Matches one document's predictions to its gold events at one level. */
export function matchDocument(gold: readonly ScoredEvent[], pred: readonly ScoredEvent[], level: ScoreLevel): DocumentLevelResult {
  const unused = gold.map(() => true);
  const predToGold: number[] = [];
  let tp = 0;
  let fp = 0;
  for (const p of pred) {
    let hit = gold.findIndex((g, i) => unused[i] && !g.optional && eventsMatch(p, g, level));
    if (hit < 0) hit = gold.findIndex((g, i) => unused[i] && g.optional && eventsMatch(p, g, level));
    predToGold.push(hit);
    if (hit >= 0) {
      unused[hit] = false;
      if (!gold[hit]?.optional) tp++;
    } else {
      fp++;
    }
  }
  const missed = gold.flatMap((g, i) => (unused[i] && !g.optional ? [i] : []));
  return { tp, fp, fn: missed.length, predToGold, missed };
}

/** Precision, recall and F1 from counts (0 when undefined). */
export function statsOf(c: Counts): LevelStats {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp: c.tp, fp: c.fp, fn: c.fn, precision, recall, f1 };
}

/** Scores predictions (grouped by document id) against gold documents; documents without gold are ignored. */
export function scoreEvents(gold: readonly GoldDocument[], predictions: ReadonlyMap<string, readonly ScoredEvent[]>): ScoreReport {
  const totals: Record<ScoreLevel, { tp: number; fp: number; fn: number }> = {
    quad: { tp: 0, fp: 0, fn: 0 }, root: { tp: 0, fp: 0, fn: 0 }, code: { tp: 0, fp: 0, fn: 0 },
  };
  const docs: DocumentScore[] = gold.map((doc) => {
    const pred = predictions.get(doc.id) ?? [];
    const levels = {
      quad: matchDocument(doc.events, pred, 'quad'),
      root: matchDocument(doc.events, pred, 'root'),
      code: matchDocument(doc.events, pred, 'code'),
    };
    for (const level of SCORE_LEVELS) {
      totals[level].tp += levels[level].tp;
      totals[level].fp += levels[level].fp;
      totals[level].fn += levels[level].fn;
    }
    return { id: doc.id, ...(doc.text !== undefined ? { text: doc.text } : {}), gold: doc.events, pred, levels };
  });
  return {
    documents: gold.length,
    levels: { quad: statsOf(totals.quad), root: statsOf(totals.root), code: statsOf(totals.code) },
    docs,
  };
}

/** Gold documents from parsed gold JSON Lines (`{id, text?, events: [...]}`). */
export function goldFromRecords(records: readonly unknown[]): GoldDocument[] {
  return records.map((r) => {
    const rec = asRecord(r);
    const events = Array.isArray(rec['events']) ? (rec['events'] as unknown[]).map(toScoredEvent) : [];
    const text = rec['text'];
    return { id: String(rec['id']), ...(typeof text === 'string' ? { text } : {}), events };
  });
}

/**
 * Predictions grouped by document from parsed JSON Lines: each line an event (`doc_id`, `source`,
 * `target`, `cameo`|`code`) or a document (`doc_id`|`id`, `events`). Events without a code are dropped.
 */
export function predictionsFromRecords(records: readonly unknown[]): Map<string, ScoredEvent[]> {
  const byDoc = new Map<string, ScoredEvent[]>();
  for (const r of records) {
    const rec = asRecord(r);
    const isDoc = Array.isArray(rec['events']);
    const doc = String(rec['doc_id'] ?? rec['doc'] ?? (isDoc ? rec['id'] : undefined) ?? '');
    const events = isDoc ? (rec['events'] as unknown[]) : [r];
    let list = byDoc.get(doc);
    if (!list) {
      list = [];
      byDoc.set(doc, list);
    }
    for (const e of events) {
      const scored = toScoredEvent(e);
      if (scored.code !== '') list.push(scored);
    }
  }
  return byDoc;
}
