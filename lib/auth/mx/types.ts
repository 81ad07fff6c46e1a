// The MX check of the author's (From) domain: can a reply reach it? RFC 5321 §5.1 says where mail for a
// domain goes (its MX hosts, or the domain's own address when it has no MX: the "implicit MX"), and RFC
// 7505 lets a domain say it accepts no mail at all (the null MX). A Zendesk agent's answer to the ticket
// goes to the From address, so a domain that cannot receive mail makes the ticket unanswerable.
import type { DnsResult, LookupProblem } from '../../dns/types';

/** What the address lookups (A and AAAA) of one MX host gave. */
export type HostResolution =
  /** At least one address: the host can be reached. */
  | { kind: 'addresses'; addresses: string[] }
  /** Both lookups answered, with no address (NXDOMAIN or NODATA): the host cannot be reached. */
  | { kind: 'none' }
  /** No address, and a lookup failed: whether the host resolves is not known. */
  | { kind: 'problem'; problem: LookupProblem };

export interface MxHost {
  /** The exchange, lower case, without the trailing dot. */
  exchange: string;
  preference: number;
  resolution: HostResolution;
}

export type MxResult =
  /** At least one MX host resolves: replies can be delivered. `hosts` lists every host checked. */
  | { result: 'pass'; domain: string; hosts: MxHost[]; queries: DnsResult[] }
  /** RFC 7505 §3: the only MX record is "0 ." — the domain says it accepts no mail. */
  | { result: 'null'; domain: string; queries: DnsResult[] }
  /** No MX record (NODATA): RFC 5321 §5.1 falls back to the domain's own A/AAAA (implicit MX); `addresses` may be empty. */
  | { result: 'none'; domain: string; addresses: string[]; queries: DnsResult[] }
  /** MX hosts are published, but none of them resolves (and no lookup failed). */
  | { result: 'unresolvable'; domain: string; hosts: MxHost[]; queries: DnsResult[] }
  /** The domain does not exist (NXDOMAIN): the header-domain check (domain.nonexistent) says so. */
  | { result: 'nonexistent'; domain: string; queries: DnsResult[] }
  /** A lookup failed before the check could decide: not checked, never a problem. */
  | { result: 'temperror'; domain: string; problems: LookupProblem[]; queries: DnsResult[] };
