// The DoH client running inside the built extension's MV3 service worker (fetch only: no XMLHttpRequest,
// no Buffer there) against real BIND + dnsdist on 127.0.0.1. The extension has no host permission for
// 127.0.0.1, so these requests work only because dnsdist adds `access-control-allow-origin: *`;
// a second dnsdist without that header shows the difference.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DnsQueryRequest, DnsQueryResponse } from '../../extension/dns-handler';
import { startDnsServers, type DnsServers } from '../helpers/dns-servers';
import { launchExtension, type LoadedExtension } from './harness';

let withCors: DnsServers;
let withoutCors: DnsServers;
let ext: LoadedExtension;

beforeAll(async () => {
  withCors = await startDnsServers({ cors: true });
  withoutCors = await startDnsServers({ cors: false });
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
  await Promise.all([withCors?.stop(), withoutCors?.stop()]);
});

/** Runs the background's own DNS handler (extension/dns-handler.ts) in the service worker. */
function queryInWorker(request: DnsQueryRequest): Promise<DnsQueryResponse> {
  return ext.serviceWorker.evaluate(async (req) => {
    const hook = (globalThis as { mailtrustDnsQuery?: (r: DnsQueryRequest) => Promise<DnsQueryResponse> }).mailtrustDnsQuery;
    if (!hook) throw new Error('the background did not register its DNS handler');
    return hook(req);
  }, request);
}

describe('DNS over HTTPS from the service worker', () => {
  it('the manifest grants host access to the three known resolvers only', async () => {
    const manifest = await ext.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(['https://cloudflare-dns.com/*', 'https://dns.google/*', 'https://dns.quad9.net/*']);
    // A custom resolver's origin is requested at run time instead.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  });

  it('answers A with the AD flag of the signed zone, and the request reached dnsdist', async () => {
    const response = await queryInWorker({ resolver: withCors.dohUrl, name: 'signed.test', type: 'A' });
    expect(response).toMatchObject({ ok: true, result: { kind: 'answer', rcode: 'NOERROR', ad: true, answers: [{ type: 'A', address: '192.0.2.10' }] } });
    expect(withCors.queriesFor('signed.test')).toBeGreaterThanOrEqual(1);
  });

  it('keeps TXT character-strings, tells NXDOMAIN apart and reports SERVFAIL as an answer', async () => {
    const txt = await queryInWorker({ resolver: withCors.dohUrl, name: 'sel._domainkey.signed.test', type: 'TXT' });
    expect(txt).toMatchObject({ ok: true, result: { answers: [{ strings: ['v=DKIM1; k=rsa; p=MIIBIjAN', 'BgkqhkiG9w0BAQEFAAOCAQ8A', 'MIIBCgKCAQEA'] }] } });
    const nx = await queryInWorker({ resolver: withCors.dohUrl, name: 'absent.signed.test', type: 'TXT' });
    expect(nx).toMatchObject({ ok: true, result: { kind: 'answer', rcode: 'NXDOMAIN', answers: [] } });
    const servfail = await queryInWorker({ resolver: withCors.dohUrl, name: 'bad.broken.test', type: 'A' });
    expect(servfail).toMatchObject({ ok: true, result: { kind: 'answer', rcode: 'SERVFAIL' } });
  });

  it('the worker keeps one cache: ten identical queries and a repeat cause one request', async () => {
    const name = 'sw-ten.unsigned.test';
    const results = await ext.serviceWorker.evaluate(async ({ url, name }) => {
      const hook = (globalThis as { mailtrustDnsQuery?: (r: DnsQueryRequest) => Promise<DnsQueryResponse> }).mailtrustDnsQuery!;
      const ten = await Promise.all(Array.from({ length: 10 }, () => hook({ resolver: url, name, type: 'A' })));
      return [...ten, await hook({ resolver: url, name, type: 'A' })];
    }, { url: withCors.dohUrl, name });
    expect(results.every((r) => r.ok && r.result.kind === 'answer' && r.result.answers.length === 1)).toBe(true);
    expect(withCors.queriesFor(name)).toBe(1);
  });

  it('without the CORS header the worker may not read the answer: a network failure, not a crash', async () => {
    const response = await queryInWorker({ resolver: withoutCors.dohUrl, name: 'nocors.unsigned.test', type: 'A', timeoutMs: 5000 });
    expect(response).toMatchObject({ ok: true, result: { kind: 'failure', reason: 'network' } });
    // The GET did go out (it is a CORS simple request); only reading the answer is refused.
    expect(withoutCors.queriesFor('nocors.unsigned.test')).toBeGreaterThanOrEqual(1);
  });

  it('an extension page may read the CORS-enabled endpoint with GET too', async () => {
    const page = await ext.openPage('popup.html');
    // signed.test A, id 0, RD: the GET the client sends, written out.
    const status = await page.evaluate(async (url) => {
      const response = await fetch(`${url}?dns=AAABAAABAAAAAAAABnNpZ25lZAR0ZXN0AAABAAE`, { headers: { accept: 'application/dns-message' } });
      return { status: response.status, type: response.headers.get('content-type'), bytes: (await response.arrayBuffer()).byteLength };
    }, withCors.dohUrl);
    expect(status.status).toBe(200);
    expect(status.type).toBe('application/dns-message');
    expect(status.bytes).toBeGreaterThan(12);
    await page.close();
  });

  it('a bad resolver choice comes back as an error message, not an exception', async () => {
    const response = await queryInWorker({ resolver: 'http://doh.example.net/dns-query', name: 'signed.test', type: 'A' });
    expect(response).toMatchObject({ ok: false, error: expect.stringContaining('https:') });
  });
});
