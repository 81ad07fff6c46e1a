// RFC 7489 §6.6.3, policy discovery: _dmarc.<From domain>, then _dmarc.<Organizational Domain>.
import { askAhead } from '../../dns/ask-ahead';
import { recordQueries } from '../../dns/recording-resolver';
import { readAnswer, type LookupProblem, type Resolver } from '../../dns/types';
import { normalizeDomain, organizationalDomain } from '../organizational-domain';
import { isDmarcRecord, parseDmarcRecord } from './parse-record';
import type { PolicyDiscovery } from './types';

type DmarcRecordLookup = { kind: 'records'; texts: string[] } | { kind: 'failed'; problem: LookupProblem };

/** Finds the DMARC record that governs mail from this domain; never throws, DNS failures give temperror. */
export async function discoverPolicy(fromDomain: string, resolver: Resolver, options: { signal?: AbortSignal } = {}): Promise<PolicyDiscovery> {
  const answers = askAhead(resolver, options.signal ? { signal: options.signal } : {});
  // Records the questions discovery itself asks (its evidence), not the one asked ahead.
  const dns = recordQueries(answers.resolver);
  const domain = normalizeDomain(fromDomain);
  const orgDomain = organizationalDomain(domain);
  // The Organizational Domain's record is asked together with the From domain's: step 3 needs it only
  // when step 1 finds nothing, and then its answer is already in (one round trip instead of two).
  if (orgDomain !== undefined && orgDomain !== domain) answers.ahead(`_dmarc.${orgDomain}`, 'TXT');
  if (orgDomain === undefined) {
    return { kind: 'invalid-domain', fromDomain: domain, queries: dns.queries };
  }
  const common = { fromDomain: domain, organizationalDomain: orgDomain, queries: dns.queries };
  const domainsAsked = [domain];

  // Steps 1-2: the From domain's own records, keeping those that start with v=DMARC1.
  let lookup = await dmarcRecordsAt(dns, domain, options.signal);
  let at = domain;
  if (lookup.kind === 'failed') return { ...common, kind: 'temperror', domain, problem: lookup.problem };
  // Step 3-4: none there, so the Organizational Domain's (if it is a different name).
  if (lookup.texts.length === 0 && orgDomain !== domain) {
    domainsAsked.push(orgDomain);
    lookup = await dmarcRecordsAt(dns, orgDomain, options.signal);
    at = orgDomain;
    if (lookup.kind === 'failed') return { ...common, kind: 'temperror', domain: orgDomain, problem: lookup.problem };
  }
  // Step 5: several records, or none, end discovery: DMARC does not apply.
  const [text, ...others] = lookup.texts;
  if (text === undefined) return { ...common, kind: 'none', cause: 'no-record', records: [], domainsAsked };
  if (others.length > 0) return { ...common, kind: 'none', cause: 'multiple-records', records: lookup.texts, domainsAsked };
  return { ...common, kind: 'found', found: { domain: at, atOrganizationalDomain: at !== domain, record: parseDmarcRecord(text) } };
}

async function dmarcRecordsAt(dns: Resolver, domain: string, signal?: AbortSignal): Promise<DmarcRecordLookup> {
  const name = `_dmarc.${domain}`;
  // NXDOMAIN at _dmarc.<domain> only says there is no record there (an empty set, §6.6.3 step 1); a
  // failure or another rcode decides nothing.
  const read = readAnswer(await dns.query(name, 'TXT', { signal }));
  if ('problem' in read) return { kind: 'failed', problem: read.problem };
  const { answer } = read;
  const texts = answer.answers.flatMap((r) => (r.type === 'TXT' ? [r.strings.join('')] : []));
  return { kind: 'records', texts: texts.filter(isDmarcRecord) };
}
