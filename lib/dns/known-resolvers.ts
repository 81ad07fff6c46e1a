// The public DoH resolvers MailTrust knows; the extension's manifest grants host access to these only
// (wxt.config.ts). A custom endpoint is any HTTPS URL the user names.

export type KnownResolverId = 'cloudflare' | 'google' | 'quad9';

export interface KnownResolver {
  id: KnownResolverId;
  name: string;
  url: string;
  /** Asked when this one times out or fails twice; a different operator, so one outage does not stop us. */
  fallback: KnownResolverId;
}

export const KNOWN_RESOLVERS: Record<KnownResolverId, KnownResolver> = {
  cloudflare: { id: 'cloudflare', name: 'Cloudflare', url: 'https://cloudflare-dns.com/dns-query', fallback: 'google' },
  google: { id: 'google', name: 'Google', url: 'https://dns.google/dns-query', fallback: 'cloudflare' },
  quad9: { id: 'quad9', name: 'Quad9', url: 'https://dns.quad9.net/dns-query', fallback: 'cloudflare' },
};

export function isKnownResolverId(value: string): value is KnownResolverId {
  return Object.hasOwn(KNOWN_RESOLVERS, value);
}

/** Why a resolver choice cannot be an endpoint, as data (worded by lib/i18n/<lang>/dns.ts). */
export type EndpointProblem =
  /** Neither a known resolver's id nor a URL. */
  | { kind: 'not-a-url'; value: string }
  /** RFC 8484 §5: DoH is HTTPS; plain http: only on loopback. */
  | { kind: 'not-https'; protocol: string }
  /** RFC 8484 §4.1: the GET request puts the dns parameter in the query string. */
  | { kind: 'has-query' };

export type EndpointResult = { ok: true; url: string; label: string } | { ok: false; problem: EndpointProblem };

/** A known id or a custom URL becomes an endpoint, or the problem that says why it cannot be one. */
export function resolveEndpoint(choice: string): EndpointResult {
  const id = choice.trim().toLowerCase();
  if (isKnownResolverId(id)) {
    const known = KNOWN_RESOLVERS[id];
    return { ok: true, url: known.url, label: `${known.name} (${known.url})` };
  }
  let url: URL;
  try {
    url = new URL(choice.trim());
  } catch {
    return { ok: false, problem: { kind: 'not-a-url', value: choice } };
  }
  // RFC 8484 §5: DoH is HTTPS. Plain HTTP is accepted on loopback only, where a local test server runs.
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return { ok: false, problem: { kind: 'not-https', protocol: url.protocol } };
  }
  if (url.search !== '') return { ok: false, problem: { kind: 'has-query' } };
  return { ok: true, url: url.href, label: url.href };
}
