// Lets one caller stop waiting for work that others share (a merged query, a queue slot) without
// cancelling it for them.
import type { DnsFailure, DnsResult, QueryOptions, RecordType } from './types';

export function abortedFailure(name: string, type: RecordType, resolver: string, ms = 0): DnsFailure {
  return { kind: 'failure', name, type, reason: 'aborted', message: 'the query was cancelled', ms, resolver };
}

/** Resolves with the work's result, or with an 'aborted' failure as soon as the caller's signal fires. */
export function untilAborted(work: Promise<DnsResult>, options: QueryOptions | undefined, aborted: () => DnsFailure): Promise<DnsResult> {
  const signal = options?.signal;
  if (!signal) return work;
  if (signal.aborted) return Promise.resolve(aborted());
  return new Promise((resolve) => {
    const onAbort = () => resolve(aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    void work.then((result) => {
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    });
  });
}
