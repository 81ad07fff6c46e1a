import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkHelo } from '../../../lib/auth/helo';
import { parseZone } from '../../../lib/dns/zone';
import { ZoneResolver } from '../../../lib/dns/zone-resolver';
import { inRoundTrips } from '../../helpers/round-trip-resolver';

function zoneResolver(json: unknown): ZoneResolver {
  const parsed = parseZone(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return new ZoneResolver(parsed.zone);
}

const resolver = zoneResolver({
  'example.com': {
    A: ['192.0.2.1'],
    MX: [
      { preference: 10, exchange: 'mx1.example.com' },
      { preference: 20, exchange: 'mx2.example.com' },
      { preference: 30, exchange: 'slow.example.com' },
    ],
  },
  'mx1.example.com': { A: ['192.0.2.10'], AAAA: ['2001:db8::10'] },
  'mx2.example.com': { AAAA: ['2001:db8::20'] },
  'slow.example.com': { A: 'TIMEOUT', AAAA: 'TIMEOUT' },
  'out.example.com': { A: ['192.0.2.99'] },
  'nodata.example.com': { TXT: ['no address here'] },
  'news.example.com': { TXT: ['v=spf1 -all'] },
  'mail.otherdomain.com': { A: ['198.51.100.5'] },
  'timeout.example.net': { MX: 'TIMEOUT' },
  'mx.timeout.example.net': { A: ['203.0.113.7'] },
});

const check = (helo: string, ip?: string, senderDomain?: string) => checkHelo({ helo, ip, senderDomain }, resolver);
const kinds = (result: { problems: { kind: string }[] }) => result.problems.map((p) => p.kind);

describe('checkHelo: the article\'s low-trust examples, verbatim', () => {
  it('mail.otherdomain.com belongs to another organization and is not an MX host of the sender', async () => {
    const result = await check('mail.otherdomain.com', '198.51.100.5', 'example.com');
    expect(result.result).toBe('fail');
    expect(result.problems).toEqual([
      { kind: 'foreign-domain', organizationalDomain: 'otherdomain.com', senderDomain: 'example.com', senderOrganizationalDomain: 'example.com' },
      { kind: 'not-mx', mxDomains: ['example.com'], mxHosts: ['mx1.example.com', 'mx2.example.com', 'slow.example.com'] },
    ]);
    expect(result.facts).toEqual({ resolves: 'yes', leadsToConnectingIp: 'yes', sameOrganization: 'no', matchesMx: 'no' });
  });

  it('localhost', async () => {
    const result = await check('localhost', '192.0.2.10', 'example.com');
    expect(result.result).toBe('fail');
    expect(result.problems).toEqual([{ kind: 'localhost', form: 'localhost' }]);
    expect(result.queries).toEqual([]);
  });

  it('1.2.3.4 (a bare address, without the brackets of RFC 5321 §4.1.3)', async () => {
    const result = await check('1.2.3.4', '1.2.3.4', 'example.com');
    expect(result.problems).toEqual([{ kind: 'ip-literal', literal: '1.2.3.4', bracketed: false, matchesConnectingIp: true }]);
    expect(result.queries).toEqual([]);
  });

  it('invalid.tld', async () => {
    const result = await check('invalid.tld', '192.0.2.10', 'example.com');
    expect(result.problems).toEqual([{ kind: 'invalid-tld', tld: 'tld' }]);
  });

  it('not.existing.domain.com does not resolve (NXDOMAIN)', async () => {
    const result = await check('not.existing.domain.com', '192.0.2.10', 'domain.com');
    expect(result.result).toBe('fail');
    expect(result.problems).toContainEqual({ kind: 'unresolvable', rcode: 'NXDOMAIN' });
    expect(result.facts.resolves).toBe('no');
    expect(result.facts.leadsToConnectingIp).toBe('no');
  });
});

describe('checkHelo: each rule', () => {
  it('passes an MX host of the sender that resolves to the connecting address', async () => {
    const result = await check('mx1.example.com', '192.0.2.10', 'example.com');
    expect(result.result).toBe('pass');
    expect(result.problems).toEqual([]);
    expect(result.addresses).toEqual(['192.0.2.10', '2001:db8::10']);
    expect(result.facts).toEqual({ resolves: 'yes', leadsToConnectingIp: 'yes', sameOrganization: 'yes', matchesMx: 'yes' });
    // Asked together, so they come back in any order.
    expect(result.queries.map((q) => `${q.name} ${q.type}`).sort()).toEqual(['example.com MX', 'mx1.example.com A', 'mx1.example.com AAAA']);
  });

  it('compares the name case-insensitively and without the trailing dot', async () => {
    const result = await check('MX1.Example.COM.', '2001:db8:0::10', 'Example.com');
    expect(result.result).toBe('pass');
  });

  it('flags a bracketed address literal, IPv4 and IPv6, and says whether it is the client', async () => {
    expect((await check('[192.0.2.10]', '192.0.2.10')).problems).toEqual([
      { kind: 'ip-literal', literal: '[192.0.2.10]', bracketed: true, matchesConnectingIp: true },
    ]);
    expect((await check('[IPv6:2001:db8::1]', '192.0.2.10')).problems).toEqual([
      { kind: 'ip-literal', literal: '[IPv6:2001:db8::1]', bracketed: true, matchesConnectingIp: false },
    ]);
  });

  it('flags a single-label name and the localhost family', async () => {
    expect((await check('mailserver', '192.0.2.10')).problems).toEqual([{ kind: 'localhost', form: 'single-label' }]);
    expect((await check('localhost.localdomain')).problems).toEqual([{ kind: 'localhost', form: 'localhost' }]);
    expect((await check('box.localhost')).problems).toEqual([{ kind: 'localhost', form: 'localhost' }]);
  });

  it('flags text that is not a host name at all', async () => {
    for (const bad of ['', 'mail server.example.com', 'mail..example.com', '[not-an-ip]', 'under_score.example.com', '-mx.example.com']) {
      expect(kinds(await check(bad, '192.0.2.10')), bad).toEqual(['malformed']);
    }
  });

  it('flags special-use names whose TLD is not in the Public Suffix List', async () => {
    expect((await check('mail.corp.local')).problems).toEqual([{ kind: 'invalid-tld', tld: 'local' }]);
  });

  it('flags a name with no address record as unresolvable (NODATA)', async () => {
    const result = await check('nodata.example.com', '192.0.2.10', 'example.com');
    expect(result.problems).toContainEqual({ kind: 'unresolvable', rcode: 'NODATA' });
  });

  it('flags a name that resolves, but not to the connecting address', async () => {
    const result = await check('out.example.com', '192.0.2.10');
    expect(result.result).toBe('fail');
    expect(result.problems).toEqual([{ kind: 'ip-mismatch', addresses: ['192.0.2.99'], connectingIp: '192.0.2.10' }]);
  });

  it('flags an IPv4 client whose name only has an IPv6 address', async () => {
    const result = await check('mx2.example.com', '192.0.2.10', 'example.com');
    expect(result.problems).toEqual([{ kind: 'ip-mismatch', addresses: ['2001:db8::20'], connectingIp: '192.0.2.10' }]);
    expect(result.facts.resolves).toBe('yes');
  });

  it('finds the MX of the organizational domain for a subdomain sender with no MX of its own', async () => {
    const result = await check('mx1.example.com', '192.0.2.10', 'news.example.com');
    expect(result.result).toBe('pass');
    expect(result.queries.filter((q) => q.type === 'MX').map((q) => q.name).sort()).toEqual(['example.com', 'news.example.com']);
  });

  it("asks the addresses, the MX and the organization's MX in one round trip", async () => {
    const network = inRoundTrips(resolver);
    const result = await checkHelo({ helo: 'mx1.example.com', ip: '192.0.2.10', senderDomain: 'news.example.com' }, network);
    expect(result.result).toBe('pass');
    expect(network.rounds).toBe(1);
    expect(network.asked.filter((q) => q.prefetch).map((q) => `${q.name} ${q.type}`)).toEqual(['example.com MX']);
  });

  it('skips the organization and MX rules when no sender domain is known', async () => {
    const result = await check('mx1.example.com', '192.0.2.10');
    expect(result.result).toBe('pass');
    expect(result.facts.sameOrganization).toBe('not-applicable');
    expect(result.facts.matchesMx).toBe('not-applicable');
  });
});

describe('checkHelo: DNS failures', () => {
  it('is temperror, not an exception, when the address lookups time out', async () => {
    const result = await check('slow.example.com', '192.0.2.10', 'example.com');
    expect(result.result).toBe('temperror');
    expect(result.problems).toEqual([]);
    expect(result.facts.resolves).toBe('unknown');
    expect(result.unchecked).toEqual([{ rule: 'resolves', problem: expect.objectContaining({ kind: 'failure', name: 'slow.example.com', reason: 'timeout' }) }]);
  });

  it('is temperror when the sender\'s MX lookup times out', async () => {
    const result = await check('mx.timeout.example.net', '203.0.113.7', 'timeout.example.net');
    expect(result.result).toBe('temperror');
    expect(result.facts.matchesMx).toBe('unknown');
  });

  it('still fails on a definite problem when another rule is undecided', async () => {
    const result = await check('mail.otherdomain.com', '198.51.100.5', 'timeout.example.net');
    expect(result.result).toBe('fail');
    expect(kinds(result)).toEqual(['foreign-domain']);
    expect(result.unchecked.map((u) => u.rule)).toEqual(['matchesMx']);
  });
});

describe('checkHelo with anything a Received header may hold', () => {
  it('never throws, and every problem-free result has resolved the name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.domain(), fc.ipV4(), fc.ipV6().map((a) => `[IPv6:${a}]`)), async (helo) => {
        const result = await check(helo, '192.0.2.10', 'example.com');
        expect(['pass', 'fail', 'temperror']).toContain(result.result);
        if (result.result === 'pass') expect(result.facts.resolves).toBe('yes');
        if (result.result === 'fail') expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });
});
