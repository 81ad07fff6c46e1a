// Internationalised domain names (RFC 5890): DNS queries need the A-label ("xn--") form. The WHATWG URL
// parser, present in node and every browser, applies UTS #46 processing and punycode for us.

export type AsciiDomain = { ok: true; ascii: string } | { ok: false; reason: DomainNameProblem };

/** Why a text is not a domain name a resolver could ask for, as data (the catalogs word it). */
export type DomainNameProblem =
  | { kind: 'empty' }
  /** Over `max` characters (RFC 1035 §2.3.4); `length` when it was measured. */
  | { kind: 'too-long'; max: number; length?: number }
  | { kind: 'label-too-long'; max: number }
  | { kind: 'invalid-character'; domain: string }
  | { kind: 'not-a-domain'; domain: string }
  | { kind: 'empty-label'; domain: string }
  | { kind: 'bad-label'; label: string }
  /** "[192.0.2.1]": RFC 5321 §4.1.3 address literal. */
  | { kind: 'address-literal'; domain: string };

// RFC 1035 §2.3.4: at most 253 characters in the presentation form, 63 per label.
const MAX_DOMAIN_LENGTH = 253;

/** Converts a domain (U-labels or A-labels) to lower-case A-labels; reports names no resolver could ask for. */
export function toAsciiDomain(domain: string): AsciiDomain {
  const trimmed = domain.trim().replace(/\.$/, '');
  if (trimmed === '') return { ok: false, reason: { kind: 'empty' } };
  if (trimmed.length > MAX_DOMAIN_LENGTH * 4) return { ok: false, reason: { kind: 'too-long', max: MAX_DOMAIN_LENGTH } };
  // Characters the URL parser would treat as delimiters rather than reject.
  if (/[/?#@:\\\s[\]%]/.test(trimmed)) return { ok: false, reason: { kind: 'invalid-character', domain: trimmed } };
  let ascii: string;
  try {
    ascii = new URL(`http://${trimmed}`).hostname;
  } catch {
    return { ok: false, reason: { kind: 'not-a-domain', domain: trimmed } };
  }
  if (ascii.length > MAX_DOMAIN_LENGTH) return { ok: false, reason: { kind: 'too-long', max: MAX_DOMAIN_LENGTH, length: ascii.length } };
  // RFC 1035 §2.3.1: labels are not empty ("a..b" is no name, though a URL parser accepts it).
  if (ascii.split('.').some((label) => label === '')) return { ok: false, reason: { kind: 'empty-label', domain: trimmed } };
  if (ascii.split('.').some((label) => label.length > 63)) return { ok: false, reason: { kind: 'label-too-long', max: 63 } };
  return { ok: true, ascii };
}
