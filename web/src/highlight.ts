/**
 * Turns overlapping annotation spans into flat, non-overlapping text pieces, each knowing which
 * annotations cover it. Flat pieces avoid nesting conflicts (a quote that starts inside an actor
 * mention) while CSS still shows every layer, because each kind styles a different property.
 */

export type MarkKind = 'actor' | 'trigger' | 'time' | 'quote' | 'cue' | 'dateline';

export interface Mark {
  readonly kind: MarkKind;
  readonly start: number;
  readonly end: number;
  /** What the mark refers to (event id, actor code, quote id...), for titles and clicks. */
  readonly ref: string;
  readonly label: string;
}

export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly marks: readonly Mark[];
}

/** Splits `text[from, to)` at every mark boundary; marks outside the range or empty are ignored. */
export function splitIntoPieces(text: string, marks: readonly Mark[], from = 0, to = text.length): Piece[] {
  const inside = marks.filter((m) => m.end > m.start && m.end > from && m.start < to && m.start >= 0 && m.end <= text.length);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    pieces.push({ start, end, text: text.slice(start, end), marks: inside.filter((m) => m.start <= start && m.end >= end) });
  }
  return pieces;
}
