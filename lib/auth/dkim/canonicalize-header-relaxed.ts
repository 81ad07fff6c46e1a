// RFC 6376 §3.4.2 "relaxed" header canonicalization, also used by ARC (RFC 8617 §4.1.3).

/** Lower-case name, unfolded value, runs of WSP made one space, WSP around the colon and at the end removed. */
export function canonicalizeHeaderRelaxed(raw: string): string {
  const colon = raw.indexOf(':');
  const name = raw.slice(0, colon).replace(/[ \t]+$/, '').toLowerCase();
  const value = raw
    .slice(colon + 1)
    .replace(/\r\n/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/^ | $/g, '');
  return `${name}:${value}`;
}
