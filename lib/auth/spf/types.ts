// The SPF result (RFC 7208 §2.6) as data: what the report, the findings and the CLI render.
import type { DnsResult, LookupProblem } from '../../dns/types';

export type SpfResultCode = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'permerror' | 'temperror';

/** §2.3 / §2.4: which identity was checked. */
export type SpfIdentity = 'mailfrom' | 'helo';

/** The mechanism that decided the result, and the record (domain) it was written in. */
export interface SpfMatch {
  term: string;
  domain: string;
}

/**
 * Outcome of one term of a record, in evaluation order. For redirect=, "match" means it was
 * followed and the target's result became this record's result (§6.1).
 */
export type SpfTermOutcome = 'match' | 'no-match' | 'permerror' | 'temperror';

export interface SpfTraceTerm {
  /** The term as written, e.g. "include:_spf.example.com" or "redirect=_spf.example.net". */
  term: string;
  /** The domain name after macro expansion, for terms that query DNS. */
  target?: string;
  outcome: SpfTermOutcome;
  /** What was looked up or compared, in plain words. */
  detail: string;
  /** DNS-querying terms spent so far in the whole check, after this term (§4.6.4). */
  lookups: number;
  /** The nested check_host() of an include or a redirect. */
  child?: SpfTraceNode;
}

/** One check_host() call: which record at which domain, and each term evaluated. */
export interface SpfTraceNode {
  domain: string;
  via: 'check' | 'include' | 'redirect';
  /** The selected SPF record, when one was found. */
  record?: string;
  result: SpfResultCode;
  /** Why, for none, permerror, temperror and the default neutral. */
  reason?: string;
  terms: SpfTraceTerm[];
}

interface SpfCommon {
  identity: SpfIdentity;
  /** The <sender> checked (postmaster@HELO for the HELO identity or a null reverse-path, §2.4). */
  sender: string;
  /** The <domain> whose record was checked first. */
  domain: string;
  /** The client IP as evaluated (an IPv4-mapped IPv6 address is evaluated as IPv4, §5). */
  ip: string;
  /** DNS-querying terms spent (at most 10, §4.6.4). */
  lookups: number;
  /** Void lookups spent (at most 2, §4.6.4). */
  voidLookups: number;
  trace: SpfTraceNode;
  /** Every DNS query made, in order (the evidence). */
  queries: readonly DnsResult[];
}

export type SpfResult =
  | (SpfCommon & { result: 'pass'; match: SpfMatch })
  | (SpfCommon & {
      result: 'fail';
      match: SpfMatch;
      /** §6.2: the expanded exp= text, or the default explanation. */
      explanation: string;
      explanationSource: 'exp' | 'default';
    })
  | (SpfCommon & { result: 'softfail'; match: SpfMatch })
  /** match is null when no mechanism matched and the default result applied (§4.7). */
  | (SpfCommon & { result: 'neutral'; match: SpfMatch | null })
  | (SpfCommon & { result: 'none'; reason: string; cause: SpfCause })
  | (SpfCommon & { result: 'permerror'; reason: string; cause: SpfCause })
  | (SpfCommon & { result: 'temperror'; reason: string; cause: SpfCause });

/**
 * Why a check ended in none, permerror or temperror, as data the catalogs put into words (`reason` is the
 * same in English, kept for the CLI's `spf` output and scripts). The deepest cause is kept: an include
 * whose record is broken carries the included record's cause (RFC 7208 §5.2).
 */
export type SpfCause =
  /** §4.1: no client IP to authorize. */
  | { kind: 'invalid-ip'; ip: string }
  /** §4.3: the <domain> is not a syntactically valid domain name (no DNS query is made). */
  | { kind: 'invalid-domain'; domain: string }
  /** §4.3: the domain does not exist. */
  | { kind: 'nxdomain'; domain: string }
  /** §4.5: no TXT record of the domain starts with "v=spf1". */
  | { kind: 'no-record'; domain: string }
  /** §4.5: more than one SPF record. */
  | { kind: 'multiple-records'; domain: string; count: number }
  /** §4.4: the TXT lookup of the record failed. */
  | { kind: 'lookup'; problem: LookupProblem }
  /** §4.6: the record does not parse. */
  | { kind: 'syntax'; domain: string }
  /** One term of the record at `domain` could not be evaluated (a limit, a failed lookup, an include without a record); the trace says how. */
  | { kind: 'term'; term: string; domain: string; outcome: 'permerror' | 'temperror' };

