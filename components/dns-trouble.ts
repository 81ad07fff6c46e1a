// When the resolver itself could not be used (no answer in time, no connection, an HTTP error, an answer
// that is not DNS), the verdict can only be "unknown": the page says which queries failed and why, so the
// agent can check the network, choose another resolver or analyse the headers alone.
import type { DnsFailureReason } from '../lib/dns/types';
import type { DnsQuery, DnsSummary } from '../lib/report/types';

/**
 * Failures that are the resolver's, not a domain's: a SERVFAIL or an invalid name says something about the
 * domain asked for (RFC 8499 §3), and 'aborted' is the user's own new analysis, so neither is listed here.
 */
const RESOLVER_FAILURES: ReadonlySet<DnsFailureReason> = new Set<DnsFailureReason>(['timeout', 'network', 'http-status', 'malformed-answer']);

export interface FailedGroup {
  /** What the group's failures share: their facts, without the English words. */
  key: string;
  /** One of the failures, for its wording (its facts, e.g. a timeout of 3000 ms). */
  failure: NonNullable<DnsQuery['failure']>;
  /** "TXT example.com", each query once, in the order they were asked. */
  queries: string[];
}

export interface DnsTrouble {
  resolver: string;
  /** Distinct queries that got no usable answer from the resolver. */
  failedCount: number;
  /** Distinct queries asked. */
  askedCount: number;
  /** Failures grouped by what the engine recorded (the same facts: the same group). */
  groups: FailedGroup[];
}

/** The resolver trouble in a finished re-check over DNS, or null when every query reached the resolver. */
export function findDnsTrouble(dns: DnsSummary): DnsTrouble | null {
  if (dns.mode !== 'doh') return null;
  const asked = new Set<string>();
  const failed = new Set<string>();
  const groups = new Map<string, FailedGroup>();
  for (const query of dns.queries) {
    const key = `${query.type} ${query.name}`;
    asked.add(key);
    if (!query.failure || !RESOLVER_FAILURES.has(query.failure.reason) || failed.has(key)) continue;
    failed.add(key);
    const { message: _message, ...facts } = query.failure;
    const same = JSON.stringify(facts);
    const group = groups.get(same);
    if (group) group.queries.push(key);
    else groups.set(same, { key: same, failure: query.failure, queries: [key] });
  }
  if (failed.size === 0) return null;
  return { resolver: dns.resolver, failedCount: failed.size, askedCount: asked.size, groups: [...groups.values()] };
}
