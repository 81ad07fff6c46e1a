// The article's "nonexistent domain names in sender and recipient headers": check the From, Reply-To,
// Sender, To and Return-Path domains, asking about each distinct domain once.
import { recordQueries } from '../../dns/recording-resolver';
import type { Resolver } from '../../dns/types';
import { normalizeDomain } from '../organizational-domain';
import { checkDomainExists } from './check-domain-exists';
import type { DomainExistence, HeaderDomainCheck, HeaderDomainsResult, HeaderRole } from './types';

/** One domain (or address, whose part after the last "@" is taken) per header role. */
export interface HeaderDomain {
  role: HeaderRole;
  domain: string;
}

// A message may name thousands of recipient domains; each costs a query. The sender's own domains come
// first, then recipients, up to this many distinct domains; the rest are named as not checked.
export const MAX_HEADER_DOMAINS = 20;

// The order in which domains are worth a query: the author's identity before its recipients.
const ROLE_PRIORITY: readonly HeaderRole[] = ['from', 'sender', 'reply-to', 'return-path', 'to'];

/** The distinct domains that will be checked, at most MAX_HEADER_DOMAINS, the sender's roles first. */
export function domainsToCheck(entries: readonly HeaderDomain[]): string[] {
  const chosen = new Set<string>();
  for (const role of ROLE_PRIORITY) {
    for (const entry of entries) {
      if (chosen.size >= MAX_HEADER_DOMAINS) return [...chosen];
      if (entry.role === role) chosen.add(domainOf(entry.domain));
    }
  }
  return [...chosen];
}

export async function checkHeaderDomains(entries: HeaderDomain[], resolver: Resolver, options: { signal?: AbortSignal } = {}): Promise<HeaderDomainsResult> {
  const dns = recordQueries(resolver);
  const byDomain = new Map<string, { roles: HeaderRole[]; existence?: DomainExistence }>();
  for (const entry of entries) {
    const domain = domainOf(entry.domain);
    const seen = byDomain.get(domain) ?? { roles: [] };
    if (!seen.roles.includes(entry.role)) seen.roles.push(entry.role);
    byDomain.set(domain, seen);
  }
  const checked = new Set(domainsToCheck(entries));
  // Sequential, so the recorded queries keep the order of the header fields.
  for (const [domain, seen] of byDomain) if (checked.has(domain)) seen.existence = await checkDomainExists(domain, dns, options);

  const checks: HeaderDomainCheck[] = [];
  const result: HeaderDomainsResult = { checks, problems: [], unchecked: [], skipped: 0, queries: dns.queries };
  for (const entry of entries) {
    const domain = domainOf(entry.domain);
    const existence = byDomain.get(domain)?.existence;
    if (existence) checks.push({ role: entry.role, domain, existence });
  }
  for (const [domain, { roles, existence }] of byDomain) {
    if (existence?.result === 'nonexistent') result.problems.push({ kind: 'nonexistent', domain, roles });
    if (existence?.result === 'invalid') result.problems.push({ kind: 'invalid', domain, roles, reason: existence.reason });
    if (existence?.result === 'temperror') result.unchecked.push({ domain, roles, cause: 'lookup-failed', message: existence.message });
  }
  // Past the limit, the first few skipped domains are named and the rest counted (the report stays linear).
  result.skipped = byDomain.size - checked.size;
  for (const [domain, { roles }] of byDomain) {
    if (result.unchecked.length >= 2 * MAX_HEADER_DOMAINS) break;
    // Worded when the Report is assembled (lib/i18n/checks.ts), from the limit.
    if (!checked.has(domain)) result.unchecked.push({ domain, roles, cause: 'over-limit', limit: MAX_HEADER_DOMAINS, message: '' });
  }
  return result;
}

function domainOf(text: string): string {
  const at = text.lastIndexOf('@');
  return normalizeDomain((at >= 0 ? text.slice(at + 1) : text).replace(/>$/, ''));
}
