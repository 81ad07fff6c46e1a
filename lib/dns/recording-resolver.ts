// Wraps a Resolver so a check can report exactly the DNS queries it made (its evidence).
import type { DnsResult, QueryOptions, RecordType, Resolver } from './types';

export interface RecordingResolver extends Resolver {
  /** Every result returned so far, in the order the queries were made. */
  readonly queries: readonly DnsResult[];
}

export function recordQueries(inner: Resolver): RecordingResolver {
  const queries: DnsResult[] = [];
  return {
    label: inner.label,
    mode: inner.mode,
    queries,
    async query(name: string, type: RecordType, options?: QueryOptions) {
      const result = await inner.query(name, type, options);
      queries.push(result);
      return result;
    },
  };
}
