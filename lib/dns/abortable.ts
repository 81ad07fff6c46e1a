// Lets one caller stop waiting for work that others share (a merged query, a queue slot) without
// cancelling it for them; and lets any number of queries watch one signal through a single listener.
import type { DnsFailure, DnsResult, QueryOptions, RecordType } from './types';

export function abortedFailure(name: string, type: RecordType, resolver: string, ms = 0): DnsFailure {
  return { kind: 'failure', name, type, reason: 'aborted', ms, resolver };
}

/** Resolves with the work's result, or with an 'aborted' failure as soon as the caller's signal fires. */
export function untilAborted(work: Promise<DnsResult>, options: QueryOptions | undefined, aborted: () => DnsFailure): Promise<DnsResult> {
  const signal = options?.signal;
  if (!signal) return work;
  if (signal.aborted) return Promise.resolve(aborted());
  return new Promise((resolve) => {
    const stop = whenAborted(signal, () => resolve(aborted()));
    void work.then((result) => {
      stop();
      resolve(result);
    });
  });
}

interface Watch {
  callbacks: Set<() => void>;
  listener: () => void;
}

const watches = new WeakMap<AbortSignal, Watch>();

/**
 * Calls `callback` once if `signal` aborts; the returned function stops watching. However many queries
 * watch one signal (an analysis runs dozens under its own), the signal has one 'abort' listener: Node
 * warns of a leak past 10 (MaxListenersExceededWarning, on the CLI's stderr), and keeps a composite or
 * timeout signal alive while it has any, so the listener goes as soon as the last watcher does.
 */
export function whenAborted(signal: AbortSignal, callback: () => void): () => void {
  if (signal.aborted) {
    callback();
    return () => undefined;
  }
  let watch = watches.get(signal);
  if (!watch) {
    const callbacks = new Set<() => void>();
    const listener = () => {
      watches.delete(signal);
      for (const notify of [...callbacks]) notify();
    };
    watch = { callbacks, listener };
    watches.set(signal, watch);
    signal.addEventListener('abort', listener, { once: true });
  }
  const current = watch;
  current.callbacks.add(callback);
  return () => {
    if (!current.callbacks.delete(callback) || current.callbacks.size > 0) return;
    if (watches.get(signal) === current) watches.delete(signal);
    signal.removeEventListener('abort', current.listener);
  };
}
