/** The event filter the events, network and export views share, kept in the URL so every view is a link. */

export const FILTER_KEYS = ['from', 'to', 'source', 'target', 'actor', 'cameo', 'root', 'quad', 'plover', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type EventFilter = Partial<Record<FilterKey, string>>;

/** Reads the filter fields from query parameters, dropping empty ones. */
export function readFilter(params: URLSearchParams): EventFilter {
  const filter: EventFilter = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filter[key] = value;
  }
  return filter;
}

/** Writes a filter (plus any extra parameters such as limit/offset/sort) as query parameters. */
export function filterParams(filter: EventFilter, extra: Record<string, string | number | undefined> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params;
}

/** True when no filter field is set. */
export function isEmptyFilter(filter: EventFilter): boolean {
  return FILTER_KEYS.every((key) => !filter[key]);
}
