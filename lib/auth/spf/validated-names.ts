// The validated domain names of the client IP (RFC 7208 §5.5), used by "ptr" and the "p" macro.
import type { QueryOptions, Resolver } from '../../dns/types';
import { checkTargetName, withoutTrailingDot } from './domain-name';
import { reverseName, isSameAddress, type IpAddress } from '../../net/ip-address';
import { addressesOf, lookup, type Lookup } from './lookup';

// RFC 7208 §4.6.4: at most 10 PTR names are looked up; the rest are ignored, not an error.
export const MAX_PTR_NAMES = 10;

export interface ValidatedNames {
  /** The PTR query itself: "ptr" fails to match on its error and counts it as void when empty. */
  ptr: Lookup;
  /** PTR names (lower case) whose A/AAAA records include the client IP. */
  names: string[];
}

export async function findValidatedNames(resolver: Resolver, ip: IpAddress, options: QueryOptions): Promise<ValidatedNames> {
  const ptr = await lookup(resolver, reverseName(ip), 'PTR', options);
  if (ptr.kind !== 'records') return { ptr, names: [] };
  const candidates = ptr.records.flatMap((record) => (record.type === 'PTR' ? [withoutTrailingDot(record.name).toLowerCase()] : [])).slice(0, MAX_PTR_NAMES);
  const names: string[] = [];
  for (const name of candidates) {
    if (!checkTargetName(name).ok) continue;
    // §5.5: a DNS error on this lookup skips the name and the search continues.
    const forward = await lookup(resolver, name, ip.version === 4 ? 'A' : 'AAAA', options);
    if (forward.kind === 'records' && addressesOf(forward.records).some((address) => isSameAddress(address, ip))) names.push(name);
  }
  return { ptr, names };
}

/** §7.3 "p": the <domain> itself if validated, else a subdomain of it, else any validated name, else "unknown". */
export function pickValidatedDomain(names: string[], domain: string): string {
  const wanted = withoutTrailingDot(domain).toLowerCase();
  return names.find((name) => name === wanted) ?? names.find((name) => name.endsWith(`.${wanted}`)) ?? names[0] ?? 'unknown';
}
