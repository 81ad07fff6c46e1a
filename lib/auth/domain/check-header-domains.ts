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

export async function checkHeaderDomains(entries: HeaderDomain[], resolver: Resolver, options: { signal?: AbortSignal } = {}): Promise<HeaderDomainsResult> {
  const dns = recordQueries(resolver);
  const byDomain = new Map<string, { roles: HeaderRole[]; existence?: DomainExistence }>();
  for (const entry of entries) {
    const domain = domainOf(entry.domain);
    const seen = byDomain.get(domain) ?? { roles: [] };
    if (!seen.roles.includes(entry.role)) seen.roles.push(entry.role);
    byDomain.set(domain, seen);
  }
  // Sequential, so the recorded queries keep the order of the header fields.
  for (const [domain, seen] of byDomain) seen.existence = await checkDomainExists(domain, dns, options);

  const checks: HeaderDomainCheck[] = [];
  const result: HeaderDomainsResult = { checks, problems: [], unchecked: [], queries: dns.queries };
  for (const entry of entries) {
    const domain = domainOf(entry.domain);
    const existence = byDomain.get(domain)?.existence;
    if (existence) checks.push({ role: entry.role, domain, existence });
  }
  for (const [domain, { roles, existence }] of byDomain) {
    if (existence?.result === 'nonexistent') result.problems.push({ kind: 'nonexistent', domain, roles });
    if (existence?.result === 'invalid') result.problems.push({ kind: 'invalid', domain, roles, reason: existence.reason });
    if (existence?.result === 'temperror') result.unchecked.push({ domain, roles, message: existence.message });
  }
  return result;
}

function domainOf(text: string): string {
  const at = text.lastIndexOf('@');
  return normalizeDomain((at >= 0 ? text.slice(at + 1) : text).replace(/>$/, ''));
}
