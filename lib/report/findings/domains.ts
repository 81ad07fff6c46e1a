// Domain existence: the article says invalid, nonexistent or unresolvable domain names in sender and
// recipient headers may get mail suspended or rejected. The findings are data; lib/i18n/<lang>/headers.ts
// says them in words.
import type { DnsResult } from '../../dns/types';
import { dnsEvidence } from '../evidence';
import { RECOMMENDATIONS } from '../recommendations';
import type { FindingData, NotChecked } from '../types';
import type { HeaderDomainsResult } from '../../auth/domain/types';

export function domainFindings(check: HeaderDomainsResult | NotChecked): FindingData[] {
  if ('result' in check) return [];
  // One pass over the queries, not one per problem (linear in the number of domains).
  const byName = new Map<string, DnsResult[]>();
  for (const query of check.queries) {
    const name = query.name.toLowerCase();
    byName.set(name, [...(byName.get(name) ?? []), query]);
  }
  return check.problems.map((problem): FindingData => {
    const evidence = (byName.get(problem.domain) ?? []).map(dnsEvidence);
    const { domain, roles } = problem;
    if (problem.kind === 'nonexistent') {
      const sender = roles.includes('from') || roles.includes('return-path') || roles.includes('sender');
      return { id: 'domain.nonexistent', severity: sender ? 'fail' : 'warn', params: { domain, roles }, evidence, recommendation: RECOMMENDATIONS.notTrusted };
    }
    return { id: 'header.malformed', severity: 'warn', params: { problem: 'invalid-domain', domain, roles, reason: problem.reason }, evidence, recommendation: RECOMMENDATIONS.notTrusted };
  });
}
