// Findings of DMARC (RFC 7489), Zendesk recommendation 4: SPF or DKIM must pass aligned with the From
// domain, under the policy the domain publishes. The fix is a starter record when there is none.
import { organizationalDomain } from '../../auth/organizational-domain';
import { dnsEvidence, note } from '../evidence';
import { isMailboxProvider } from '../mailbox-providers';
import { RECOMMENDATIONS } from '../recommendations';
import type { DmarcCheck, BuiltFinding, NotChecked, Severity } from '../types';
import type { FindingContext } from './context';

export function dmarcFindings(check: DmarcCheck | NotChecked, context: FindingContext): BuiltFinding[] {
  if (check.result === 'not-checked') return [];
  const alignment = check.alignment.map((a) => note(`${a.mechanism} ${a.domain}: ${a.result}, ${a.aligned ? 'aligned' : 'not aligned'} (${a.mode})`));
  const base = { evidence: [...check.queries.map(dnsEvidence), ...alignment], recommendation: RECOMMENDATIONS.authentication };
  switch (check.result) {
    case 'pass':
      return [{ ...base, id: 'dmarc.pass', severity: 'pass', title: `DMARC passes for ${check.fromDomain}`, explanation: `${check.reason}. Policy p=${check.requestedPolicy ?? 'none'}.` }];
    case 'fail': {
      const requested = check.requestedPolicy ?? 'none';
      // RFC 8617 §7.2: a receiver may let a trusted ARC chain override a DMARC failure caused by forwarding.
      // Design notes, "Time": a failure that only a DKIM key rotated since arrival explains is not how the receiver judged it.
      const rotatedAway = context.dmarcPassedThen && context.keysRotatedSince.length > 0;
      const severity: Severity = context.arcVouches || rotatedAway ? 'info' : requested === 'none' ? 'warn' : 'fail';
      const arcNote = context.arcVouches
        ? ' The ARC chain passed and its first forwarder saw the author\'s authentication pass, so a receiver that trusts the forwarder can accept it.'
        : rotatedAway
          ? ` The receiver saw dmarc=pass when the message arrived; the DKIM key of ${context.keysRotatedSince.join(', ')} has been rotated since, so today's failure does not reflect its judgement.`
          : '';
      const asks = requested === 'reject' ? 'reject' : requested === 'quarantine' ? 'quarantine (spam folder or suspend)' : 'only report';
      return [{ ...base, id: 'dmarc.fail', severity, title: `DMARC fails for ${check.fromDomain} (policy ${requested})`, explanation: `${check.reason}. The domain asks receivers to ${asks} failing mail: ${check.policy.description}. Mail that fails the sender's DMARC policy looks like impersonation to Zendesk.${arcNote}` }];
    }
    case 'none': {
      const domain = check.organizationalDomain ?? organizationalDomain(check.fromDomain) ?? check.fromDomain;
      return [{
        ...base,
        id: 'dmarc.none',
        severity: 'warn',
        title: `${check.fromDomain} publishes no DMARC policy`,
        explanation: `${check.reason}. Without DMARC, receivers cannot tell whether unauthenticated mail from this domain is forged; the article asks for a DMARC policy.`,
        ...(isMailboxProvider(domain) ? {} : { fix: {
          kind: 'dmarc-record' as const,
          actor: 'domain-owner' as const,
          name: `_dmarc.${domain}`,
          text: `v=DMARC1; p=none; rua=mailto:dmarc-reports@${domain}`,
          description: `For the owner of ${domain}: publish this TXT record at _dmarc.${domain} to start with monitoring (p=none); move to quarantine or reject once the reports show all your mail passes.`,
        } }),
      }];
    }
    case 'temperror':
      return [{ ...base, id: 'dmarc.temperror', severity: 'warn', title: `The DMARC policy of ${check.fromDomain} could not be looked up now`, explanation: `${check.reason}.` }];
    case 'permerror':
      return [{ ...base, id: 'dmarc.permerror', severity: 'warn', title: `The DMARC record of ${check.fromDomain} is unusable`, explanation: `${check.reason}.` }];
  }
}
