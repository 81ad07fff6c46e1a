// The DoH client against real servers: BIND authoritative + BIND validating resolver + dnsdist (DoH).
// Expected values are the records written in test/helpers/test-zones.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeDohTransport } from '../../lib/cli/node-doh-transport';
import { DohResolver } from '../../lib/dns/doh-resolver';
import { fetchTransport } from '../../lib/dns/doh-transport';
import type { DnsAnswer, DnsResult, RecordType } from '../../lib/dns/types';
import { startDnsServers, type DnsServers } from '../helpers/dns-servers';

let servers: DnsServers;
beforeAll(async () => {
  servers = await startDnsServers();
});
afterAll(async () => {
  await servers?.stop();
});

function answerOf(result: DnsResult): DnsAnswer {
  if (result.kind !== 'answer') throw new Error(`expected an answer, got ${result.reason}: ${result.message}`);
  return result;
}

// Each method over both transports: fetch (the default) and Node's http (the CLI's).
const CASES = (['GET', 'POST'] as const).flatMap((method) => [
  { method, name: 'fetch', transport: fetchTransport },
  { method, name: "Node's http", transport: nodeDohTransport },
]);

describe.each(CASES)('DoH $method over $name against dnsdist', ({ method, name: transportName, transport }) => {
  const ask = (name: string, type: RecordType) => new DohResolver({ url: servers.dohUrl, label: 'test dnsdist', timeoutMs: 5000, method, transport }).query(name, type);

  it('A and AAAA, with the AD flag of the signed zone', async () => {
    const a = answerOf(await ask('signed.test', 'A'));
    expect(a).toMatchObject({ rcode: 'NOERROR', ad: true, answers: [{ type: 'A', address: '192.0.2.10', ttl: expect.any(Number) }], cnameChain: [] });
    const aaaa = answerOf(await ask('signed.test', 'AAAA'));
    expect(aaaa.answers).toEqual([{ type: 'AAAA', ttl: expect.any(Number), address: '2001:db8::10' }]);
    expect(aaaa.ad).toBe(true);
  });

  it('MX, both exchanges with their preferences and names in lower case without the root dot', async () => {
    const mx = answerOf(await ask('SIGNED.test.', 'MX'));
    expect(mx.name).toBe('signed.test');
    const exchanges = mx.answers.map((r) => (r.type === 'MX' ? `${r.preference} ${r.exchange}` : r.type)).sort();
    expect(exchanges).toEqual(['10 mx1.signed.test', '20 mx2.unsigned.test']);
  });

  it('TXT keeps its character-strings apart', async () => {
    const spf = answerOf(await ask('signed.test', 'TXT'));
    expect(spf.answers).toEqual([{ type: 'TXT', ttl: expect.any(Number), strings: ['v=spf1 ip4:192.0.2.0/24', ' -all'] }]);
    const dkim = answerOf(await ask('sel._domainkey.signed.test', 'TXT'));
    expect(dkim.answers).toEqual([{ type: 'TXT', ttl: expect.any(Number), strings: ['v=DKIM1; k=rsa; p=MIIBIjAN', 'BgkqhkiG9w0BAQEFAAOCAQ8A', 'MIIBCgKCAQEA'] }]);
  });

  it('PTR from the reverse zone', async () => {
    const ptr = answerOf(await ask('10.2.0.192.in-addr.arpa', 'PTR'));
    expect(ptr).toMatchObject({ rcode: 'NOERROR', ad: false, answers: [{ type: 'PTR', name: 'signed.test' }] });
  });

  it('follows a CNAME chain to the address and reports the names it went through', async () => {
    const www = answerOf(await ask('www.signed.test', 'A'));
    expect(www.cnameChain).toEqual(['alias.signed.test', 'signed.test']);
    expect(www.answers).toEqual([{ type: 'A', ttl: expect.any(Number), address: '192.0.2.10' }]);
    // Asking for the CNAME itself returns the first link only.
    const cname = answerOf(await ask('www.signed.test', 'CNAME'));
    expect(cname.answers).toEqual([{ type: 'CNAME', ttl: expect.any(Number), name: 'alias.signed.test' }]);
    expect(cname.cnameChain).toEqual([]);
  });

  it('tells NXDOMAIN from NODATA, and takes the negative TTL from the SOA (RFC 2308 §5)', async () => {
    const nx = answerOf(await ask('absent.signed.test', 'A'));
    expect(nx).toMatchObject({ rcode: 'NXDOMAIN', answers: [], ad: true });
    const nodata = answerOf(await ask('v4only.signed.test', 'AAAA'));
    expect(nodata).toMatchObject({ rcode: 'NOERROR', answers: [], ad: true });
    // SOA TTL 300, MINIMUM 60: min is 60; the resolver may have counted down a little since caching.
    for (const negative of [nx, nodata]) {
      expect(negative.ttl).toBeGreaterThan(0);
      expect(negative.ttl).toBeLessThanOrEqual(60);
    }
  });

  it('AD is false for the unsigned zone', async () => {
    const a = answerOf(await ask('unsigned.test', 'A'));
    expect(a).toMatchObject({ rcode: 'NOERROR', ad: false, answers: [{ type: 'A', address: '192.0.2.20' }] });
  });

  it('a damaged signature is SERVFAIL, kept as an answer with its rcode and never cacheable', async () => {
    const bad = answerOf(await ask('bad.broken.test', 'A'));
    expect(bad).toMatchObject({ rcode: 'SERVFAIL', answers: [] });
    expect(bad.ttl).toBeUndefined();
    // The rest of the zone still validates: the damage is one signature, not the zone's keys.
    expect(answerOf(await ask('broken.test', 'A'))).toMatchObject({ rcode: 'NOERROR', ad: true });
  });

  it('sends an IDN as punycode', async () => {
    // The wildcard of unsigned.test answers any name; dnsdist's query log shows what went on the wire.
    const label = `${method.toLowerCase()}-${transportName === 'fetch' ? 'fetch' : 'http'}`;
    const idn = answerOf(await ask(`bücher-${label}.unsigned.test`, 'A'));
    const punycode = new URL(`http://bücher-${label}.unsigned.test`).hostname;
    expect(punycode).toMatch(/^xn--/);
    expect(idn.name).toBe(punycode);
    expect(idn.answers).toEqual([{ type: 'A', ttl: expect.any(Number), address: '192.0.2.99' }]);
    expect(servers.queriesFor(punycode)).toBe(1);
  });
});

it('DoH answers carry access-control-allow-origin: * (pages without host permission may read them)', async () => {
  // signed.test A, id 0, RD: the GET the client sends, written out.
  const response = await fetch(`${servers.dohUrl}?dns=AAABAAABAAAAAAAABnNpZ25lZAR0ZXN0AAABAAE`, { headers: { accept: 'application/dns-message' } });
  expect(response.status).toBe(200);
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  expect(response.headers.get('content-type')).toBe('application/dns-message');
});
