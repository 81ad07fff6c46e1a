// RFC 8601 §3, the "iprev" method: look up the PTR names of the connecting address, then look each
// name up forward; the check passes when one of them leads back to the address. On top of that, the
// article's PTR tests (Zendesk recommendation 1): no PTR, a generic name, a name outside the sender's domain.
import { recordQueries } from '../../dns/recording-resolver';
import { readAnswer, type Resolver } from '../../dns/types';
import { isSameAddress, parseClientIp, reverseName, type IpAddress } from '../../net/ip-address';
import { normalizeDomain, organizationalDomain } from '../organizational-domain';
import { genericNameSignals } from './generic-name';
import type { ForwardCheck, IprevProblem, IprevResult } from './types';

// The check states facts (cause, problems, the failed lookup); the catalogs word `reason` from them when
// the Report is assembled (lib/i18n/checks.ts, iprevReason).
const UNWORDED = '';

/** RFC 7208 §4.6.4 bounds PTR names to 10 for SPF's ptr; the same bound keeps iprev's lookups finite. */
export const MAX_PTR_NAMES = 10;

export interface IprevOptions {
  /** The sender's domain (e.g. the From or MAIL FROM domain), for the "inside the sender's domain" test. */
  senderDomain?: string;
  signal?: AbortSignal;
}

/** Runs iprev for one address; never throws, DNS failures become temperror. */
export async function checkIprev(ipText: string, resolver: Resolver, options: IprevOptions = {}): Promise<IprevResult> {
  const dns = recordQueries(resolver);
  const ip = parseClientIp(ipText);
  if (!ip) {
    return {
      result: 'permerror', cause: 'invalid-ip', reason: UNWORDED,
      ip: ipText, reverseName: '', names: [], forward: [], problems: [], queries: dns.queries.slice(),
    };
  }
  const ptrName = reverseName(ip);
  const ptr = await dns.query(ptrName, 'PTR', { signal: options.signal });
  const evidence = { ip: ip.text, reverseName: ptrName, queries: dns.queries };

  const read = readAnswer(ptr);
  if ('problem' in read) {
    return { ...evidence, result: 'temperror', reason: UNWORDED, problem: read.problem, names: [], forward: [], problems: [] };
  }
  const names = [...new Set(read.answer.answers.flatMap((r) => (r.type === 'PTR' ? [normalizeDomain(r.name)] : [])))];
  if (names.length === 0) {
    const rcode = read.answer.rcode === 'NXDOMAIN' ? 'NXDOMAIN' : 'NODATA';
    return {
      ...evidence, result: 'permerror', cause: 'no-ptr', reason: UNWORDED,
      names, forward: [], problems: [{ kind: 'missing', reverseName: ptrName, rcode }],
    };
  }

  const forward = await Promise.all(
    names.map((name, i) => (i < MAX_PTR_NAMES ? confirmForward(name, ip, dns, options.signal) : notChecked(name))),
  );
  const problems = namingProblems(names, ip, options.senderDomain);
  const confirmedNames = forward.filter((f) => f.outcome === 'confirmed').map((f) => f.name);
  if (confirmedNames.length > 0) return { ...evidence, result: 'pass', confirmedNames, names, forward, problems };

  const temporary = forward.find((f) => f.outcome === 'temperror');
  if (temporary) {
    return { ...evidence, result: 'temperror', reason: UNWORDED, problem: temporary.problem, names, forward, problems };
  }
  const checked = forward.filter((f) => f.outcome !== 'not-checked').map((f) => f.name);
  problems.push({ kind: 'unconfirmed', names: checked });
  return { ...evidence, result: 'fail', reason: UNWORDED, names, forward, problems };
}

async function confirmForward(name: string, ip: IpAddress, dns: Resolver, signal?: AbortSignal): Promise<ForwardCheck> {
  const type = ip.version === 4 ? 'A' : 'AAAA';
  const result = await dns.query(name, type, { signal });
  const read = readAnswer(result);
  if ('problem' in read) return { name, outcome: 'temperror', message: UNWORDED, problem: read.problem };
  const { answer } = read;
  const addresses = answer.answers.flatMap((r) => (r.type === 'A' || r.type === 'AAAA' ? [r.address] : []));
  if (addresses.length === 0) return { name, outcome: 'no-address', rcode: answer.rcode === 'NXDOMAIN' ? 'NXDOMAIN' : 'NODATA' };
  const confirmed = addresses.some((a) => isSameAddress(a, ip));
  return { name, outcome: confirmed ? 'confirmed' : 'other-addresses', addresses };
}

async function notChecked(name: string): Promise<ForwardCheck> {
  return { name, outcome: 'not-checked' };
}

function namingProblems(names: string[], ip: IpAddress, senderDomain: string | undefined): IprevProblem[] {
  const problems: IprevProblem[] = [];
  for (const name of names) {
    const signals = genericNameSignals(name, ip);
    if (signals.length > 0) problems.push({ kind: 'generic', name, signals });
  }
  const senderOrg = senderDomain === undefined ? undefined : organizationalDomain(senderDomain);
  if (senderDomain !== undefined && senderOrg !== undefined && !names.some((n) => organizationalDomain(n) === senderOrg)) {
    problems.push({ kind: 'foreign-domain', names, senderDomain: normalizeDomain(senderDomain), senderOrganizationalDomain: senderOrg });
  }
  return problems;
}
