// Zendesk recommendation 2: the HELO/EHLO name must be a resolvable name (RFC 5321 §2.3.5) that leads
// back to the client, inside the sender's domain and one of its MX hosts. IP literals, localhost and
// made-up names earn low trust.
import { recordQueries } from '../../dns/recording-resolver';
import type { Resolver } from '../../dns/types';
import { normalizeDomain, organizationalDomain } from '../organizational-domain';
import { classifyHeloName } from './classify-name';
import { matchMx } from './match-mx';
import { resolveHeloName } from './resolve-name';
import type { HeloFacts, HeloProblem, HeloResult, HeloUnchecked } from './types';

export interface HeloInput {
  /** The HELO/EHLO argument (from the edge hop's Received "from" clause). */
  helo: string;
  /** The connecting client's address, when known. */
  ip?: string;
  /** The sender's domain (e.g. the From or MAIL FROM domain), for the organization and MX tests. */
  senderDomain?: string;
}

/** Checks one HELO name; never throws, DNS failures leave rules `unknown` and give temperror. */
export async function checkHelo(input: HeloInput, resolver: Resolver, options: { signal?: AbortSignal } = {}): Promise<HeloResult> {
  const dns = recordQueries(resolver);
  const base = evidenceOf(input, dns.queries);
  const facts = base.facts;

  const early = classifyHeloName(input.helo, input.ip);
  // Design notes, "Zone file": the static list of top-level domains judges only names the DNS in use
  // cannot answer for. A name it resolves exists, whatever its TLD (a zone file, a what-if overlay).
  if (early && early.kind !== 'invalid-tld') return staticResult(base, early, input);

  const host = normalizeDomain(input.helo);
  const problems: HeloProblem[] = [];
  const senderOrg = input.senderDomain === undefined ? undefined : organizationalDomain(input.senderDomain);
  // The MX test does not depend on the name's addresses: both leave at once (one round trip, not two).
  const mxMatch = base.senderDomain !== null && senderOrg !== undefined ? matchMx(dns, host, base.senderDomain, senderOrg, options.signal) : null;
  // If the address lookups throw (a resolver breaking its contract), the MX test is abandoned, not unhandled.
  mxMatch?.catch(() => undefined);
  const resolution = await resolveHeloName(dns, host, input.ip, options.signal);
  base.addresses = resolution.addresses;
  facts.resolves = resolution.resolves;
  facts.leadsToConnectingIp = resolution.leadsToConnectingIp;
  if (early && resolution.resolves !== 'yes') return { ...base, result: 'fail', facts, problems: [early] };
  if (resolution.problem) problems.push(resolution.problem);
  if (resolution.unchecked) base.unchecked.push(resolution.unchecked);

  if (mxMatch && base.senderDomain !== null && senderOrg !== undefined) {
    const heloOrg = organizationalDomain(host);
    facts.sameOrganization = heloOrg === senderOrg ? 'yes' : 'no';
    if (heloOrg !== undefined && heloOrg !== senderOrg) {
      problems.push({ kind: 'foreign-domain', organizationalDomain: heloOrg, senderDomain: base.senderDomain, senderOrganizationalDomain: senderOrg });
    }
    const mx = await mxMatch;
    base.mxHosts = mx.hosts;
    facts.matchesMx = mx.outcome;
    if (mx.outcome === 'no') problems.push({ kind: 'not-mx', mxDomains: mx.domains, mxHosts: mx.hosts });
    if (mx.outcome === 'unknown') base.unchecked.push({ rule: 'matchesMx', problem: mx.problem });
  }

  if (problems.length > 0) return { ...base, result: 'fail', facts, problems };
  return { ...base, result: base.unchecked.length > 0 ? 'temperror' : 'pass', facts, problems };
}

/**
 * The HELO tests that need no DNS (an IP literal, localhost, a single label, a malformed name, a TLD
 * the static list does not know), for an analysis that makes no query: the DNS mode never changes
 * what the header evidence says (design notes, "Judgement"). null when only DNS could judge the name.
 */
export function checkHeloOffline(input: HeloInput): HeloResult | null {
  const problem = classifyHeloName(input.helo, input.ip);
  return problem ? staticResult(evidenceOf(input, []), problem, input) : null;
}

function evidenceOf(input: HeloInput, queries: HeloResult['queries']) {
  const facts: HeloFacts = { resolves: 'not-applicable', leadsToConnectingIp: 'not-applicable', sameOrganization: 'not-applicable', matchesMx: 'not-applicable' };
  return {
    name: input.helo,
    connectingIp: input.ip ?? null,
    senderDomain: input.senderDomain === undefined ? null : normalizeDomain(input.senderDomain),
    addresses: [] as string[],
    mxHosts: [] as string[],
    unchecked: [] as HeloUnchecked[],
    queries,
    facts,
  };
}

function staticResult(base: ReturnType<typeof evidenceOf>, problem: HeloProblem, input: HeloInput): HeloResult {
  const facts = { ...base.facts };
  if (problem.kind === 'ip-literal' && input.ip !== undefined) facts.leadsToConnectingIp = problem.matchesConnectingIp ? 'yes' : 'no';
  return { ...base, result: 'fail', facts, problems: [problem] };
}
