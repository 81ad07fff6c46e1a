// Findings of DMARC (RFC 7489), Zendesk recommendation 4: SPF or DKIM must pass aligned with the From
// domain, under the policy the domain publishes. The fix is a starter record when there is none. The
// findings are data; lib/i18n/<lang>/dmarc.ts says them in words.
import { organizationalDomain } from '../../auth/organizational-domain';
import { lastProblem } from '../../dns/types';
import { dnsEvidence } from '../evidence';
import { isMailboxProvider } from '../mailbox-providers';
import type { DmarcExcuse } from '../params/dmarc';
import { RECOMMENDATIONS } from '../recommendations';
import type { DmarcCheck, FindingData, NotChecked, Severity } from '../types';
import type { FindingContext } from './context';

export function dmarcFindings(check: DmarcCheck | NotChecked, context: FindingContext): FindingData[] {
  if (check.result === 'not-checked') return [];
  // The alignment of each identifier is in the params (and the Report's dmarc.alignment); the DNS answers are the evidence.
  const base = { evidence: check.queries.map(dnsEvidence), recommendation: RECOMMENDATIONS.authentication };
  const fromDomain = check.fromDomain;
  switch (check.result) {
    case 'pass':
      return [{ ...base, id: 'dmarc.pass', severity: 'pass', params: { fromDomain, passing: check.alignment.filter((entry) => entry.counts), requestedPolicy: check.requestedPolicy } }];
    case 'fail': {
      const excuse = excuseOf(context);
      const requested = check.requestedPolicy ?? 'none';
      const severity: Severity = excuse.kind !== 'none' ? 'info' : requested === 'none' ? 'warn' : 'fail';
      return [{ ...base, id: 'dmarc.fail', severity, params: { fromDomain, alignment: check.alignment, policy: check.policy, excuse } }];
    }
    case 'none': {
      const domain = check.organizationalDomain ?? organizationalDomain(check.fromDomain) ?? check.fromDomain;
      const params = { fromDomain, cause: check.cause, domainsAsked: check.domainsAsked, records: check.records.length };
      return [{
        ...base,
        id: 'dmarc.none',
        severity: 'warn',
        params,
        ...(isMailboxProvider(domain) ? {} : { fix: { kind: 'dmarc-record', actor: 'domain-owner', name: `_dmarc.${domain}`, text: `v=DMARC1; p=none; rua=mailto:dmarc-reports@${domain}`, params: { domain } } }),
      }];
    }
    case 'temperror':
      return [{ ...base, id: 'dmarc.temperror', severity: 'warn', params: { fromDomain, problem: lastProblem(check.queries) } }];
    case 'permerror':
      if (check.cause === 'invalid-from-domain' || !check.found) return [{ ...base, id: 'dmarc.permerror', severity: 'warn', params: { fromDomain, cause: 'invalid-from-domain' } }];
      return [{ ...base, id: 'dmarc.permerror', severity: 'warn', params: { fromDomain, cause: 'invalid-policy', recordDomain: check.found.domain, tag: check.found.record.p === null ? 'p' : 'sp' } }];
  }
}

/**
 * RFC 8617 §7.2: a receiver may let a trusted ARC chain override a DMARC failure caused by forwarding.
 * Design notes, "Time": a failure that only a DKIM key rotated since arrival explains is not how the receiver judged it.
 */
function excuseOf(context: FindingContext): DmarcExcuse {
  if (context.arcVouches) return { kind: 'arc-vouches' };
  if (context.dmarcPassedThen && context.keysRotatedSince.length > 0) return { kind: 'rotated-since', domains: [...context.keysRotatedSince] };
  return { kind: 'none' };
}
