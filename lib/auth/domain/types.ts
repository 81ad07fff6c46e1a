// Whether the domains a message names exist in the DNS (the article: "invalid, nonexistent or
// unresolvable domain names in sender and recipient headers" may get mail suspended or rejected).
import type { DnsResult, LookupProblem } from '../../dns/types';
import type { DomainNameProblem } from '../../headers/to-ascii-domain';

/** The header fields whose domains are checked. */
export type HeaderRole = 'from' | 'reply-to' | 'sender' | 'to' | 'return-path';

export type DomainExistence =
  /** The name answered NOERROR (with or without records); `mx` lists its MX hosts. */
  | { domain: string; result: 'exists'; mx: string[]; nullMx: boolean }
  /** NXDOMAIN: the name does not exist (RFC 8020: nor does anything below it). */
  | { domain: string; result: 'nonexistent' }
  /** The lookup failed: existence could not be checked. */
  | { domain: string; result: 'temperror'; message: string; problem: LookupProblem }
  /** Not a domain name, so nothing was asked. */
  | { domain: string; result: 'invalid'; reason: DomainNameProblem };

export interface HeaderDomainCheck {
  role: HeaderRole;
  domain: string;
  existence: DomainExistence;
}

/** A problem per domain; `nonexistent` is the finding domain.nonexistent, `invalid` is a malformed header. */
export type HeaderDomainProblem =
  | { kind: 'nonexistent'; domain: string; roles: HeaderRole[] }
  | { kind: 'invalid'; domain: string; roles: HeaderRole[]; reason: DomainNameProblem };

export interface HeaderDomainsResult {
  checks: HeaderDomainCheck[];
  problems: HeaderDomainProblem[];
  /**
   * Domains that could not be checked (DNS failure), and the first of those over the limit of 20. `cause`
   * (schema 4) says which; `message` is the lookup's failure, or the limit in words (English in the Report).
   */
  unchecked: ({ domain: string; roles: HeaderRole[]; message: string } & ({ cause: 'lookup-failed' } | { cause: 'over-limit'; limit: number }))[];
  /** How many distinct domains were not checked because the message names more than 20. */
  skipped: number;
  queries: readonly DnsResult[];
}
