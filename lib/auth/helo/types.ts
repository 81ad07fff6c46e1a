// What the HELO/EHLO check found (Zendesk recommendation 2), as data for findings and the report.
import type { DnsResult, LookupProblem } from '../../dns/types';

/**
 * One reason the HELO name earns low trust. Each kind is the suffix of a finding id (helo.ip-literal,
 * helo.localhost, ...); `malformed` and `ip-mismatch` go beyond the design's list.
 */
export type HeloProblem =
  /** RFC 5321 §4.1.1.1: an address literal is only for a client with no meaningful name. A bare address lacks even the brackets of §4.1.3. */
  | { kind: 'ip-literal'; literal: string; bracketed: boolean; matchesConnectingIp: boolean }
  /** localhost (RFC 6761 §6.3), or a name of one label, which no other host can resolve to the client. */
  | { kind: 'localhost'; form: 'localhost' | 'single-label' }
  /** Not a domain name at all (RFC 5321 §4.1.2 Domain syntax): empty, spaces, empty labels, bad characters. */
  | { kind: 'malformed'; reason: MalformedName }
  /** The last label is not a top-level domain of the Public Suffix List (e.g. "invalid.tld"). */
  | { kind: 'invalid-tld'; tld: string }
  /** RFC 5321 §2.3.5: the name has no A or AAAA record (NXDOMAIN, or NODATA for both). */
  | { kind: 'unresolvable'; rcode: 'NXDOMAIN' | 'NODATA' }
  /** The name resolves, but not to the connecting address. */
  | { kind: 'ip-mismatch'; addresses: string[]; connectingIp: string }
  /** The name's organizational domain is not the sender's. */
  | { kind: 'foreign-domain'; organizationalDomain: string; senderDomain: string; senderOrganizationalDomain: string }
  /** The name is not one of the MX hosts of the sender's domain (or of its organizational domain). */
  | { kind: 'not-mx'; mxDomains: string[]; mxHosts: string[] };

/** Why a HELO argument is not a domain name (RFC 5321 §4.1.2, RFC 1035 §2.3.4). */
export type MalformedName =
  | { kind: 'empty' }
  /** "[...]" like an address literal (RFC 5321 §4.1.3), but no IP address inside. */
  | { kind: 'bracketed-not-address' }
  | { kind: 'too-long'; length: number; max: number }
  | { kind: 'empty-label' }
  | { kind: 'bad-label'; label: string };

/** A rule a DNS failure left undecided, and the lookup that failed. */
export interface HeloUnchecked {
  rule: keyof HeloFacts;
  problem: LookupProblem;
}

/** Whether one rule held: `unknown` when a DNS failure hid the answer, `not-applicable` when an input it needs is absent. */
export type RuleOutcome = 'yes' | 'no' | 'unknown' | 'not-applicable';

export interface HeloFacts {
  resolves: RuleOutcome;
  leadsToConnectingIp: RuleOutcome;
  sameOrganization: RuleOutcome;
  matchesMx: RuleOutcome;
}

interface HeloEvidence {
  /** The HELO/EHLO argument as given. */
  name: string;
  connectingIp: string | null;
  senderDomain: string | null;
  /** A and AAAA addresses of the name. */
  addresses: string[];
  /** MX hosts of the sender's domain (and of its organizational domain when it was asked too). */
  mxHosts: string[];
  facts: HeloFacts;
  problems: HeloProblem[];
  /** Rules a DNS failure left undecided, with the lookup that failed. */
  unchecked: HeloUnchecked[];
  queries: readonly DnsResult[];
}

export type HeloResult =
  | (HeloEvidence & { result: 'pass' })
  /** At least one problem; further rules may also be unchecked. */
  | (HeloEvidence & { result: 'fail' })
  /** No problem found, but a DNS failure left a rule undecided. */
  | (HeloEvidence & { result: 'temperror' });
