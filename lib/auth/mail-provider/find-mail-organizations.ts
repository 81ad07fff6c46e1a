// Which organizations the author's domain hands its mail to (design notes, "Judgement"): its own
// organizational domain, the organizations of its MX hosts (the article's "matches an MX record"), and
// the domains its SPF record reaches through include: and redirect= (RFC 7208 §5.2, §6.1). A PTR or
// HELO name in one of them belongs to the sender; any other is "another domain".
import { readAnswer, type LookupProblem, type Resolver } from '../../dns/types';
import { organizationOf } from '../../path/organization-of';
import { normalizeDomain } from '../organizational-domain';
import type { MacroString } from '../spf/macro';
import { parseRecord } from '../spf/parse-record';
import { selectRecord } from '../spf/select-record';

export type MailOrganizationVia =
  /** The author's own organizational domain. */
  | 'author'
  /** The organization of one of the author domain's MX hosts. */
  | 'mx'
  /** A domain the author domain's SPF record reaches through include: or redirect=. */
  | 'spf';

export interface MailOrganization {
  organization: string;
  via: MailOrganizationVia;
  /** The MX host or SPF domain that makes it so (the author domain itself for 'author'). */
  name: string;
}

export interface MailOrganizations {
  authorDomain: string;
  organizations: MailOrganization[];
  /** Lookups that failed: while any is listed, "another domain" cannot be said for sure. */
  unchecked: LookupProblem[];
}

// RFC 7208 §4.6.4 allows 10 lookups for an evaluation; walking the includes needs no more.
const MAX_SPF_DOMAINS = 10;

export async function findMailOrganizations(authorDomain: string, resolver: Resolver, signal?: AbortSignal): Promise<MailOrganizations> {
  const domain = normalizeDomain(authorDomain);
  const found: MailOrganizations = { authorDomain: domain, organizations: [], unchecked: [] };
  const add = (name: string, via: MailOrganizationVia) => {
    const organization = organizationOf(name);
    if (organization && !found.organizations.some((entry) => entry.organization === organization)) found.organizations.push({ organization, via, name });
  };
  add(domain, 'author');
  await Promise.all([addMxHosts(domain, resolver, found, add, signal), addSpfDomains(domain, resolver, found, add, signal)]);
  return found;
}

async function addMxHosts(domain: string, resolver: Resolver, found: MailOrganizations, add: (name: string, via: MailOrganizationVia) => void, signal?: AbortSignal): Promise<void> {
  const organization = organizationOf(domain);
  // A subdomain sender (news.example.com) may rely on its organization's MX, as the HELO check does.
  for (const name of organization && organization !== domain ? [domain, organization] : [domain]) {
    const read = readAnswer(await resolver.query(name, 'MX', { signal }));
    if ('problem' in read) {
      found.unchecked.push(read.problem);
      continue;
    }
    for (const record of read.answer.answers) if (record.type === 'MX' && record.exchange !== '' && record.exchange !== '.') add(normalizeDomain(record.exchange), 'mx');
  }
}

async function addSpfDomains(domain: string, resolver: Resolver, found: MailOrganizations, add: (name: string, via: MailOrganizationVia) => void, signal?: AbortSignal): Promise<void> {
  const queue = [domain];
  const seen = new Set<string>();
  while (queue.length > 0 && seen.size < MAX_SPF_DOMAINS) {
    const current = queue.shift() as string;
    if (seen.has(current)) continue;
    seen.add(current);
    const selection = await selectRecord(resolver, current, { signal });
    if (selection.kind === 'temperror' && selection.cause.kind === 'lookup') found.unchecked.push(selection.cause.problem);
    if (selection.kind !== 'record') continue;
    const parsed = parseRecord(selection.text);
    if (!parsed.ok) continue;
    const targets = [
      ...parsed.record.directives.flatMap((directive) => (directive.mechanism.kind === 'include' ? [directive.mechanism.domain] : [])),
      ...(parsed.record.redirect ? [parsed.record.redirect.value] : []),
    ];
    for (const target of targets) {
      const name = literalDomain(target);
      if (!name) continue;
      add(name, 'spf');
      queue.push(name);
    }
  }
}

/** A domain-spec without macros (one with %{i} and the like names no fixed domain). */
function literalDomain(spec: MacroString): string | null {
  let text = '';
  for (const token of spec.tokens) {
    if (token.kind === 'macro') return null;
    text += token.text;
  }
  return text === '' ? null : normalizeDomain(text);
}
