// Starting an SPF evaluation's DNS lookups before it needs them. check_host() (RFC 7208 §4) is
// sequential: an include's record is fetched only when the evaluation reaches it, so a record with 11
// includes costs 11 round trips. The prefetcher starts, as soon as a record is known, the lookups of
// all its include/redirect targets (and, when their records arrive, theirs), a, mx (and the MX hosts'
// addresses) and exists targets, all at once. The evaluation itself is unchanged: it asks for each
// answer in RFC order and counts terms and void lookups (§4.6.4) exactly as a sequential run does; an
// answer it never asks for is never looked at, so it cannot change the result.
import { askAhead } from '../../dns/ask-ahead';
import type { DnsResult, RecordType, Resolver } from '../../dns/types';
import { checkTargetName, withoutTrailingDot } from './domain-name';
import type { MacroString } from './macro';
import { parseRecord, type SpfRecord } from './parse-record';
import { selectRecord } from './select-record';

/**
 * Speculative queries per check_host(): a hostile record cannot make the evaluation fan out beyond
 * this (a sequential evaluation asks at most 10 terms x (1 + 10 MX hosts) + the records, §4.6.4).
 */
export const MAX_SPECULATIVE_QUERIES = 30;
// §4.6.4: "the evaluation of each "MX" record MUST NOT result in querying more than 10 address records".
const MAX_MX_HOSTS = 10;

/** A target name from a record's domain-spec; null when it cannot be known without DNS (the "p" macro). */
export type ExpandTarget = (spec: MacroString, domain: string) => Promise<string | null>;

export interface SpfPrefetch {
  /** Answers prefetched lookups from memory; passes every other question on unchanged. */
  readonly resolver: Resolver;
  /** Starts the lookups a record's terms will need, and those of the records they lead to. */
  warm(record: SpfRecord, domain: string, expand: ExpandTarget): void;
  /** Speculative queries sent so far (at most the cap). */
  readonly sent: number;
}

export interface PrefetchOptions {
  /** The client IP's family decides whether a and mx targets need A or AAAA (§5.3, §5.4). */
  ipVersion: 4 | 6;
  signal?: AbortSignal;
  maxQueries?: number;
}

export function prefetchLookups(inner: Resolver, options: PrefetchOptions): SpfPrefetch {
  const addressType: RecordType = options.ipVersion === 4 ? 'A' : 'AAAA';
  const answers = askAhead(inner, { limit: options.maxQueries ?? MAX_SPECULATIVE_QUERIES, ...(options.signal ? { signal: options.signal } : {}) });
  const resolver = answers.resolver;
  const warmed = new Set<string>();
  const fetch = (name: string, type: RecordType): Promise<DnsResult> | null => (checkTargetName(name).ok ? answers.ahead(name, type) : null);

  const warmTarget = async (spec: MacroString | null, domain: string, kind: 'record' | 'address' | 'mx' | 'exists', expand: ExpandTarget) => {
    const target = spec ? await expand(spec, domain) : domain;
    if (target === null) return;
    switch (kind) {
      case 'record': {
        // selectRecord reads the prefetched answer (and applies §4.5 exactly as the evaluation will).
        if (!fetch(target, 'TXT')) return;
        const selection = await selectRecord(resolver, target);
        if (selection.kind !== 'record') return;
        const parsed = parseRecord(selection.text);
        if (parsed.ok) warm(parsed.record, target, expand);
        return;
      }
      case 'address':
        fetch(target, addressType);
        return;
      case 'exists':
        // §5.7: exists always asks for A records, whatever the client IP's family.
        fetch(target, 'A');
        return;
      case 'mx': {
        const answer = await fetch(target, 'MX');
        if (answer?.kind !== 'answer') return;
        const hosts = answer.answers.flatMap((record) => (record.type === 'MX' ? [withoutTrailingDot(record.exchange)] : []));
        // More than 10 MX names is a permerror before any address is asked (§4.6.4); RFC 7505's null MX names no host.
        if (hosts.length > MAX_MX_HOSTS) return;
        for (const host of hosts) if (host !== '') fetch(host, addressType);
        return;
      }
    }
  };

  function warm(record: SpfRecord, domain: string, expand: ExpandTarget): void {
    const key = withoutTrailingDot(domain).toLowerCase();
    if (warmed.has(key)) return;
    warmed.add(key);
    const targets: Promise<void>[] = [];
    for (const { mechanism } of record.directives) {
      switch (mechanism.kind) {
        case 'include':
          targets.push(warmTarget(mechanism.domain, domain, 'record', expand));
          break;
        case 'a':
          targets.push(warmTarget(mechanism.domain, domain, 'address', expand));
          break;
        case 'mx':
          targets.push(warmTarget(mechanism.domain, domain, 'mx', expand));
          break;
        case 'exists':
          targets.push(warmTarget(mechanism.domain, domain, 'exists', expand));
          break;
        // ptr: its lookups (§5.5) are shared by the whole check and asked once; all, ip4, ip6 ask nothing.
        default:
          break;
      }
    }
    if (record.redirect) targets.push(warmTarget(record.redirect.value, domain, 'record', expand));
    // Speculation never fails the check: a failed prefetch is simply an answer nobody asked for yet.
    void Promise.all(targets).catch(() => undefined);
  }

  return {
    resolver,
    warm,
    get sent() {
      return answers.sent;
    },
  };
}
