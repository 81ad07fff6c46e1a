// One retry on the same resolver, then one try at a second resolver run by someone else.
import { failureFacts, type DnsFailure, type DnsFailureCause, type DnsResult, type QueryOptions, type RecordType, type Resolver } from './types';

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
    // Names only, in the order asked: the pages and the CLI put it in a sentence of their language.
    label: fallback ? `${primary.label} → ${fallback.label}` : primary.label,
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
      // The report names every attempt as facts (each resolver and why it failed), so the words can say
      // "... (after Cloudflare failed twice: network error)" in the reader's language.
      return { ...result, ms, attempts: tried.map((failure) => ({ resolver: failure.resolver, cause: causeOf(failure) })) };
    },
  };
}

/** Why one try failed, without the earlier tries it may itself name. */
function causeOf(failure: DnsFailure): DnsFailureCause {
  const { attempts: _attempts, ...facts } = failureFacts(failure);
  return facts;
}
