// RFC 7489 §3.2: the Organizational Domain, found with the Public Suffix List (tldts carries a copy).
// DMARC alignment, and the PTR and HELO "inside the sender's domain" tests, all compare these.
import { getDomain } from 'tldts';

/**
 * The Organizational Domain of a DNS name: the public suffix plus one label ("mail.example.co.uk" ->
 * "example.co.uk"). A name that is itself a public suffix is its own organizational domain. undefined
 * for an IP address or text that is not a domain name.
 *
 * Only the ICANN section of the list is used (tldts' default), as RFC 7489 §3.2 step 3 describes one
 * list of public suffixes; the private section would split e.g. blogspot.com into one organization per user.
 */
export function organizationalDomain(name: string): string | undefined {
  const domain = normalizeDomain(name);
  if (domain === '' || !/^[\p{L}\p{N}_-]+(\.[\p{L}\p{N}_-]+)*$/u.test(domain)) return undefined;
  if (/^[\d.]+$/.test(domain)) return undefined;
  return getDomain(domain) ?? domain;
}

/** RFC 7489 §3.1 relaxed mode: two names are in the same organization when their Organizational Domains are equal. */
export function isSameOrganization(a: string, b: string): boolean {
  const left = organizationalDomain(a);
  return left !== undefined && left === organizationalDomain(b);
}

/** Lower case without a trailing dot: DNS names compare case-insensitively (RFC 4343). */
export function normalizeDomain(name: string): string {
  return name.trim().replace(/\.$/, '').toLowerCase();
}
