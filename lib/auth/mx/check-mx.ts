// Where replies to the author's domain would go (RFC 5321 §5.1): its MX hosts by preference, or, with no
// MX record, the domain's own address (the implicit MX); a lone "0 ." MX says no mail is accepted
// (RFC 7505 §3). The MX question is the one the mail-organizations lookup and the header-domain check
// already ask of the From domain: through the analysis's shared resolver it is asked once.
import { readAnswer, type DnsResult, type LookupProblem, type Resolver } from '../../dns/types';
import { normalizeDomain } from '../organizational-domain';
import type { HostResolution, MxHost, MxResult } from './types';

/** A domain may list many MX hosts; the first ones by preference say whether replies can be delivered. */
export const MAX_MX_HOSTS = 10;

/** Never throws: every DNS failure is a temperror in the result. */
export async function checkMx(domainText: string, resolver: Resolver, options: { signal?: AbortSignal } = {}): Promise<MxResult> {
  const domain = normalizeDomain(domainText);
  const { signal } = options;
  const mxResult = await resolver.query(domain, 'MX', { signal });
  const read = readAnswer(mxResult);
  if ('problem' in read) return { result: 'temperror', domain, problems: [read.problem], queries: [mxResult] };
  if (read.answer.rcode === 'NXDOMAIN') return { result: 'nonexistent', domain, queries: [mxResult] };
  const records = read.answer.answers.flatMap((record) => (record.type === 'MX' ? [{ preference: record.preference, exchange: normalizeDomain(record.exchange) }] : []));
  // RFC 7505 §3: "0 ." alone is a null MX. A "." beside real hosts is a misconfiguration (§3 forbids it);
  // the real hosts still say where mail goes, so only they are checked.
  if (records.length > 0 && records.every((record) => record.exchange === '')) return { result: 'null', domain, queries: [mxResult] };
  const exchanges = records.filter((record) => record.exchange !== '').sort((a, b) => a.preference - b.preference).slice(0, MAX_MX_HOSTS);
  if (exchanges.length === 0) return implicitMx(domain, mxResult, resolver, signal);
  const looked = await Promise.all(exchanges.map(async (record) => ({ record, lookup: await resolveHost(record.exchange, resolver, signal) })));
  const hosts: MxHost[] = looked.map(({ record, lookup }) => ({ ...record, resolution: lookup.resolution }));
  const queries = [mxResult, ...looked.flatMap(({ lookup }) => lookup.queries)];
  if (hosts.some((host) => host.resolution.kind === 'addresses')) return { result: 'pass', domain, hosts, queries };
  const problems = hosts.flatMap((host) => (host.resolution.kind === 'problem' ? [host.resolution.problem] : []));
  if (problems.length > 0) return { result: 'temperror', domain, problems, queries };
  return { result: 'unresolvable', domain, hosts, queries };
}

/** RFC 5321 §5.1: with no MX record, the domain's own A/AAAA is where its mail goes. */
async function implicitMx(domain: string, mxResult: DnsResult, resolver: Resolver, signal: AbortSignal | undefined): Promise<MxResult> {
  const { resolution, queries } = await resolveHost(domain, resolver, signal);
  const all = [mxResult, ...queries];
  if (resolution.kind === 'problem') return { result: 'temperror', domain, problems: [resolution.problem], queries: all };
  return { result: 'none', domain, addresses: resolution.kind === 'addresses' ? resolution.addresses : [], queries: all };
}

async function resolveHost(name: string, resolver: Resolver, signal: AbortSignal | undefined): Promise<{ resolution: HostResolution; queries: DnsResult[] }> {
  const queries = await Promise.all([resolver.query(name, 'A', { signal }), resolver.query(name, 'AAAA', { signal })]);
  const addresses: string[] = [];
  let problem: LookupProblem | null = null;
  for (const result of queries) {
    const read = readAnswer(result);
    if ('problem' in read) problem ??= read.problem;
    else for (const record of read.answer.answers) if (record.type === 'A' || record.type === 'AAAA') addresses.push(record.address);
  }
  // One address is enough to deliver to; without one, a failed lookup leaves the question open.
  if (addresses.length > 0) return { resolution: { kind: 'addresses', addresses }, queries };
  return { resolution: problem ? { kind: 'problem', problem } : { kind: 'none' }, queries };
}
