// One line of a DNS log: what was asked, what came back, from which resolver, how long it took, and
// whether the cache answered. This is the Report's `dns.queries[]` entry (a contract: lib/report/types
// re-exports it) and the `query` progress event; lib/dns owns the shape because it describes a DnsResult.
import type { DnsFailureReason, DnsResult, Rcode, RecordType } from './types';

export interface DnsQuery {
  name: string;
  type: RecordType;
  /** null for a failure (no answer). */
  rcode: Rcode | null;
  failure: { reason: DnsFailureReason; message: string } | null;
  ad: boolean;
  ms: number;
  answerCount: number;
  /** No request of its own: a cache hit or merged with an identical query in flight. */
  fromCache: boolean;
  /** The resolver that gave this result (after any fallback). */
  resolver: string;
  /**
   * Present (true) when the SPF check sent this query ahead of need (RFC 7208 evaluation order is
   * kept; the answer may never have been used). Added in 0.2 without a schema change: optional.
   */
  prefetched?: true;
}

export function toDnsQuery(result: DnsResult): DnsQuery {
  const common = { name: result.name, type: result.type, ms: result.ms, fromCache: result.fromCache === true, resolver: result.resolver };
  return result.kind === 'answer'
    ? { ...common, rcode: result.rcode, failure: null, ad: result.ad, answerCount: result.answers.length }
    : { ...common, rcode: null, failure: { reason: result.reason, message: result.message }, ad: false, answerCount: 0 };
}
