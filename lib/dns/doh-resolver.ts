// One DNS-over-HTTPS endpoint (RFC 8484), on fetch and Uint8Array only, so the same code runs in Node,
// extension pages and the MV3 service worker (which has neither XMLHttpRequest nor Buffer).
import { whenAborted } from './abortable';
import { decodeResponse } from './decode-response';
import { DNS_MESSAGE, fetchTransport, type DohTransport } from './doh-transport';
import { encodeQuery, toBase64Url } from './encode-query';
import { normalizeName } from './normalize-name';
import { MAX_DNS_MESSAGE_BYTES } from './read-body';
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
  /** The HTTP exchange; default fetch (see doh-transport.ts). */
  transport?: DohTransport;
}

export class DohResolver implements Resolver {
  readonly label: string;
  readonly mode: DnsMode = 'doh';
  private readonly transport: DohTransport;
  /** For GET: the endpoint's URL up to where the `dns` parameter's value goes, built once; null for a URL that does not parse. */
  private readonly getPrefix: string | null;

  constructor(private readonly options: DohOptions) {
    this.label = options.label;
    this.transport = options.transport ?? fetchTransport;
    this.getPrefix = urlBeforeDnsValue(options.url);
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
      const message = encodeQuery(name, type);
      const method = this.options.method ?? 'GET';
      if (this.getPrefix === null) throw new TypeError(`invalid resolver URL ${this.options.url}`);
      const url = method === 'GET' ? this.getPrefix + toBase64Url(message) : this.options.url;
      const reply = await this.transport({ url, method, message, signal: controller.signal });
      // fetch's Response.ok: a status in 200-299.
      if (reply.status < 200 || reply.status > 299) {
        await reply.discard();
        return fail(name, 'http-status', `HTTP ${reply.status} from ${this.options.url}`, reply.status);
      }
      const contentType = reply.contentType ?? '';
      // RFC 8484 §4.2.1: a DoH answer is application/dns-message; anything else (an HTML error page) is not DNS.
      if (!contentType.toLowerCase().startsWith(DNS_MESSAGE)) {
        await reply.discard();
        return fail(name, 'malformed-answer', `the answer is ${contentType || 'untyped'}, not ${DNS_MESSAGE}`);
      }
      const body = await reply.read(MAX_DNS_MESSAGE_BYTES);
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
}

/** RFC 8484 §4.1: GET carries the query in the `dns` parameter, base64url (RFC 4648 §5), which needs no percent-encoding, so each query only appends its value to this. */
function urlBeforeDnsValue(endpoint: string): string | null {
  if (!URL.canParse(endpoint)) return null;
  const url = new URL(endpoint);
  url.hash = '';
  url.searchParams.delete('dns');
  url.searchParams.append('dns', '');
  return url.href;
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
