// The HTTP exchange under a DoH query (RFC 8484 §4), apart from the DNS around it, so that a host can
// hand in a lighter one: fetch runs everywhere (Node, extension pages, the MV3 service worker) and is
// the default; the CLI hands in Node's own http module (lib/cli/node-doh-transport.ts), which costs a
// third of fetch's client time per request, and a DoH answer's client time is on the critical path of
// every dependent lookup (SPF include inside include).
import { readBody, type BodyResult } from './read-body';

export const DNS_MESSAGE = 'application/dns-message';

export interface DohRequest {
  /** The full URL: for GET it already carries the `dns` parameter. */
  url: string;
  method: 'GET' | 'POST';
  /** The query's wire bytes, sent as the body of a POST. */
  message: Uint8Array;
  /** Ends the exchange (the caller's cancel or the timeout); the promise then rejects. */
  signal: AbortSignal;
}

export interface DohReply {
  status: number;
  /** The Content-Type header, or null when the server sent none. */
  contentType: string | null;
  /** The body, refused past `limit` bytes without buffering more than that. */
  read(limit: number): Promise<BodyResult>;
  /** Drops the body unread (an error status, a page that is not DNS). */
  discard(): Promise<void>;
}

/** Rejects only for a network failure or an abort; an HTTP error status is a reply. */
export type DohTransport = (request: DohRequest) => Promise<DohReply>;

export const fetchTransport: DohTransport = async ({ url, method, message, signal }) => {
  const response = method === 'POST'
    // Accept with this value keeps GET a CORS-safelisted request (no pre-flight); POST is pre-flighted anyway.
    ? await fetch(url, { method, headers: { accept: DNS_MESSAGE, 'content-type': DNS_MESSAGE }, body: new Uint8Array(message), signal })
    : await fetch(url, { method, headers: { accept: DNS_MESSAGE }, signal });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    read: (limit) => readBody(response, limit),
    discard: async () => void (await response.body?.cancel()),
  };
};
