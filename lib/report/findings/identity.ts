// Spoofing signs (identity.mismatch): the From domain says who wrote the message; Reply-To says where
// replies go (RFC 5322 §3.6.2), the Return-Path where bounces go (RFC 5321 §4.4) and DKIM's d= who vouches
// for it (RFC 6376 §3.5). A mail provider sending for a customer puts its own bounce domain and signature
// on the message (bounces.sendgrid.net under shop.example): ordinary, and DMARC passing through the other
// identifier, or the provider being one the From domain hands its mail to, says so. What is flagged is
// what an impostor needs (docs/verdict-rules.md, "Spoofing signs"):
// - replies diverted to another organization than the author's, or
// - nothing at all tying the message to the From domain: bounce address and every signature elsewhere,
//   and the From domain's DMARC policy failing. A domain without a DMARC record claims nothing, and a
//   small shop's unauthenticated newsletter through an ESP looks just like that: no sign.
// A mailing list moves Reply-To on purpose: to the list, or, when it rewrote From to its own address, to the
// author. When the list is authenticated and the From domain's DMARC does not fail, that Reply-To is a note
// naming the list (info), not a sign; anyone can write a List-Id field, so an unauthenticated one changes nothing.
import type { MailingList } from '../../headers/parse-list-headers';
import { organizationOf } from '../../path/organization-of';
import type { DkimEntry, DmarcCheck, FindingData, NotChecked } from '../types';
import type { IdentitySign } from '../params/identity';
import { headerEvidence } from '../evidence';
import { RECOMMENDATIONS } from '../recommendations';
import type { FindingContext } from './context';

export interface IdentityInput {
  dkim: readonly DkimEntry[];
  /** null while DMARC is still being checked. */
  dmarc: DmarcCheck | NotChecked | null;
}

export function identityFindings(input: IdentityInput, context: FindingContext): FindingData[] {
  const from = context.fromDomain;
  const author = organizationOf(from);
  if (!from || !author) return [];
  const related = relatedTo(author, context);
  const list = vouchedList(input, context);
  const signs: IdentitySign[] = [];
  for (const domain of new Set(context.message.replyTo.flatMap((address) => (address.domain ? [address.domain] : [])))) {
    if (!related(domain)) signs.push(list ? listReply(list, domain, author) ?? { kind: 'reply-to', domain } : { kind: 'reply-to', domain });
  }
  const envelope = envelopeSign(input, context, related);
  if (envelope) signs.push(envelope);
  if (signs.length === 0) return [];
  const shown = new Set(['from', 'reply-to', 'return-path', 'list-id', 'list-post']);
  return [{
    id: 'identity.mismatch',
    severity: signs.every((sign) => sign.kind === 'list-reply') ? 'info' : 'warn',
    params: { from, signs },
    evidence: context.fields.filter((field) => shown.has(field.key)).map(headerEvidence),
    recommendation: RECOMMENDATIONS.notTrusted,
  }];
}

/**
 * The list that relayed the message, when something authenticates it: a DKIM signature by the list's
 * organization verified (lists sign what they send), or the From domain's DMARC passes. A DMARC failure
 * keeps every sign: a list that breaks its authors' DMARC and an impostor who wrote a List-Id field look
 * the same from here, and when in doubt the agent is told.
 */
function vouchedList(input: IdentityInput, context: FindingContext): VouchedList | null {
  // Read once with the message (Report.message.list).
  const list = context.message.list;
  if (!list || input.dmarc?.result === 'fail') return null;
  const organizations = new Set(list.domains.map((domain) => organizationOf(domain)));
  const signedByList = input.dkim.some((entry) => entry.result === 'pass' && organizations.has(organizationOf(entry.d)));
  return signedByList || input.dmarc?.result === 'pass' ? { list, organizations } : null;
}

/** A list that something authenticates, with the organizations its names belong to. */
interface VouchedList {
  list: MailingList;
  organizations: ReadonlySet<string | null>;
}

/** The Reply-To explained by the list: replies go to the list, or to the author of a From the list rewrote. */
function listReply({ list, organizations }: VouchedList, domain: string, author: string): IdentitySign | null {
  const name = list.id ?? list.post ?? list.domains[0] ?? domain;
  if (organizations.has(organizationOf(domain))) return { kind: 'list-reply', domain, list: name, repliesTo: 'list' };
  if (organizations.has(author)) return { kind: 'list-reply', domain, list: name, repliesTo: 'author' };
  return null;
}

/** A domain belongs with the author when it is in the author's organization or one the author hands mail to. */
function relatedTo(author: string, context: FindingContext): (domain: string) => boolean {
  const providers = new Set(context.mailOrganizations?.organizations.map((entry) => entry.organization) ?? []);
  return (domain) => {
    const organization = organizationOf(domain) ?? domain.toLowerCase();
    return organization === author || providers.has(organization);
  };
}

function envelopeSign(input: IdentityInput, context: FindingContext, related: (domain: string) => boolean): IdentitySign | null {
  // Only a DMARC failure: offline, pending, a failed lookup or no policy at all says nothing.
  if (input.dmarc?.result !== 'fail') return null;
  const returnPath = domainOf(context.message.returnPath);
  if (!returnPath || related(returnPath)) return null;
  const dkimDomains = [...new Set(input.dkim.flatMap((entry) => (entry.d ? [entry.d.toLowerCase()] : [])))];
  if (dkimDomains.some(related)) return null;
  return { kind: 'envelope', returnPath, dkimDomains };
}

/** The domain of an address; null for the null reverse-path "<>" or no address. */
function domainOf(address: string | null): string | null {
  if (!address) return null;
  const at = address.lastIndexOf('@');
  const domain = at >= 0 ? address.slice(at + 1).replace(/>$/, '').trim().toLowerCase() : '';
  return domain === '' ? null : domain;
}
