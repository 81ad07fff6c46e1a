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
      // The report shows every attempt, not just the last: "timeout after 3 s; earlier: ...".
      const earlier = tried.map((f) => `${f.resolver}: ${f.message}`).join('; ');
      return { ...result, ms, message: `${result.message} (earlier: ${earlier})` };
    },
  };
}
