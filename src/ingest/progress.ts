import type { Writable } from 'node:stream';
import type { IngestProgress } from './ingest.js';

export interface ProgressReporter {
  update(progress: IngestProgress): void;
  /** Clears the bar (TTY) so the summary starts on a clean line. */
  done(): void;
}

/** `1m05s`, `42s`, `1h02m`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** One progress line: fraction by bytes read, documents per second, and time left at that pace. */
export function progressLine(p: IngestProgress, elapsedSeconds: number, barWidth: number | null): string {
  const fraction = p.bytesTotal > 0 ? Math.min(1, p.bytesDone / p.bytesTotal) : 0;
  const rate = elapsedSeconds > 0 ? p.documents / elapsedSeconds : 0;
  const byteRate = elapsedSeconds > 0 ? p.bytesDone / elapsedSeconds : 0;
  const eta = byteRate > 0 ? (p.bytesTotal - p.bytesDone) / byteRate : Number.NaN;
  const pct = `${(fraction * 100).toFixed(0).padStart(3)}%`;
  const bar = barWidth === null ? '' : `[${'#'.repeat(Math.round(fraction * barWidth)).padEnd(barWidth, '.')}] `;
  return `${bar}${pct} files ${p.filesDone}/${p.filesTotal}, ${p.documents} documents, ${p.events} events, ` +
    `${p.skipped} skipped, ${rate.toFixed(1)} docs/s, ETA ${formatDuration(eta)}`;
}

/**
 * On a terminal, redraws one bar line at most ten times a second; otherwise writes a plain line every
 * `intervalSeconds` (default 5), so logs stay readable.
 */
export function createProgressReporter(
  stream: Writable, isTTY: boolean, options: { now?: () => number; intervalSeconds?: number } = {},
): ProgressReporter {
  const now = options.now ?? (() => performance.now() / 1000);
  const start = now();
  const interval = isTTY ? 0.1 : options.intervalSeconds ?? 5;
  let last = -Infinity;
  let drawn = false;
  return {
    update(progress) {
      const t = now();
      if (t - last < interval) return;
      last = t;
      const line = progressLine(progress, t - start, isTTY ? 24 : null);
      if (isTTY) {
        stream.write(`\r\x1b[2K${line}`);
        drawn = true;
      } else {
        stream.write(`ingest: ${line}\n`);
      }
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
