// One retry on the same resolver, then one try at a second resolver run by someone else.
import type { DnsFailure, DnsResult, QueryOptions, RecordType, Resolver } from './types';

/** A failure that asking again might cure. An answer (even SERVFAIL) is the resolver's word and is kept. */
function worthRetrying(result: DnsResult): result is DnsFailure {
  if (result.kind === 'answer') return false;
  if (result.reason === 'http-status') return result.httpStatus === undefined || result.httpStatus >= 500 || result.httpStatus === 429;
  return result.reason === 'timeout' || result.reason === 'network' || result.reason === 'malformed-answer';
}

/** Failures that another operator's resolver might not have (a 4xx from a custom URL included). */
function worthFallingBack(result: DnsResult): result is DnsFailure {
  return result.kind === 'failure' && (result.reason === 'timeout' || result.reason === 'network' || result.reason === 'malformed-answer' || result.reason === 'http-status');
}

export function withRetryAndFallback(primary: Resolver, fallback?: Resolver): Resolver {
  return {
    label: fallback ? `${primary.label}, falling back to ${fallback.label}` : primary.label,
    mode: primary.mode,
    async query(name: string, type: RecordType, options?: QueryOptions): Promise<DnsResult> {
      const started = performance.now();
      const tried: DnsFailure[] = [];
      let result = await primary.query(name, type, options);
      if (worthRetrying(result)) {
        tried.push(result);
        result = await primary.query(name, type, options);
      }
      if (fallback && worthFallingBack(result)) {
        tried.push(result);
        result = await fallback.query(name, type, options);
      }
      if (tried.length === 0) return result;
      const ms = Math.round(performance.now() - started);
      if (result.kind === 'answer') return { ...result, ms };
      // The report names every attempt, briefly: the last failure in full, the earlier ones by resolver
      // and reason ("... (after Cloudflare failed twice: network error)"), so a finding stays readable.
      return { ...result, ms, message: `${result.message} (after ${describeAttempts(tried)})` };
    },
  };
}

function describeAttempts(failures: readonly DnsFailure[]): string {
  const byResolver = new Map<string, { count: number; reasons: Set<string> }>();
  for (const failure of failures) {
    const name = failure.resolver.replace(/ \(.*\)$/, ''); // "Cloudflare (https://...)" -> "Cloudflare"
    const entry = byResolver.get(name) ?? { count: 0, reasons: new Set<string>() };
    entry.count += 1;
    entry.reasons.add(failure.reason === 'http-status' && failure.httpStatus ? `HTTP ${failure.httpStatus}` : failure.reason.replace('-', ' '));
    byResolver.set(name, entry);
  }
  return [...byResolver]
    .map(([name, { count, reasons }]) => `${name} failed ${count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`}: ${[...reasons].join(', ')}`)
    .join('; ');
}
