import { describe, expect, it } from 'vitest';
import { checkIprev } from '../../../lib/auth/iprev';
import { parseZone } from '../../../lib/dns/zone';
import { ZoneResolver } from '../../../lib/dns/zone-resolver';

function zoneResolver(json: unknown): ZoneResolver {
  const parsed = parseZone(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return new ZoneResolver(parsed.zone);
}

const manyNames = Array.from({ length: 12 }, (_, i) => `n${i + 1}.example.com`);

const resolver = zoneResolver({
  // The article's bad example: a PTR that carries the IP's digits reversed and an ISP word.
  '4.3.2.1.in-addr.arpa': { PTR: ['4-3-2-1-cable-subscribers.isp.com'] },
  '4-3-2-1-cable-subscribers.isp.com': { A: ['1.2.3.4'] },
  '10.2.0.192.in-addr.arpa': { PTR: ['mail.example.com'] },
  'mail.example.com': { A: ['192.0.2.10'] },
  // 192.0.2.11 has no reverse entry at all: NXDOMAIN.
  '12.2.0.192.in-addr.arpa': { TXT: ['not a PTR'] },
  '13.2.0.192.in-addr.arpa': { PTR: ['host.example.com'] },
  'host.example.com': { A: ['192.0.2.99'] },
  '14.2.0.192.in-addr.arpa': { PTR: 'TIMEOUT' },
  '15.2.0.192.in-addr.arpa': { PTR: ['slow.example.com'] },
  'slow.example.com': { A: 'TIMEOUT' },
  '16.2.0.192.in-addr.arpa': { PTR: ['gone.example.com', 'mail16.example.com'] },
  'mail16.example.com': { A: ['192.0.2.16'] },
  '17.2.0.192.in-addr.arpa': { PTR: manyNames },
  // The first 10 names point elsewhere; only n11 and n12 lead back to 192.0.2.17.
  ...Object.fromEntries(manyNames.map((n, i) => [n, { A: [i < 10 ? '198.51.100.1' : '192.0.2.17'] }])),
  '5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa': { PTR: ['mail6.example.com'] },
  'mail6.example.com': { AAAA: ['2001:db8:0:0::25'], A: ['192.0.2.25'] },
});

describe('checkIprev: RFC 8601 §3 results', () => {
  it('passes when the PTR name resolves back to the address, with no problem for a sender in that domain', async () => {
    const result = await checkIprev('192.0.2.10', resolver, { senderDomain: 'example.com' });
    expect(result.result).toBe('pass');
    expect(result.names).toEqual(['mail.example.com']);
    expect(result.problems).toEqual([]);
    expect(result.queries.map((q) => `${q.name} ${q.type}`)).toEqual(['10.2.0.192.in-addr.arpa PTR', 'mail.example.com A']);
  });

  it('confirms an IPv6 address through ip6.arpa and AAAA, whatever the spelling of the address', async () => {
    const result = await checkIprev('2001:DB8::25', resolver);
    expect(result.result).toBe('pass');
    expect(result.ip).toBe('2001:db8::25');
    expect(result.forward).toEqual([{ name: 'mail6.example.com', outcome: 'confirmed', addresses: ['2001:db8:0:0::25'] }]);
    expect(result.queries.map((q) => q.type)).toEqual(['PTR', 'AAAA']);
  });

  it('is permerror with ptr.missing (NXDOMAIN) when no reverse entry exists', async () => {
    const result = await checkIprev('192.0.2.11', resolver);
    expect(result).toMatchObject({ result: 'permerror', cause: 'no-ptr' });
    expect(result.problems).toEqual([{ kind: 'missing', reverseName: '11.2.0.192.in-addr.arpa', rcode: 'NXDOMAIN' }]);
  });

  it('is permerror with ptr.missing (NODATA) when the reverse name has no PTR record', async () => {
    const result = await checkIprev('192.0.2.12', resolver);
    expect(result.result).toBe('permerror');
    expect(result.problems).toEqual([{ kind: 'missing', reverseName: '12.2.0.192.in-addr.arpa', rcode: 'NODATA' }]);
  });

  it('fails with ptr.unconfirmed when the PTR name resolves to another address', async () => {
    const result = await checkIprev('192.0.2.13', resolver);
    expect(result.result).toBe('fail');
    expect(result.forward).toEqual([{ name: 'host.example.com', outcome: 'other-addresses', addresses: ['192.0.2.99'] }]);
    expect(result.problems).toContainEqual({ kind: 'unconfirmed', names: ['host.example.com'] });
  });

  it('passes when one of several names confirms, even if another does not exist', async () => {
    const result = await checkIprev('192.0.2.16', resolver);
    expect(result.result).toBe('pass');
    if (result.result !== 'pass') return;
    expect(result.confirmedNames).toEqual(['mail16.example.com']);
    expect(result.forward[0]).toEqual({ name: 'gone.example.com', outcome: 'no-address', rcode: 'NXDOMAIN' });
  });

  it('is temperror, not an exception, when the PTR lookup times out', async () => {
    const result = await checkIprev('192.0.2.14', resolver);
    expect(result.result).toBe('temperror');
    expect(result.queries[0]).toMatchObject({ kind: 'failure', reason: 'timeout' });
    // The failed lookup is data the catalogs word ("PTR 14.2.0.192.in-addr.arpa: timeout after 3 s").
    expect(result.result === 'temperror' && result.problem).toEqual({ kind: 'failure', name: '14.2.0.192.in-addr.arpa', type: 'PTR', reason: 'timeout', timeoutMs: null, ms: expect.any(Number) });
  });

  it('is temperror when the only forward lookup times out', async () => {
    const result = await checkIprev('192.0.2.15', resolver);
    expect(result.result).toBe('temperror');
    const problem = { kind: 'failure', name: 'slow.example.com', type: 'A', reason: 'timeout', timeoutMs: null, ms: expect.any(Number) };
    // `message` is the Report's, worded from `problem` when the Report is assembled (localizeChecks).
    expect(result.forward).toEqual([{ name: 'slow.example.com', outcome: 'temperror', message: '', problem }]);
    expect(result.result === 'temperror' && result.problem).toEqual(problem);
  });

  it('looks up at most 10 PTR names forward', async () => {
    // Only n11 and n12 resolve to the address, and they lie beyond the limit.
    const result = await checkIprev('192.0.2.17', resolver);
    expect(result.result).toBe('fail');
    expect(result.forward.filter((f) => f.outcome === 'not-checked').map((f) => f.name)).toEqual(['n11.example.com', 'n12.example.com']);
    expect(result.queries.filter((q) => q.type === 'A')).toHaveLength(10);
  });

  it('is permerror for text that is not an address, without any query', async () => {
    const result = await checkIprev('1.2.3', resolver);
    expect(result).toMatchObject({ result: 'permerror', cause: 'invalid-ip', queries: [] });
  });
});

describe('checkIprev: the article\'s PTR tests', () => {
  it('flags 4-3-2-1-cable-subscribers.isp.com for 1.2.3.4 as generic (reversed digits and "cable"), although it confirms', async () => {
    const result = await checkIprev('1.2.3.4', resolver);
    expect(result.result).toBe('pass');
    expect(result.problems).toContainEqual({
      kind: 'generic',
      name: '4-3-2-1-cable-subscribers.isp.com',
      signals: [
        { kind: 'ip-digits', order: 'reversed', separator: '-', matched: '4-3-2-1' },
        { kind: 'isp-word', word: 'cable', label: '4-3-2-1-cable-subscribers' },
        { kind: 'isp-word', word: 'subscribers', label: '4-3-2-1-cable-subscribers' },
      ],
    });
  });

  it('flags a PTR name outside the sender\'s organizational domain', async () => {
    const result = await checkIprev('192.0.2.10', resolver, { senderDomain: 'news.otherdomain.com' });
    expect(result.problems).toEqual([
      { kind: 'foreign-domain', names: ['mail.example.com'], senderDomain: 'news.otherdomain.com', senderOrganizationalDomain: 'otherdomain.com' },
    ]);
  });

  it('accepts a PTR name in another subdomain of the sender\'s organizational domain', async () => {
    const result = await checkIprev('192.0.2.10', resolver, { senderDomain: 'support.example.com' });
    expect(result.problems).toEqual([]);
  });
});
