// Remembers answers for their TTL (negative ones too, RFC 2308) and merges identical queries that are
// in flight, so ten checks asking for the same TXT record cause one request.
import { untilAborted, abortedFailure } from './abortable';
import { normalizeName } from './normalize-name';
import type { DnsAnswer, DnsResult, QueryOptions, RecordType, Resolver } from './types';

export interface CacheOptions {
  /** Milliseconds since some epoch; tests pass a fake clock and advance it instead of sleeping. */
  clock?: () => number;
  /** Upper bound for any TTL, in seconds (resolvers cap too, e.g. BIND's max-cache-ttl). */
  maxTtlSeconds?: number;
  /** Oldest entries go first beyond this many. */
  maxEntries?: number;
}

interface Entry {
  answer: DnsAnswer;
  storedAt: number;
  expiresAt: number;
}

export function cacheAnswers(inner: Resolver, options: CacheOptions = {}): Resolver {
  const clock = options.clock ?? Date.now;
  const maxTtl = options.maxTtlSeconds ?? 86_400;
  const maxEntries = options.maxEntries ?? 2_000;
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<DnsResult>>();

  const remember = (key: string, result: DnsResult) => {
    // Only answers that carry a TTL: failures and SERVFAIL are worth asking again (RFC 2308 §7 allows
    // caching SERVFAIL briefly; we prefer a fresh try for a report).
    if (result.kind !== 'answer' || result.ttl === undefined || result.ttl <= 0) return;
    const now = clock();
    entries.delete(key);
    entries.set(key, { answer: result, storedAt: now, expiresAt: now + Math.min(result.ttl, maxTtl) * 1000 });
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
  };

  return {
    label: inner.label,
    mode: inner.mode,
    query(rawName: string, type: RecordType, queryOptions?: QueryOptions): Promise<DnsResult> {
      const normalized = normalizeName(rawName);
      if (!normalized.ok) return inner.query(rawName, type, queryOptions);
      const name = normalized.name;
      const key = `${type} ${name}`;
      const now = clock();
      const entry = entries.get(key);
      if (entry && now < entry.expiresAt) return Promise.resolve(fromEntry(entry, now));
      if (entry) entries.delete(key);

      const shared = inFlight.get(key);
      if (shared) return untilAborted(shared.then((r) => ({ ...r, fromCache: true })), queryOptions, () => abortedFailure(name, type, inner.label));
      // The shared request runs without any one caller's signal: one caller giving up must not fail the others.
      const work = inner.query(name, type).then((result) => {
        inFlight.delete(key);
        remember(key, result);
        return result;
      });
      inFlight.set(key, work);
      return untilAborted(work, queryOptions, () => abortedFailure(name, type, inner.label));
    },
  };
}

/** A cached answer with its TTLs counted down by the time spent in the cache (as a resolver does). */
function fromEntry(entry: Entry, now: number): DnsAnswer {
  const age = Math.floor((now - entry.storedAt) / 1000);
  const { answer } = entry;
  return {
    ...answer,
    answers: answer.answers.map((record) => ({ ...record, ttl: Math.max(0, record.ttl - age) })),
    ...(answer.ttl === undefined ? {} : { ttl: Math.max(0, answer.ttl - age) }),
    ms: 0,
    fromCache: true,
  };
}
