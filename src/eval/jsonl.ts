/** A JSON Lines input that could not be read; names the input and the line. */
export class JsonlError extends Error {
  readonly code = 'EVAL_BAD_JSONL';
  constructor(readonly origin: string, readonly line: number, detail: string) {
    super(`${origin}:${line}: ${detail}`);
    this.name = 'JsonlError';
  }
}

/** Parses JSON Lines, skipping blank lines; throws `JsonlError` naming the first line that is not JSON. */
export function parseJsonl(text: string, origin: string): unknown[] {
  const out: unknown[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    try {
      out.push(JSON.parse(line));
    } catch {
      throw new JsonlError(origin, i + 1, 'not JSON');
    }
  }
  return out;
}
