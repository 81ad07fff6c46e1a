// What the iprev check (RFC 8601 §3) and the article's PTR tests found, as data for findings and the report.
import type { DnsResult, LookupProblem } from '../../dns/types';
import type { GenericSignal } from './generic-name';

/** One PTR name and what its forward lookup (A for IPv4, AAAA for IPv6) gave. */
export type ForwardCheck =
  | { name: string; outcome: 'confirmed'; addresses: string[] }
  | { name: string; outcome: 'other-addresses'; addresses: string[] }
  | { name: string; outcome: 'no-address'; rcode: 'NXDOMAIN' | 'NODATA' }
  /** `message` is empty as the check returns it; the Report carries the problem in words (localizeChecks). */
  | { name: string; outcome: 'temperror'; message: string; problem: LookupProblem }
  /** Beyond the limit of names looked up. */
  | { name: string; outcome: 'not-checked' };

/** The article's PTR tests; each kind is the suffix of a finding id (ptr.missing, ptr.generic, ...). */
export type IprevProblem =
  | { kind: 'missing'; reverseName: string; rcode: 'NXDOMAIN' | 'NODATA' }
  | { kind: 'generic'; name: string; signals: GenericSignal[] }
  | { kind: 'unconfirmed'; names: string[] }
  | { kind: 'foreign-domain'; names: string[]; senderDomain: string; senderOrganizationalDomain: string };

interface IprevEvidence {
  /** The address as given, or its canonical form when it parsed. */
  ip: string;
  /** The PTR query name, e.g. 4.3.2.1.in-addr.arpa; empty when the address did not parse. */
  reverseName: string;
  /** PTR names, in the order DNS returned them. */
  names: string[];
  forward: ForwardCheck[];
  problems: IprevProblem[];
  /** Every DNS query made, in order. */
  queries: readonly DnsResult[];
}

/**
 * RFC 8601 §2.7.3 result values of the iprev method. `reason` is empty as the check returns it: the Report
 * carries it in words, rendered from the other fields by lib/i18n (localizeChecks).
 */
export type IprevResult =
  | (IprevEvidence & { result: 'pass'; confirmedNames: string[] })
  /** PTR names exist, but no forward lookup returned the address. */
  | (IprevEvidence & { result: 'fail'; reason: string })
  /** A DNS failure left the evaluation incomplete; a later attempt may give a result. */
  | (IprevEvidence & { result: 'temperror'; reason: string; problem: LookupProblem })
  /** No PTR data is published for the address, or the address itself is not one. */
  | (IprevEvidence & { result: 'permerror'; cause: 'no-ptr' | 'invalid-ip'; reason: string });
