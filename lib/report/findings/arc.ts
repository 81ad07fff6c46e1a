// Findings of ARC (RFC 8617), Zendesk recommendation 5: forwarders add ARC sets so the receiver can
// use the authentication results they saw before the message was changed.
import { dnsEvidence, headerEvidence, note } from '../evidence';
import { RECOMMENDATIONS } from '../recommendations';
import type { ArcCheck, BuiltFinding, NotChecked } from '../types';
import type { FindingContext } from './context';

export function arcFindings(check: ArcCheck | NotChecked, context: FindingContext): BuiltFinding[] {
  if (check.result === 'not-checked') return [];
  const seen = check.instances.map((instance) => {
    const saw = instance.authResults;
    const sealer = instance.seal?.d ?? '?';
    return note(`i=${instance.instance} sealed by ${sealer}${saw ? `: saw spf=${saw.spf ?? '-'}, dkim=${saw.dkim.map((d) => `${d.result}${d.domain ? ` (${d.domain})` : ''}`).join(', ') || '-'}, dmarc=${saw.dmarc ?? '-'}` : ''}`);
  });
  const fields = check.instances.flatMap((instance) => (instance.seal ? [headerEvidence({ name: 'ARC-Seal', line: instance.seal.field.line, raw: instance.seal.field.raw })] : []));
  const base = { evidence: [...fields, ...seen, ...check.recordQueries.map(dnsEvidence)], recommendation: RECOMMENDATIONS.arc };
  switch (check.result) {
    case 'none':
      if (!context.forwarded) return [];
      return [{ ...base, id: 'arc.none', severity: 'warn', title: 'The message was forwarded without ARC', explanation: 'Forwarding breaks SPF (the forwarder\'s IP is not in the author\'s record) and often DKIM. Without ARC sets, the receiver cannot see that the message was authentic before forwarding. Ask the forwarder to add ARC, or to forward without changing the message.' }];
    case 'pass':
    case 'header-pass':
      return [{ ...base, id: 'arc.pass', severity: check.vouches ? 'pass' : 'info', title: `The ARC chain of ${check.instances.length} instance${check.instances.length > 1 ? 's' : ''} verifies`, explanation: `${check.summary}${check.vouches ? ' Its first forwarder saw the author\'s authentication pass.' : ' Its first forwarder did not record a passing authentication of the author.'}` }];
    case 'fail':
      return [{ ...base, id: 'arc.fail', severity: 'warn', title: 'The ARC chain is broken', explanation: `${check.reason.message}${check.failedInstance !== null ? ` (instance ${check.failedInstance})` : ''}. The forwarders' results cannot be relied on.` }];
    case 'temperror':
      return [{ ...base, id: 'arc.temperror', severity: 'warn', title: 'The ARC chain could not be checked now', explanation: `${check.reason.message}: a DNS failure, not a verdict on the chain.` }];
  }
}
