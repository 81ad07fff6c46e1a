// Who the message was delivered to: the recipient domain decides whose MX hosts are the receiving
// organization's front door. The newest "for" clause is the envelope recipient as the receiver wrote it
// (RFC 5321 §4.4); Delivered-To / X-Original-To are added at final delivery; To is the author's word and
// comes last (a Bcc or a list recipient is not in it).
import type { HeaderField } from '../headers/header-field';
import { unfold } from '../headers/header-field';
import type { PathHop } from './build-hops';

export type RecipientSource = 'for-clause' | 'delivered-to' | 'x-original-to' | 'to';

export interface Recipient {
  address: string;
  domain: string;
  source: RecipientSource;
}

const DELIVERY_FIELDS: [key: string, source: RecipientSource][] = [
  ['delivered-to', 'delivered-to'],
  ['x-delivered-to', 'delivered-to'],
  ['x-original-to', 'x-original-to'],
  ['to', 'to'],
];

const LOCAL_CHAR = /[^\s<>",;:@()[\]]/;
const DOMAIN = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,63}$/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;

/** The recipient, newest evidence first; null when no field names one. */
export function findRecipient(fields: readonly HeaderField[], hops: readonly PathHop[]): Recipient | null {
  for (let i = hops.length - 1; i >= 0; i--) {
    const found = hops[i]?.for ? readAddress(hops[i]?.for ?? '', 'for-clause') : null;
    if (found) return found;
  }
  for (const [key, source] of DELIVERY_FIELDS) {
    const field = fields.find((candidate) => candidate.key === key);
    const found = field ? readAddress(unfold(field.value), source) : null;
    if (found) return found;
  }
  return null;
}

/** The first local@domain in the text, read outwards from each "@" so that the cost stays linear. */
function readAddress(text: string, source: RecipientSource): Recipient | null {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && LOCAL_CHAR.test(text[start - 1] ?? '')) start--;
    let end = at + 1;
    while (end < text.length && DOMAIN_CHAR.test(text[end] ?? '')) end++;
    const domain = text.slice(at + 1, end).replace(/\.$/, '').toLowerCase();
    if (start < at && domain.length <= 253 && DOMAIN.test(domain)) return { address: `${text.slice(start, at)}@${domain}`.toLowerCase(), domain, source };
  }
  return null;
}
