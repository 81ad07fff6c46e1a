// RFC 5321 §2.3.5: a HELO name must resolve to an address, and (the article) to the client's own.
import { readAnswer, type LookupProblem, type Resolver } from '../../dns/types';
import { isSameAddress, parseClientIp } from '../../net/ip-address';
import type { HeloProblem, HeloUnchecked, RuleOutcome } from './types';

type AddressLookup = { kind: 'found'; addresses: string[] } | { kind: 'none'; rcode: 'NXDOMAIN' | 'NODATA' } | { kind: 'failed'; problem: LookupProblem };

export interface NameResolution {
  addresses: string[];
  resolves: RuleOutcome;
  leadsToConnectingIp: RuleOutcome;
  problem: HeloProblem | null;
  unchecked: HeloUnchecked | null;
}

/** Looks up A and AAAA of the name and judges both rules from the answers. */
export async function resolveHeloName(dns: Resolver, host: string, ip: string | undefined, signal?: AbortSignal): Promise<NameResolution> {
  const [a, aaaa] = await Promise.all([lookupAddresses(dns, host, 'A', signal), lookupAddresses(dns, host, 'AAAA', signal)]);
  const addresses = [...addressesOf(a), ...addressesOf(aaaa)];
  const client = ip === undefined ? undefined : parseClientIp(ip);
  const noClient: RuleOutcome = client ? 'unknown' : 'not-applicable';

  if (addresses.length === 0) {
    // RFC 8020: NXDOMAIN holds for every type of the name, so one lookup saying so settles it.
    const nxdomain = [a, aaaa].some((l) => l.kind === 'none' && l.rcode === 'NXDOMAIN');
    const failed = a.kind === 'failed' ? a : aaaa.kind === 'failed' ? aaaa : undefined;
    if (failed && !nxdomain) {
      return { addresses, resolves: 'unknown', leadsToConnectingIp: noClient, problem: null, unchecked: { rule: 'resolves', problem: failed.problem } };
    }
    const problem: HeloProblem = { kind: 'unresolvable', rcode: nxdomain ? 'NXDOMAIN' : 'NODATA' };
    return { addresses, resolves: 'no', leadsToConnectingIp: client ? 'no' : 'not-applicable', problem, unchecked: null };
  }

  const resolved = { addresses, resolves: 'yes' as const };
  if (!client) return { ...resolved, leadsToConnectingIp: 'not-applicable', problem: null, unchecked: null };
  if (addresses.some((address) => isSameAddress(address, client))) return { ...resolved, leadsToConnectingIp: 'yes', problem: null, unchecked: null };
  // Only the lookup of the client's own address family can confirm it; if that one failed, it stays unknown.
  const sameFamily = client.version === 4 ? a : aaaa;
  if (sameFamily.kind === 'failed') {
    return { ...resolved, leadsToConnectingIp: 'unknown', problem: null, unchecked: { rule: 'leadsToConnectingIp', problem: sameFamily.problem } };
  }
  return { ...resolved, leadsToConnectingIp: 'no', problem: { kind: 'ip-mismatch', addresses, connectingIp: client.text }, unchecked: null };
}

async function lookupAddresses(dns: Resolver, host: string, type: 'A' | 'AAAA', signal?: AbortSignal): Promise<AddressLookup> {
  const read = readAnswer(await dns.query(host, type, { signal }));
  if ('problem' in read) return { kind: 'failed', problem: read.problem };
  const { answer } = read;
  const addresses = answer.answers.flatMap((r) => (r.type === 'A' || r.type === 'AAAA' ? [r.address] : []));
  if (addresses.length > 0) return { kind: 'found', addresses };
  return { kind: 'none', rcode: answer.rcode === 'NXDOMAIN' ? 'NXDOMAIN' : 'NODATA' };
}

function addressesOf(lookup: AddressLookup): string[] {
  return lookup.kind === 'found' ? lookup.addresses : [];
}
