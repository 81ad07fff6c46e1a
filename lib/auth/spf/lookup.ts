// One DNS query of a mechanism, sorted the way RFC 7208 §4.6.4 and §5 judge it: records, a void
// lookup (NXDOMAIN or no answer), or an error (timeout, or an rcode other than NOERROR/NXDOMAIN).
import type { DnsRecord, LookupProblem, QueryOptions, Resolver } from '../../dns/types';
import { isVoid, readAnswer } from '../../dns/types';
import { parseIp, type IpAddress } from '../../net/ip-address';
import type { SpfVoidLookup } from './types';

export type Lookup = { kind: 'records'; records: DnsRecord[] } | { kind: 'void'; lookup: SpfVoidLookup } | { kind: 'error'; problem: LookupProblem };

export async function lookup(resolver: Resolver, name: string, type: SpfVoidLookup['type'], options: QueryOptions): Promise<Lookup> {
  const read = readAnswer(await resolver.query(name, type, options));
  if ('problem' in read) return { kind: 'error', problem: read.problem };
  const answer = read.answer;
  if (isVoid(answer)) return { kind: 'void', lookup: { name, type, rcode: answer.rcode === 'NXDOMAIN' ? 'NXDOMAIN' : 'NODATA' } };
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
