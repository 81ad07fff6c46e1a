// Every query the analysis made, for the report's DNS section: which resolver, what was asked, what
// came back, how long it took, and whether the cache answered.
import type { DnsFailureReason, DnsResult, QueryOptions, Rcode, RecordType, Resolver } from './types';

interface QueryLogCommon {
  name: string;
  type: RecordType;
  /** The resolver that gave this result (after any fallback). */
  resolver: string;
  ms: number;
  /** No request of its own: a cache hit or merged with an identical query in flight. */
  fromCache: boolean;
}

export type QueryLogEntry =
  | (QueryLogCommon & { kind: 'answer'; rcode: Rcode; ad: boolean; answerCount: number })
  | (QueryLogCommon & { kind: 'failure'; reason: DnsFailureReason; message: string });

export interface LoggedResolver extends Resolver {
  /** In the order the queries completed; the most recent MAX_LOG_ENTRIES only. */
  readonly log: readonly QueryLogEntry[];
}

export function toLogEntry(result: DnsResult): QueryLogEntry {
  const common = { name: result.name, type: result.type, resolver: result.resolver, ms: result.ms, fromCache: result.fromCache === true };
  return result.kind === 'answer'
    ? { ...common, kind: 'answer', rcode: result.rcode, ad: result.ad, answerCount: result.answers.length }
    : { ...common, kind: 'failure', reason: result.reason, message: result.message };
}

/**
 * A resolver lives as long as its process (a batch of thousands of messages, the extension's service
 * worker), so its log keeps the most recent entries only; each analysis keeps its own full log.
 */
export const MAX_LOG_ENTRIES = 1000;

/** Wraps any Resolver (composes with recordQueries() in either order). */
export function logQueries(inner: Resolver): LoggedResolver {
  const log: QueryLogEntry[] = [];
  return {
    label: inner.label,
    log,
    async query(name: string, type: RecordType, options?: QueryOptions) {
      const result = await inner.query(name, type, options);
      log.push(toLogEntry(result));
      if (log.length > MAX_LOG_ENTRIES) log.splice(0, log.length - MAX_LOG_ENTRIES);
      return result;
    },
  };
}
