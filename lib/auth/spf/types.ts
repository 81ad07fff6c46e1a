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
  /** Why the term had its outcome, as facts (schema 3); the catalogs word it (lib/i18n/<lang>/spf-trace.ts). */
  why: SpfTermWhy;
  /**
   * `why` in English, for the Report's readers of schema 1 and 2. The engine's SPF check leaves it out; the
   * Report (lib/analyze) and the CLI fill it in from `why` (lib/i18n/spf-trace.ts).
   */
  detail?: string;
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
  /** Why, for none, permerror, temperror and the default neutral, as facts (schema 3). */
  why?: SpfStop;
  /** `why` in English (filled in beside the Report, as SpfTraceTerm.detail). */
  reason?: string;
  terms: SpfTraceTerm[];
}

/** One line of the trace as a finding's evidence shows it: a record, or a term of it, `depth` levels deep. */
export type SpfTraceStep =
  | { depth: number; domain: string; record: string }
  | { depth: number; term: string; outcome: SpfTermOutcome; why: SpfTermWhy };

/**
 * A name check_host() cannot look up (RFC 7208 §4.3 for <domain>, RFC 1035 §2.3.4 for a target-name).
 * `name` is the name as given, without its trailing dot.
 */
export type SpfNameProblem =
  | { kind: 'address-literal' | 'not-visible-ascii' | 'numeric' | 'empty' | 'single-label' | 'empty-label'; name: string }
  /** Longer than `max` characters (the whole name), or one label longer than `max`. */
  | { kind: 'too-long' | 'label-too-long'; name: string; max: number };

/** A mechanism's lookup that found nothing: NXDOMAIN, or no record of the type (a void lookup, §4.6.4). */
export interface SpfVoidLookup {
  name: string;
  type: 'A' | 'AAAA' | 'MX' | 'PTR';
  rcode: 'NXDOMAIN' | 'NODATA';
}

/** A macro-string that does not parse (§7.1, §7.2, §7.3); `macro` is the text between "%{" and "}". */
export type SpfMacroError =
  /** `char` as written for a reader: "x", or U+0001 for an invisible character. */
  | { kind: 'character'; char: string }
  | { kind: 'bare-percent'; source: string }
  | { kind: 'unterminated'; source: string }
  | { kind: 'letter-not-allowed'; macro: string; use: 'domain-spec' | 'explain-string' }
  | { kind: 'delimiter'; macro: string }
  | { kind: 'zero-parts'; macro: string };

/** Why a record does not parse (§4.6, §5, §6, §12). `term` is printable (control characters escaped). */
export type SpfSyntaxError =
  | { kind: 'no-version' }
  /** §6: redirect= or exp= more than once. */
  | { kind: 'duplicate-modifier'; name: 'redirect' | 'exp' }
  | { kind: 'unknown-mechanism'; term: string }
  /** §5.1 */
  | { kind: 'all-argument'; term: string }
  /** §5.2, §5.7 */
  | { kind: 'needs-domain'; term: string; mechanism: 'include' | 'exists' }
  /** §5.5 */
  | { kind: 'ptr-cidr'; term: string }
  /** §5.3, §5.4: neither ":" domain-spec nor a dual CIDR length. */
  | { kind: 'address-mechanism'; term: string; mechanism: 'a' | 'mx' }
  /** §5.6 */
  | { kind: 'cidr-length'; term: string }
  | { kind: 'network'; term: string; mechanism: 'ip4' | 'ip6' }
  /** §7.1 */
  | { kind: 'empty-domain-spec'; term: string }
  | { kind: 'top-label'; term: string; spec: string }
  | { kind: 'macro'; term: string; error: SpfMacroError; modifier: boolean };

/** Why a term matched, did not match, or ended the check (RFC 7208 §5, §4.6.4), as facts. */
export type SpfTermWhy =
  /** §5.1 */
  | { kind: 'all' }
  /** §5.6: the client IP inside or outside the ip4:/ip6: network. */
  | { kind: 'network'; inside: boolean }
  /** §5.3: the target's A or AAAA addresses, and whether one is within /prefix of the client IP. */
  | { kind: 'addresses'; type: 'A' | 'AAAA'; target: string; count: number; prefix: number; matched: boolean }
  /** §5.4: an MX host with an address within /prefix. */
  | { kind: 'mx-host'; exchange: string; prefix: number }
  /** §5.4: none of the MX hosts' addresses is within /prefix. */
  | { kind: 'mx-hosts'; target: string; hosts: number; prefix: number }
  /** §4.6.4: more MX names than may be looked up. */
  | { kind: 'too-many-mx'; target: string; count: number; max: number }
  /** §5.5: a validated name of the client IP within the target. */
  | { kind: 'ptr-name'; name: string; target: string }
  /** §5.5: the validated names (perhaps none), none within the target. */
  | { kind: 'ptr-names'; names: string[]; target: string }
  /** §5.5: the PTR lookup failed, so ptr does not match. */
  | { kind: 'ptr-lookup-failed'; problem: LookupProblem }
  /** §5.7 */
  | { kind: 'exists'; target: string }
  /** §5.2 and §6.1: the result of the included or redirected record. */
  | { kind: 'evaluated'; via: 'include' | 'redirect'; target: string; result: SpfResultCode }
  /** §5.2 and §6.1: the target has no usable record, a permerror; `stop` says why. */
  | { kind: 'no-usable-record'; via: 'include' | 'redirect'; target: string; stop: SpfStop }
  /** A void lookup (NXDOMAIN or no record): no match. */
  | { kind: 'void'; lookup: SpfVoidLookup }
  /** §4.6.4: a void lookup past the limit. */
  | { kind: 'void-limit'; lookup: SpfVoidLookup; max: number }
  /** §5: a lookup failed (timeout, SERVFAIL): temperror. */
  | { kind: 'lookup-failed'; problem: LookupProblem }
  /** §4.6.4: the term would be DNS-querying term max + 1. */
  | { kind: 'term-limit'; max: number }
  /** §4.6.4: the check's elapsed-time limit passed. */
  | { kind: 'time-limit'; seconds: number }
  /** The expanded target is not a name DNS can hold: no query, no match. */
  | { kind: 'unusable-target'; problem: SpfNameProblem };

/** Why a check_host() ended without a matching mechanism (none, permerror, temperror, default neutral), as facts. */
export type SpfStop =
  /** §4.1 */
  | { kind: 'invalid-ip'; ip: string }
  /** §4.3; `identity` is set when the name is the checked identity's own domain (the sender's, or the HELO name). */
  | { kind: 'invalid-domain'; problem: SpfNameProblem; identity?: SpfIdentity }
  /** §4.3 */
  | { kind: 'nxdomain'; domain: string }
  /** §4.5 */
  | { kind: 'no-record'; domain: string }
  | { kind: 'multiple-records'; domain: string; count: number }
  /** §4.4 */
  | { kind: 'lookup'; domain: string; problem: LookupProblem }
  /** §4.6 */
  | { kind: 'syntax'; domain: string; error: SpfSyntaxError }
  /** A term of the record at `domain` ended the check. */
  | { kind: 'term'; term: string; domain: string; why: SpfTermWhy }
  /** §4.7: no mechanism matched and there was no redirect. */
  | { kind: 'default-neutral' };

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
  | (SpfCommon & SpfUnfinished & { result: 'none' })
  | (SpfCommon & SpfUnfinished & { result: 'permerror' })
  | (SpfCommon & SpfUnfinished & { result: 'temperror' });

/** Why a check ended in none, permerror or temperror: the deepest cause, and the full facts. */
interface SpfUnfinished {
  cause: SpfCause;
  /** The facts of the deepest stop (schema 3), as the trace node that stopped holds them. */
  why: SpfStop;
  /** `why` in English (filled in beside the Report and by the CLI, as SpfTraceNode.reason). */
  reason?: string;
}

/**
 * Why a check ended in none, permerror or temperror, as data the catalogs put into words (`reason` is the
 * same in English, kept for the CLI's `spf` output and scripts; `why` holds every fact). The deepest cause is kept: an include
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

