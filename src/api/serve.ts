import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

/** Something that answers HTTP requests (a Hono app). */
export interface FetchApp {
  fetch(request: Request): Response | Promise<Response>;
}

export interface RunningServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:8787/`. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Listens on `host:port` (port 0 picks a free one) and resolves once the server accepts connections. */
export function startServer(app: FetchApp, options: { readonly port?: number; readonly host?: string } = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: (request: Request) => app.fetch(request), port: options.port ?? 0, hostname: host }, (info: AddressInfo) => {
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          // Idle keep-alive connections would otherwise hold close() open.
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        }),
      });
    });
    server.once('error', reject);
  });
}
