// Domain existence: the article says invalid, nonexistent or unresolvable domain names in sender and
// recipient headers may get mail suspended or rejected.
import type { DnsResult } from '../../dns/types';
import { dnsEvidence } from '../evidence';
import { RECOMMENDATIONS } from '../recommendations';
import type { BuiltFinding, NotChecked } from '../types';
import type { HeaderDomainsResult } from '../../auth/domain/types';

export function domainFindings(check: HeaderDomainsResult | NotChecked): BuiltFinding[] {
  if ('result' in check) return [];
  // One pass over the queries, not one per problem (linear in the number of domains).
  const byName = new Map<string, DnsResult[]>();
  for (const query of check.queries) {
    const name = query.name.toLowerCase();
    byName.set(name, [...(byName.get(name) ?? []), query]);
  }
  return check.problems.flatMap((problem): BuiltFinding[] => {
    const evidence = (byName.get(problem.domain) ?? []).map(dnsEvidence);
    const where = problem.roles.join(', ');
    if (problem.kind === 'nonexistent') {
      return [{
        id: 'domain.nonexistent',
        severity: problem.roles.includes('from') || problem.roles.includes('return-path') || problem.roles.includes('sender') ? 'fail' : 'warn',
        title: `The domain ${problem.domain} (${where}) does not exist`,
        explanation: `DNS answers NXDOMAIN for ${problem.domain}. Mail from a domain that does not exist is likely forged or misconfigured; Zendesk may suspend or reject it.`,
        evidence,
        recommendation: RECOMMENDATIONS.notTrusted,
      }];
    }
    return [{
      id: 'header.malformed',
      severity: 'warn',
      title: `"${problem.domain}" (${where}) is not a valid domain name`,
      explanation: `${problem.reason}.`,
      evidence,
      recommendation: RECOMMENDATIONS.notTrusted,
    }];
  });
}
