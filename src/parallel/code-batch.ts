import type { BatchOutcome, Coder } from '../domain/coded-document.js';
import type { SourceDocument } from '../domain/document.js';

/**
 * Documents coded together, stage by stage, when the pools have that many to hand. On the bench
 * corpus 8 gave most of the gain (64 gave ~3 % more), and every document of a batch is held,
 * annotated, until the last is done: at 16 two workers' peak RSS on the 1 GB input reached 400 MB.
 */
export const BATCH_DOCUMENTS = 8;
/** A batch also closes at this much text, so that a run of long documents is not held at once. */
export const BATCH_CHARS = 400_000;

/** Codes a batch with the coder's `codeMany`, or one document at a time if it has none. */
export function codeBatch(coder: Coder, docs: readonly SourceDocument[], onDocument?: (index: number) => void): BatchOutcome[] {
  if (coder.codeMany) return coder.codeMany(docs, onDocument);
  return docs.map((doc, i): BatchOutcome => {
    onDocument?.(i);
    try {
      return { ok: true, coded: coder.code(doc) };
    } catch (error) {
      return { ok: false, error };
    }
  });
}

/** What a failed document's error says, for a report (anything thrown, not only Errors). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
