/** One line of a frames table: its whitespace-separated fields and its line number, for errors. */
export interface TableRow {
  readonly fields: readonly string[];
  readonly line: number;
}

/** The rows of a frames table: `#` comments and blank lines left out. */
export function tableRows(text: string): TableRow[] {
  const rows: TableRow[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line) rows.push({ fields: line.split(/\s+/), line: i + 1 });
  });
  return rows;
}

/**
 * A table keyed by its first field (lower-cased): `read` turns a row's fields into its value, or
 * returns undefined for a row that does not fit, which is refused naming the file, the line and
 * `want`, as is a key listed twice.
 */
export function keyedTable<T>(text: string, origin: string, want: string, read: (fields: readonly string[]) => T | undefined): Map<string, T> {
  const table = new Map<string, T>();
  for (const { fields, line } of tableRows(text)) {
    const key = fields[0]!.toLowerCase();
    const value = read(fields);
    if (value === undefined) throw new Error(`${origin}:${line}: want ${want}`);
    if (table.has(key)) throw new Error(`${origin}:${line}: "${fields[0]}" is listed twice`);
    table.set(key, value);
  }
  return table;
}
