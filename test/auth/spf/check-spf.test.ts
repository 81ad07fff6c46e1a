import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSpf, checkSpfIdentities, type SpfResult, type SpfTraceNode } from '../../../lib/auth/spf';
import type { DnsResult, RecordType, Resolver } from '../../../lib/dns/types';
import { parseZone } from '../../../lib/dns/zone';
import { ZoneResolver } from '../../../lib/dns/zone-resolver';
import { catalogFor } from '../../../lib/i18n/render';
import { wordSpfResult, wordSpfTrace } from '../../../lib/i18n/spf-trace';

type ZoneJson = Record<string, Record<string, unknown>>;

function resolverOf(zone: ZoneJson): ZoneResolver {
  const parsed = parseZone(zone);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return new ZoneResolver(parsed.zone);
}

function spf(zone: ZoneJson, ip: string, sender: string, helo = 'mail.example.com', extra: { identity?: 'mailfrom' | 'helo'; defaultExplanation?: string } = {}): Promise<SpfResult> {
  const { identity, defaultExplanation } = extra;
  return checkSpf(
    { ip, sender, helo, ...(identity ? { identity } : {}) },
    { resolver: resolverOf(zone), receiver: 'mx.receiver.example', ...(defaultExplanation ? { defaultExplanation } : {}) },
  );
}

/** The result's reason as the English catalog words it from its facts (`why`). */
function reason(result: SpfResult): string {
  const worded = wordSpfResult(result, catalogFor('en'));
  return 'reason' in worded ? (worded.reason ?? '') : '';
}

/** Depth of nested include/redirect nodes below this one. */
function depth(node: SpfTraceNode): number {
  return Math.max(0, ...node.terms.map((t) => (t.child ? 1 + depth(t.child) : 0)));
}

function countNodes(node: SpfTraceNode): number {
  return 1 + node.terms.reduce((sum, t) => sum + (t.child ? countNodes(t.child) : 0), 0);
}

describe('processing limits (RFC 7208 §4.6.4) end in permerror, within the limits, without recursion errors', () => {
  it('an include loop', async () => {
    const zone = {
      'a.example.com': { TXT: 'v=spf1 include:b.example.com -all' },
      'b.example.com': { TXT: 'v=spf1 include:a.example.com -all' },
    };
    const result = await spf(zone, '192.0.2.1', 'user@a.example.com');
    expect(result.result).toBe('permerror');
    // The reason names the innermost cause once, not once per level of nesting.
    expect(reason(result)).toMatch(/^include:[ab]\.example\.com \(in the record of [ab]\.example\.com\): more than 10 DNS-querying terms/);
    expect(result.lookups).toBe(10);
    // 1 record lookup for a.example.com, then one per include that was followed.
    expect(result.queries.filter((q) => q.type === 'TXT')).toHaveLength(11);
    expect(depth(result.trace)).toBe(10);
  });

  it('a domain that includes itself, and one that redirects to itself', async () => {
    const zone = {
      'self.example.com': { TXT: 'v=spf1 include:self.example.com' },
      'loop.example.com': { TXT: 'v=spf1 ip4:192.0.2.200 redirect=loop.example.com' },
    };
    const included = await spf(zone, '192.0.2.1', 'user@self.example.com');
    const redirected = await spf(zone, '192.0.2.1', 'user@loop.example.com');
    expect([included.result, included.lookups]).toEqual(['permerror', 10]);
    expect([redirected.result, redirected.lookups]).toEqual(['permerror', 10]);
    expect(redirected.trace.terms.at(-1)?.child?.via).toBe('redirect');
  });

  it('a record with 11 DNS-querying terms, where 10 are allowed', async () => {
    const zone = {
      'eleven.example.com': { TXT: 'v=spf1 a a a a a a a a a a a -all', A: '198.51.100.1' },
      'ten.example.com': { TXT: 'v=spf1 a a a a a a a a a a -all', A: '198.51.100.1' },
    };
    const eleven = await spf(zone, '192.0.2.1', 'user@eleven.example.com');
    expect(eleven.result).toBe('permerror');
    expect(eleven.lookups).toBe(10);
    expect(eleven.trace.terms.map((t) => t.outcome)).toEqual([...Array<string>(10).fill('no-match'), 'permerror']);
    // The refused 11th term made no query: 1 TXT + 10 A.
    expect(eleven.queries).toHaveLength(11);
    const ten = await spf(zone, '192.0.2.1', 'user@ten.example.com');
    expect([ten.result, ten.lookups]).toEqual(['fail', 10]);
  });

  it('a record with 100 includes', async () => {
    const zone: ZoneJson = {};
    const names = Array.from({ length: 100 }, (_, i) => `n${i + 1}.example.com`);
    zone['wide.example.com'] = { TXT: [[`v=spf1 ${names.map((n) => `include:${n}`).join(' ')} -all`]] };
    // Only the 100th include would authorize the client.
    names.forEach((name, i) => (zone[name] = { TXT: `v=spf1 ip4:10.0.${i + 1}.0/24 -all` }));
    zone['n100.example.com'] = { TXT: 'v=spf1 ip4:192.0.2.0/24 -all' };
    const result = await spf(zone, '192.0.2.1', 'user@wide.example.com');
    expect(result.result).toBe('permerror');
    expect(result.lookups).toBe(10);
    expect(result.queries).toHaveLength(11);
  });

  it('a chain of 100 nested includes and a tree of 100 domains', async () => {
    const zone: ZoneJson = {};
    for (let i = 1; i <= 100; i++) zone[`c${i}.example.com`] = { TXT: i < 100 ? `v=spf1 include:c${i + 1}.example.com -all` : 'v=spf1 +all' };
    // Node i includes 2i and 2i+1 (a binary tree of 100 domains); only leaves publish ip4.
    for (let i = 1; i <= 100; i++) {
      const children = [2 * i, 2 * i + 1].filter((c) => c <= 100);
      zone[`t${i}.example.com`] = { TXT: children.length ? `v=spf1 ${children.map((c) => `include:t${c}.example.com`).join(' ')}` : `v=spf1 ip4:10.1.${i}.0/24` };
    }
    const chain = await spf(zone, '192.0.2.1', 'user@c1.example.com');
    expect([chain.result, chain.lookups]).toEqual(['permerror', 10]);
    expect(depth(chain.trace)).toBe(10);
    const tree = await spf(zone, '192.0.2.1', 'user@t1.example.com');
    expect([tree.result, tree.lookups]).toEqual(['permerror', 10]);
    expect(countNodes(tree.trace)).toBe(11);
  });

  it('two void lookups are allowed, the third is a permerror', async () => {
    const zone = {
      'two.example.com': { TXT: 'v=spf1 a:nx1.example.com exists:nx2.example.com ?all' },
      'three.example.com': { TXT: 'v=spf1 a:nx1.example.com mx:nx2.example.com ptr:example.com ?all' },
    };
    const two = await spf(zone, '192.0.2.1', 'user@two.example.com');
    expect([two.result, two.voidLookups]).toEqual(['neutral', 2]);
    const three = await spf(zone, '192.0.2.1', 'user@three.example.com');
    expect(three.result).toBe('permerror');
    expect(three.voidLookups).toBe(3);
    expect(reason(three)).toContain('more than 2 void lookups');
  });

  it('more than 10 MX names is a permerror; 10 are evaluated', async () => {
    const mx = (n: number) => Array.from({ length: n }, (_, i) => ({ preference: i, exchange: `mx${i}.example.net` }));
    const hosts: ZoneJson = {};
    for (let i = 0; i < 11; i++) hosts[`mx${i}.example.net`] = { A: `198.51.100.${i + 1}` };
    const zone = {
      ...hosts,
      'ten.example.com': { TXT: 'v=spf1 mx -all', MX: mx(10) },
      'eleven.example.com': { TXT: 'v=spf1 mx -all', MX: mx(11) },
    };
    const ten = await spf(zone, '198.51.100.10', 'user@ten.example.com');
    expect(ten.result).toBe('pass');
    const eleven = await spf(zone, '198.51.100.1', 'user@eleven.example.com');
    expect(eleven.result).toBe('permerror');
    expect(reason(eleven)).toContain('11 MX records');
  });

  it('only the first 10 PTR names are validated; the rest are ignored, not an error', async () => {
    const names = Array.from({ length: 11 }, (_, i) => `host${i}.example.org`);
    const zone: ZoneJson = {
      '1.2.0.192.in-addr.arpa': { PTR: names },
      'ptr.example.com': { TXT: 'v=spf1 ptr:host10.example.org -all' },
      'ptr9.example.com': { TXT: 'v=spf1 ptr:host9.example.org -all' },
    };
    names.forEach((name) => (zone[name] = { A: '192.0.2.1' }));
    expect((await spf(zone, '192.0.2.1', 'user@ptr.example.com')).result).toBe('fail');
    expect((await spf(zone, '192.0.2.1', 'user@ptr9.example.com')).result).toBe('pass');
  });
});

describe('DNS failures are temperror (RFC 7208 §4.4, §5)', () => {
  const zone = {
    'slow.example.com': { TXT: 'TIMEOUT' },
    'a-slow.example.com': { TXT: 'v=spf1 a:slow.example.com -all' },
    'loop1.example.com': { CNAME: 'loop2.example.com' },
    'loop2.example.com': { CNAME: 'loop1.example.com' },
    'a-loop.example.com': { TXT: 'v=spf1 a:loop1.example.com -all' },
    'mx-slow.example.com': { TXT: 'v=spf1 mx -all', MX: [{ preference: 1, exchange: 'slow.example.com' }] },
    'inc-slow.example.com': { TXT: 'v=spf1 include:slow.example.com -all' },
    'ptr-slow.example.com': { TXT: 'v=spf1 ptr ?all' },
    '1.2.0.192.in-addr.arpa': { PTR: 'TIMEOUT' },
  };

  it.each([
    ['a timeout on the record lookup', 'user@slow.example.com', 'TXT lookup of slow.example.com failed'],
    ['a timeout on an "a" target', 'user@a-slow.example.com', 'A lookup of slow.example.com failed'],
    ['a CNAME loop (SERVFAIL) on an "a" target', 'user@a-loop.example.com', 'returned SERVFAIL'],
    ['a timeout on an MX host address', 'user@mx-slow.example.com', 'A lookup of slow.example.com failed'],
    ['a timeout inside an include', 'user@inc-slow.example.com', 'TXT lookup of slow.example.com failed'],
  ])('%s', async (_label, sender, message) => {
    const result = await spf({ ...zone, 'slow.example.com': { TXT: 'TIMEOUT', A: 'TIMEOUT' } }, '192.0.2.1', sender);
    expect(result.result).toBe('temperror');
    expect(reason(result)).toContain(message);
  });

  it('a refused answer (rcode other than NOERROR/NXDOMAIN) is a temperror', async () => {
    // No zone can return REFUSED, so this resolver does, the way a real server would.
    const refusing: Resolver = {
      label: 'refusing',
      query: async (name: string, type: RecordType): Promise<DnsResult> => ({ kind: 'answer', name, type, rcode: 'REFUSED', answers: [], cnameChain: [], ad: false, ms: 0, resolver: 'refusing' }),
    };
    const result = await checkSpf({ ip: '192.0.2.1', sender: 'user@example.com', helo: 'mail.example.com' }, { resolver: refusing });
    expect(result.result).toBe('temperror');
    expect(reason(result)).toContain('returned REFUSED');
  });

  it('a check that runs past its time limit is a temperror (§4.6.4)', async () => {
    // Each reading of the clock advances it 4 s: the limit of 20 s passes before the 6th DNS term.
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const now = () => new Date((clock += 4000));
    const slowZone = { 'example.com': { TXT: 'v=spf1 a a a a a a a a -all', A: '198.51.100.1' } };
    const result = await checkSpf({ ip: '192.0.2.1', sender: 'user@example.com', helo: 'mail.example.com' }, { resolver: resolverOf(slowZone), now });
    expect(result.result).toBe('temperror');
    expect(reason(result)).toContain('longer than its time limit of 20 s');
    expect(result.lookups).toBe(5);
  });

  it('a PTR lookup error only makes "ptr" not match (§5.5)', async () => {
    const result = await spf(zone, '192.0.2.1', 'user@ptr-slow.example.com');
    expect(result.result).toBe('neutral');
    expect(result.trace.terms[0]?.outcome).toBe('no-match');
  });
});

describe('identities (RFC 7208 §2.3, §2.4, §4.3)', () => {
  const zone = {
    'example.com': { TXT: 'v=spf1 ip4:192.0.2.0/24 -all' },
    'mail.example.com': { TXT: 'v=spf1 a -all', A: '198.51.100.7' },
  };

  it('checks the MAIL FROM domain', async () => {
    const result = await spf(zone, '192.0.2.9', 'bounce@example.com');
    expect(result).toMatchObject({ result: 'pass', identity: 'mailfrom', sender: 'bounce@example.com', domain: 'example.com', match: { term: 'ip4:192.0.2.0/24', domain: 'example.com' } });
  });

  it('checks the HELO identity as postmaster@HELO', async () => {
    const result = await spf(zone, '198.51.100.7', 'bounce@example.com', 'mail.example.com', { identity: 'helo' });
    expect(result).toMatchObject({ result: 'pass', identity: 'helo', sender: 'postmaster@mail.example.com', domain: 'mail.example.com' });
  });

  it('uses postmaster@HELO for a null reverse-path', async () => {
    const result = await spf(zone, '192.0.2.9', '', 'mail.example.com');
    expect(result).toMatchObject({ result: 'fail', identity: 'mailfrom', sender: 'postmaster@mail.example.com', domain: 'mail.example.com' });
  });

  it('drops angle brackets and gives an empty local-part "postmaster"', async () => {
    expect((await spf(zone, '192.0.2.9', '<bounce@example.com>')).sender).toBe('bounce@example.com');
    expect((await spf(zone, '192.0.2.9', '@example.com')).sender).toBe('postmaster@example.com');
  });

  it.each([
    ['user@[192.0.2.9]', 'address literal'],
    ['user@localhost', 'single label'],
    ['user@a..example.com', 'empty label'],
    [`user@${'x'.repeat(64)}.example.com`, 'longer than 63'],
  ])('gives none without any DNS query for %s', async (sender, message) => {
    const result = await spf(zone, '192.0.2.9', sender);
    expect(result.result).toBe('none');
    expect(reason(result)).toContain(message);
    expect(result.queries).toHaveLength(0);
  });

  it('gives none without a query for a HELO that is an IP address or a single label', async () => {
    for (const helo of ['192.0.2.9', 'OEMCOMPUTER', '[192.0.2.9]']) {
      const result = await spf(zone, '192.0.2.9', 'user@example.com', helo, { identity: 'helo' });
      expect(result.result).toBe('none');
      expect(result.queries).toHaveLength(0);
    }
  });

  it('gives none for a client IP that is not an address', async () => {
    const result = await spf(zone, '192.0.2.999', 'bounce@example.com');
    expect(result.result).toBe('none');
    expect(reason(result)).toContain('not an IPv4 or IPv6 address');
  });

  it('evaluates an IPv4-mapped IPv6 client as IPv4 (§5)', async () => {
    const result = await spf(zone, '::ffff:192.0.2.9', 'bounce@example.com');
    expect([result.result, result.ip]).toEqual(['pass', '192.0.2.9']);
  });
});

describe('the trace and the evidence', () => {
  const zone = {
    'example.com': { TXT: [['v=spf1 include:_spf.example.net', ' redirect=_r.example.org']] },
    '_spf.example.net': { TXT: 'v=spf1 ip4:203.0.113.0/24 -all' },
    '_r.example.org': { TXT: 'v=spf1 mx ~all', MX: [{ preference: 10, exchange: 'mx.example.org' }] },
    'mx.example.org': { A: '198.51.100.25' },
  };

  it('records which record at which domain, each term with its outcome, nested', async () => {
    const result = await spf(zone, '198.51.100.25', 'user@example.com');
    expect(result.result).toBe('pass');
    // The facts of each term; the words below are the English catalog's rendering of them.
    expect(result.trace.terms[0]?.why).toEqual({ kind: 'evaluated', via: 'include', target: '_spf.example.net', result: 'fail' });
    expect(result.trace.terms[0]?.child?.terms[0]?.why).toEqual({ kind: 'network', inside: false });
    expect(wordSpfTrace(result.trace, catalogFor('en'))).toMatchObject({
      domain: 'example.com',
      via: 'check',
      // §3.3: the two character-strings are joined with nothing between them.
      record: 'v=spf1 include:_spf.example.net redirect=_r.example.org',
      result: 'pass',
      terms: [
        {
          term: 'include:_spf.example.net',
          target: '_spf.example.net',
          outcome: 'no-match',
          detail: 'the record of _spf.example.net gives fail, so include does not match',
          lookups: 1,
          child: {
            domain: '_spf.example.net',
            via: 'include',
            record: 'v=spf1 ip4:203.0.113.0/24 -all',
            result: 'fail',
            terms: [
              { term: 'ip4:203.0.113.0/24', outcome: 'no-match', detail: 'the client IP is outside this network', lookups: 1 },
              { term: '-all', outcome: 'match', detail: '"all" always matches', lookups: 1 },
            ],
          },
        },
        {
          term: 'redirect=_r.example.org',
          target: '_r.example.org',
          outcome: 'match',
          detail: 'evaluated the record of _r.example.org: pass',
          lookups: 3,
          child: {
            domain: '_r.example.org',
            via: 'redirect',
            record: 'v=spf1 mx ~all',
            result: 'pass',
            terms: [{ term: 'mx', target: '_r.example.org', outcome: 'match', detail: 'MX host mx.example.org has an address within /32 of the client IP', lookups: 3 }],
          },
        },
      ],
    });
    expect(result).toMatchObject({ lookups: 3, voidLookups: 0, match: { term: 'mx', domain: '_r.example.org' } });
  });

  it('lists every DNS query the check made, in order', async () => {
    const result = await spf(zone, '198.51.100.25', 'user@example.com');
    expect(result.queries.map((q) => `${q.type} ${q.name}`)).toEqual(['TXT example.com', 'TXT _spf.example.net', 'TXT _r.example.org', 'MX _r.example.org', 'A mx.example.org']);
  });

  it('says when the default neutral applied', async () => {
    const result = await spf({ 'example.com': { TXT: 'v=spf1 ip4:203.0.113.1' } }, '192.0.2.1', 'user@example.com');
    expect(result).toMatchObject({ result: 'neutral', match: null });
    expect(wordSpfTrace(result.trace, catalogFor('en')).reason).toContain('default result is neutral');
  });
});

describe('explanations (RFC 7208 §6.2)', () => {
  const zone = {
    'example.com': { TXT: 'v=spf1 include:inc.example.com -all exp=why.%{d}' },
    'why.example.com': { TXT: '%{c} may not send for %{o} (asked %{r}); see http://%{d}/spf?s=%{S}' },
    'inc.example.com': { TXT: 'v=spf1 -all exp=nope.example.com' },
    'nope.example.com': { TXT: 'never used' },
    'plain.example.com': { TXT: 'v=spf1 -all' },
  };

  it('expands the exp= record of the failing record, with the explanation-only macros', async () => {
    const result = await spf(zone, '2001:db8::1', 'a+b@example.com');
    expect(result.result).toBe('fail');
    if (result.result !== 'fail') return;
    expect(result.explanation).toBe('2001:db8::1 may not send for example.com (asked mx.receiver.example); see http://example.com/spf?s=a%2Bb%40example.com');
    expect(result.explanationSource).toBe('exp');
    // The include's own exp= is never looked up.
    expect(result.queries.some((q) => q.name === 'nope.example.com')).toBe(false);
  });

  it('falls back to the default explanation', async () => {
    const result = await spf(zone, '192.0.2.1', 'user@plain.example.com');
    expect(result).toMatchObject({ result: 'fail', explanationSource: 'default', explanation: '192.0.2.1 is not one of the mail servers designated by plain.example.com' });
    const custom = await spf(zone, '192.0.2.1', 'user@plain.example.com', 'mail.example.com', { defaultExplanation: 'Rejected %{i} for %{d}' });
    expect(custom).toMatchObject({ explanation: 'Rejected 192.0.2.1 for plain.example.com' });
  });

  it('uses the validated PTR name for %{p}, preferring the domain itself or a subdomain (§7.3)', async () => {
    const ptrZone = {
      '1.2.0.192.in-addr.arpa': { PTR: ['other.example.net', 'mx.sub.example.com'] },
      'other.example.net': { A: '192.0.2.1' },
      'mx.sub.example.com': { A: '192.0.2.1' },
      'sub.example.com': { TXT: 'v=spf1 -all exp=msg.example.com' },
      'msg.example.com': { TXT: 'connect from %{p}' },
    };
    const result = await spf(ptrZone, '192.0.2.1', 'user@sub.example.com');
    expect(result).toMatchObject({ result: 'fail', explanation: 'connect from mx.sub.example.com' });
  });
});

describe('both identities of a session', () => {
  it('checks HELO and MAIL FROM separately, each with its own limits', async () => {
    const zone = {
      'example.com': { TXT: 'v=spf1 a a a a a a a a a a -all', A: '198.51.100.1' },
      'mail.example.com': { TXT: 'v=spf1 ip4:192.0.2.9 -all' },
    };
    const { mailfrom, helo } = await checkSpfIdentities({ ip: '192.0.2.9', sender: 'user@example.com', helo: 'mail.example.com' }, { resolver: resolverOf(zone) });
    expect([mailfrom.identity, mailfrom.result, mailfrom.lookups]).toEqual(['mailfrom', 'fail', 10]);
    expect([helo.identity, helo.result, helo.lookups, helo.sender]).toEqual(['helo', 'pass', 0, 'postmaster@mail.example.com']);
  });
});

describe('robustness: any record text gives one of the seven results, within the limits', () => {
  const RESULTS = ['pass', 'fail', 'softfail', 'neutral', 'none', 'permerror', 'temperror'];
  const token = fc.oneof(
    fc.constantFrom('a', 'mx', 'ptr', 'all', '-all', '~all', '?all', 'include:r.example.com', 'include:%{d}', 'redirect=r.example.com', 'exists:%{i}.x.example.com',
      'a:%{l}.example.com/24', 'mx//64', 'ip4:192.0.2.0/24', 'ip6:2001:db8::/32', 'exp=e.example.com', 'ptr:example.com', 'a:nx.example.com', '%{', 'ip4:', '/', '=', ':'),
    fc.string({ maxLength: 12 }),
  );
  const record = fc.array(token, { maxLength: 14 }).map((terms) => `v=spf1 ${terms.join(' ')}`);

  it('never throws and never exceeds 10 DNS-querying terms', async () => {
    await fc.assert(
      fc.asyncProperty(record, record, fc.constantFrom('192.0.2.1', '2001:db8::1', '::ffff:192.0.2.1'), async (top, other, ip) => {
        const zone = {
          'example.com': { TXT: [[top]], A: '192.0.2.1', MX: [{ preference: 1, exchange: 'example.com' }] },
          'r.example.com': { TXT: [[other]], AAAA: '2001:db8::1' },
          'e.example.com': { TXT: 'explained %{i} %{c} %{p}' },
          '1.2.0.192.in-addr.arpa': { PTR: 'example.com' },
        };
        const result = await spf(zone, ip, 'user@example.com');
        expect(RESULTS).toContain(result.result);
        expect(result.lookups).toBeLessThanOrEqual(10);
        expect(result.voidLookups).toBeLessThanOrEqual(3);
      }),
      { numRuns: 300 },
    );
  });
});

describe('why a check ended in none, permerror or temperror is data (SpfCause), the deepest cause kept', () => {
  const zone = {
    'example.com': { TXT: 'v=spf1 include:broken.example.net -all' },
    'broken.example.net': { TXT: 'v=spf1 ip4:192.0.2.0/33 -all' },
    'twice.example.com': { TXT: ['v=spf1 -all', 'v=spf1 ~all'] },
    'nospf.example.com': { TXT: 'google-site-verification=abc' },
    'slow.example.com': { TXT: 'TIMEOUT' },
    'inc-slow.example.com': { TXT: 'v=spf1 include:slow.example.com -all' },
    'a-slow.example.com': { TXT: 'v=spf1 a:slow.example.com -all' },
  };
  const causeOf = async (sender: string, ip = '192.0.2.1') => {
    const result = await spf({ ...zone, 'slow.example.com': { TXT: 'TIMEOUT', A: 'TIMEOUT' } }, ip, sender);
    return 'cause' in result ? { result: result.result, cause: result.cause } : { result: result.result };
  };

  it.each([
    ['no record', 'user@nospf.example.com', { result: 'none', cause: { kind: 'no-record', domain: 'nospf.example.com' } }],
    ['a domain that does not exist', 'user@absent.example.com', { result: 'none', cause: { kind: 'nxdomain', domain: 'absent.example.com' } }],
    ['a sender domain that is not a domain name', 'user@example..com', { result: 'none', cause: { kind: 'invalid-domain', domain: 'example..com' } }],
    ['two records', 'user@twice.example.com', { result: 'permerror', cause: { kind: 'multiple-records', domain: 'twice.example.com', count: 2 } }],
    ['a record that does not parse, inside an include', 'user@example.com', { result: 'permerror', cause: { kind: 'syntax', domain: 'broken.example.net' } }],
    ['a timeout on the record lookup, inside an include', 'user@inc-slow.example.com', { result: 'temperror', cause: { kind: 'lookup', problem: { kind: 'failure', name: 'slow.example.com', type: 'TXT', reason: 'timeout', timeoutMs: null, ms: expect.any(Number) } } }],
    ['a timeout on an "a" target', 'user@a-slow.example.com', { result: 'temperror', cause: { kind: 'term', term: 'a:slow.example.com', domain: 'a-slow.example.com', outcome: 'temperror' } }],
  ])('%s', async (_label, sender, expected) => {
    expect(await causeOf(sender)).toEqual(expected);
  });

  it('a client address that is not an IP address', async () => {
    expect(await causeOf('user@example.com', 'not-an-ip')).toEqual({ result: 'none', cause: { kind: 'invalid-ip', ip: 'not-an-ip' } });
  });
});
