// The cache with a fake clock: time moves by assignment, never by sleeping.
import { describe, expect, it } from 'vitest';
import { cacheAnswers } from '../../lib/dns/caching-resolver';
import type { DnsResult, QueryOptions, RecordType, Resolver } from '../../lib/dns/types';

/** An upstream that answers every A query with one address and the given TTL, and counts what it was asked. */
class Upstream implements Resolver {
  readonly label = 'upstream';
  readonly asked: string[] = [];
  private release: (() => void) | undefined;
  private gate: Promise<void> | undefined;

  constructor(private readonly reply: (name: string, type: RecordType) => Partial<DnsResult> & { kind: DnsResult['kind'] }) {}

  /** Holds every answer until open() is called, so queries overlap. */
  hold(): void {
    this.gate = new Promise((resolve) => (this.release = resolve));
  }

  open(): void {
    this.release?.();
  }

  async query(name: string, type: RecordType, _options?: QueryOptions): Promise<DnsResult> {
    this.asked.push(`${type} ${name}`);
    await this.gate;
    const base = { name, type, ms: 5, resolver: this.label };
    const reply = this.reply(name, type);
    if (reply.kind === 'failure') return { ...base, reason: 'timeout', message: 'timeout after 3 s', ...reply } as DnsResult;
    return { ...base, rcode: 'NOERROR', answers: [{ type: 'A', ttl: 300, address: '192.0.2.1' }], cnameChain: [], ad: false, ...reply } as DnsResult;
  }
}

describe('cacheAnswers', () => {
  it('answers a repeat from the cache until the TTL runs out, counting record TTLs down', async () => {
    let now = 50_000;
    const upstream = new Upstream(() => ({ kind: 'answer', ttl: 300 }));
    const cached = cacheAnswers(upstream, { clock: () => now });
    await cached.query('example.com', 'A');
    now += 299_500;
    const hit = await cached.query('EXAMPLE.com.', 'A');
    expect(hit).toMatchObject({ kind: 'answer', fromCache: true, ms: 0, ttl: 1, answers: [{ ttl: 1, address: '192.0.2.1' }] });
    expect(upstream.asked).toEqual(['A example.com']);
    now += 500;
    const fresh = await cached.query('example.com', 'A');
    expect(fresh.fromCache).toBeUndefined();
    expect(upstream.asked).toEqual(['A example.com', 'A example.com']);
  });

  it('caches a negative answer for its own (SOA-derived) TTL', async () => {
    let now = 0;
    const upstream = new Upstream(() => ({ kind: 'answer', rcode: 'NXDOMAIN', answers: [], ttl: 60 }));
    const cached = cacheAnswers(upstream, { clock: () => now });
    await cached.query('gone.example', 'TXT');
    now = 59_999;
    expect(await cached.query('gone.example', 'TXT')).toMatchObject({ rcode: 'NXDOMAIN', fromCache: true });
    now = 60_000;
    await cached.query('gone.example', 'TXT');
    expect(upstream.asked).toHaveLength(2);
  });

  it('never caches failures, answers without a TTL, or a TTL of 0', async () => {
    const replies: Array<Partial<DnsResult> & { kind: DnsResult['kind'] }> = [
      { kind: 'failure' },
      { kind: 'answer', rcode: 'SERVFAIL', answers: [] },
      { kind: 'answer', ttl: 0 },
    ];
    for (const reply of replies) {
      const upstream = new Upstream(() => reply);
      const cached = cacheAnswers(upstream, { clock: () => 0 });
      await cached.query('example.com', 'A');
      await cached.query('example.com', 'A');
      expect(upstream.asked, JSON.stringify(reply)).toHaveLength(2);
    }
  });

  it('caps a huge TTL at maxTtlSeconds', async () => {
    let now = 0;
    const upstream = new Upstream(() => ({ kind: 'answer', ttl: 2_000_000_000 }));
    const cached = cacheAnswers(upstream, { clock: () => now, maxTtlSeconds: 3600 });
    await cached.query('example.com', 'A');
    now = 3_600_000;
    await cached.query('example.com', 'A');
    expect(upstream.asked).toHaveLength(2);
  });

  it('merges identical queries in flight into one upstream query; the others are marked fromCache', async () => {
    const upstream = new Upstream(() => ({ kind: 'answer', ttl: 300 }));
    upstream.hold();
    const cached = cacheAnswers(upstream, { clock: () => 0 });
    const pending = Array.from({ length: 10 }, () => cached.query('example.com', 'A'));
    const other = cached.query('example.com', 'AAAA');
    upstream.open();
    const results = await Promise.all(pending);
    await other;
    expect(upstream.asked).toEqual(['A example.com', 'AAAA example.com']);
    expect(results.filter((r) => r.fromCache === true)).toHaveLength(9);
  });

  it('merges failures in flight too, but asks again afterwards', async () => {
    const upstream = new Upstream(() => ({ kind: 'failure' }));
    upstream.hold();
    const cached = cacheAnswers(upstream, { clock: () => 0 });
    const both = Promise.all([cached.query('example.com', 'A'), cached.query('example.com', 'A')]);
    upstream.open();
    expect((await both).map((r) => r.kind)).toEqual(['failure', 'failure']);
    await cached.query('example.com', 'A');
    expect(upstream.asked).toHaveLength(2);
  });

  it('one caller aborting does not cancel the shared query for the others', async () => {
    const upstream = new Upstream(() => ({ kind: 'answer', ttl: 300 }));
    upstream.hold();
    const cached = cacheAnswers(upstream, { clock: () => 0 });
    const controller = new AbortController();
    const first = cached.query('example.com', 'A', { signal: controller.signal });
    const second = cached.query('example.com', 'A');
    controller.abort();
    expect(await first).toMatchObject({ kind: 'failure', reason: 'aborted' });
    upstream.open();
    expect(await second).toMatchObject({ kind: 'answer', answers: [{ address: '192.0.2.1' }] });
  });

  it('passes an invalid name to the upstream untouched (which reports invalid-name)', async () => {
    const upstream = new Upstream(() => ({ kind: 'answer', ttl: 300 }));
    const cached = cacheAnswers(upstream, { clock: () => 0 });
    await cached.query('a..b', 'A');
    expect(upstream.asked).toEqual(['A a..b']);
  });
});
