// Whose server a PTR or HELO name names (design notes, "Judgement"), as facts: the sender's (its own
// organization or a provider it hands its mail to), another domain, or not checked.
import type { MailOrganization } from '../../auth/mail-provider/find-mail-organizations';
import type { LookupProblem } from '../../dns/types';

export type ServerOwner =
  /** The author's own organization, or a provider it hands its mail to. */
  | { kind: 'sender'; basis: MailOrganization }
  | { kind: 'another-domain'; organization: string; known: MailOrganization[] }
  /** The MX and SPF records behind the answer were not looked up (offline, pending) or their lookups failed. */
  | { kind: 'not-checked'; reason: OwnerUnchecked };

export type OwnerUnchecked =
  /** No From domain, offline, or the lookups had not finished. */
  | { kind: 'not-looked-up' }
  /** The MX or SPF lookups of the author's domain that failed. */
  | { kind: 'lookups-failed'; problems: LookupProblem[] };
