// The Resolver contract (design notes, "Contracts"): the engine's only I/O.
// Every outcome, including a timeout or a dead network, is a value: query() never rejects.
import type { AnswerProblem } from './answer-problem';
import type { NameProblem } from './normalize-name';

export type RecordType = 'A' | 'AAAA' | 'MX' | 'TXT' | 'PTR' | 'CNAME' | 'NS' | 'SOA';

/** RFC 1035 §4.1.1 and RFC 6895 response codes, by their mnemonic. */
export type Rcode =
  | 'NOERROR'
  | 'FORMERR'
  | 'SERVFAIL'
  | 'NXDOMAIN'
  | 'NOTIMP'
  | 'REFUSED'
  | 'YXDOMAIN'
  | 'YXRRSET'
  | 'NXRRSET'
  | 'NOTAUTH'
  | 'NOTZONE'
  | 'BADVERS'
  | 'UNKNOWN';

export type DnsRecord =
  | { type: 'A'; ttl: number; address: string }
  | { type: 'AAAA'; ttl: number; address: string }
  | { type: 'MX'; ttl: number; preference: number; exchange: string }
  /** A TXT record keeps its character-strings (RFC 1035 §3.3.14); SPF and DKIM join them with nothing between. */
  | { type: 'TXT'; ttl: number; strings: string[] }
  | { type: 'PTR'; ttl: number; name: string }
  | { type: 'CNAME'; ttl: number; name: string }
  | { type: 'NS'; ttl: number; name: string }
  | { type: 'SOA'; ttl: number; mname: string; rname: string; minimum: number };

/** The server answered (whatever the rcode). NXDOMAIN is `rcode: 'NXDOMAIN'`; NODATA is NOERROR with no answers. */
export interface DnsAnswer {
  kind: 'answer';
  name: string;
  type: RecordType;
  rcode: Rcode;
  /** Records of the asked type only, after following any CNAME chain. */
  answers: DnsRecord[];
  /** Names traversed through CNAME records, in order, when the name was an alias. */
  cnameChain: string[];
  /** The AD flag: the resolver validated the answer with DNSSEC. */
  ad: boolean;
  ms: number;
  resolver: string;
  /**
   * Seconds this answer may be cached: the smallest TTL of the records used (RFC 2181 §5.2), or for
   * NXDOMAIN and NODATA min(SOA TTL, SOA MINIMUM) from the authority section (RFC 2308 §5).
   * Absent when the answer must not be cached (SERVFAIL, a negative answer without SOA, a zone file).
   */
  ttl?: number;
  /** True when no request of its own was made: a cache hit, or merged with an identical query in flight. */
  fromCache?: boolean;
}

export type DnsFailureReason = DnsFailureCause['reason'];

/**
 * Why no usable answer came back, with the facts each reason needs; the catalogs word it ("timeout after
 * 3 s", « délai dépassé après 3 s »: lib/i18n/<lang>/dns-failure.ts). The engine writes no sentence here.
 */
export type DnsFailureCause =
  /** No answer within the resolver's per-request limit; null when a zone file marks the type "TIMEOUT". */
  | { reason: 'timeout'; timeoutMs: number | null }
  /** The DoH server answered an HTTP status outside 200-299. */
  | { reason: 'http-status'; httpStatus: number }
  /**
   * The DoH server could not be reached. `code` is the platform's error code (ECONNREFUSED, ENOTFOUND,
   * ERR_INVALID_URL), null where it gives none (a browser's fetch says only that it failed).
   */
  | { reason: 'network'; code: string | null }
  /** A reply came that is not a DNS answer to the question asked. */
  | { reason: 'malformed-answer'; problem: AnswerProblem }
  /** The name cannot be asked: it breaks a rule of DNS names (RFC 1035 §2.3.4, RFC 5891). */
  | { reason: 'invalid-name'; problem: NameProblem }
  | { reason: 'offline' }
  /** The caller stopped waiting (a new analysis, a closed popup). */
  | { reason: 'aborted' };

/** An earlier try that failed before the result (fallback-resolver.ts: a retry, then another operator). */
export interface FailedAttempt {
  /** The label of the resolver asked. */
  resolver: string;
  cause: DnsFailureCause;
}

/** A failure's facts as the Report carries them: the cause, and the tries that failed before it. */
export type DnsFailureFacts = DnsFailureCause & {
  /** Present when the query was retried or sent to a fallback resolver before this failure. */
  attempts?: FailedAttempt[];
};

interface DnsFailureCommon {
  kind: 'failure';
  name: string;
  type: RecordType;
  ms: number;
  resolver: string;
  /** True when merged with an identical query in flight (failures are never cached). */
  fromCache?: boolean;
  /**
   * The failure in English, for scripts written before the facts existed: filled only at the library's
   * boundary (createResolver in lib/public-resolver.ts); the engine never reads it, and a resolver of one's
   * own may still set it.
   */
  message?: string;
}

/** No usable answer came back. The checks turn this into temperror evidence. */
export type DnsFailure = DnsFailureCommon & DnsFailureFacts;

export type DnsResult = DnsAnswer | DnsFailure;

/**
 * A lookup that gave no usable answer, as data the catalogs put into words ("TXT example.com: timeout
 * after 3 s"): no answer at all (a DnsFailure's reason), or an rcode the check cannot decide on (SERVFAIL,
 * REFUSED). Checks keep this, never a sentence, for what they could not decide.
 */
export type LookupProblem =
  | ({ kind: 'failure'; name: string; type: RecordType; ms: number } & DnsFailureFacts)
  | { kind: 'rcode'; name: string; type: RecordType; rcode: Rcode };

/** The facts of a failure, without who asked, when, or the English words. */
export function failureFacts(failure: DnsFailure): DnsFailureFacts {
  const { kind: _kind, name: _name, type: _type, ms: _ms, resolver: _resolver, fromCache: _fromCache, message: _message, ...facts } = failure;
  return facts;
}

/** An answer a check can read (NOERROR, NXDOMAIN), or the problem of a result that decides nothing. */
export function readAnswer(result: DnsResult): { answer: DnsAnswer } | { problem: LookupProblem } {
  if (result.kind === 'failure') {
    return { problem: { kind: 'failure', name: result.name, type: result.type, ms: result.ms, ...failureFacts(result) } };
  }
  if (result.rcode === 'NOERROR' || result.rcode === 'NXDOMAIN') return { answer: result };
  return { problem: { kind: 'rcode', name: result.name, type: result.type, rcode: result.rcode } };
}

/** The last lookup of a check that decided nothing (the one that made it a temperror), or null. */
export function lastProblem(results: readonly DnsResult[]): LookupProblem | null {
  for (let index = results.length - 1; index >= 0; index--) {
    const result = results[index];
    const read = result ? readAnswer(result) : null;
    if (read && 'problem' in read) return read.problem;
  }
  return null;
}

export interface QueryOptions {
  signal?: AbortSignal;
  /**
   * Sent ahead of need (SPF prefetch, lib/auth/spf/prefetch.ts): the evaluation may never use the
   * answer. Resolvers answer it like any query; the analysis's DNS log marks it.
   */
  prefetch?: boolean;
}

/**
 * What the DNS an analysis asks stands for: the live DNS over HTTPS ('doh'), a zone file that stands in for
 * the whole DNS ('zone'), or no DNS at all ('offline': header evidence only, no check is re-run).
 */
export type DnsMode = 'doh' | 'zone' | 'offline';

export interface Resolver {
  /** How the report names this resolver, e.g. "Cloudflare (https://cloudflare-dns.com/dns-query)" or "zone file". */
  readonly label: string;
  /**
   * What this resolver stands for (see DnsMode); a wrapper passes on its inner resolver's. Optional, so a
   * resolver written before it existed keeps working: one that does not declare its mode is 'doh'.
   */
  readonly mode?: DnsMode;
  query(name: string, type: RecordType, options?: QueryOptions): Promise<DnsResult>;
}

/** The mode an analysis runs in with this resolver: its declared mode, 'doh' when it declares none. */
export function dnsModeOf(resolver: Resolver): DnsMode {
  return resolver.mode ?? 'doh';
}

/** A lookup whose outcome is not a definite answer: RFC 7208 §5 and RFC 6376 §6.1.2 call these temporary errors. */
export function isTemporaryFailure(result: DnsResult): boolean {
  return result.kind === 'failure' || (result.rcode !== 'NOERROR' && result.rcode !== 'NXDOMAIN');
}

/** RFC 7208 §4.6.4: a "void lookup" is one that returns NXDOMAIN or no answers. */
export function isVoid(result: DnsResult): boolean {
  return result.kind === 'answer' && (result.rcode === 'NXDOMAIN' || (result.rcode === 'NOERROR' && result.answers.length === 0));
}
