// One line of a DNS log: what was asked, what came back, from which resolver, how long it took, and
// whether the cache answered. This is the Report's `dns.queries[]` entry (a contract: lib/report/types
// re-exports it) and the `query` progress event; lib/dns owns the shape because it describes a DnsResult.
import { failureFacts, type DnsFailureFacts, type DnsResult, type Rcode, type RecordType } from './types';

/**
 * A failure as the Report carries it (the DNS log, a finding's evidence): its facts (schema 4) and, for
 * scripts of schema 1 to 3, `message`, the same in English, worded by lib/i18n's catalog.
 */
export type WordedFailure = DnsFailureFacts & { message: string };

export interface DnsQuery {
  name: string;
  type: RecordType;
  /** null for a failure (no answer). */
  rcode: Rcode | null;
  failure: WordedFailure | null;
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

/** A result as a line of the log; `words` puts a failure's facts into the English `message` (lib/i18n). */
export function toDnsQuery(result: DnsResult, words: (facts: DnsFailureFacts) => string): DnsQuery {
  const common = { name: result.name, type: result.type, ms: result.ms, fromCache: result.fromCache === true, resolver: result.resolver };
  return result.kind === 'answer'
    ? { ...common, rcode: result.rcode, failure: null, ad: result.ad, answerCount: result.answers.length }
    : { ...common, rcode: null, failure: wordFailure(failureFacts(result), words), ad: false, answerCount: 0 };
}

function wordFailure(facts: DnsFailureFacts, words: (facts: DnsFailureFacts) => string): WordedFailure {
  return { ...facts, message: words(facts) };
}
