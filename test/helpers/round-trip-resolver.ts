// A resolver that answers in round trips: every question asked while the previous round was being
// answered waits for the next round, and all the questions of one round are answered together. The
// number of rounds is the number of round trips a real network would have cost, with no clock.
import type { DnsResult, QueryOptions, RecordType, Resolver } from '../../lib/dns/types';

export interface AskedQuestion {
  name: string;
  type: RecordType;
  prefetch: boolean;
  round: number;
}

export interface RoundTripResolver extends Resolver {
  /** Rounds answered so far. */
  readonly rounds: number;
  readonly asked: readonly AskedQuestion[];
}

export function inRoundTrips(inner: Resolver): RoundTripResolver {
  let waiting: (() => void)[] = [];
  let rounds = 0;
  const asked: AskedQuestion[] = [];
  const answerRound = () => {
    rounds++;
    const batch = waiting;
    waiting = [];
    for (const answer of batch) answer();
  };
  return {
    label: inner.label,
    mode: inner.mode,
    get rounds() {
      return rounds;
    },
    asked,
    query(name: string, type: RecordType, options?: QueryOptions): Promise<DnsResult> {
      asked.push({ name, type, prefetch: options?.prefetch === true, round: rounds + 1 });
      // setImmediate runs after every pending microtask, so whatever the answers of a round lead to is
      // asked before the next round is answered (the zone answers through promises only, no I/O).
      if (waiting.length === 0) setImmediate(answerRound);
      return new Promise((resolve) => waiting.push(() => resolve(inner.query(name, type, options))));
    },
  };
}
