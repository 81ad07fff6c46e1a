// One DNS query of a mechanism, sorted the way RFC 7208 §4.6.4 and §5 judge it: records, a void
// lookup (NXDOMAIN or no answer), or an error (timeout, or an rcode other than NOERROR/NXDOMAIN).
import type { DnsRecord, QueryOptions, Resolver } from '../../dns/types';
import { isTemporaryFailure, isVoid } from '../../dns/types';
import { parseIp, type IpAddress } from '../../net/ip-address';

export type Lookup = { kind: 'records'; records: DnsRecord[] } | { kind: 'void'; detail: string } | { kind: 'error'; detail: string };

export async function lookup(resolver: Resolver, name: string, type: 'A' | 'AAAA' | 'MX' | 'PTR', options: QueryOptions): Promise<Lookup> {
  const answer = await resolver.query(name, type, options);
  if (answer.kind === 'failure') return { kind: 'error', detail: `${type} lookup of ${name} failed: ${answer.message}` };
  if (isTemporaryFailure(answer)) return { kind: 'error', detail: `${type} lookup of ${name} returned ${answer.rcode}` };
  if (isVoid(answer)) {
    const what = answer.rcode === 'NXDOMAIN' ? 'does not exist (NXDOMAIN)' : `has no ${type} record`;
    return { kind: 'void', detail: `${name} ${what}` };
  }
  return { kind: 'records', records: answer.answers };
}

/** The addresses of A/AAAA records (an unparsable address is skipped). */
export function addressesOf(records: DnsRecord[]): IpAddress[] {
  return records.flatMap((record) => {
    if (record.type !== 'A' && record.type !== 'AAAA') return [];
    const address = parseIp(record.address);
    return address ? [address] : [];
  });
}
