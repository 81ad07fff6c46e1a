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

export type EndpointResult = { ok: true; url: string; label: string } | { ok: false; error: string };

/** A known id or a custom URL becomes an endpoint, or a sentence saying why it cannot be one. */
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
    return { ok: false, error: `"${choice}" is neither cloudflare, google, quad9 nor a URL` };
  }
  // RFC 8484 §5: DoH is HTTPS. Plain HTTP is accepted on loopback only, where a local test server runs.
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return { ok: false, error: `the resolver URL must use https: (${url.protocol} is only accepted for 127.0.0.1 and localhost)` };
  }
  if (url.search !== '') return { ok: false, error: 'the resolver URL must not carry a query string: the dns parameter goes there' };
  return { ok: true, url: url.href, label: url.href };
}
