// Whose server a PTR or HELO name names (design notes, "Judgement"): the sender's, when it is in the
// author's organization or in one the author's domain hands its mail to (an MX host's organization, a
// domain its SPF record includes); "another domain" otherwise, the article's mail.otherdomain.com, however
// well the name's PTR and A records agree. When the lookups behind that failed, it is not checked.
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
  if (!mail) return { kind: 'not-checked', reason: { kind: 'not-looked-up' } };
  if (mail.unchecked.length > 0) return { kind: 'not-checked', reason: { kind: 'lookups-failed', problems: mail.unchecked } };
  return { kind: 'another-domain', organization: organizations[0] ?? names[0] ?? '?', known: mail.organizations };
}

/** A server a mail provider runs for the sender: the provider names it, and the customer has no PTR or HELO to fix. */
export function isProviderRun(owner: ServerOwner): boolean {
  return owner.kind === 'sender' && owner.basis.via !== 'author';
}
