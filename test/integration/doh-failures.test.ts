// Every way a DoH request can go wrong ends as a DnsFailure value, never a rejection; retry and fallback
// are counted on the servers' side.
import { gzipSync } from 'node:zlib';
import { encode } from '@leichtgewicht/dns-packet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResolver } from '../../lib/dns/create-resolver';
import { nodeDohTransport } from '../../lib/cli/node-doh-transport';
import { DohResolver } from '../../lib/dns/doh-resolver';
import { fetchTransport, type DohTransport } from '../../lib/dns/doh-transport';
import { encodeQuery } from '../../lib/dns/encode-query';
import { failureFacts, type DnsResult } from '../../lib/dns/types';
import { formatFor } from '../../lib/i18n/format';
import { catalogFor } from '../../lib/i18n/render';
import { startDnsServers, type DnsServers } from '../helpers/dns-servers';
import { freePort } from '../helpers/free-port';
import { startMisbehavingServer, type MisbehavingServer } from '../helpers/misbehaving-server';

let servers: DnsServers;
let silent: MisbehavingServer;
let status500: MisbehavingServer;
let garbage: MisbehavingServer;
let html: MisbehavingServer;
let wrongQuestion: MisbehavingServer;
let gzipped: MisbehavingServer;
let oversized: MisbehavingServer;

beforeAll(async () => {
  servers = await startDnsServers();
  silent = await startMisbehavingServer({ kind: 'silent' });
  status500 = await startMisbehavingServer({ kind: 'status', status: 500 });
  garbage = await startMisbehavingServer({ kind: 'body', contentType: 'application/dns-message', body: new TextEncoder().encode('<html>not dns</html>') });
  html = await startMisbehavingServer({ kind: 'body', contentType: 'text/html', body: new TextEncoder().encode('<html>captive portal</html>') });
  // A well-formed DNS message, but a query for another name: not an answer to ours.
  wrongQuestion = await startMisbehavingServer({ kind: 'body', contentType: 'application/dns-message', body: encodeQuery('other.test', 'A') });
  // The answer to "signed.test A", gzip-coded although the client asked for no coding.
  const answer = encode({ type: 'response', id: 0, flags: 1 << 8 | 1 << 7, questions: [{ name: 'signed.test', type: 'A', class: 'IN' }], answers: [{ name: 'signed.test', type: 'A', class: 'IN', ttl: 300, data: '192.0.2.99' }] });
  gzipped = await startMisbehavingServer({ kind: 'body', contentType: 'application/dns-message', body: gzipSync(answer), headers: { 'content-encoding': 'gzip' } });
  oversized = await startMisbehavingServer({ kind: 'body', contentType: 'application/dns-message', body: new Uint8Array(70_000), headers: { 'content-length': '70000' } });
});
afterAll(async () => {
  await Promise.all([servers, silent, status500, garbage, html, wrongQuestion, gzipped, oversized].map((s) => s?.stop()));
});

/** A failure in words, as the report and the pages show it (lib/i18n/<lang>/dns-failure.ts). */
function words(lang: 'en' | 'fr', result: DnsResult): string {
  if (result.kind !== 'failure') throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
  return catalogFor(lang).dnsFailure.failure(failureFacts(result), formatFor(lang));
}

// Both transports (fetch, the default; Node's http, the CLI's) must turn every fault into the same failure.
const TRANSPORTS: { name: string; transport: DohTransport }[] = [{ name: 'fetch', transport: fetchTransport }, { name: "Node's http", transport: nodeDohTransport }];

describe.each(TRANSPORTS)('a single DoH request over $name', ({ transport }) => {
  const doh = (url: string, timeoutMs = 5000) => new DohResolver({ url, label: url, timeoutMs, transport });

  it('times out against a server that accepts and never answers, with the time limit as a fact', async () => {
    const result = await doh(silent.url, 300).query('signed.test', 'A');
    expect(result).toMatchObject({ kind: 'failure', reason: 'timeout', timeoutMs: 300, name: 'signed.test', type: 'A' });
    expect(result).not.toHaveProperty('message');
    expect(words('en', result)).toBe('timeout after 0.3 s');
    expect(words('fr', result)).toBe('délai dépassé après 0,3 s');
    expect(silent.requests()).toBeGreaterThanOrEqual(1);
  });

  it('an HTTP 500 is a failure carrying the status', async () => {
    const result = await doh(status500.url).query('signed.test', 'TXT');
    expect(result).toMatchObject({ kind: 'failure', reason: 'http-status', httpStatus: 500 });
    expect(words('en', result)).toBe('the resolver answered HTTP 500');
    expect(words('fr', result)).toBe('le résolveur a répondu HTTP 500');
  });

  it('a body that is not a DNS message is malformed-answer', async () => {
    // '<html>not dns</html>' read strictly: after a 12-byte "header", the "s" (0x73) at byte 12 opens a name
    // with label type 0x40, which no name in a message has (RFC 6891 §5).
    const garbled = await doh(garbage.url).query('signed.test', 'A');
    expect(garbled).toMatchObject({ kind: 'failure', reason: 'malformed-answer', problem: { problem: 'label-type', at: 12, bits: 0x40 } });
    expect(words('fr', garbled)).toBe('réponse DNS illisible : type de label inconnu 0x40 à l\'octet 12 (RFC 6891 §5)');
    const portal = await doh(html.url).query('signed.test', 'A');
    expect(portal).toMatchObject({ kind: 'failure', reason: 'malformed-answer', problem: { problem: 'content-type', contentType: expect.stringMatching(/^text\/html/) } });
    expect(words('en', portal)).toMatch(/^the answer could not be read: the server sent text\/html.* instead of application\/dns-message$/);
    expect(words('fr', portal)).toMatch(/^réponse DNS illisible : le serveur a envoyé « text\/html.* » au lieu de application\/dns-message$/);
  });

  it('a DNS message that is not the answer to the question asked is malformed-answer', async () => {
    const result = await doh(wrongQuestion.url).query('signed.test', 'A');
    // A query sent back is not even a response (QR clear).
    expect(result).toMatchObject({ kind: 'failure', reason: 'malformed-answer', problem: { problem: 'not-a-response' } });
  });

  it('a port where nothing listens is a network failure', async () => {
    const closed = `http://127.0.0.1:${await freePort()}/dns-query`;
    const result = await doh(closed).query('signed.test', 'A');
    expect(result).toMatchObject({ kind: 'failure', reason: 'network', code: 'ECONNREFUSED' });
    expect(words('fr', result)).toBe('le résolveur est injoignable (ECONNREFUSED)');
  });

  it('an invalid name fails before anything is sent', async () => {
    const before = status500.requests();
    const longLabel = `${'a'.repeat(64)}.test`;
    expect(await doh(status500.url).query(longLabel, 'A')).toMatchObject({ kind: 'failure', reason: 'invalid-name', problem: { rule: 'label-too-long', octets: 64, limit: 63 } });
    const empty = await doh(status500.url).query('a..test', 'A');
    expect(empty).toMatchObject({ kind: 'failure', reason: 'invalid-name', problem: { rule: 'empty-label' } });
    expect(words('en', empty)).toBe('not a valid domain name: empty label');
    expect(words('fr', empty)).toBe('nom de domaine invalide : label vide');
    expect(status500.requests()).toBe(before);
  });

  it('a gzip-coded answer is decoded, as a browser would', async () => {
    const result = await doh(gzipped.url).query('signed.test', 'A');
    expect(result).toMatchObject({ kind: 'answer', rcode: 'NOERROR', answers: [{ type: 'A', address: '192.0.2.99' }] });
  });

  it('a declared length over 65,535 bytes is refused with the figure', async () => {
    const result = await doh(oversized.url).query('signed.test', 'A');
    expect(result).toMatchObject({ kind: 'failure', reason: 'malformed-answer', problem: { problem: 'too-large', bytes: 70_000, limit: 65_535 } });
    expect(words('en', result)).toBe('the answer could not be read: 70,000 bytes, over the 65,535-byte limit of a DNS message');
  });

  it("the caller's AbortSignal ends the request as 'aborted', not 'timeout'", async () => {
    const controller = new AbortController();
    const pending = doh(silent.url, 5000).query('signed.test', 'A', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toMatchObject({ kind: 'failure', reason: 'aborted' });
  });
});

describe('retry and fallback (createResolver)', () => {
  it('retries a 500 once on the same resolver, then asks the fallback, which answers', async () => {
    const created = createResolver({ resolver: status500.url, fallback: servers.dohUrl, cache: false });
    if (!created.ok) throw new Error(JSON.stringify(created.problem));
    const before = status500.requests();
    const result = await created.resolver.query('fallback-500.unsigned.test', 'A');
    expect(status500.requests() - before).toBe(2);
    expect(servers.queriesFor('fallback-500.unsigned.test')).toBe(1);
    expect(result).toMatchObject({ kind: 'answer', rcode: 'NOERROR', resolver: servers.dohUrl, answers: [{ address: '192.0.2.99' }] });
  });

  it('a timeout twice then the fallback: the answer comes from the fallback', async () => {
    const created = createResolver({ resolver: silent.url, fallback: servers.dohUrl, timeoutMs: 1000, cache: false });
    if (!created.ok) throw new Error(JSON.stringify(created.problem));
    const before = silent.requests();
    const result = await created.resolver.query('fallback-timeout.unsigned.test', 'A');
    expect(result).toMatchObject({ kind: 'answer', resolver: servers.dohUrl });
    // Two attempts at the silent server (the first and its retry), then the fallback.
    expect(silent.requests() - before).toBe(2);
    expect(result.fromCache).toBeUndefined();
  });

  it('SERVFAIL is an answer, so it is neither retried nor sent to the fallback', async () => {
    const created = createResolver({ resolver: servers.dohUrl, fallback: status500.url, cache: false });
    if (!created.ok) throw new Error(JSON.stringify(created.problem));
    const before = status500.requests();
    const result = await created.resolver.query('bad.broken.test', 'A');
    expect(result).toMatchObject({ kind: 'answer', rcode: 'SERVFAIL' });
    expect(status500.requests()).toBe(before);
  });

  it('when every resolver fails, the failure names each attempt', async () => {
    const created = createResolver({ resolver: status500.url, fallback: garbage.url, cache: false });
    if (!created.ok) throw new Error(JSON.stringify(created.problem));
    const result = await created.resolver.query('signed.test', 'A');
    expect(result).toMatchObject({
      kind: 'failure', reason: 'malformed-answer', resolver: garbage.url,
      attempts: [{ resolver: status500.url, cause: { reason: 'http-status', httpStatus: 500 } }, { resolver: status500.url, cause: { reason: 'http-status', httpStatus: 500 } }],
    });
    expect(words('en', result)).toContain(`(after ${status500.url} failed twice: HTTP 500)`);
    expect(words('fr', result)).toContain(`(après 2 échecs de ${status500.url} : HTTP 500)`);
  });
});
