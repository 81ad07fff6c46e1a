// "Same organization" for hops: two host names belong together when their registrable domains (public
// suffix plus one label, from the Public Suffix List that tldts carries) are equal, as in RFC 7489 §3.2.
import { getDomain } from 'tldts';
import { readIpAddress } from '../net/ip-address';

// Large providers run one mail system under several registrable domains; their internal hops name
// hosts in all of them (Exchange Online: *.outlook.com and *.office365.com in one chain). Each group is
// reported under its first name.
const PROVIDER_DOMAINS: string[][] = [
  ['outlook.com', 'office365.com', 'microsoft.com', 'hotmail.com', 'office.com', 'outlook.office365.com'],
  ['google.com', 'gmail.com', 'googlemail.com', '1e100.net'],
  ['yahoo.com', 'yahoodns.net', 'yahoo.net'],
  ['amazonses.com', 'amazonaws.com'],
];
const PROVIDER_OF = new Map(PROVIDER_DOMAINS.flatMap((group) => group.map((domain) => [domain, group[0] ?? domain] as const)));

/** The registrable domain of a host name in lower case; null for IPs, single labels and non-names. */
export function organizationOf(host: string | null | undefined): string | null {
  if (!host) return null;
  const name = host.trim().replace(/\.$/, '').toLowerCase();
  if (!name.includes('.') || readIpAddress(name) !== null || !/^[a-z0-9_.-]+$/.test(name)) return null;
  const domain = getDomain(name) ?? name;
  return PROVIDER_OF.get(domain) ?? domain;
}
