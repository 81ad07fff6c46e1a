// The analysis engine as a chunk of its own, loaded on first need: the popup paints its input and the
// kept draft from a small script, and the engine (parser, DNS client, checks, verdict: most of the
// extension's JavaScript) arrives while the user reads, pastes or types. One import shared by all callers.
import { afterFirstPaint } from './after-first-paint';
import type { runAnalysis } from './run-analysis';

export type RunAnalysis = typeof runAnalysis;

let loading: Promise<RunAnalysis> | null = null;

/** Starts loading the engine once the page has painted (idempotent); resolves to runAnalysis once the chunk is in. */
export function loadEngine(): Promise<RunAnalysis> {
  loading ??= afterFirstPaint()
    .then(() => import('./run-analysis'))
    .then((module) => module.runAnalysis);
  // A failed load (extension updated under an open popup) is retried on the next call, not cached.
  loading.catch(() => (loading = null));
  return loading;
}
