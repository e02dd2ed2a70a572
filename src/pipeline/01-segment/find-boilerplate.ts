import type { IgnoredSpan } from '../../domain/segment.js';

/** Marks whole lines that match a boilerplate pattern (captions, bylines, credits) as ignored. */
export function findBoilerplate(text: string, patterns: readonly RegExp[]): IgnoredSpan[] {
  const ignored: IgnoredSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (trimmed.length > 0 && trimmed.length < 400) {
      const index = patterns.findIndex((p) => p.test(trimmed));
      if (index >= 0) {
        const start = lineStart + line.indexOf(trimmed);
        ignored.push({ start, end: start + trimmed.length, rule: `segment/boilerplate#${index + 1}`, reason: 'boilerplate line' });
      }
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return ignored;
}
