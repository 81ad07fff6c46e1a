// The DNS mode is data: each resolver says what it stands for (live DNS, a zone file, nothing), wrappers pass
// it on, and analyze() reads it, never the label. A resolver that declares no mode is DNS over HTTPS.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { cacheAnswers } from '../../lib/dns/caching-resolver';
import { createResolver, type CreateResolverOptions } from '../../lib/dns/create-resolver';
import { withRetryAndFallback } from '../../lib/dns/fallback-resolver';
import { limitConcurrency } from '../../lib/dns/limit-concurrency';
import { OfflineResolver } from '../../lib/dns/offline-resolver';
import { overlayZone } from '../../lib/dns/overlay-resolver';
import { recordQueries } from '../../lib/dns/recording-resolver';
import { dnsModeOf, type Resolver } from '../../lib/dns/types';
import { parseZone } from '../../lib/dns/zone';
import { ZoneResolver } from '../../lib/dns/zone-resolver';

const parsed = parseZone({ 'example.com': { TXT: ['v=spf1 -all'], MX: [{ preference: 10, exchange: 'mx.example.com' }] } });
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
const zone = parsed.zone;

const MESSAGE = [
  'Received: from mail.example.com (mail.example.com [192.0.2.1]) by mx.zendesk.test with ESMTPS id 1; Mon, 1 Jun 2026 10:00:00 +0000',
  'From: Ann <ann@example.com>',
  'To: help@support.zendesk.test',
  'Subject: hello',
  'Date: Mon, 1 Jun 2026 09:59:59 +0000',
  'Message-ID: <1@example.com>',
  '',
  'hi',
  '',
].join('\r\n');

function created(options: CreateResolverOptions): Resolver {
  const result = createResolver(options);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.resolver;
}

describe('the resolvers the CLI and the extension build', () => {
  it('carry their mode: --offline, --zone, DoH and a zone overlay on DoH', () => {
    expect(created({ offline: true }).mode).toBe('offline');
    expect(created({ zone: { zone, mode: 'only' } }).mode).toBe('zone');
    expect(created({ resolver: 'quad9' }).mode).toBe('doh');
    expect(created({ resolver: 'google', cache: false }).mode).toBe('doh');
    expect(created({ resolver: 'quad9', zone: { zone, mode: 'overlay' } }).mode).toBe('doh');
  });

  it('pass the inner mode through every wrapper', () => {
    const wrapped = recordQueries(cacheAnswers(limitConcurrency(withRetryAndFallback(new ZoneResolver(zone), new OfflineResolver()), 4)));
    expect(wrapped.mode).toBe('zone');
    expect(overlayZone(zone, new OfflineResolver()).mode).toBe('zone');
    expect(dnsModeOf({ label: 'mine', query: (name, type) => new OfflineResolver().query(name, type) })).toBe('doh');
  });
});

describe('analyze() reads the mode from the resolver', () => {
  it('offline asks nothing and says so; a zone resolver, even wrapped, is a zone', async () => {
    const offline = await analyze(MESSAGE, { resolver: new OfflineResolver() });
    expect(offline.dns).toMatchObject({ mode: 'offline', queries: [] });
    expect(offline.findings.map((f) => f.id)).toContain('dns.offline');

    const zoned = await analyze(MESSAGE, { resolver: cacheAnswers(new ZoneResolver(zone)) });
    expect(zoned.dns.mode).toBe('zone');
    expect(zoned.dns.queries.length).toBeGreaterThan(0);
  });

  it('does not guess from the label: a resolver named "offline ..." or "zone ..." without a mode is DoH, and is asked', async () => {
    for (const label of ['offline (no DNS queries)', 'zone file']) {
      const inner = new ZoneResolver(zone);
      let asked = 0;
      const undeclared: Resolver = { label, query: (name, type) => { asked += 1; return inner.query(name, type); } };
      const report = await analyze(MESSAGE, { resolver: undeclared });
      expect(report.dns.mode).toBe('doh');
      expect(asked).toBeGreaterThan(0);
      expect(report.findings.map((f) => f.id)).not.toContain('dns.offline');
    }
  });

  it('still takes an explicit dnsMode over the resolver\'s', async () => {
    const report = await analyze(MESSAGE, { resolver: new ZoneResolver(zone), dnsMode: 'offline' });
    expect(report.dns).toMatchObject({ mode: 'offline', queries: [] });
  });
});
