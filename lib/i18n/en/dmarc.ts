// English words of the DMARC findings (Zendesk recommendation 4), of a DMARC result's alignment and
// policy, and of the DMARC fix.
import type { AlignmentCheck, DmarcPolicy, PolicyDecision } from '../../auth/dmarc/types';
import type { LookupProblem } from '../../dns/types';
import type { DmarcExcuse, DmarcParams } from '../../report/params/dmarc';
import type { FixParams } from '../../report/params/fixes';
import type { FindingTextsOf } from '../catalog';
import type { Format } from '../format';
import { lookupProblem } from './shared';

const label = (check: AlignmentCheck) => (check.mechanism === 'spf' ? `SPF for ${check.domain}` : `DKIM d=${check.domain}`);

/** RFC 7489 §4.2: the aligned passes that carried DMARC. */
export function dmarcPassing(passing: readonly AlignmentCheck[], fromDomain: string): string {
  return passing.map((check) => `${label(check)} passes and is aligned (${check.mode}) with the From domain ${fromDomain}`).join('; ');
}

/** RFC 7489 §3.1: why no identifier carried DMARC. */
export function dmarcNoPass(alignment: readonly AlignmentCheck[], fromDomain: string): string {
  if (alignment.length === 0) return `No SPF or DKIM result to align with the From domain ${fromDomain}`;
  const parts = alignment.map((check) => (check.result === 'pass' ? `${label(check)} passes but is not aligned (${check.mode}) with ${fromDomain}` : `${label(check)} is ${check.result}`));
  return `No aligned pass: ${parts.join('; ')}`;
}

const MILDER: Record<DmarcPolicy, DmarcPolicy> = { reject: 'quarantine', quarantine: 'none', none: 'none' };

/** RFC 7489 §6.6.4: which tag gave the policy and what pct does to it. */
export function dmarcPolicy(policy: PolicyDecision, passed: boolean): string {
  const named = policy.source === 'invalid-record-p-none' ? 'p=none (substituted for an invalid record with rua=, RFC 7489 §6.6.3 step 6.1)' : `${policy.source}=${policy.requested}`;
  if (passed) return `DMARC passed, so no policy applies (${named} is for failing mail)`;
  if (policy.requested === 'none') return `${named}: the domain asks for no action on failing mail (monitoring only)`;
  const rest = MILDER[policy.requested];
  if (policy.pct === 100) return `${named}; pct=100: all failing mail gets the policy (${policy.requested})`;
  if (policy.pct === 0) return `${named}; pct=0: no failing mail gets the policy (${policy.requested}); it all gets ${rest} (RFC 7489 §6.6.4)`;
  const share = policy.pct === 50 ? 'half' : `${policy.pct}%`;
  return `${named}; pct=${policy.pct}: ${share} of failing mail gets the policy (${policy.requested}); the rest gets ${rest} (RFC 7489 §6.6.4)`;
}

const ASKS: Record<DmarcPolicy, string> = { reject: 'reject', quarantine: 'quarantine (spam folder or suspend)', none: 'only report' };

function excuse(p: DmarcExcuse, format: Format): string {
  switch (p.kind) {
    case 'arc-vouches':
      return ' The ARC chain passed and its first forwarder saw the author\'s authentication pass, so a receiver that trusts the forwarder can accept it.';
    case 'rotated-since':
      return ` The receiver saw dmarc=pass when the message arrived; the DKIM key of ${format.list(p.domains)} has been rotated since, so today's failure does not reflect its judgement.`;
    case 'none':
      return '';
  }
}

/** Why no DMARC policy applies (RFC 7489 §6.6.3). */
export function dmarcAbsent(p: DmarcParams['dmarc.none'], format: Format): string {
  return p.cause === 'multiple-records'
    ? `${format.number(p.records)} DMARC records at _dmarc.${p.domainsAsked.at(-1) ?? p.fromDomain}: RFC 7489 §6.6.3 step 5 ends discovery, so no DMARC policy applies`
    : `No DMARC record at ${format.list(p.domainsAsked.map((domain) => `_dmarc.${domain}`), 'or')}`;
}

export function dmarcLookupFailed(problem: LookupProblem | null, format: Format): string {
  return `The DMARC record could not be looked up${problem ? ` (${lookupProblem(problem, format)})` : ''}`;
}

export function dmarcUnusable(p: DmarcParams['dmarc.permerror']): string {
  return p.cause === 'invalid-policy'
    ? `The DMARC record at _dmarc.${p.recordDomain} has no valid ${p.tag}= and no valid rua=, so no DMARC policy applies (RFC 7489 §6.6.3 step 6)`
    : `"${p.fromDomain}" is not a domain name: DMARC cannot be evaluated`;
}

export const dmarc: FindingTextsOf<DmarcParams> = {
  'dmarc.pass': (p) => ({ title: `DMARC passes for ${p.fromDomain}`, explanation: `${dmarcPassing(p.passing, p.fromDomain)}. Policy p=${p.requestedPolicy ?? 'none'}.` }),
  'dmarc.fail': (p, format) => ({
    title: `DMARC fails for ${p.fromDomain} (policy ${p.policy.requested})`,
    explanation: `${dmarcNoPass(p.alignment, p.fromDomain)}. The domain asks receivers to ${ASKS[p.policy.requested]} failing mail: ${dmarcPolicy(p.policy, false)}. Mail that fails the sender's DMARC policy looks like impersonation to Zendesk.${excuse(p.excuse, format)}`,
  }),
  'dmarc.none': (p, format) => ({
    title: `${p.fromDomain} publishes no DMARC policy`,
    explanation: `${dmarcAbsent(p, format)}. Without DMARC, receivers cannot tell whether unauthenticated mail from this domain is forged; the article asks for a DMARC policy.`,
  }),
  'dmarc.temperror': (p, format) => ({
    title: `The DMARC policy of ${p.fromDomain} could not be looked up now`,
    explanation: `${dmarcLookupFailed(p.problem, format)}: a DNS failure, not a verdict on the sender. Try again later.`,
  }),
  'dmarc.permerror': (p) => ({
    title: `The DMARC record of ${p.fromDomain} is unusable`,
    explanation: `${dmarcUnusable(p)}.`,
  }),
};

export function dmarcFix(p: FixParams['dmarc-record']): string {
  return `For the owner of ${p.domain}: publish this TXT record at _dmarc.${p.domain} to start with monitoring (p=none); move to quarantine or reject once the reports show all your mail passes.`;
}
