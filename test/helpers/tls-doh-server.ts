// A DNS-over-HTTPS endpoint over TLS on loopback, with a throwaway self-signed certificate made at run
// time, speaking HTTP/2 only, HTTP/1.1 only, or both (ALPN picks). It answers by forwarding each question
// to a delayed DoH server (delayed-doh-server.ts: the zone's answers, held a fixed time), as dnsdist
// fronts BIND, and records from the server's side which protocol each request used and how many TLS
// connections were opened. A test can make it misbehave per request: reset the stream, send GOAWAY,
// close the connection mid-body, or never answer.
import { execFileSync, fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createSecureServer, constants as http2, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Socket } from 'node:net';
import { startDelayedDohServer, type DelayedDohServer } from './delayed-doh-server';

export type Flavour = 'h2' | 'http/1.1' | 'both';
/**
 * reset: RST_STREAM INTERNAL_ERROR instead of an answer; goaway: GOAWAY NO_ERROR, then the answer (the
 * stream was accepted); goaway-error: GOAWAY INTERNAL_ERROR, no answer; cut-body: half the declared body,
 * then the TCP connection dropped; reset-mid-body: half the body, then RST_STREAM NO_ERROR; stall-body: half
 * the body, then nothing more; silent: no answer.
 */
export type Misbehaviour = 'reset' | 'goaway' | 'goaway-error' | 'cut-body' | 'reset-mid-body' | 'stall-body' | 'silent';

export interface TlsDohServer {
  url: string;
  /** The PEM certificate the server presents, to trust as the CA. */
  ca: string;
  /** Protocol of each request since the last reset ('2.0' or '1.1'), in arrival order. */
  protocols(): Promise<string[]>;
  /** TLS connections accepted since the last reset. */
  connections(): Promise<number>;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export interface TlsDohOptions {
  flavour: Flavour;
  zone: Record<string, unknown>;
  delayMs?: number;
  /** Which misbehaviour, if any, for the nth request (0-based) since the last reset. */
  misbehave?: (nth: number) => Misbehaviour | null;
}

/** A self-signed certificate for 127.0.0.1 and localhost, valid one day, made with openssl. */
export function throwawayCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mailtrust-tls-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=mailtrust test DoH', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type AnyRequest = IncomingMessage | Http2ServerRequest;
type AnyResponse = ServerResponse | Http2ServerResponse;

export async function startTlsDohServer(options: TlsDohOptions): Promise<TlsDohServer> {
  const upstream: DelayedDohServer = await startDelayedDohServer(options.zone, options.delayMs ?? 0);
  const { key, cert } = throwawayCertificate();
  let protocols: string[] = [];
  let connections = 0;
  const sockets = new Set<Socket>();

  const handle = (request: AnyRequest, response: AnyResponse) => {
    const nth = protocols.length;
    protocols.push(request.httpVersion);
    void (async () => {
      const body = await readAll(request);
      const misbehaviour = options.misbehave?.(nth) ?? null;
      if (misbehaviour === 'silent') return;
      if (misbehaviour === 'reset' && 'stream' in request) return void request.stream.close(http2.NGHTTP2_INTERNAL_ERROR);
      if (misbehaviour === 'goaway-error' && 'stream' in request) return void request.stream.session?.goaway(http2.NGHTTP2_INTERNAL_ERROR);
      if (misbehaviour === 'goaway' && 'stream' in request) request.stream.session?.goaway(http2.NGHTTP2_NO_ERROR);
      const answer = await fetch(upstream.url.replace(/\/dns-query$/, '') + (request.url ?? '/'), {
        method: request.method ?? 'GET',
        headers: { accept: 'application/dns-message', 'content-type': 'application/dns-message' },
        ...(request.method === 'POST' ? { body } : {}),
      });
      const bytes = new Uint8Array(await answer.arrayBuffer());
      if (misbehaviour === 'cut-body' || misbehaviour === 'reset-mid-body' || misbehaviour === 'stall-body') {
        // Declares the whole answer and sends half of it.
        response.writeHead(200, { 'content-type': 'application/dns-message', 'content-length': String(bytes.byteLength) });
        const half = bytes.subarray(0, bytes.byteLength >> 1);
        if ('stream' in response) response.write(half);
        else response.write(half);
        if (misbehaviour === 'stall-body') return;
        const port = request.socket.remotePort;
        setTimeout(() => {
          if (misbehaviour === 'reset-mid-body' && 'stream' in request) request.stream.close(http2.NGHTTP2_NO_ERROR);
          // The TLS socket itself: over HTTP/2, request.socket's destroy() would reset only the stream.
          else for (const socket of sockets) if (socket.remotePort === port) socket.destroy();
        }, 20);
        return;
      }
      response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/octet-stream' });
      response.end(bytes);
    })().catch(() => request.socket.destroy());
  };

  const tls = { key, cert };
  const server = options.flavour === 'http/1.1'
    ? createHttpsServer({ ...tls, ALPNProtocols: ['http/1.1'] }, handle)
    : createSecureServer({ ...tls, allowHTTP1: options.flavour === 'both' }, handle);
  server.on('secureConnection', (socket: Socket) => {
    // As a DoH service does (and Node's HTTP/1.1 server by default): no Nagle delay on small answers.
    socket.setNoDelay(true);
    connections++;
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `https://127.0.0.1:${address.port}/dns-query`,
    ca: cert,
    protocols: async () => [...protocols],
    connections: async () => connections,
    async reset() {
      protocols = [];
      connections = 0;
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => (server as HttpsServer).close(() => done()));
      await upstream.stop();
    },
  };
}

async function readAll(request: AnyRequest): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

const CHILD_FLAG = 'MAILTRUST_TLS_DOH_SERVER_CHILD';
type ToChild = { kind: 'start'; options: Omit<TlsDohOptions, 'misbehave'> } | { kind: 'protocols' | 'connections' | 'reset'; id: number };
type FromChild = { kind: 'started'; url: string; ca: string } | { kind: 'reply'; id: number; value: unknown };

/**
 * The server in a child process running this same script (process.argv[1]), so that a benchmark's CPU
 * time is the client's alone; the script calls serveTlsIfChild() first and does nothing else when it
 * returns true.
 */
export async function startTlsDohServerProcess(options: Omit<TlsDohOptions, 'misbehave'>): Promise<TlsDohServer> {
  const script = process.argv[1];
  if (!script) throw new Error('no script to fork');
  const child = fork(script, [], { env: { ...process.env, [CHILD_FLAG]: '1' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting = new Map<number, (value: unknown) => void>();
  let nextId = 0;
  const started = await new Promise<{ url: string; ca: string }>((resolve, reject) => {
    child.once('error', reject);
    child.on('message', (message: FromChild) => {
      if (message.kind === 'started') resolve(message);
      else waiting.get(message.id)?.(message.value);
    });
    child.send({ kind: 'start', options } satisfies ToChild);
  });
  const ask = <T>(kind: 'protocols' | 'connections' | 'reset') =>
    new Promise<T>((resolve) => {
      const id = nextId++;
      waiting.set(id, (value) => resolve(value as T));
      child.send({ kind, id } satisfies ToChild);
    });
  return {
    ...started,
    protocols: () => ask<string[]>('protocols'),
    connections: () => ask<number>('connections'),
    reset: () => ask<void>('reset'),
    stop: () => new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill();
    }),
  };
}

/** In the child started by startTlsDohServerProcess: serves until killed, and returns true. */
export function serveTlsIfChild(): boolean {
  if (process.env[CHILD_FLAG] !== '1') return false;
  let server: TlsDohServer | null = null;
  process.on('message', (message: ToChild) => {
    void (async () => {
      if (message.kind === 'start') {
        server = await startTlsDohServer(message.options);
        process.send?.({ kind: 'started', url: server.url, ca: server.ca } satisfies FromChild);
        return;
      }
      if (!server) return;
      const value = message.kind === 'protocols' ? await server.protocols() : message.kind === 'connections' ? await server.connections() : await server.reset();
      process.send?.({ kind: 'reply', id: message.id, value } satisfies FromChild);
    })();
  });
  return true;
}
