// Turns what a header said into the name a DNS query carries: lower case, no trailing dot, IDN labels
// as punycode A-labels, lengths checked before anything is sent.

/** The rule of DNS names a name breaks, as facts (worded by lib/i18n/<lang>/dns-failure.ts). */
export type NameProblem =
  | { rule: 'empty-name' }
  | { rule: 'empty-label' }
  /** RFC 1035 §2.3.4: a label of more than `limit` (63) octets. */
  | { rule: 'label-too-long'; label: string; octets: number; limit: number }
  /** RFC 1035 §2.3.4: a name of more than `limit` (253) characters written without the root dot. */
  | { rule: 'name-too-long'; octets: number; limit: number }
  /** A character no DNS name carries (outside letters, digits, '-', '_'), or one a URL reads as the end of a host. */
  | { rule: 'bad-character'; label: string }
  /** A non-ASCII label that IDNA (RFC 5891, UTS #46) cannot turn into an A-label. */
  | { rule: 'bad-idn'; label: string };

export type NormalizedName = { ok: true; name: string } | { ok: false; problem: NameProblem };

// RFC 1035 §2.3.4: labels are at most 63 octets; a name at most 255 octets on the wire, which is
// 253 characters written without the trailing dot.
const MAX_LABEL = 63;
const MAX_NAME = 253;
// UTS #46 §2.3: the ideographic and fullwidth full stops separate labels like "." does.
const LABEL_SEPARATORS = /[.\u3002\uff0e\uff61]/;
// RFC 1123 §2.1 host names (letters, digits, hyphen) plus "_" for attribute leaves such as
// _dmarc and _domainkey (RFC 8552 §2).
const ASCII_LABEL = /^[a-z0-9_-]+$/;
// Code points that a URL would read as the end of its host; such a label would be silently cut short.
const URL_DELIMITERS = /[/?#@:\\[\]%\s]/;
// One trailing root dot (in any of its forms) is allowed: "example.com." is fully qualified.
const LABEL_SEPARATORS_AT_END = /[.\u3002\uff0e\uff61]$/;

export function normalizeName(input: string): NormalizedName {
  const trimmed = input.trim().replace(LABEL_SEPARATORS_AT_END, '');
  if (trimmed === '') return { ok: false, problem: { rule: 'empty-name' } };
  const labels: string[] = [];
  for (const label of trimmed.split(LABEL_SEPARATORS)) {
    const ascii = toAsciiLabel(label);
    if (!ascii.ok) return ascii;
    if (ascii.name.length > MAX_LABEL) {
      return { ok: false, problem: { rule: 'label-too-long', label: ascii.name, octets: ascii.name.length, limit: MAX_LABEL } };
    }
    labels.push(ascii.name);
  }
  const name = labels.join('.');
  if (name.length > MAX_NAME) return { ok: false, problem: { rule: 'name-too-long', octets: name.length, limit: MAX_NAME } };
  return { ok: true, name };
}

function toAsciiLabel(label: string): NormalizedName {
  if (label === '') return { ok: false, problem: { rule: 'empty-label' } };
  const lower = label.toLowerCase();
  if (/^[^\u0080-\uffff]*$/.test(lower)) {
    return ASCII_LABEL.test(lower) ? { ok: true, name: lower } : { ok: false, problem: { rule: 'bad-character', label } };
  }
  if (URL_DELIMITERS.test(label)) return { ok: false, problem: { rule: 'bad-character', label } };
  // RFC 5891 §4.4 / UTS #46: the URL host parser applies IDNA mapping and Punycode. The ".invalid" suffix
  // keeps a label of digits from being read as an IPv4 address.
  try {
    const host = new URL(`http://${label}.invalid/`).hostname;
    const ascii = host.slice(0, -'.invalid'.length);
    if (!host.endsWith('.invalid') || ascii.includes('.') || !ASCII_LABEL.test(ascii)) return { ok: false, problem: { rule: 'bad-idn', label } };
    return { ok: true, name: ascii };
  } catch {
    return { ok: false, problem: { rule: 'bad-idn', label } };
  }
}
