// The SPF check of one SMTP identity (RFC 7208 §2.3, §2.4): from the client IP, the MAIL FROM
// address and the HELO name to the typed result with its trace and its DNS queries.
import { recordQueries } from '../../dns/recording-resolver';
import { checkHost, type CheckHostOptions } from './check-host';
import { checkDomain, withoutTrailingDot } from './domain-name';
import { prefetchLookups } from './prefetch';
import { formatIp, parseIp, unmapIpv4 } from '../../net/ip-address';
import type { SpfIdentity, SpfResult, SpfStop, SpfTraceNode } from './types';

export interface SpfRequest {
  /** The SMTP client's IP address (IPv4, IPv6, or IPv4-mapped IPv6). */
  ip: string;
  /** The MAIL FROM reverse-path; empty for a null reverse-path ("<>"). */
  sender: string;
  /** The HELO/EHLO name. */
  helo: string;
  /** Which identity to check; "mailfrom" when omitted. */
  identity?: SpfIdentity;
}

export type SpfOptions = Omit<CheckHostOptions, 'prefetch'> & {
  /**
   * Start each record's lookups before the evaluation reaches them (on by default): as many round
   * trips as the include tree is deep, with results and §4.6.4 counts identical to a sequential run.
   */
  prefetch?: boolean;
};

export async function checkSpf(request: SpfRequest, options: SpfOptions): Promise<SpfResult> {
  const identity = request.identity ?? 'mailfrom';
  const helo = request.helo.trim();
  const { sender, localPart, domain } = senderOf(identity === 'helo' ? '' : request.sender, helo);
  const parsedIp = parseIp(request.ip.trim());
  const ip = parsedIp ? unmapIpv4(parsedIp) : null;
  const { prefetch: wantPrefetch, ...hostOptions } = options;
  const prefetch = ip && wantPrefetch !== false ? prefetchLookups(options.resolver, { ipVersion: ip.version, ...(options.signal ? { signal: options.signal } : {}) }) : null;
  // Records only what the evaluation asks, in its order: the same list as a sequential run.
  const resolver = recordQueries(prefetch?.resolver ?? options.resolver);
  const base = { identity, sender, domain, lookups: 0, voidLookups: 0, queries: resolver.queries };
  if (!ip) {
    const why: SpfStop = { kind: 'invalid-ip', ip: request.ip };
    return { ...base, ip: request.ip, result: 'none', why, cause: { kind: 'invalid-ip', ip: request.ip }, trace: emptyTrace(domain, why) };
  }
  const common = { ...base, ip: formatIp(ip) };
  const valid = checkDomain(domain);
  // §4.3: no syntactically valid domain to check: "none" without a DNS query.
  if (!valid.ok) {
    const why: SpfStop = { kind: 'invalid-domain', problem: valid.problem, identity };
    return { ...common, result: 'none', why, cause: { kind: 'invalid-domain', domain }, trace: emptyTrace(domain, why) };
  }
  const outcome = await checkHost({ ip, domain, sender, localPart, senderDomain: domain, helo }, { ...hostOptions, resolver, ...(prefetch ? { prefetch } : {}) });
  const spent = { ...common, lookups: outcome.lookups, voidLookups: outcome.voidLookups, trace: outcome.trace };
  const evaluation = outcome.evaluation;
  switch (evaluation.result) {
    case 'none':
      return { ...spent, result: 'none', why: evaluation.why, cause: evaluation.cause };
    case 'permerror':
      return { ...spent, result: 'permerror', why: evaluation.why, cause: evaluation.cause };
    case 'temperror':
      return { ...spent, result: 'temperror', why: evaluation.why, cause: evaluation.cause };
    case 'neutral':
      return { ...spent, result: 'neutral', match: evaluation.match };
    case 'pass':
      return { ...spent, result: 'pass', match: evaluation.match };
    case 'softfail':
      return { ...spent, result: 'softfail', match: evaluation.match };
    case 'fail':
      return {
        ...spent,
        result: 'fail',
        match: evaluation.match,
        explanation: outcome.explanation?.text ?? '',
        explanationSource: outcome.explanation?.source ?? 'default',
      };
  }
}

export interface SpfIdentityResults {
  mailfrom: SpfResult;
  helo: SpfResult;
}

/**
 * §2.3: both identities of one SMTP session (the edge hop): the HELO identity and the MAIL FROM
 * identity, each a separate check_host() with its own limits and trace.
 */
export async function checkSpfIdentities(request: Omit<SpfRequest, 'identity'>, options: SpfOptions): Promise<SpfIdentityResults> {
  const [mailfrom, helo] = await Promise.all([checkSpf({ ...request, identity: 'mailfrom' }, options), checkSpf({ ...request, identity: 'helo' }, options)]);
  return { mailfrom, helo };
}

/**
 * §4.3 and §2.4: the <sender> and its parts. A null reverse-path becomes postmaster@HELO; a sender
 * without a local-part gets "postmaster"; angle brackets pasted with a Return-Path are dropped.
 */
function senderOf(rawSender: string, helo: string): { sender: string; localPart: string; domain: string } {
  const stripped = rawSender.trim().replace(/^<(.*)>$/s, '$1');
  if (stripped === '') return { sender: `postmaster@${helo}`, localPart: 'postmaster', domain: withoutTrailingDot(helo) };
  const at = stripped.lastIndexOf('@');
  if (at < 0) return { sender: `postmaster@${stripped}`, localPart: 'postmaster', domain: withoutTrailingDot(stripped) };
  const localPart = stripped.slice(0, at) || 'postmaster';
  const domain = withoutTrailingDot(stripped.slice(at + 1));
  return { sender: `${localPart}@${domain}`, localPart, domain };
}

function emptyTrace(domain: string, why: SpfStop): SpfTraceNode {
  return { domain, via: 'check', result: 'none', why, terms: [] };
}
