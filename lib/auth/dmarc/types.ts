// DMARC (RFC 7489) as data: the parsed record, what discovery found, alignment evidence and the result.
import type { DnsResult, LookupProblem } from '../../dns/types';

/** RFC 7489 §6.3 p=, sp= and RFC 9091 §4.1 np=. */
export type DmarcPolicy = 'none' | 'quarantine' | 'reject';

/** RFC 7489 §3.1: adkim= and aspf= ("r" relaxed, the default, or "s" strict). */
export type AlignmentMode = 'relaxed' | 'strict';

/** What a tag's value should have been, and what is used instead (RFC 7489 §6.3, §6.4). */
export type DmarcTagExpectation =
  /** p=, sp=, np=: none, quarantine or reject. */
  | { kind: 'policy' }
  /** adkim=, aspf=: "r" or "s"; relaxed is used. */
  | { kind: 'alignment' }
  /** pct=, ri=: an integer up to `max`; `fallback` is used. */
  | { kind: 'integer'; max: number; fallback: number }
  /** rua=, ruf=: a dmarc-uri such as mailto:reports@example.com. */
  | { kind: 'uri' }
  /** fo=, rf=: a colon-separated list of known values; `fallback` is used. */
  | { kind: 'colon-list'; fallback: string[] };

/**
 * Something wrong or ignored in a record's tags; the record may still be usable (RFC 7489 §6.3: defaults
 * replace bad values). The facts are `issue`, `tag`, `value` and `expected` (schema 4); `message` is their
 * words, English in the Report (lib/i18n, parseProblems.dmarcTag).
 */
export type TagProblem = {
  tag: string;
  /** The value as written; null when the tag is missing or has no "=". */
  value: string | null;
  message: string;
} & ({ issue: 'missing' | 'duplicate' | 'unknown-tag' | 'syntax' } | { issue: 'invalid-value'; expected: DmarcTagExpectation });

/** A DMARC record with every tag validated and every default applied (RFC 7489 §6.3). */
export interface DmarcRecord {
  /** The TXT record text, character-strings joined. */
  text: string;
  /** Tags as written, in order (names lower-cased). */
  tags: { name: string; value: string }[];
  /** p=, or null when it is missing or invalid (RFC 7489 §6.6.3 step 6 then decides). */
  p: DmarcPolicy | null;
  /** sp=, or null when absent (p applies) or invalid (see problems). */
  sp: DmarcPolicy | null;
  /** RFC 9091 np=, or null when absent or invalid (sp, then p, applies). */
  np: DmarcPolicy | null;
  /** True when sp= is present but not a valid policy: RFC 7489 §6.6.3 step 6 treats that like an invalid p=. */
  spInvalid: boolean;
  adkim: AlignmentMode;
  aspf: AlignmentMode;
  /** 0 to 100; 100 when absent or invalid. */
  pct: number;
  /** Aggregate and failure report URIs that are syntactically valid (RFC 7489 §6.4 dmarc-uri). */
  rua: string[];
  ruf: string[];
  fo: string[];
  rf: string[];
  ri: number;
  problems: TagProblem[];
}

/** A record that discovery selected, and where. */
export interface DiscoveredRecord {
  /** The domain whose _dmarc name held it. */
  domain: string;
  /** True when it came from the Organizational Domain because the From domain had none (RFC 7489 §6.6.3 step 3). */
  atOrganizationalDomain: boolean;
  record: DmarcRecord;
}

/** RFC 7489 §6.6.3 policy discovery. */
export type PolicyDiscovery =
  | { kind: 'found'; fromDomain: string; organizationalDomain: string; found: DiscoveredRecord; queries: readonly DnsResult[] }
  | {
      kind: 'none';
      cause: 'no-record' | 'multiple-records';
      fromDomain: string;
      organizationalDomain: string;
      /** The DMARC records seen at the last name asked (several when cause is multiple-records). */
      records: string[];
      domainsAsked: string[];
      queries: readonly DnsResult[];
    }
  /** The lookup that decided nothing, as facts (worded by the catalogs). */
  | { kind: 'temperror'; fromDomain: string; organizationalDomain: string; domain: string; problem: LookupProblem; queries: readonly DnsResult[] }
  | { kind: 'invalid-domain'; fromDomain: string; queries: readonly DnsResult[] };

/** RFC 7208 §2.6 results, as the SPF check reports them. */
export type SpfResultValue = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'temperror' | 'permerror';
/** RFC 8601 §2.7.1 DKIM results. */
export type DkimResultValue = 'pass' | 'fail' | 'neutral' | 'none' | 'policy' | 'temperror' | 'permerror';

/** The authentication results DMARC judges, as plain data from the SPF and DKIM checks. */
export interface DmarcInput {
  /** The RFC5322.From domain. */
  fromDomain: string;
  /**
   * RFC 7489 §4.1: DMARC uses SPF's MAIL FROM identity; with an empty MAIL FROM that is the HELO identity
   * (RFC 7208 §2.4). null when SPF was not evaluated.
   */
  spf: { result: SpfResultValue; domain: string; identity?: 'mailfrom' | 'helo' } | null;
  /** One entry per DKIM-Signature, with its d= domain. */
  dkim: { result: DkimResultValue; d: string }[];
  /** RFC 9091 np=: false when the From domain is known not to exist (NXDOMAIN). */
  fromDomainExists?: boolean;
}

/** RFC 7489 §3.1: one authenticated identifier compared with the From domain. */
export interface AlignmentCheck {
  mechanism: 'spf' | 'dkim';
  /** The SPF domain or the DKIM d= domain. */
  domain: string;
  result: SpfResultValue | DkimResultValue;
  mode: AlignmentMode;
  aligned: boolean;
  /** The mechanism passed and is aligned: this alone makes DMARC pass (RFC 7489 §4.2). */
  counts: boolean;
}

/** Which tag gave the policy: RFC 7489 §6.3 p/sp, RFC 9091 np, or the p=none that §6.6.3 step 6.1 substitutes. */
export type PolicySource = 'p' | 'sp' | 'np' | 'invalid-record-p-none';

export interface PolicyDecision {
  /** The policy the domain asks receivers to apply to failing mail. */
  requested: DmarcPolicy;
  source: PolicySource;
  pct: number;
  /** RFC 7489 §6.6.4: what failing mail outside the pct sample gets (one step milder). */
  outsideSample: DmarcPolicy;
  /** What this message gets: `requested` when DMARC fails (subject to pct), `none` when it passes. */
  applied: DmarcPolicy;
  /** A plain sentence, e.g. "pct=50: half of failing mail gets the policy (reject); the rest gets quarantine". */
  description: string;
}

interface DmarcEvidence {
  fromDomain: string;
  /** null when the From domain is not a domain name. */
  organizationalDomain: string | null;
  /** A plain sentence saying why. */
  reason: string;
  queries: readonly DnsResult[];
}

/** RFC 7489 §11.2 result values. */
export type DmarcResult =
  | (DmarcEvidence & { result: 'pass'; found: DiscoveredRecord; alignment: AlignmentCheck[]; policy: PolicyDecision })
  | (DmarcEvidence & { result: 'fail'; found: DiscoveredRecord; alignment: AlignmentCheck[]; policy: PolicyDecision })
  /** `domainsAsked`: the domains whose _dmarc name was asked, the From domain first (RFC 7489 §6.6.3). */
  | (DmarcEvidence & { result: 'none'; cause: 'no-record' | 'multiple-records'; records: string[]; domainsAsked: string[]; alignment: AlignmentCheck[] })
  | (DmarcEvidence & { result: 'temperror'; domain: string; alignment: AlignmentCheck[] })
  | (DmarcEvidence & { result: 'permerror'; cause: 'invalid-policy' | 'invalid-from-domain'; found: DiscoveredRecord | null; alignment: AlignmentCheck[] });
