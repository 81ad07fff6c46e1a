// The pieces createResolver stacks: the concurrency cap, retry and fallback, endpoint choice.
import { describe, expect, it } from 'vitest';
import { createResolver as createPublicResolver } from '../../lib/index';
import { createResolver } from '../../lib/dns/create-resolver';
import { withRetryAndFallback } from '../../lib/dns/fallback-resolver';
import { KNOWN_RESOLVERS, resolveEndpoint } from '../../lib/dns/known-resolvers';
import { limitConcurrency } from '../../lib/dns/limit-concurrency';
import { parseZone } from '../../lib/dns/zone';
import { failureFacts, type DnsFailureCause, type DnsFailureReason, type DnsResult, type RecordType, type Resolver } from '../../lib/dns/types';
import { formatFor } from '../../lib/i18n/format';
import { catalogFor } from '../../lib/i18n/render';

/** Answers after `release()`; records how many queries were running at once. */
class SlowResolver implements Resolver {
  readonly label = 'slow';
  running = 0;
  maxRunning = 0;
  private waiting: Array<() => void> = [];

  async query(name: string, type: RecordType): Promise<DnsResult> {
    this.running++;
    this.maxRunning = Math.max(this.maxRunning, this.running);
    await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running--;
    return { kind: 'answer', name, type, rcode: 'NOERROR', answers: [], cnameChain: [], ad: false, ms: 1, resolver: this.label };
  }

  releaseAll(): void {
    const now = this.waiting;
    this.waiting = [];
    now.forEach((resolve) => resolve());
  }
}

/** One failure of each reason, as a resolver reports it. */
const CAUSES: { [R in DnsFailureReason]: Extract<DnsFailureCause, { reason: R }> } = {
  timeout: { reason: 'timeout', timeoutMs: 3000 },
  'http-status': { reason: 'http-status', httpStatus: 503 },
  network: { reason: 'network', code: 'ECONNREFUSED' },
  'malformed-answer': { reason: 'malformed-answer', problem: { problem: 'tc-flag' } },
  'invalid-name': { reason: 'invalid-name', problem: { rule: 'empty-label' } },
  offline: { reason: 'offline' },
  aborted: { reason: 'aborted' },
};

/** Plays back a fixed list of outcomes, one per query. */
class ScriptedResolver implements Resolver {
  readonly asked: string[] = [];
  constructor(
    readonly label: string,
    private readonly script: Array<DnsFailureReason | 'answer' | 'http-404' | 'servfail'>,
  ) {}

  async query(name: string, type: RecordType): Promise<DnsResult> {
    this.asked.push(name);
    const step = this.script.shift() ?? 'answer';
    const base = { name, type, ms: 1, resolver: this.label };
    if (step === 'answer') return { ...base, kind: 'answer', rcode: 'NOERROR', answers: [], cnameChain: [], ad: false };
    if (step === 'servfail') return { ...base, kind: 'answer', rcode: 'SERVFAIL', answers: [], cnameChain: [], ad: false };
    if (step === 'http-404') return { ...base, kind: 'failure', reason: 'http-status', httpStatus: 404 };
    return { ...base, kind: 'failure', ...CAUSES[step] };
  }
}

describe('limitConcurrency', () => {
  it('never runs more than the cap at once, and runs every query', async () => {
    const slow = new SlowResolver();
    const limited = limitConcurrency(slow, 3);
    const all = Promise.all(Array.from({ length: 10 }, (_, i) => limited.query(`n${i}.example`, 'A')));
    for (let round = 0; round < 10; round++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      slow.releaseAll();
    }
    expect((await all).every((r) => r.kind === 'answer')).toBe(true);
    expect(slow.maxRunning).toBe(3);
  });

  it('a queued query whose caller aborts returns aborted without waiting for a slot', async () => {
    const slow = new SlowResolver();
    const limited = limitConcurrency(slow, 1);
    const first = limited.query('a.example', 'A');
    const controller = new AbortController();
    const queued = limited.query('b.example', 'A', { signal: controller.signal });
    controller.abort();
    expect(await queued).toMatchObject({ kind: 'failure', reason: 'aborted' });
    slow.releaseAll();
    expect(await first).toMatchObject({ kind: 'answer' });
  });
});

describe('withRetryAndFallback', () => {
  it('retries a timeout once, then answers from the same resolver', async () => {
    const primary = new ScriptedResolver('primary', ['timeout', 'answer']);
    const result = await withRetryAndFallback(primary, new ScriptedResolver('fallback', [])).query('example.com', 'A');
    expect(result).toMatchObject({ kind: 'answer', resolver: 'primary' });
    expect(primary.asked).toHaveLength(2);
  });

  it('after two failures asks the fallback once; every attempt is named when all fail', async () => {
    const primary = new ScriptedResolver('primary', ['network', 'timeout']);
    const fallback = new ScriptedResolver('fallback', ['timeout']);
    const result = await withRetryAndFallback(primary, fallback).query('example.com', 'A');
    expect(result).toMatchObject({
      kind: 'failure', reason: 'timeout', timeoutMs: 3000, resolver: 'fallback',
      attempts: [{ resolver: 'primary', cause: CAUSES.network }, { resolver: 'primary', cause: CAUSES.timeout }],
    });
    expect(fallback.asked).toHaveLength(1);
    if (result.kind !== 'failure') return;
    // The words come from the facts, in each language; the resolver's URL is left out of the earlier tries.
    expect(catalogFor('en').dnsFailure.failure(failureFacts(result), formatFor('en'))).toBe('timeout after 3 s (after primary failed twice: network error, timeout)');
    expect(catalogFor('fr').dnsFailure.failure(failureFacts(result), formatFor('fr'))).toBe('délai dépassé après 3 s (après 2 échecs de primary : erreur réseau, délai dépassé)');
  });

  it('names the resolvers of a known pair in order, without words of any language', async () => {
    const pair = withRetryAndFallback(new ScriptedResolver('Cloudflare (https://cloudflare-dns.com/dns-query)', []), new ScriptedResolver('Google (https://dns.google/dns-query)', []));
    expect(pair.label).toBe('Cloudflare (https://cloudflare-dns.com/dns-query) → Google (https://dns.google/dns-query)');
  });

  it('a retried HTTP error and a fallback\'s are grouped per resolver, each status once', async () => {
    const primary = new ScriptedResolver('Cloudflare (https://cloudflare-dns.com/dns-query)', ['http-status', 'http-status']);
    const fallback = new ScriptedResolver('Google (https://dns.google/dns-query)', ['network']);
    const result = await withRetryAndFallback(primary, fallback).query('example.com', 'A');
    if (result.kind !== 'failure') throw new Error('expected a failure');
    expect(catalogFor('en').dnsFailure.failure(failureFacts(result), formatFor('en'))).toBe('the resolver could not be reached (ECONNREFUSED) (after Cloudflare failed twice: HTTP 503)');
    expect(catalogFor('fr').dnsFailure.failure(failureFacts(result), formatFor('fr'))).toBe('le résolveur est injoignable (ECONNREFUSED) (après 2 échecs de Cloudflare : HTTP 503)');
  });

  it('an HTTP 404 is not retried on the same resolver, but the fallback is asked', async () => {
    const primary = new ScriptedResolver('primary', ['http-404']);
    const fallback = new ScriptedResolver('fallback', ['answer']);
    expect(await withRetryAndFallback(primary, fallback).query('example.com', 'A')).toMatchObject({ kind: 'answer', resolver: 'fallback' });
    expect(primary.asked).toHaveLength(1);
  });

  it('SERVFAIL, invalid-name and aborted are final', async () => {
    for (const step of ['servfail', 'invalid-name', 'aborted'] as const) {
      const primary = new ScriptedResolver('primary', [step]);
      const fallback = new ScriptedResolver('fallback', []);
      await withRetryAndFallback(primary, fallback).query('example.com', 'A');
      expect([primary.asked.length, fallback.asked.length], step).toEqual([1, 0]);
    }
  });
});

describe('resolveEndpoint and createResolver', () => {
  it('knows Cloudflare, Google and Quad9 by name', () => {
    expect(resolveEndpoint('cloudflare')).toEqual({ ok: true, url: 'https://cloudflare-dns.com/dns-query', label: 'Cloudflare (https://cloudflare-dns.com/dns-query)' });
    expect(resolveEndpoint('Google')).toMatchObject({ ok: true, url: 'https://dns.google/dns-query' });
    expect(resolveEndpoint('quad9')).toMatchObject({ ok: true, url: 'https://dns.quad9.net/dns-query' });
    // Each falls back to another operator.
    for (const known of Object.values(KNOWN_RESOLVERS)) expect(known.fallback).not.toBe(known.id);
  });

  it('accepts a custom https URL, http only on loopback, and says why otherwise', () => {
    expect(resolveEndpoint('https://doh.example.net/dns-query')).toMatchObject({ ok: true, url: 'https://doh.example.net/dns-query' });
    expect(resolveEndpoint('http://127.0.0.1:8053/dns-query')).toMatchObject({ ok: true });
    expect(resolveEndpoint('http://doh.example.net/dns-query')).toEqual({ ok: false, problem: { kind: 'not-https', protocol: 'http:' } });
    expect(resolveEndpoint('cloudflair')).toEqual({ ok: false, problem: { kind: 'not-a-url', value: 'cloudflair' } });
    expect(resolveEndpoint('https://doh.example.net/dns-query?dns=x')).toEqual({ ok: false, problem: { kind: 'has-query' } });
  });

  it('returns an error, never throws, for bad options', () => {
    expect(createResolver({ resolver: 'ftp://x' })).toEqual({ ok: false, problem: { kind: 'not-https', protocol: 'ftp:' } });
    expect(createResolver({ resolver: 'google', fallback: 'nope' })).toEqual({ ok: false, problem: { kind: 'bad-fallback', problem: { kind: 'not-a-url', value: 'nope' } } });
    expect(createResolver({ timeoutMs: 0 })).toEqual({ ok: false, problem: { kind: 'bad-timeout', timeoutMs: 0 } });
  });

  it('the library\'s createResolver keeps its English error beside the problem (scripts read it)', () => {
    expect(createPublicResolver({ resolver: 'google', fallback: 'nope' })).toMatchObject({
      ok: false,
      problem: { kind: 'bad-fallback' },
      error: 'fallback: "nope" is neither cloudflare, google, quad9 nor a URL',
    });
    expect(createPublicResolver({ timeoutMs: 0 })).toMatchObject({ ok: false, error: 'timeout must be a positive number of milliseconds, not 0' });
  });

  it('the public resolver keeps DnsFailure.message for scripts, in English, beside the facts', async () => {
    const offline = createPublicResolver({ offline: true });
    if (!offline.ok) throw new Error(offline.error);
    expect(await offline.resolver.query('example.com', 'TXT')).toEqual({ kind: 'failure', name: 'example.com', type: 'TXT', reason: 'offline', ms: 0, resolver: 'offline', message: 'not looked up: offline mode' });
    expect(offline.resolver.mode).toBe('offline');
    // The engine's own resolver gives the facts only.
    const engine = createResolver({ offline: true });
    if (!engine.ok) throw new Error(JSON.stringify(engine.problem));
    expect(await engine.resolver.query('example.com', 'TXT')).not.toHaveProperty('message');
  });

  it('offline and zone-only resolvers answer from nothing and from the file alone', async () => {
    const offline = createResolver({ offline: true });
    if (!offline.ok) throw new Error(JSON.stringify(offline.problem));
    expect(await offline.resolver.query('example.com', 'TXT')).toMatchObject({ kind: 'failure', reason: 'offline', name: 'example.com', type: 'TXT' });

    const parsed = parseZone({ 'example.com': { A: ['192.0.2.1'] } });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const zoned = createResolver({ zone: { zone: parsed.zone, mode: 'only' } });
    if (!zoned.ok) throw new Error(JSON.stringify(zoned.problem));
    expect(await zoned.resolver.query('example.com', 'A')).toMatchObject({ kind: 'answer', rcode: 'NOERROR', answers: [{ address: '192.0.2.1' }], ad: false, resolver: 'zone file' });
  });
});
