// The CLI's DoH transport over TLS: HTTP/2 where the server agrees (ALPN), HTTP/1.1 where it does not,
// counted from the server's side (protocol of each request, TLS connections opened); and every way an
// HTTP/2 exchange can fail ends as a DnsFailure with a code, never a hang, a pass or an uncaught error.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { PING_TIMEOUT_MS } from '../../lib/cli/https-origins';
import { createNodeDohTransport } from '../../lib/cli/node-doh-transport';
import { createResolver } from '../../lib/dns/create-resolver';
import { DohResolver } from '../../lib/dns/doh-resolver';
import type { DohTransport } from '../../lib/dns/doh-transport';
import type { Report } from '../../lib/report/types';
import { message, NOW } from '../analyze/scenario-kit';
import { ACME, acmeHeaders, acmeZone } from '../helpers/acme-zones';
import { startTcpRelay } from '../helpers/tcp-relay';
import { startTlsDohServer, type Flavour, type Misbehaviour, type TlsDohServer } from '../helpers/tls-doh-server';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
let zone: Record<string, unknown> = {};
const raw = message(acmeHeaders());

beforeAll(async () => {
  zone = await acmeZone();
});

async function withServer<T>(flavour: Flavour, work: (server: TlsDohServer) => Promise<T>, misbehave?: (nth: number) => Misbehaviour | null): Promise<T> {
  const server = await startTlsDohServer({ flavour, zone, ...(misbehave ? { misbehave } : {}) });
  try {
    return await work(server);
  } finally {
    await server.stop();
  }
}

async function analyzeOver(server: TlsDohServer, transport: DohTransport): Promise<Report> {
  const created = createResolver({ resolver: server.url, fallback: false, cache: false, transport });
  if (!created.ok) throw new Error(JSON.stringify(created.problem));
  return analyze(raw, { resolver: created.resolver, now: NOW });
}

/** What an analysis concluded, without timings: identical over every protocol. */
const outcome = (report: Report) => ({
  verdict: report.verdict.level,
  findings: report.findings.map((finding) => finding.id).sort(),
  queries: report.dns.queries.map((query) => `${query.type} ${query.name} ${query.rcode}`).sort(),
});

describe('protocol choice, seen from the server', () => {
  it('h2 server: every question of an analysis travels over HTTP/2 on one TLS connection', async () => {
    await withServer('h2', async (server) => {
      const report = await analyzeOver(server, createNodeDohTransport({ ca: server.ca }));
      const protocols = await server.protocols();
      expect(report.verdict.level).not.toBe('unknown');
      expect(report.dns.queries.every((query) => query.rcode !== undefined)).toBe(true);
      expect(protocols.length).toBeGreaterThanOrEqual(5);
      expect(new Set(protocols)).toEqual(new Set(['2.0']));
      expect(await server.connections()).toBe(1);
    });
  });

  it('a later analysis reuses the same session: still one TLS connection', async () => {
    await withServer('h2', async (server) => {
      const transport = createNodeDohTransport({ ca: server.ca });
      await analyzeOver(server, transport);
      await analyzeOver(server, transport);
      expect(await server.connections()).toBe(1);
    });
  });

  it('server offering both: ALPN picks h2, and the answers equal those over an HTTP/1.1-only server', async () => {
    const overH2 = await withServer('both', async (server) => {
      const report = await analyzeOver(server, createNodeDohTransport({ ca: server.ca }));
      expect(new Set(await server.protocols())).toEqual(new Set(['2.0']));
      expect(await server.connections()).toBe(1);
      return outcome(report);
    });
    const overH1 = await withServer('http/1.1', async (server) => {
      const report = await analyzeOver(server, createNodeDohTransport({ ca: server.ca }));
      expect(new Set(await server.protocols())).toEqual(new Set(['1.1']));
      return outcome(report);
    });
    expect(overH1).toEqual(overH2);
    expect(overH2.findings).toContain('spf.pass');
  });

  it('HTTP/1.1-only server: the fallback answers, and later requests go straight to HTTP/1.1 keep-alive sockets', async () => {
    await withServer('http/1.1', async (server) => {
      const transport = createNodeDohTransport({ ca: server.ca });
      const doh = new DohResolver({ url: server.url, label: 'h1', timeoutMs: 5000, transport });
      expect(await doh.query(ACME, 'TXT')).toMatchObject({ kind: 'answer', rcode: 'NOERROR', answers: [{ type: 'TXT' }] });
      // The agent's own connection, and the ALPN probe's unless the client dropped it before the server
      // finished its side of the handshake.
      const afterFirst = await server.connections();
      expect(afterFirst).toBeLessThanOrEqual(2);
      for (let i = 0; i < 3; i++) expect(await doh.query(ACME, 'MX')).toMatchObject({ kind: 'answer', rcode: 'NOERROR' });
      expect(await server.connections()).toBe(afterFirst);
      expect(await server.protocols()).toEqual(['1.1', '1.1', '1.1', '1.1']);
    });
  });

  it('POST (RFC 8484 §4.1) over HTTP/2 gives the answer GET gives, on the same session', async () => {
    await withServer('h2', async (server) => {
      const transport = createNodeDohTransport({ ca: server.ca });
      const [viaGet, viaPost] = await Promise.all((['GET', 'POST'] as const).map((method) =>
        new DohResolver({ url: server.url, label: 'h2', timeoutMs: 5000, method, transport }).query(ACME, 'TXT')));
      expect(viaPost).toMatchObject({ kind: 'answer', rcode: 'NOERROR', answers: [{ type: 'TXT' }] });
      expect(viaPost?.kind === 'answer' ? viaPost.answers : null).toEqual(viaGet?.kind === 'answer' ? viaGet.answers : undefined);
      expect(await server.protocols()).toEqual(['2.0', '2.0']);
      expect(await server.connections()).toBe(1);
    });
  });

  it('http2: false keeps an h2-capable server on HTTP/1.1 (the benchmark baseline)', async () => {
    await withServer('both', async (server) => {
      await analyzeOver(server, createNodeDohTransport({ ca: server.ca, http2: false }));
      expect(new Set(await server.protocols())).toEqual(new Set(['1.1']));
      expect(await server.connections()).toBeGreaterThan(1);
    });
  });
});

describe('failures over HTTP/2 become DnsFailures', () => {
  const query = (server: TlsDohServer, transport: DohTransport, timeoutMs = 5000) => new DohResolver({ url: server.url, label: 'h2', timeoutMs, transport }).query(ACME, 'TXT');

  // Each fault hits the first question only; the second must then be answered, on the same connection or
  // on a new one as the fault requires.
  const FAULTS: { misbehaviour: Misbehaviour; says: string; timeoutMs: number; first: Record<string, unknown>; connections: number }[] = [
    { misbehaviour: 'reset', says: 'a stream reset by the server is a network failure with its code; the session serves the next question', timeoutMs: 5000, first: { kind: 'failure', reason: 'network', code: 'ERR_HTTP2_STREAM_ERROR' }, connections: 1 },
    { misbehaviour: 'goaway', says: 'after GOAWAY NO_ERROR the accepted question is answered, and the next one opens a new session', timeoutMs: 5000, first: { kind: 'answer', rcode: 'NOERROR' }, connections: 2 },
    { misbehaviour: 'goaway-error', says: "GOAWAY with an error fails the question with the session's code; the next one opens a new session", timeoutMs: 5000, first: { kind: 'failure', reason: 'network', code: 'ERR_HTTP2_SESSION_ERROR' }, connections: 2 },
    { misbehaviour: 'cut-body', says: 'half the declared body, then the connection dropped: a network failure with a code, never a short answer', timeoutMs: 5000, first: { kind: 'failure', reason: 'network', code: 'ERR_BODY_INCOMPLETE' }, connections: 2 },
    { misbehaviour: 'reset-mid-body', says: 'half the declared body, then a NO_ERROR reset: a network failure, never a short answer; the session goes on', timeoutMs: 5000, first: { kind: 'failure', reason: 'network', code: 'ERR_BODY_INCOMPLETE' }, connections: 1 },
    { misbehaviour: 'silent', says: "no answer within the resolver's limit: timeout; the stream is reset and the session goes on", timeoutMs: 300, first: { kind: 'failure', reason: 'timeout', timeoutMs: 300 }, connections: 1 },
    { misbehaviour: 'stall-body', says: 'a body that stops halfway: timeout while reading; the stream is reset and the session goes on', timeoutMs: 300, first: { kind: 'failure', reason: 'timeout', timeoutMs: 300 }, connections: 1 },
  ];

  it.each(FAULTS)('$misbehaviour: $says', async ({ misbehaviour, timeoutMs, first, connections }) => {
    await withServer('h2', async (server) => {
      const transport = createNodeDohTransport({ ca: server.ca });
      expect(await query(server, transport, timeoutMs)).toMatchObject(first);
      expect(await query(server, transport)).toMatchObject({ kind: 'answer', rcode: 'NOERROR' });
      expect(await server.connections()).toBe(connections);
    }, (nth) => (nth === 0 ? misbehaviour : null));
  });

  it('a connection gone silent: the question times out, an unanswered PING ends the session, and a new one answers', async () => {
    await withServer('h2', async (server) => {
      const relay = await startTcpRelay(Number(new URL(server.url).port));
      try {
        const url = server.url.replace(/:\d+\//, `:${relay.port}/`);
        const transport = createNodeDohTransport({ ca: server.ca });
        const doh = (timeoutMs: number) => new DohResolver({ url, label: 'relayed', timeoutMs, transport });
        expect(await doh(5000).query(ACME, 'TXT')).toMatchObject({ kind: 'answer' });
        relay.freeze();
        expect(await doh(300).query(ACME, 'MX')).toMatchObject({ kind: 'failure', reason: 'timeout' });
        // Sent on the silent session before its PING deadline: ends with the session, with the PING's code.
        expect(await doh(PING_TIMEOUT_MS + 5000).query(ACME, 'A')).toMatchObject({ kind: 'failure', reason: 'network', code: 'ETIMEDOUT' });
        expect(await doh(5000).query(ACME, 'TXT')).toMatchObject({ kind: 'answer', rcode: 'NOERROR' });
        expect(await server.connections()).toBe(2);
      } finally {
        await relay.stop();
      }
    });
  });

  it('a certificate the client does not trust: a network failure with the TLS code, never an answer', async () => {
    await withServer('h2', async (server) => {
      const result = await query(server, createNodeDohTransport());
      expect(result).toMatchObject({ kind: 'failure', reason: 'network', code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
      expect(await server.protocols()).toEqual([]);
    });
  });

  it('a refused connection: ECONNREFUSED', async () => {
    const closed = await startTlsDohServer({ flavour: 'h2', zone });
    await closed.stop();
    const result = await new DohResolver({ url: closed.url, label: 'closed', timeoutMs: 5000, transport: createNodeDohTransport({ ca: closed.ca }) }).query(ACME, 'TXT');
    expect(result).toMatchObject({ kind: 'failure', reason: 'network', code: 'ECONNREFUSED' });
  });

  it('a cancel while the TLS handshake is pending rejects at once', async () => {
    await withServer('h2', async (server) => {
      const controller = new AbortController();
      const pending = new DohResolver({ url: server.url, label: 'h2', timeoutMs: 5000, transport: createNodeDohTransport({ ca: server.ca }) }).query(ACME, 'TXT', { signal: controller.signal });
      controller.abort();
      expect(await pending).toMatchObject({ kind: 'failure', reason: 'aborted' });
      expect(await server.protocols()).toEqual([]);
    });
  });
});

describe('the built CLI over HTTP/2', () => {
  let dir = '';
  let cli = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mailtrust-h2-cli-'));
    cli = join(dir, 'cli.mjs');
    // scripts/build-cli.mjs's options, into a temp file so parallel runs do not race over dist/.
    await build({ entryPoints: [join(ROOT, 'lib/cli/bin.ts')], outfile: cli, bundle: true, platform: 'node', target: 'node20', format: 'esm', banner: { js: '#!/usr/bin/env node' }, logLevel: 'error' });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('exits on its own as soon as the analysis is done: the idle session does not hold the process', async () => {
    await withServer('h2', async (server) => {
      const ca = join(dir, 'ca.pem');
      const eml = join(dir, 'acme.eml');
      await writeFile(ca, server.ca);
      await writeFile(eml, raw);
      const child = spawn(process.execPath, [cli, 'analyze', '--json', '--resolver', server.url, '--now', NOW.toISOString(), eml], { env: { ...process.env, NODE_EXTRA_CA_CERTS: ca }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      // Not a timing assertion: a process held open by its session would never exit, and is killed here.
      const killer = setTimeout(() => child.kill(), 20_000);
      const code = await new Promise<number | null>((done) => child.once('exit', (exitCode) => done(exitCode)));
      clearTimeout(killer);
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      const report = JSON.parse(stdout) as Report;
      expect(report.findings.map((finding) => finding.id)).toContain('spf.pass');
      expect(new Set(await server.protocols())).toEqual(new Set(['2.0']));
      expect(await server.connections()).toBe(1);
    });
  }, 60_000);
});
