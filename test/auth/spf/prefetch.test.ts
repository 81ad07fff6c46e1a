// The SPF prefetch (lib/auth/spf/prefetch.ts) changes when questions are asked, never what the
// evaluation concludes: results, explanations, traces, §4.6.4 counts and the queries the evaluation
// used are those of the sequential evaluation, on the whole OpenSPF suites and on generated records.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSpf, type SpfRequest, type SpfResult } from '../../../lib/auth/spf';
import { catalogFor } from '../../../lib/i18n/render';
import { wordSpfResult } from '../../../lib/i18n/spf-trace';
import { MAX_SPECULATIVE_QUERIES } from '../../../lib/auth/spf/prefetch';
import type { Resolver } from '../../../lib/dns/types';
import { parseZone } from '../../../lib/dns/zone';
import { ZoneResolver } from '../../../lib/dns/zone-resolver';
import { loadSuite, suiteResolver } from '../../conformance/spf/openspf-suite';
import { inRoundTrips } from '../../helpers/round-trip-resolver';
import { WIDE_SPF_DEPTH, WIDE_SPF_DOMAIN, WIDE_SPF_IP, wideSpfZone } from '../../helpers/wide-spf-zone';

type ZoneJson = Record<string, Record<string, unknown>>;

function zoneResolver(zone: ZoneJson): Resolver {
  const parsed = parseZone(zone);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return new ZoneResolver(parsed.zone);
}

/** The same check both ways; the prefetching one through a resolver that answers in round trips. */
async function bothWays(request: SpfRequest, resolverOf: () => Resolver) {
  const sequential = await checkSpf(request, { resolver: inRoundTrips(resolverOf()), prefetch: false, defaultExplanation: 'DEFAULT' });
  const network = inRoundTrips(resolverOf());
  const prefetched = await checkSpf(request, { resolver: network, defaultExplanation: 'DEFAULT' });
  return { sequential, prefetched, network };
}

/** Everything a caller can read, with the queries the evaluation used (ms set aside: timing is not a result). */
function comparable(result: SpfResult) {
  return { ...result, queries: result.queries.map((query) => ({ ...query, ms: 0 })) };
}

describe('prefetch keeps the OpenSPF suites identical to the sequential evaluation', () => {
  for (const file of ['rfc7208-tests.yml', 'rfc4408-tests.yml']) {
    it(`every case of ${file}`, async () => {
      const cases = loadSuite(file);
      let speculative = 0;
      for (const c of cases) {
        const request = { ip: c.host, sender: c.mailfrom, helo: c.helo };
        const { sequential, prefetched, network } = await bothWays(request, () => suiteResolver(c.zone));
        expect(comparable(prefetched), `${c.scenario} / ${c.name}`).toEqual(comparable(sequential));
        speculative += network.asked.filter((q) => q.prefetch).length;
        expect(network.asked.filter((q) => q.prefetch).length).toBeLessThanOrEqual(MAX_SPECULATIVE_QUERIES);
      }
      // The comparison means something only if questions really went out ahead of the evaluation.
      expect(speculative).toBeGreaterThan(50);
    }, 60_000);
  }
});

describe('round trips', () => {
  it('the wide record (11 includes, two deep) costs three round trips, not one per include', async () => {
    const request = { ip: WIDE_SPF_IP, sender: `a@${WIDE_SPF_DOMAIN}`, helo: 'mail.example.com' };
    const { sequential, prefetched, network } = await bothWays(request, () => zoneResolver(wideSpfZone()));
    expect(prefetched.result).toBe('pass');
    expect(comparable(prefetched)).toEqual(comparable(sequential));
    expect(prefetched.lookups).toBe(10);
    expect(network.rounds).toBe(WIDE_SPF_DEPTH + 1);
    // Whoever asks first (the evaluation or the prefetch), each question goes out once.
    const keys = network.asked.map((q) => `${q.type} ${q.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(12);
    const slow = inRoundTrips(zoneResolver(wideSpfZone()));
    await checkSpf(request, { resolver: slow, prefetch: false });
    // The top record, then 8 includes and 2 nested ones one after another.
    expect(slow.rounds).toBe(11);
  });

  it('mx hosts are asked as soon as the MX answer is in', async () => {
    const zone: ZoneJson = {
      'example.com': { TXT: 'v=spf1 mx -all', MX: [{ preference: 10, exchange: 'mx1.example.com' }, { preference: 20, exchange: 'mx2.example.com' }] },
      'mx1.example.com': { A: ['198.51.100.1'] },
      'mx2.example.com': { A: ['192.0.2.9'] },
    };
    const network = inRoundTrips(zoneResolver(zone));
    const result = await checkSpf({ ip: '192.0.2.9', sender: 'a@example.com', helo: 'x.example.com' }, { resolver: network });
    expect(result.result).toBe('pass');
    // TXT, MX, then both hosts' A together (sequentially, mx2 waits for mx1: 4).
    expect(network.rounds).toBe(3);
  });

  it('a hostile record cannot fan out beyond the cap of speculative queries', async () => {
    const zone: ZoneJson = {
      'example.com': { TXT: `v=spf1 ${Array.from({ length: 40 }, (_, i) => `a:h${i}.example.com`).join(' ')} -all` },
    };
    const network = inRoundTrips(zoneResolver(zone));
    const result = await checkSpf({ ip: '192.0.2.1', sender: 'a@example.com', helo: 'x.example.com' }, { resolver: network });
    expect(result.result).toBe('permerror');
    expect(network.asked.filter((q) => q.prefetch)).toHaveLength(MAX_SPECULATIVE_QUERIES);
  });

  it('a prefetch the evaluation never reads cannot fail the check, even from a resolver that throws', async () => {
    const zone = zoneResolver({ 'example.com': { TXT: 'v=spf1 ip4:192.0.2.1 a:broken.example.com include:broken.example.net -all' } });
    const throwing: Resolver = {
      label: 'throws for broken.*',
      query: async (name, type, options) => {
        if (name.startsWith('broken.')) throw new Error(`contract broken for ${name}`);
        return zone.query(name, type, options);
      },
    };
    const network = inRoundTrips(throwing);
    const result = await checkSpf({ ip: '192.0.2.1', sender: 'a@example.com', helo: 'x.example.com' }, { resolver: network });
    expect(result.result).toBe('pass');
    expect(network.asked.filter((q) => q.prefetch).map((q) => q.name).sort()).toEqual(['broken.example.com', 'broken.example.net']);
    // Vitest fails the run on an unhandled rejection; let any pending one surface before the test ends.
    await new Promise((done) => setTimeout(done, 10));
  });

  it('a target written with the "p" macro is left to the evaluation (it needs the validated names first)', async () => {
    const zone: ZoneJson = { 'example.com': { TXT: 'v=spf1 exists:%{p}.names.example.com -all' } };
    const network = inRoundTrips(zoneResolver(zone));
    await checkSpf({ ip: '192.0.2.1', sender: 'a@example.com', helo: 'x.example.com' }, { resolver: network });
    expect(network.asked.filter((q) => q.prefetch)).toEqual([]);
  });
});

// Generated zones: records drawn from every mechanism, targets that exist, do not exist (void
// lookups), time out, loop back (the 10-term limit) or use macros.
const NAMES = ['a.test', 'b.test', 'c.test', 'd.test', 'e.test'];
const target = fc.constantFrom(...NAMES, 'nx.test', 'slow.test', '%{d}', '%{i}.a.test', '%{l}.b.test', '%{p}.c.test');
const qualifier = fc.constantFrom('', '+', '-', '~', '?');
const term = fc.oneof(
  fc.tuple(qualifier, target).map(([q, t]) => `${q}include:${t}`),
  fc.tuple(qualifier, fc.option(target), fc.constantFrom('', '/24', '/32')).map(([q, t, c]) => `${q}a${t ? `:${t}` : ''}${c}`),
  fc.tuple(qualifier, fc.option(target)).map(([q, t]) => `${q}mx${t ? `:${t}` : ''}`),
  fc.tuple(qualifier, target).map(([q, t]) => `${q}exists:${t}`),
  fc.tuple(qualifier, fc.integer({ min: 0, max: 3 })).map(([q, n]) => `${q}ip4:192.0.2.${n}`),
  fc.tuple(qualifier, fc.option(target)).map(([q, t]) => `${q}ptr${t ? `:${t}` : ''}`),
);
const record = fc
  .tuple(fc.array(term, { maxLength: 6 }), fc.option(fc.tuple(qualifier, fc.constant('all'))), fc.option(target), fc.boolean())
  .map(([terms, all, redirect, exp]) => ['v=spf1', ...terms, ...(all ? [all.join('')] : []), ...(redirect ? [`redirect=${redirect}`] : []), ...(exp ? ['exp=x.a.test'] : [])].join(' '));
const host = fc.record({
  spf: fc.option(record, { nil: undefined }),
  a: fc.subarray(['192.0.2.1', '192.0.2.2', '198.51.100.1']),
  mx: fc.subarray(NAMES),
});
const zone = fc.tuple(...NAMES.map(() => host)).map((hosts) => {
  const json: ZoneJson = { 'slow.test': { TXT: 'TIMEOUT', A: 'TIMEOUT', MX: 'TIMEOUT' }, 'x.a.test': { TXT: 'denied: %{i}' } };
  hosts.forEach((h, i) => {
    const name = NAMES[i] ?? '';
    json[name] = {
      ...(h.spf ? { TXT: h.spf } : {}),
      ...(h.a.length ? { A: h.a } : {}),
      ...(h.mx.length ? { MX: h.mx.map((exchange, preference) => ({ preference, exchange })) } : {}),
    };
  });
  json['192.0.2.1.a.test'] = { A: ['127.0.0.2'] };
  json['1.2.0.192.in-addr.arpa'] = { PTR: ['a.test', 'c.test'] };
  return json;
});

describe('prefetch keeps generated records identical to the sequential evaluation', () => {
  it('results, explanations, traces, term and void-lookup counts, used queries', async () => {
    await fc.assert(
      fc.asyncProperty(zone, fc.constantFrom(...NAMES), fc.constantFrom('192.0.2.1', '192.0.2.2', '198.51.100.1'), async (json, domain, ip) => {
        const { sequential, prefetched } = await bothWays({ ip, sender: `user@${domain}`, helo: 'h.test' }, () => zoneResolver(json));
        expect(comparable(prefetched)).toEqual(comparable(sequential));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('the generator reaches the limits: void lookups, the 10-term limit and timeouts all occur', async () => {
    const reasons = new Set<string>();
    await fc.assert(
      fc.asyncProperty(zone, fc.constantFrom(...NAMES), async (json, domain) => {
        const result = wordSpfResult(await checkSpf({ ip: '192.0.2.1', sender: `user@${domain}`, helo: 'h.test' }, { resolver: zoneResolver(json) }), catalogFor('en'));
        if ('reason' in result && /void lookups/.test(result.reason ?? '')) reasons.add('void');
        if ('reason' in result && /DNS-querying terms/.test(result.reason ?? '')) reasons.add('terms');
        if (result.result === 'temperror') reasons.add('temperror');
        if (result.voidLookups > 0) reasons.add('some-void');
      }),
      { numRuns: 300, seed: 14 },
    );
    expect([...reasons].sort()).toEqual(['some-void', 'temperror', 'terms', 'void']);
  }, 60_000);
});
