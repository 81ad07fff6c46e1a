// English words several areas share: a lookup that failed, whose server a name is.
import type { MailOrganization } from '../../auth/mail-provider/find-mail-organizations';
import type { LookupProblem } from '../../dns/types';
import type { OwnerUnchecked } from '../../report/params/server-owner';
import type { Format } from '../format';
import { dnsFailure } from './dns-failure';

/** The unit of a time limit, shared with the words of a timeout. */
export { seconds } from './dns-failure';

/** "TXT example.com: timeout after 3 s", "MX example.com: SERVFAIL". */
export function lookupProblem(problem: LookupProblem, format: Format): string {
  return `${problem.type} ${problem.name}: ${problem.kind === 'rcode' ? problem.rcode : dnsFailure.failure(problem, format)}`;
}

/** "its MX host smtp.google.com" / "its SPF record reaches _spf.google.com". */
export function basis(entry: MailOrganization): string {
  switch (entry.via) {
    case 'author':
      return 'its own organization';
    case 'mx':
      return `its MX host ${entry.name}`;
    case 'spf':
      return `its SPF record reaches ${entry.name}`;
  }
}

/** The organizations the author's domain does hand mail to, for the "another domain" text. */
export function known(entries: readonly MailOrganization[]): string {
  return entries.map((entry) => (entry.via === 'author' ? entry.organization : `${entry.organization} (${basis(entry)})`)).join(', ');
}

/** For a provider's server: what the customer controls instead of the server's names. */
export const PROVIDER_ADVICE = 'What the customer can do instead: have the provider sign with DKIM under the customer\'s own domain and list the provider in the domain\'s SPF record, so DMARC passes whatever the provider\'s servers are called.';

/** Why whose server a name is was not checked. */
export function ownerUnchecked(reason: OwnerUnchecked, format: Format): string {
  return reason.kind === 'not-looked-up'
    ? 'the MX and SPF records of the author\'s domain were not looked up'
    : reason.problems.map((problem) => lookupProblem(problem, format)).join('; ');
}
