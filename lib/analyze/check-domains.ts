// Do the domains of From, Reply-To, Sender, To and Return-Path exist? (the article: "invalid, nonexistent
// or unresolvable domain names in sender and recipient headers" may get mail suspended or rejected).
import { checkDomainExists } from '../auth/domain/check-domain-exists';
import { checkHeaderDomains, domainsToCheck, type HeaderDomain } from '../auth/domain/check-header-domains';
import { domainFindings } from '../report/findings/domains';
import { NO_FROM_DOMAIN, OFFLINE, PENDING, type MessageCheckModule } from './check-module';
import type { StaticPart } from './read-static';

export const domainsCheck: MessageCheckModule<'domains'> = {
  name: 'domains',
  scope: 'message',
  initial: (part, offline) => (offline ? OFFLINE : headerDomains(part).length > 0 ? PENDING : NO_FROM_DOMAIN),
  async run(part, { resolver, signal }) {
    const entries = headerDomains(part);
    // Every domain asked at once; checkHeaderDomains then gathers the (shared) answers in field order.
    await Promise.all(domainsToCheck(entries).map((domain) => checkDomainExists(domain, resolver, { signal })));
    return checkHeaderDomains(entries, resolver, { signal });
  },
  findings: (result) => domainFindings(result),
  findingsFirst: true,
};

function headerDomains(part: StaticPart): HeaderDomain[] {
  const m = part.message;
  const entries: HeaderDomain[] = [];
  for (const address of m.from) if (address.domain) entries.push({ role: 'from', domain: address.domain });
  for (const address of m.replyTo) if (address.domain) entries.push({ role: 'reply-to', domain: address.domain });
  if (m.sender?.domain) entries.push({ role: 'sender', domain: m.sender.domain });
  for (const address of m.to) if (address.domain) entries.push({ role: 'to', domain: address.domain });
  const at = m.returnPath ? m.returnPath.lastIndexOf('@') : -1;
  if (m.returnPath && at >= 0) entries.push({ role: 'return-path', domain: m.returnPath.slice(at + 1) });
  return entries;
}
