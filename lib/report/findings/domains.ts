// Domain existence: the article says invalid, nonexistent or unresolvable domain names in sender and
// recipient headers may get mail suspended or rejected.
import { dnsEvidence } from '../evidence';
import { RECOMMENDATIONS } from '../recommendations';
import type { Finding, NotChecked } from '../types';
import type { HeaderDomainsResult } from '../../auth/domain/types';

export function domainFindings(check: HeaderDomainsResult | NotChecked): Finding[] {
  if ('result' in check) return [];
  return check.problems.flatMap((problem): Finding[] => {
    const evidence = check.queries.filter((query) => query.name.toLowerCase() === problem.domain).map(dnsEvidence);
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
