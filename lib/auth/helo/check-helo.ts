// Zendesk recommendation 2: the HELO/EHLO name must be a resolvable name (RFC 5321 §2.3.5) that leads
// back to the client, inside the sender's domain and one of its MX hosts. IP literals, localhost and
// made-up names earn low trust.
import { recordQueries } from '../../dns/recording-resolver';
import type { DnsResult, Resolver } from '../../dns/types';
import { isSameAddress, parseIp } from '../ip-address';
import { normalizeDomain, organizationalDomain } from '../organizational-domain';
import { classifyHeloName } from './classify-name';
import type { HeloFacts, HeloProblem, HeloResult } from './types';

export interface HeloInput {
  /** The HELO/EHLO argument (from the edge hop's Received "from" clause). */
  helo: string;
  /** The connecting client's address, when known. */
  ip?: string;
  /** The sender's domain (e.g. the From or MAIL FROM domain), for the organization and MX tests. */
  senderDomain?: string;
}

type Lookup<T> = { kind: 'found'; value: T } | { kind: 'none'; rcode: 'NXDOMAIN' | 'NODATA' } | { kind: 'failed'; message: string };

/** Checks one HELO name; never throws, DNS failures leave rules `unknown` and give temperror. */
export async function checkHelo(input: HeloInput, resolver: Resolver, options: { signal?: AbortSignal } = {}): Promise<HeloResult> {
  const dns = recordQueries(resolver);
  const base = {
    name: input.helo,
    connectingIp: input.ip ?? null,
    senderDomain: input.senderDomain === undefined ? null : normalizeDomain(input.senderDomain),
    addresses: [] as string[],
    mxHosts: [] as string[],
    unchecked: [] as { rule: keyof HeloFacts; message: string }[],
    queries: dns.queries,
  };
  const facts: HeloFacts = { resolves: 'not-applicable', leadsToConnectingIp: 'not-applicable', sameOrganization: 'not-applicable', matchesMx: 'not-applicable' };

  const early = classifyHeloName(input.helo, input.ip);
  if (early) {
    if (early.kind === 'ip-literal' && input.ip !== undefined) facts.leadsToConnectingIp = early.matchesConnectingIp ? 'yes' : 'no';
    return { ...base, result: 'fail', facts, problems: [early] };
  }

  const host = normalizeDomain(input.helo);
  const problems: HeloProblem[] = [];
  const [a, aaaa] = await Promise.all([lookupAddresses(dns, host, 'A', options.signal), lookupAddresses(dns, host, 'AAAA', options.signal)]);
  base.addresses = [...valueOf(a), ...valueOf(aaaa)];
  judgeResolution(host, a, aaaa, input.ip, facts, problems, base.unchecked);

  const senderOrg = input.senderDomain === undefined ? undefined : organizationalDomain(input.senderDomain);
  if (base.senderDomain !== null && senderOrg !== undefined) {
    const heloOrg = organizationalDomain(host);
    facts.sameOrganization = heloOrg === senderOrg ? 'yes' : 'no';
    if (heloOrg !== undefined && heloOrg !== senderOrg) {
      problems.push({ kind: 'foreign-domain', organizationalDomain: heloOrg, senderDomain: base.senderDomain, senderOrganizationalDomain: senderOrg });
    }
    const mx = await matchMx(dns, host, base.senderDomain, senderOrg, options.signal);
    base.mxHosts = mx.hosts;
    facts.matchesMx = mx.outcome;
    if (mx.outcome === 'no') problems.push({ kind: 'not-mx', mxDomains: mx.domains, mxHosts: mx.hosts });
    if (mx.outcome === 'unknown') base.unchecked.push({ rule: 'matchesMx', message: mx.message });
  }

  if (problems.length > 0) return { ...base, result: 'fail', facts, problems };
  return { ...base, result: base.unchecked.length > 0 ? 'temperror' : 'pass', facts, problems };
}

// RFC 5321 §2.3.5: the name must resolve to an address; and it should be the client's own address.
function judgeResolution(
  host: string,
  a: Lookup<string[]>,
  aaaa: Lookup<string[]>,
  ip: string | undefined,
  facts: HeloFacts,
  problems: HeloProblem[],
  unchecked: { rule: keyof HeloFacts; message: string }[],
): void {
  const addresses = [...valueOf(a), ...valueOf(aaaa)];
  const failed = [a, aaaa].find((l): l is Extract<Lookup<string[]>, { kind: 'failed' }> => l.kind === 'failed');
  if (addresses.length === 0) {
    // RFC 8020: NXDOMAIN holds for every type of the name, so one lookup saying so settles it.
    const nxdomain = [a, aaaa].some((l) => l.kind === 'none' && l.rcode === 'NXDOMAIN');
    if (failed && !nxdomain) {
      facts.resolves = 'unknown';
      unchecked.push({ rule: 'resolves', message: `${host}: ${failed.message}` });
      if (ip !== undefined) facts.leadsToConnectingIp = 'unknown';
      return;
    }
    facts.resolves = 'no';
    problems.push({ kind: 'unresolvable', rcode: nxdomain ? 'NXDOMAIN' : 'NODATA' });
    if (ip !== undefined) facts.leadsToConnectingIp = 'no';
    return;
  }
  facts.resolves = 'yes';
  const client = ip === undefined ? undefined : parseIp(ip);
  if (ip === undefined || !client) return;
  if (addresses.some((address) => isSameAddress(address, client))) {
    facts.leadsToConnectingIp = 'yes';
    return;
  }
  // Only the lookup of the client's own family can confirm it; if that one failed, the answer is unknown.
  const sameFamily = client.version === 4 ? a : aaaa;
  if (sameFamily.kind === 'failed') {
    facts.leadsToConnectingIp = 'unknown';
    unchecked.push({ rule: 'leadsToConnectingIp', message: `${host}: ${sameFamily.message}` });
    return;
  }
  facts.leadsToConnectingIp = 'no';
  problems.push({ kind: 'ip-mismatch', addresses, connectingIp: client.text });
}

async function lookupAddresses(dns: Resolver, host: string, type: 'A' | 'AAAA', signal?: AbortSignal): Promise<Lookup<string[]>> {
  const answer = await dns.query(host, type, { signal });
  const failure = failureOf(answer);
  if (failure !== undefined) return { kind: 'failed', message: failure };
  if (answer.kind !== 'answer') return { kind: 'failed', message: 'no answer' };
  const addresses = answer.answers.flatMap((r) => (r.type === 'A' || r.type === 'AAAA' ? [r.address] : []));
  if (addresses.length > 0) return { kind: 'found', value: addresses };
  return { kind: 'none', rcode: answer.rcode === 'NXDOMAIN' ? 'NXDOMAIN' : 'NODATA' };
}

type MxMatch = { outcome: 'yes' | 'no'; domains: string[]; hosts: string[] } | { outcome: 'unknown'; domains: string[]; hosts: string[]; message: string };

// The sender's own domain first; a subdomain sender (news.example.com) may rely on its organization's MX.
async function matchMx(dns: Resolver, host: string, senderDomain: string, senderOrg: string, signal?: AbortSignal): Promise<MxMatch> {
  const domains = senderDomain === senderOrg ? [senderDomain] : [senderDomain, senderOrg];
  const asked: string[] = [];
  const hosts: string[] = [];
  for (const domain of domains) {
    asked.push(domain);
    const answer = await dns.query(domain, 'MX', { signal });
    const failure = failureOf(answer);
    if (failure !== undefined) return { outcome: 'unknown', domains: asked, hosts, message: `MX of ${domain}: ${failure}` };
    if (answer.kind !== 'answer') continue;
    const exchanges = answer.answers.flatMap((r) => (r.type === 'MX' ? [normalizeDomain(r.exchange)] : []));
    hosts.push(...exchanges);
    if (exchanges.includes(host)) return { outcome: 'yes', domains: asked, hosts };
  }
  return { outcome: 'no', domains: asked, hosts };
}

function failureOf(answer: DnsResult): string | undefined {
  if (answer.kind === 'failure') return answer.message;
  if (answer.rcode !== 'NOERROR' && answer.rcode !== 'NXDOMAIN') return `rcode ${answer.rcode}`;
  return undefined;
}

function valueOf(lookup: Lookup<string[]>): string[] {
  return lookup.kind === 'found' ? lookup.value : [];
}
