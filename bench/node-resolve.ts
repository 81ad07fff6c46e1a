// A MailTrust Resolver in the shape mailauth expects (dns.promises.resolve(name, rrtype), errors by
// code), so both libraries are measured on the very same resolver. Shared by the benchmarks.
import type { DnsRecord, RecordType, Resolver } from '../lib/dns/types';

export function asNodeResolve(resolver: Resolver) {
  return async (name: string, rrtype: string): Promise<unknown[]> => {
    const result = await resolver.query(name, rrtype as RecordType);
    const fail = (code: string) => Object.assign(new Error(`${code} ${name} ${rrtype}`), { code });
    if (result.kind === 'failure') throw fail('ETIMEOUT');
    if (result.rcode === 'NXDOMAIN') throw fail('ENOTFOUND');
    if (result.rcode !== 'NOERROR') throw fail('ESERVFAIL');
    if (result.answers.length === 0) throw fail('ENODATA');
    return result.answers.map((record: DnsRecord) => {
      switch (record.type) {
        case 'TXT':
          return record.strings;
        case 'MX':
          return { exchange: record.exchange, priority: record.preference };
        case 'A':
        case 'AAAA':
          return record.address;
        default:
          return 'name' in record ? record.name : '';
      }
    });
  };
}
