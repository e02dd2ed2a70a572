import type { Writable } from 'node:stream';

/** Where a long run stands: `done` of `total` units (bytes read, documents recoded) plus running counts. */
export interface ProgressSnapshot {
  readonly done: number;
  readonly total: number;
  readonly documents: number;
  readonly events: number;
  readonly skipped: number;
  /** Extra words for the line, e.g. `files 3/10`. */
  readonly detail?: string;
}

export interface ProgressReporter {
  update(progress: ProgressSnapshot): void;
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

/** One progress line: the fraction done, documents per second, and time left at that pace. */
export function progressLine(p: ProgressSnapshot, elapsedSeconds: number, barWidth: number | null): string {
  const fraction = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  const rate = elapsedSeconds > 0 ? p.documents / elapsedSeconds : 0;
  const unitRate = elapsedSeconds > 0 ? p.done / elapsedSeconds : 0;
  const eta = unitRate > 0 ? (p.total - p.done) / unitRate : Number.NaN;
  const pct = `${(fraction * 100).toFixed(0).padStart(3)}%`;
  const bar = barWidth === null ? '' : `[${'#'.repeat(Math.round(fraction * barWidth)).padEnd(barWidth, '.')}] `;
  const detail = p.detail ? `${p.detail}, ` : '';
  return `${bar}${pct} ${detail}${p.documents} documents, ${p.events} events, ${p.skipped} skipped, ` +
    `${rate.toFixed(1)} docs/s, ETA ${formatDuration(eta)}`;
}

/**
 * On a terminal, redraws one bar line at most ten times a second; otherwise writes a plain line every
 * `intervalSeconds` (default 5), so logs stay readable.
 */
export function createProgressReporter(
  stream: Writable, isTTY: boolean, options: { label?: string; now?: () => number; intervalSeconds?: number } = {},
): ProgressReporter {
  const now = options.now ?? (() => performance.now() / 1000);
  const label = options.label ?? 'progress';
  const start = now();
  const interval = isTTY ? 0.1 : options.intervalSeconds ?? 5;
  let last = start;
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
        stream.write(`${label}: ${line}\n`);
      }
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
