// Internationalised domain names (RFC 5890): DNS queries need the A-label ("xn--") form. The WHATWG URL
// parser, present in node and every browser, applies UTS #46 processing and punycode for us.

export type AsciiDomain = { ok: true; ascii: string } | { ok: false; reason: string };

// RFC 1035 §2.3.4: at most 253 characters in the presentation form, 63 per label.
const MAX_DOMAIN_LENGTH = 253;

/** Converts a domain (U-labels or A-labels) to lower-case A-labels; reports names no resolver could ask for. */
export function toAsciiDomain(domain: string): AsciiDomain {
  const trimmed = domain.trim().replace(/\.$/, '');
  if (trimmed === '') return { ok: false, reason: 'empty domain' };
  if (trimmed.length > MAX_DOMAIN_LENGTH * 4) return { ok: false, reason: 'domain too long' };
  // Characters the URL parser would treat as delimiters rather than reject.
  if (/[/?#@:\\\s[\]%]/.test(trimmed)) return { ok: false, reason: `invalid character in domain "${trimmed}"` };
  let ascii: string;
  try {
    ascii = new URL(`http://${trimmed}`).hostname;
  } catch {
    return { ok: false, reason: `not a valid domain name: "${trimmed}"` };
  }
  if (ascii.length > MAX_DOMAIN_LENGTH) return { ok: false, reason: 'domain longer than 253 characters' };
  // RFC 1035 §2.3.1: labels are not empty ("a..b" is no name, though a URL parser accepts it).
  if (ascii.split('.').some((label) => label === '')) return { ok: false, reason: `empty label in domain "${trimmed}"` };
  if (ascii.split('.').some((label) => label.length > 63)) return { ok: false, reason: 'a label is longer than 63 characters' };
  return { ok: true, ascii };
}
