// Progress of a batch on stderr: a bar redrawn in place on a terminal, or plain lines when asked for
// with --progress (a log file, CI); with the rate so far and the time left at that rate. stdout, where
// the reports go (NDJSON with --json), is never touched.
import type { OutputTexts } from '../i18n/output';
import { catalogFor } from '../i18n/render';

export interface ProgressOptions {
  write: (text: string) => void;
  /** A terminal: redraw one line in place ("\r"); otherwise one line now and then. */
  live: boolean;
  /** Milliseconds; tests pass a fake clock. */
  clock?: () => number;
  /** The words, in the output's language; English when absent. */
  words?: OutputTexts['batch'];
}

export interface BatchProgress {
  step(): void;
  done(): void;
}

// A terminal line is redrawn at most this often; plain lines come every 5 % of the batch.
const REDRAW_MS = 100;
const LINES = 20;

export function batchProgress(total: number, options: ProgressOptions): BatchProgress {
  const clock = options.clock ?? Date.now;
  const words = options.words ?? catalogFor('en').output.batch;
  const started = clock();
  let count = 0;
  let drawnAt = -Infinity;
  const every = Math.max(1, Math.ceil(total / LINES));
  return {
    step() {
      count++;
      const now = clock();
      if (options.live) {
        if (now - drawnAt < REDRAW_MS && count < total) return;
        drawnAt = now;
        const width = 30;
        const filled = Math.round((count / total) * width);
        options.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total}${rateAndEta(count, total, now - started, words)}\u001b[K`);
      } else if (count === total || count % every === 0) {
        options.write(`${words.analysed(count, total)}${rateAndEta(count, total, now - started, words)}\n`);
      }
    },
    done() {
      if (options.live && count > 0) options.write('\n');
    },
  };
}

function rateAndEta(count: number, total: number, elapsedMs: number, words: OutputTexts['batch']): string {
  if (elapsedMs <= 0) return '';
  const perSecond = (count / elapsedMs) * 1000;
  const left = count < total ? words.left(formatDuration((total - count) / perSecond)) : words.inAll(formatDuration(elapsedMs / 1000));
  return ` (${words.rate(perSecond.toFixed(perSecond < 10 ? 1 : 0))}, ${left})`;
}

/** 42 -> "42s", 125 -> "2m05s", 7260 -> "2h01m". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
