// Which policy a discovered record asks for this From domain (p, sp or np), and what pct does to it.
import type { DiscoveredRecord, DmarcPolicy, PolicyDecision, PolicySource } from './types';

export type PolicySelection =
  | { kind: 'policy'; requested: DmarcPolicy; source: PolicySource }
  /** RFC 7489 §6.6.3 step 6.2: p= (or sp=) invalid and no valid rua=: no DMARC processing. */
  | { kind: 'invalid' };

/** RFC 7489 §6.3 p/sp and §6.6.3 step 6; RFC 9091 §4.1 np for a From domain that does not exist. */
export function selectPolicy(found: DiscoveredRecord, fromDomainExists: boolean | undefined): PolicySelection {
  const { record } = found;
  if (record.p === null || record.spInvalid) {
    // Step 6.1: with at least one valid reporting URI, act as if the record said p=none.
    if (record.rua.length > 0) return { kind: 'policy', requested: 'none', source: 'invalid-record-p-none' };
    return { kind: 'invalid' };
  }
  // sp= and np= speak only for subdomains, i.e. when the record came from the Organizational Domain.
  if (found.atOrganizationalDomain) {
    if (fromDomainExists === false && record.np !== null) return { kind: 'policy', requested: record.np, source: 'np' };
    if (record.sp !== null) return { kind: 'policy', requested: record.sp, source: 'sp' };
  }
  return { kind: 'policy', requested: record.p, source: 'p' };
}

/**
 * The decision for this message: the requested policy on failure, with pct sampling as data (not drawn).
 * `description` is worded from these facts by the catalogs when the Report is assembled (dmarcPolicy).
 */
export function decidePolicy(selection: Extract<PolicySelection, { kind: 'policy' }>, pct: number, passed: boolean): PolicyDecision {
  const { requested, source } = selection;
  const outsideSample = milderPolicy(requested);
  const base = { requested, source, pct, outsideSample };
  if (passed) return { ...base, applied: 'none', description: '' };
  return { ...base, applied: requested, description: '' };
}

// RFC 7489 §6.6.4: failing mail outside the sample gets the next milder policy.
function milderPolicy(policy: DmarcPolicy): DmarcPolicy {
  return policy === 'reject' ? 'quarantine' : 'none';
}
