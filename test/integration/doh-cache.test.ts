// The cache and the merging of identical queries, counted where it matters: on dnsdist's query log.
// Time moves by a fake clock, never by sleeping.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createResolver } from '../../lib/dns/create-resolver';
import type { Resolver } from '../../lib/dns/types';
import { startDnsServers, type DnsServers } from '../helpers/dns-servers';

let servers: DnsServers;
beforeAll(async () => {
  servers = await startDnsServers();
});
afterAll(async () => {
  await servers?.stop();
});

function cachedResolver(clock: () => number): Resolver {
  const created = createResolver({ resolver: servers.dohUrl, cache: { clock } });
  if (!created.ok) throw new Error(JSON.stringify(created.problem));
  return created.resolver;
}

it('ten identical concurrent queries send one request', async () => {
  const resolver = cachedResolver(() => 0);
  const results = await Promise.all(Array.from({ length: 10 }, () => resolver.query('ten.unsigned.test', 'A')));
  expect(servers.queriesFor('ten.unsigned.test')).toBe(1);
  for (const result of results) expect(result).toMatchObject({ kind: 'answer', answers: [{ address: '192.0.2.99' }] });
  // All ten answered, nine of them without a request of their own (what the Report's DNS log shows).
  expect(results.filter((result) => result.fromCache === true)).toHaveLength(9);
});

it('a repeated query within its TTL sends none; after the TTL it asks again', async () => {
  let now = 1_000_000;
  const resolver = cachedResolver(() => now);
  const first = await resolver.query('repeat.unsigned.test', 'A');
  if (first.kind !== 'answer') throw new Error(JSON.stringify(first));
  expect(first.fromCache).toBeUndefined();
  const ttl = first.ttl;
  // The zone's $TTL is 300; the validating resolver counts down from there.
  expect(ttl).toBeGreaterThan(250);
  expect(ttl).toBeLessThanOrEqual(300);

  now += (ttl! - 1) * 1000;
  const second = await resolver.query('REPEAT.unsigned.test.', 'A');
  expect(servers.queriesFor('repeat.unsigned.test')).toBe(1);
  // The cached answer's TTLs count down with the time it spent in the cache.
  expect(second).toMatchObject({ kind: 'answer', fromCache: true, ms: 0, ttl: 1, answers: [{ address: '192.0.2.99', ttl: 1 }] });

  now += 1000;
  await resolver.query('repeat.unsigned.test', 'A');
  expect(servers.queriesFor('repeat.unsigned.test')).toBe(2);
});

it('NXDOMAIN is cached for the SOA minimum (RFC 2308 §5), then asked again', async () => {
  let now = 0;
  const resolver = cachedResolver(() => now);
  const first = await resolver.query('gone.signed.test', 'TXT');
  expect(first).toMatchObject({ kind: 'answer', rcode: 'NXDOMAIN' });
  await resolver.query('gone.signed.test', 'TXT');
  expect(servers.queriesFor('gone.signed.test')).toBe(1);
  // SOA MINIMUM 60 (and SOA TTL 300): after 60 s the negative answer is stale.
  now += 60_000;
  await resolver.query('gone.signed.test', 'TXT');
  expect(servers.queriesFor('gone.signed.test')).toBe(2);
});

it('SERVFAIL is not cached: asking again sends another request', async () => {
  const resolver = cachedResolver(() => 0);
  // Only the A record's signature is damaged (test-zones.ts), so A is the SERVFAIL.
  expect(await resolver.query('bad.broken.test', 'A')).toMatchObject({ kind: 'answer', rcode: 'SERVFAIL' });
  await resolver.query('bad.broken.test', 'A');
  expect(servers.queriesFor('bad.broken.test')).toBe(2);
});

it('different types of one name are different questions', async () => {
  const resolver = cachedResolver(() => 0);
  await resolver.query('types.unsigned.test', 'A');
  await resolver.query('types.unsigned.test', 'TXT');
  expect(servers.queriesFor('types.unsigned.test')).toBe(2);
});
