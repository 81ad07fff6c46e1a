// Which policy a discovered record asks for this From domain (p, sp or np), and what pct does to it.
import type { DiscoveredRecord, DmarcPolicy, PolicyDecision, PolicySource } from './types';

export type PolicySelection =
  | { kind: 'policy'; requested: DmarcPolicy; source: PolicySource }
  /** RFC 7489 §6.6.3 step 6.2: p= (or sp=) invalid and no valid rua=: no DMARC processing. */
  | { kind: 'invalid'; reason: string };

/** RFC 7489 §6.3 p/sp and §6.6.3 step 6; RFC 9091 §4.1 np for a From domain that does not exist. */
export function selectPolicy(found: DiscoveredRecord, fromDomainExists: boolean | undefined): PolicySelection {
  const { record } = found;
  if (record.p === null || record.spInvalid) {
    const bad = record.p === null ? 'p=' : 'sp=';
    // Step 6.1: with at least one valid reporting URI, act as if the record said p=none.
    if (record.rua.length > 0) return { kind: 'policy', requested: 'none', source: 'invalid-record-p-none' };
    return { kind: 'invalid', reason: `the DMARC record at _dmarc.${found.domain} has no valid ${bad} and no valid rua=, so no DMARC policy applies (RFC 7489 §6.6.3 step 6)` };
  }
  // sp= and np= speak only for subdomains, i.e. when the record came from the Organizational Domain.
  if (found.atOrganizationalDomain) {
    if (fromDomainExists === false && record.np !== null) return { kind: 'policy', requested: record.np, source: 'np' };
    if (record.sp !== null) return { kind: 'policy', requested: record.sp, source: 'sp' };
  }
  return { kind: 'policy', requested: record.p, source: 'p' };
}

/** The decision for this message: the requested policy on failure, with pct sampling described, not drawn. */
export function decidePolicy(selection: Extract<PolicySelection, { kind: 'policy' }>, pct: number, passed: boolean): PolicyDecision {
  const { requested, source } = selection;
  const outsideSample = milderPolicy(requested);
  const base = { requested, source, pct, outsideSample };
  const named = source === 'invalid-record-p-none' ? 'p=none (substituted for an invalid record with rua=, RFC 7489 §6.6.3 step 6.1)' : `${source}=${requested}`;
  if (passed) return { ...base, applied: 'none', description: `DMARC passed, so no policy applies (${named} is for failing mail)` };
  if (requested === 'none') return { ...base, applied: 'none', description: `${named}: the domain asks for no action on failing mail (monitoring only)` };
  return { ...base, applied: requested, description: `${named}; ${describeSampling(requested, pct)}` };
}

// RFC 7489 §6.6.4: failing mail outside the sample gets the next milder policy.
function milderPolicy(policy: DmarcPolicy): DmarcPolicy {
  return policy === 'reject' ? 'quarantine' : 'none';
}

function describeSampling(policy: DmarcPolicy, pct: number): string {
  const rest = milderPolicy(policy);
  if (pct === 100) return `pct=100: all failing mail gets the policy (${policy})`;
  if (pct === 0) return `pct=0: no failing mail gets the policy (${policy}); it all gets ${rest} (RFC 7489 §6.6.4)`;
  const share = pct === 50 ? 'half' : `${pct}%`;
  return `pct=${pct}: ${share} of failing mail gets the policy (${policy}); the rest gets ${rest} (RFC 7489 §6.6.4)`;
}
