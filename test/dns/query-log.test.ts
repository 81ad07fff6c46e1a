// One DNS log shape: a DnsResult becomes the Report's dns.queries[] entry, for an answer, a negative
// answer, a failure and a cache hit alike.
import { describe, expect, it } from 'vitest';
import { toDnsQuery as toDnsQueryWith, type DnsQuery } from '../../lib/dns/query-log';
import { OfflineResolver } from '../../lib/dns/offline-resolver';
import { parseZone } from '../../lib/dns/zone';
import { ZoneResolver } from '../../lib/dns/zone-resolver';
import type { DnsFailureFacts, DnsResult } from '../../lib/dns/types';
import { formatFor } from '../../lib/i18n/format';
import { catalogFor } from '../../lib/i18n/render';
import type { DnsQuery as ReportDnsQuery } from '../../lib/report/types';

// The analysis words a failure in English (lib/analyze/share-answers.ts); the log line takes the words as given.
const inEnglish = (facts: DnsFailureFacts) => catalogFor('en').dnsFailure.failure(facts, formatFor('en'));
const toDnsQuery = (result: DnsResult) => toDnsQueryWith(result, inEnglish);

const zone = parseZone({ 'example.com': { TXT: [['v=spf1 ', '-all'], 'other'], A: 'TIMEOUT' } });
if (!zone.ok) throw new Error(JSON.stringify(zone.problem));
const resolver = new ZoneResolver(zone.zone);

describe('toDnsQuery', () => {
  it('keeps an answer\'s rcode, AD flag and record count, and no failure', async () => {
    expect(toDnsQuery(await resolver.query('Example.COM', 'TXT'))).toEqual({
      name: 'example.com', type: 'TXT', rcode: 'NOERROR', failure: null, ad: false, ms: 0, answerCount: 2, fromCache: false, resolver: 'zone file',
    });
    expect(toDnsQuery(await resolver.query('absent.example.com', 'MX'))).toMatchObject({ rcode: 'NXDOMAIN', failure: null, answerCount: 0 });
  });

  it('gives a failure no rcode, and its facts and their words', async () => {
    expect(toDnsQuery(await resolver.query('example.com', 'A'))).toMatchObject({ rcode: null, failure: { reason: 'timeout', timeoutMs: null, message: 'timeout (the zone file marks it TIMEOUT)' }, ad: false, answerCount: 0 });
    expect(toDnsQuery(await new OfflineResolver().query('example.com', 'A'))).toEqual({
      name: 'example.com', type: 'A', rcode: null, failure: { reason: 'offline', message: 'not looked up: offline mode' }, ad: false, ms: 0, answerCount: 0, fromCache: false, resolver: 'offline',
    });
  });

  it('marks an answer the cache gave, and is the very type the Report names', async () => {
    const hit = await resolver.query('example.com', 'TXT');
    const entry: ReportDnsQuery = toDnsQuery({ ...hit, fromCache: true });
    const same: DnsQuery = entry;
    expect(same.fromCache).toBe(true);
    expect('prefetched' in entry).toBe(false);
  });
});
