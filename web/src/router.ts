/** Hash routes (`#/events?quad=4`): every screen is a link, and the server needs no route knowledge. */

export interface Route {
  /** First path segment: events, doc, dyad, network, code, documents. */
  readonly name: string;
  /** Remaining path segments, decoded. */
  readonly args: readonly string[];
  readonly params: URLSearchParams;
}

/** Parses a location hash such as `#/doc/abc?event=abc:2:0`. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q >= 0 ? raw.slice(0, q) : raw;
  const query = q >= 0 ? raw.slice(q + 1) : '';
  const [name = '', ...args] = path.split('/').filter(Boolean).map((s) => safeDecode(s));
  return { name: name || 'events', args, params: new URLSearchParams(query) };
}

/** Builds a hash link. */
export function link(name: string, args: readonly string[] = [], params?: URLSearchParams): string {
  const path = [name, ...args.map((a) => encodeURIComponent(a))].join('/');
  const query = params && [...params.keys()].length > 0 ? `?${params}` : '';
  return `#/${path}${query}`;
}

/** Navigates to a hash link (adds a history entry, so Back works). */
export function go(href: string): void {
  if (location.hash === href) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = href;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
