import { createHash } from 'node:crypto';

/** SHA-256 of a document's text (hex); two documents with the same text have the same hash. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The id a document gets when its source names none: `h` plus the first 16 hex digits of its hash. */
export function contentId(text: string): string {
  return 'h' + contentHash(text).slice(0, 16);
}

/** A document's stable id: the one it was given, else one derived from its content. */
export function stableDocumentId(doc: { readonly id: string; readonly text: string }): string {
  const given = doc.id.trim();
  return given !== '' ? given : contentId(doc.text);
}
