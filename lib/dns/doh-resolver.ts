// One DNS-over-HTTPS endpoint (RFC 8484), on fetch and Uint8Array only, so the same code runs in Node,
// extension pages and the MV3 service worker (which has neither XMLHttpRequest nor Buffer).
import { whenAborted } from './abortable';
import { decodeResponse } from './decode-response';
import { DNS_MESSAGE, fetchTransport, type DohTransport } from './doh-transport';
import { encodeQuery, toBase64Url } from './encode-query';
import { normalizeName } from './normalize-name';
import { MAX_DNS_MESSAGE_BYTES } from './read-body';
import type { DnsFailure, DnsFailureCause, DnsMode, DnsResult, QueryOptions, RecordType, Resolver } from './types';

export interface DohOptions {
  /** The endpoint, e.g. https://cloudflare-dns.com/dns-query */
  url: string;
  /** How the report names this resolver. */
  label: string;
  /** Per request; a failure then carries it (`timeoutMs`), worded "timeout after 3 s". */
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
    const fail = (name: string, cause: DnsFailureCause): DnsFailure => ({ kind: 'failure', name, type, ...cause, ms: elapsed(), resolver: this.label });
    const normalized = normalizeName(rawName);
    if (!normalized.ok) return fail(rawName, { reason: 'invalid-name', problem: normalized.problem });
    const name = normalized.name;
    if (options.signal?.aborted) return fail(name, { reason: 'aborted' });

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
      // createResolver refuses such a URL first; a DohResolver made directly with one reaches nothing.
      if (this.getPrefix === null) return fail(name, { reason: 'network', code: 'ERR_INVALID_URL' });
      const url = method === 'GET' ? this.getPrefix + toBase64Url(message) : this.options.url;
      const reply = await this.transport({ url, method, message, signal: controller.signal });
      // fetch's Response.ok: a status in 200-299.
      if (reply.status < 200 || reply.status > 299) {
        await reply.discard();
        return fail(name, { reason: 'http-status', httpStatus: reply.status });
      }
      // RFC 8484 §4.2.1: a DoH answer is application/dns-message; anything else (an HTML error page) is not DNS.
      if (!(reply.contentType ?? '').toLowerCase().startsWith(DNS_MESSAGE)) {
        await reply.discard();
        return fail(name, { reason: 'malformed-answer', problem: { problem: 'content-type', contentType: reply.contentType } });
      }
      const body = await reply.read(MAX_DNS_MESSAGE_BYTES);
      if (!body.ok) return fail(name, { reason: 'malformed-answer', problem: body.problem });
      const decoded = decodeResponse(body.bytes, name, type);
      if (!decoded.ok) return fail(name, { reason: 'malformed-answer', problem: decoded.problem });
      const { ttl, ...parts } = decoded;
      return { kind: 'answer', name, type, ...parts, ms: elapsed(), resolver: this.label, ...(ttl === undefined ? {} : { ttl }) };
    } catch (error) {
      if (timedOut) return fail(name, { reason: 'timeout', timeoutMs: this.options.timeoutMs });
      if (options.signal?.aborted) return fail(name, { reason: 'aborted' });
      return fail(name, { reason: 'network', code: errorCode(error) });
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

/**
 * The platform's code for a failed exchange (ECONNREFUSED, ENOTFOUND, ECONNRESET): Node's http sets it on
 * the error, fetch on the error's cause ("fetch failed" says nothing more); a browser's fetch gives none.
 */
function errorCode(error: unknown): string | null {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 3; current = current.cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
  }
  return null;
}
