// Findings of the From domain's MX check (lib/auth/mx): can the agent's reply reach the customer? None
// of them changes the verdict (docs/verdict-rules.md): trust is about who sent the message; a domain that
// cannot receive mail makes the ticket unanswerable, which the agent must know before replying.
import { dnsEvidence } from '../evidence';
import { RECOMMENDATIONS } from '../recommendations';
import type { FindingData, MxCheck, NotChecked } from '../types';

export function mxFindings(check: MxCheck | NotChecked): FindingData[] {
  if (check.result === 'not-checked') return [];
  // The article: "invalid, nonexistent or unresolvable domain names in sender ... headers".
  const base = { evidence: check.queries.map(dnsEvidence), recommendation: RECOMMENDATIONS.notTrusted };
  const { domain } = check;
  switch (check.result) {
    case 'pass': {
      const resolving = check.hosts.flatMap((host) => (host.resolution.kind === 'addresses' ? [host.exchange] : []));
      const unresolvable = check.hosts.flatMap((host) => (host.resolution.kind === 'none' ? [host.exchange] : []));
      const findings: FindingData[] = [{ ...base, id: 'mx.pass', severity: 'pass', params: { domain, hosts: resolving } }];
      // A backup host that does not resolve: mail still goes to the others.
      if (unresolvable.length > 0) findings.push({ ...base, id: 'mx.unresolvable', severity: 'info', params: { domain, unresolvable, resolving } });
      return findings;
    }
    case 'null':
      return [{ ...base, id: 'mx.null', severity: 'warn', params: { domain } }];
    case 'none':
      // RFC 5321 §5.1: mail goes to the domain's own address; with none, nowhere.
      return [{ ...base, id: 'mx.none', severity: check.addresses.length > 0 ? 'info' : 'warn', params: { domain, addresses: check.addresses } }];
    case 'unresolvable':
      return [{ ...base, id: 'mx.unresolvable', severity: 'warn', params: { domain, unresolvable: check.hosts.map((host) => host.exchange), resolving: [] } }];
    case 'nonexistent':
      // domain.nonexistent (the header-domain check) already says it, with the verdict rule it carries.
      return [];
    case 'temperror':
      return [{ ...base, id: 'mx.temperror', severity: 'info', params: { domain, problems: check.problems } }];
  }
}
