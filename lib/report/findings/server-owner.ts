// Whose server a PTR or HELO name names (design notes, "Judgement"): the sender's, when it is in the
// author's organization or in one the author's domain hands its mail to (an MX host's organization, a
// domain its SPF record includes); "another domain" otherwise, the article's mail.otherdomain.com, however
// well the name's PTR and A records agree. When the lookups behind that failed, it is not checked.
import type { MailOrganization } from '../../auth/mail-provider/find-mail-organizations';
import { organizationOf } from '../../path/organization-of';
import type { ServerOwner } from '../params/server-owner';
import type { FindingContext } from './context';

export type { ServerOwner } from '../params/server-owner';

export function ownerOfNames(names: readonly string[], context: FindingContext): ServerOwner {
  const mail = context.mailOrganizations;
  const organizations = names.map((name) => organizationOf(name) ?? name.toLowerCase());
  for (const organization of organizations) {
    const basis = mail?.organizations.find((entry) => entry.organization === organization);
    if (basis) return { kind: 'sender', basis };
  }
  if (!mail) return { kind: 'not-checked', reason: 'the MX and SPF records of the author\'s domain were not looked up' };
  if (mail.unchecked.length > 0) return { kind: 'not-checked', reason: mail.unchecked.join('; ') };
  return { kind: 'another-domain', organization: organizations[0] ?? names[0] ?? '?', known: mail.organizations };
}

/** "its MX host smtp.google.com" / "its SPF record includes _spf.google.com". */
export function describeBasis(basis: MailOrganization): string {
  switch (basis.via) {
    case 'author':
      return 'its own organization';
    case 'mx':
      return `its MX host ${basis.name}`;
    case 'spf':
      return `its SPF record reaches ${basis.name}`;
  }
}

/** The organizations the author's domain does hand mail to, in words, for the "another domain" text. */
export function describeKnown(known: readonly MailOrganization[]): string {
  return known.map((entry) => (entry.via === 'author' ? entry.organization : `${entry.organization} (${describeBasis(entry)})`)).join(', ');
}

/** For a provider's server: what the customer controls instead of the server's names. */
export const PROVIDER_ADVICE = 'What the customer can do instead: have the provider sign with DKIM under the customer\'s own domain and list the provider in the domain\'s SPF record, so DMARC passes whatever the provider\'s servers are called.';

/** A server a mail provider runs for the sender: the provider names it, and the customer has no PTR or HELO to fix. */
export function isProviderRun(owner: ServerOwner): boolean {
  return owner.kind === 'sender' && owner.basis.via !== 'author';
}
