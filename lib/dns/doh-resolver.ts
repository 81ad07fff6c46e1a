// One DNS-over-HTTPS endpoint (RFC 8484), on fetch and Uint8Array only, so the same code runs in Node,
// extension pages and the MV3 service worker (which has neither XMLHttpRequest nor Buffer).
import { whenAborted } from './abortable';
import { decodeResponse } from './decode-response';
import { encodeQuery, toBase64Url } from './encode-query';
import { normalizeName } from './normalize-name';
import { readBody } from './read-body';
import type { DnsFailure, DnsFailureReason, DnsMode, DnsResult, QueryOptions, RecordType, Resolver } from './types';

export interface DohOptions {
  /** The endpoint, e.g. https://cloudflare-dns.com/dns-query */
  url: string;
  /** How the report names this resolver. */
  label: string;
  /** Per request; the failure then reads "timeout after 3 s". */
  timeoutMs: number;
  /**
   * GET (default) is a CORS "simple request" and HTTP-cacheable (RFC 8484 §4.1); POST sends
   * application/dns-message, which a browser pre-flights when the origin lacks host permission.
   */
  method?: 'GET' | 'POST';
}

const DNS_MESSAGE = 'application/dns-message';

export class DohResolver implements Resolver {
  readonly label: string;
  readonly mode: DnsMode = 'doh';

  constructor(private readonly options: DohOptions) {
    this.label = options.label;
  }

  async query(rawName: string, type: RecordType, options: QueryOptions = {}): Promise<DnsResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const fail = (name: string, reason: DnsFailureReason, message: string, httpStatus?: number): DnsFailure => ({
      kind: 'failure', name, type, reason, message, ms: elapsed(), resolver: this.label, ...(httpStatus === undefined ? {} : { httpStatus }),
    });
    const normalized = normalizeName(rawName);
    if (!normalized.ok) return fail(rawName, 'invalid-name', normalized.error);
    const name = normalized.name;
    if (options.signal?.aborted) return fail(name, 'aborted', 'the query was cancelled');

    // One controller for both the caller's cancel and our timeout, so we can tell them apart afterwards.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.timeoutMs);
    const stopWatching = options.signal ? whenAborted(options.signal, () => controller.abort()) : undefined;
    try {
      const response = await this.send(encodeQuery(name, type), controller.signal);
      if (!response.ok) {
        await response.body?.cancel();
        return fail(name, 'http-status', `HTTP ${response.status} from ${this.options.url}`, response.status);
      }
      const contentType = response.headers.get('content-type') ?? '';
      // RFC 8484 §4.2.1: a DoH answer is application/dns-message; anything else (an HTML error page) is not DNS.
      if (!contentType.toLowerCase().startsWith(DNS_MESSAGE)) {
        await response.body?.cancel();
        return fail(name, 'malformed-answer', `the answer is ${contentType || 'untyped'}, not ${DNS_MESSAGE}`);
      }
      const body = await readBody(response);
      if (!body.ok) return fail(name, 'malformed-answer', body.error);
      const decoded = decodeResponse(body.bytes, name, type);
      if (!decoded.ok) return fail(name, 'malformed-answer', `unreadable answer: ${decoded.error}`);
      const { ttl, ...parts } = decoded;
      return { kind: 'answer', name, type, ...parts, ms: elapsed(), resolver: this.label, ...(ttl === undefined ? {} : { ttl }) };
    } catch (error) {
      if (timedOut) return fail(name, 'timeout', `timeout after ${formatSeconds(this.options.timeoutMs)}`);
      if (options.signal?.aborted) return fail(name, 'aborted', 'the query was cancelled');
      return fail(name, 'network', `network error reaching ${this.options.url}: ${describe(error)}`);
    } finally {
      clearTimeout(timer);
      stopWatching?.();
    }
  }

  private send(message: Uint8Array, signal: AbortSignal): Promise<Response> {
    if (this.options.method === 'POST') {
      return fetch(this.options.url, {
        method: 'POST',
        headers: { accept: DNS_MESSAGE, 'content-type': DNS_MESSAGE },
        body: new Uint8Array(message),
        signal,
      });
    }
    const url = new URL(this.options.url);
    url.searchParams.set('dns', toBase64Url(message));
    // Accept with this value keeps GET a CORS-safelisted request (no pre-flight).
    return fetch(url.href, { method: 'GET', headers: { accept: DNS_MESSAGE }, signal });
  }
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1))} s`;
}

/** fetch's TypeError says only "fetch failed" in Node; the cause names the socket error. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause ? `${error.message} (${cause})` : error.message;
}
