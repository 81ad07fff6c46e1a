// At most N queries in flight at once: a message with many hops and DKIM signatures must not open
// dozens of requests to a public resolver at the same moment.
import { abortedFailure, untilAborted } from './abortable';
import type { DnsResult, QueryOptions, RecordType, Resolver } from './types';

export function limitConcurrency(inner: Resolver, maxInFlight: number): Resolver {
  const limit = Math.max(1, Math.floor(maxInFlight));
  let inFlight = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    inFlight--;
    waiting.shift()?.();
  };
  const acquire = (): Promise<void> => {
    if (inFlight < limit) {
      inFlight++;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(() => { inFlight++; resolve(); }));
  };
  return {
    label: inner.label,
    mode: inner.mode,
    async query(name: string, type: RecordType, options?: QueryOptions): Promise<DnsResult> {
      const slot = acquire();
      const run = slot.then(async () => {
        try {
          return await inner.query(name, type, options);
        } finally {
          release();
        }
      });
      // A caller that gives up while queued stops waiting; its slot is used and freed when its turn
      // comes (the inner query then sees the aborted signal and returns at once).
      return untilAborted(run, options, () => abortedFailure(name, type, inner.label));
    },
  };
}
