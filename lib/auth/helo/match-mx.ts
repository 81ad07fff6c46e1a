// The article: the HELO name should match one of the sender domain's MX records.
import { askAhead } from '../../dns/ask-ahead';
import { readAnswer, type LookupProblem, type Resolver } from '../../dns/types';
import { normalizeDomain } from '../organizational-domain';

export type MxMatch =
  | { outcome: 'yes' | 'no'; domains: string[]; hosts: string[] }
  | { outcome: 'unknown'; domains: string[]; hosts: string[]; problem: LookupProblem };

/** The sender's own domain first; a subdomain sender (news.example.com) may rely on its organization's MX. */
export async function matchMx(resolver: Resolver, host: string, senderDomain: string, senderOrg: string, signal?: AbortSignal): Promise<MxMatch> {
  const domains = senderDomain === senderOrg ? [senderDomain] : [senderDomain, senderOrg];
  const answers = askAhead(resolver, signal ? { signal } : {});
  // The organization's MX is asked together with the subdomain's; it is read only if the first does not match.
  if (senderDomain !== senderOrg) answers.ahead(senderOrg, 'MX');
  const dns = answers.resolver;
  const asked: string[] = [];
  const hosts: string[] = [];
  for (const domain of domains) {
    asked.push(domain);
    const read = readAnswer(await dns.query(domain, 'MX', { signal }));
    if ('problem' in read) return { outcome: 'unknown', domains: asked, hosts, problem: read.problem };
    const { answer } = read;
    const exchanges = answer.answers.flatMap((r) => (r.type === 'MX' ? [normalizeDomain(r.exchange)] : []));
    hosts.push(...exchanges);
    if (exchanges.includes(host)) return { outcome: 'yes', domains: asked, hosts };
  }
  return { outcome: 'no', domains: asked, hosts };
}
