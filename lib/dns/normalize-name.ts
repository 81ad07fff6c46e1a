// Turns what a header said into the name a DNS query carries: lower case, no trailing dot, IDN labels
// as punycode A-labels, lengths checked before anything is sent.

export type NormalizedName = { ok: true; name: string } | { ok: false; error: string };

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
  if (trimmed === '') return { ok: false, error: 'empty name' };
  const labels: string[] = [];
  for (const label of trimmed.split(LABEL_SEPARATORS)) {
    const ascii = toAsciiLabel(label);
    if (!ascii.ok) return { ok: false, error: `${ascii.error} in "${input.trim()}"` };
    if (ascii.name.length > MAX_LABEL) {
      return { ok: false, error: `label "${ascii.name}" is ${ascii.name.length} octets, more than the 63 DNS allows` };
    }
    labels.push(ascii.name);
  }
  const name = labels.join('.');
  if (name.length > MAX_NAME) return { ok: false, error: `name is ${name.length} octets, more than the 253 DNS allows` };
  return { ok: true, name };
}

function toAsciiLabel(label: string): NormalizedName {
  if (label === '') return { ok: false, error: 'empty label' };
  const lower = label.toLowerCase();
  if (/^[^\u0080-\uffff]*$/.test(lower)) {
    return ASCII_LABEL.test(lower) ? { ok: true, name: lower } : { ok: false, error: `label "${label}" holds a character DNS names cannot carry` };
  }
  if (URL_DELIMITERS.test(label)) return { ok: false, error: `label "${label}" holds a character DNS names cannot carry` };
  // RFC 5891 §4.4 / UTS #46: the URL host parser applies IDNA mapping and Punycode. The ".invalid" suffix
  // keeps a label of digits from being read as an IPv4 address.
  try {
    const host = new URL(`http://${label}.invalid/`).hostname;
    const ascii = host.slice(0, -'.invalid'.length);
    if (!host.endsWith('.invalid') || ascii.includes('.') || !ASCII_LABEL.test(ascii)) {
      return { ok: false, error: `label "${label}" is not a valid internationalized label` };
    }
    return { ok: true, name: ascii };
  } catch {
    return { ok: false, error: `label "${label}" is not a valid internationalized label` };
  }
}
