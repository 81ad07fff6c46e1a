// The CLI's DoH transport, on Node's own http, https and http2 modules. Measured on loopback (18 parallel
// GETs, after warm-up): about 160 µs of client CPU per request over HTTP/1.1 against 500 µs for fetch,
// whose WHATWG streams, Request/Response objects and per-request abort plumbing the CLI does not need.
// https: URLs offer HTTP/2 (https-origins.ts): one connection per resolver carries a whole analysis.
// http: URLs (local servers, dnsdist's plain DoH) stay HTTP/1.1, never probed with h2c. The DNS around
// it (timeout, status, Content-Type, the 65,535-byte limit, decoding) stays in DohResolver, so every
// transport's reply is judged the same way.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { constants as http2, type ClientHttp2Session, type IncomingHttpHeaders, type IncomingHttpStatusHeader } from 'node:http2';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { ConnectionOptions } from 'node:tls';
import { DNS_MESSAGE, type DohReply, type DohRequest, type DohTransport } from '../dns/doh-transport';
import { HttpsOrigins } from './https-origins';
import { networkError } from './network-error';
import { readNodeBody } from './read-node-body';

export interface NodeDohTransportOptions {
  /** Certificates to trust instead of Node's bundled roots (a test's or a company's own CA); checks stay as strict. */
  ca?: ConnectionOptions['ca'];
  /** Offer HTTP/2 to https: servers (default true); false keeps every request on HTTP/1.1 (a benchmark's baseline). */
  http2?: boolean;
}

// Idle keep-alive sockets are unreferenced by Node's agent, so they never hold the process open. The
// resolver already caps requests in flight (limit-concurrency.ts); this only bounds the sockets.
const MAX_SOCKETS = 64;
const httpAgent = new HttpAgent({ keepAlive: true, maxSockets: MAX_SOCKETS });

/** A DoH transport that can also drop its connections at once (they are otherwise kept, unreferenced). */
export type NodeDohTransport = DohTransport & { close(): void };

export function createNodeDohTransport(options: NodeDohTransportOptions = {}): NodeDohTransport {
  const trust = options.ca === undefined ? {} : { ca: options.ca };
  // ALPN "http/1.1" here too: a server that speaks only h2 then refuses the handshake with a TLS alert
  // (a code) instead of accepting a connection it will never answer on.
  const httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets: MAX_SOCKETS, ALPNProtocols: ['http/1.1'], ...trust });
  const origins = options.http2 === false ? null : new HttpsOrigins(trust);
  const transport: DohTransport = async (request) => {
    if (!request.url.startsWith('https:')) return http1(request, httpRequest, httpAgent);
    if (!origins) return http1(request, httpsRequest, httpsAgent);
    const route = await origins.route(new URL(request.url), request.signal);
    return route.protocol === 'h2' ? http2Exchange(route.session, route.done, request) : http1(request, httpsRequest, httpsAgent);
  };
  return Object.assign(transport, {
    close() {
      // The plain-http agent is shared by every transport of the process; only this one's https side ends.
      httpsAgent.destroy();
      origins?.close();
    },
  });
}

/** Node's bundled roots, HTTP/2 where the server agrees. */
export const nodeDohTransport: NodeDohTransport = createNodeDohTransport();

function http1({ url, method, message, signal }: DohRequest, send: typeof httpRequest, agent: HttpAgent): Promise<DohReply> {
  return new Promise<DohReply>((resolve, reject) => {
    const headers: Record<string, string | number> = { accept: DNS_MESSAGE };
    if (method === 'POST') Object.assign(headers, { 'content-type': DNS_MESSAGE, 'content-length': message.byteLength });
    const request = send(url, { method, headers, agent, signal }, (response) => resolve(http1Reply(response)));
    request.once('error', reject);
    request.end(method === 'POST' ? message : undefined);
  });
}

function http1Reply(response: IncomingMessage): DohReply {
  return {
    status: response.statusCode ?? 0,
    contentType: response.headers['content-type'] ?? null,
    read: (limit) => readNodeBody(response, response.headers, limit),
    discard: async () => void response.destroy(),
  };
}

/** One DoH exchange as a stream of the origin's session (RFC 9113 §8.3.1 pseudo-headers). */
function http2Exchange(session: ClientHttp2Session, done: (answered: boolean) => void, { url, method, message, signal }: DohRequest): Promise<DohReply> {
  return new Promise<DohReply>((resolve, reject) => {
    const { pathname, search } = new URL(url);
    const headers: Record<string, string | number> = { ':method': method, ':path': pathname + search, accept: DNS_MESSAGE };
    if (method === 'POST') Object.assign(headers, { 'content-type': DNS_MESSAGE, 'content-length': message.byteLength });
    let stream;
    try {
      // The signal resets the stream (RST_STREAM CANCEL) and fails it with an AbortError, even mid-body.
      stream = session.request(headers, { endStream: method === 'GET', signal });
    } catch (error) {
      // The session closed between choosing it and using it (GOAWAY just arrived).
      done(true);
      return reject(error);
    }
    let answered = false;
    // Kept for the stream's whole life, so an error after the reply (unread body) is never an uncaught 'error'.
    stream.on('error', reject);
    stream.once('close', () => {
      done(answered);
      // A stream reset with NO_ERROR, or cut by its session's end, closes without an 'error': still a failure.
      if (!answered) reject(networkError('ERR_HTTP2_STREAM_CLOSED'));
    });
    stream.once('response', (response: IncomingHttpHeaders & IncomingHttpStatusHeader) => {
      answered = true;
      resolve({
        status: response[':status'] ?? 0,
        contentType: response['content-type'] ?? null,
        read: (limit) => readNodeBody(stream, response, limit),
        discard: async () => void stream.close(http2.NGHTTP2_CANCEL),
      });
    });
    if (method === 'POST') stream.end(message);
  });
}
