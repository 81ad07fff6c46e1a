// "Same organization" for hops: two host names belong together when their registrable domains (public
// suffix plus one label, from the Public Suffix List that tldts carries) are equal, as in RFC 7489 §3.2.
import { getDomain } from 'tldts';
import { readIpAddress } from '../headers/ip-address';

/** The registrable domain of a host name in lower case; null for IPs, single labels and non-names. */
export function organizationOf(host: string | null | undefined): string | null {
  if (!host) return null;
  const name = host.trim().replace(/\.$/, '').toLowerCase();
  if (!name.includes('.') || readIpAddress(name) !== null || !/^[a-z0-9_.-]+$/.test(name)) return null;
  return getDomain(name) ?? name;
}
