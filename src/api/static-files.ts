import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Answers a GET for the single-page UI: the file under `root` when one exists, else `index.html` for
 * app routes (paths without an extension). Returns null when there is nothing to serve.
 */
export function serveStatic(root: string, pathname: string, method: string): Response | null {
  const base = resolve(root);
  const index = resolve(base, 'index.html');
  if (!existsSync(index)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const candidate = resolve(base, '.' + decoded);
  // Never serve anything outside the UI folder ("/../../etc/passwd").
  const inside = candidate === base || candidate.startsWith(base + sep);
  let file: string | null = null;
  if (inside && existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
  else if (extname(decoded) === '') file = index;
  if (file === null) return null;
  const body = method === 'HEAD' ? null : readFileSync(file);
  // Vite puts content hashes in asset names, so those can be cached for good; index.html never.
  const immutable = file !== index && /[.-][A-Za-z0-9_-]{8,}\.[a-z0-9]+$/u.test(file);
  return new Response(body, {
    headers: {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    },
  });
}
