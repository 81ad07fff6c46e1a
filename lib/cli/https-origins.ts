// Which HTTP version each https origin speaks, and the one HTTP/2 session kept per origin. RFC 8484 §5.2
// recommends HTTP/2 for DoH: a wave of questions (an analysis sends 7 at once) then travels as streams of
// one TLS connection instead of one handshake per question. The version is agreed in the TLS handshake
// (ALPN, RFC 7301; "h2" per RFC 9113 §3.2): a server that picks "http/1.1", or no protocol at all, is
// asked over HTTP/1.1 from then on.
import { connect as http2Connect, type ClientHttp2Session } from 'node:http2';
import { isIP } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions, type TLSSocket } from 'node:tls';
import { whenAborted } from '../dns/abortable';
import { networkError } from './network-error';

/**
 * How to send a request to an origin: on its HTTP/2 session (call `done` once the stream has closed, saying
 * whether a response came), or over HTTP/1.1.
 */
export type Route = { protocol: 'h2'; session: ClientHttp2Session; done: (answered: boolean) => void } | { protocol: 'http/1.1' };

/**
 * A stream that ended without a response (timed out, cancelled) may mean the connection is dead without a
 * FIN (a NAT or a server gone): then every later question on the session would time out too. A PING
 * (RFC 9113 §6.7) not acknowledged within this time ends the session, and the next question opens another.
 */
export const PING_TIMEOUT_MS = 2000;

type Origin =
  | { kind: 'connecting'; ready: Promise<void>; socket: TLSSocket; waiters: number }
  | { kind: 'h2'; session: ClientHttp2Session; streams: number; pinging: boolean }
  | { kind: 'http/1.1' };

type TrustOptions = Pick<ConnectionOptions, 'ca'>;

export class HttpsOrigins {
  private readonly origins = new Map<string, Origin>();

  constructor(private readonly trust: TrustOptions) {}

  /** The route for `url`'s origin, connecting first when there is no usable session; rejects when connecting fails or `signal` aborts. */
  async route(url: URL, signal: AbortSignal): Promise<Route> {
    const known = this.origins.get(url.origin);
    if (known?.kind === 'http/1.1') return { protocol: 'http/1.1' };
    if (known?.kind === 'h2' && usable(known.session)) return this.open(known);
    await this.waitFor(url.origin, known?.kind === 'connecting' ? known : this.connect(url), signal);
    // Once, not in a loop: a server that sends GOAWAY as soon as a session opens must not be reconnected forever.
    const settled = this.origins.get(url.origin);
    if (settled?.kind === 'http/1.1') return { protocol: 'http/1.1' };
    if (settled?.kind === 'h2' && usable(settled.session)) return this.open(settled);
    throw networkError('ERR_HTTP2_GOAWAY_SESSION');
  }

  /** Ends every session and pending handshake (the end of a batch or a benchmark's run). */
  close(): void {
    for (const origin of this.origins.values()) {
      if (origin.kind === 'h2') origin.session.destroy();
      if (origin.kind === 'connecting') origin.socket.destroy();
    }
    this.origins.clear();
  }

  private open(origin: Extract<Origin, { kind: 'h2' }>): Route {
    // A session with streams in flight keeps the process alive; an idle one must not, so that the CLI
    // exits as soon as its analysis is done.
    if (origin.streams++ === 0) origin.session.ref();
    let closed = false;
    return {
      protocol: 'h2',
      session: origin.session,
      done: (answered) => {
        if (closed) return;
        closed = true;
        if (!answered) checkAlive(origin);
        if (--origin.streams === 0 && !origin.session.destroyed) origin.session.unref();
      },
    };
  }

  private connect(url: URL): Extract<Origin, { kind: 'connecting' }> {
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const socket = tlsConnect({
      ...this.trust,
      host,
      port: Number(url.port || 443),
      // RFC 6066 §3: SNI carries host names only, never an address literal.
      ...(isIP(host) === 0 ? { servername: host } : {}),
      ALPNProtocols: ['h2', 'http/1.1'],
    });
    // As Node's HTTP/1.1 client does: a small request frame leaves at once instead of waiting on Nagle's
    // algorithm for the previous segment's ACK (up to the peer's delayed-ACK time, 40 ms on Linux).
    socket.setNoDelay(true);
    const ready = new Promise<void>((resolve, reject) => {
      socket.once('secureConnect', () => {
        socket.removeListener('close', closedEarly);
        if (socket.alpnProtocol === 'h2') this.startSession(url.origin, socket);
        else {
          // This connection is not kept for HTTP/1.1: the keep-alive agent opens its own.
          socket.destroy();
          this.origins.set(url.origin, { kind: 'http/1.1' });
        }
        resolve();
      });
      const closedEarly = () => {
        this.forget(url.origin, (origin) => origin.kind === 'connecting' && origin.socket === socket);
        // Closed during the TLS handshake without an error of its own.
        reject(networkError('ECONNRESET'));
      };
      // An 'error' (refused, TLS failure: its code says which) is followed by 'close'; the first settles.
      socket.once('error', (error) => {
        this.forget(url.origin, (origin) => origin.kind === 'connecting' && origin.socket === socket);
        reject(error);
      });
      socket.once('close', closedEarly);
    });
    // Every waiter handles the outcome; this keeps a connection nobody waits for any more from being an unhandled rejection.
    ready.catch(() => undefined);
    const origin = { kind: 'connecting' as const, ready, socket, waiters: 0 };
    this.origins.set(url.origin, origin);
    return origin;
  }

  private async waitFor(key: string, origin: Extract<Origin, { kind: 'connecting' }>, signal: AbortSignal): Promise<void> {
    origin.waiters++;
    let stopWatching = () => undefined as void;
    try {
      await new Promise<void>((resolve, reject) => {
        stopWatching = whenAborted(signal, () => reject(signal.reason ?? networkError('ABORT_ERR')));
        origin.ready.then(resolve, reject);
      });
    } finally {
      stopWatching();
      // A handshake that no request waits for any more (all timed out or were cancelled) is dropped, so
      // a server that never completes it holds neither a socket nor the process.
      if (--origin.waiters === 0 && this.origins.get(key) === origin) {
        this.origins.delete(key);
        origin.socket.destroy();
      }
    }
  }

  private startSession(key: string, socket: TLSSocket): void {
    const session = http2Connect(key, { createConnection: () => socket });
    const drop = () => this.forget(key, (origin) => origin.kind === 'h2' && origin.session === session);
    // A session that is going away takes no new streams (RFC 9113 §6.8): the next request opens another.
    // Its streams in flight fail on their own, each with its code; the session's error needs no more.
    session.once('goaway', drop);
    session.once('close', drop);
    session.on('error', drop);
    session.unref();
    this.origins.set(key, { kind: 'h2', session, streams: 0, pinging: false });
  }

  private forget(key: string, isThis: (origin: Origin) => boolean): void {
    const origin = this.origins.get(key);
    if (origin && isThis(origin)) this.origins.delete(key);
  }
}

function checkAlive(origin: Extract<Origin, { kind: 'h2' }>): void {
  const { session } = origin;
  if (origin.pinging || !usable(session)) return;
  origin.pinging = true;
  const deadline = setTimeout(() => {
    session.destroy(networkError('ETIMEDOUT'));
  }, PING_TIMEOUT_MS);
  deadline.unref();
  const settled = () => {
    clearTimeout(deadline);
    origin.pinging = false;
  };
  try {
    // Also called, with an error, when the session closes first: nothing more to do then.
    session.ping(settled);
  } catch {
    // Called from a stream's 'close' handler, where a throw would be uncaught: a session that cannot send
    // a PING now (closing as this stream closed) is on its way out anyway.
    settled();
  }
}

function usable(session: ClientHttp2Session): boolean {
  return !session.closed && !session.destroyed;
}
