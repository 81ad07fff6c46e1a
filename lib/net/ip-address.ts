// IPv4 and IPv6 addresses, one module for every check: strict parsing (RFC 7208 §5.6 dec-octets,
// RFC 4291 §2.2 text forms), comparison whatever the spelling, CIDR prefix matching, RFC 5952 text,
// the reverse-lookup names of PTR queries and the dotted forms SPF macros need (RFC 7208 §7.3).

export interface IpAddress {
  version: 4 | 6;
  /** 4 or 16 octets, network order. */
  bytes: Uint8Array;
  /** Canonical text: dotted quad, or RFC 5952 §4 form for IPv6. */
  text: string;
}

function address(version: 4 | 6, bytes: Uint8Array): IpAddress {
  const ip = { version, bytes, text: '' };
  ip.text = formatIp(ip);
  return ip;
}

// RFC 7208 §5.6 / RFC 3986 dec-octet: no leading zeros, 0 to 255.
const DEC_OCTET = /^(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

export function parseIpv4(text: string): IpAddress | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => DEC_OCTET.test(part))) return null;
  return address(4, Uint8Array.from(parts.map(Number)));
}

/** RFC 4291 §2.2 text forms, including "::" compression and a trailing dotted IPv4 part. */
export function parseIpv6(text: string): IpAddress | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] === '' ? [] : (halves[0] ?? '').split(':');
  const tail = halves.length === 2 && halves[1] !== '' ? (halves[1] ?? '').split(':') : [];
  const groups: number[] = [];
  const readGroups = (items: string[], allowIpv4Last: boolean): number[] | null => {
    const out: number[] = [];
    for (let index = 0; index < items.length; index++) {
      const item = items[index] ?? '';
      if (allowIpv4Last && index === items.length - 1 && item.includes('.')) {
        const v4 = parseIpv4(item);
        if (!v4) return null;
        out.push(((v4.bytes[0] ?? 0) << 8) | (v4.bytes[1] ?? 0), ((v4.bytes[2] ?? 0) << 8) | (v4.bytes[3] ?? 0));
        continue;
      }
      if (!HEX_GROUP.test(item)) return null;
      out.push(parseInt(item, 16));
    }
    return out;
  };
  const headGroups = readGroups(head, halves.length === 1);
  const tailGroups = readGroups(tail, true);
  if (!headGroups || !tailGroups) return null;
  if (halves.length === 1) {
    if (headGroups.length !== 8) return null;
    groups.push(...headGroups);
  } else {
    const missing = 8 - headGroups.length - tailGroups.length;
    if (missing < 1) return null;
    groups.push(...headGroups, ...new Array<number>(missing).fill(0), ...tailGroups);
  }
  const bytes = new Uint8Array(16);
  groups.forEach((group, index) => {
    bytes[index * 2] = group >> 8;
    bytes[index * 2 + 1] = group & 0xff;
  });
  return address(6, bytes);
}

export function parseIp(text: string): IpAddress | null {
  return text.includes(':') ? parseIpv6(text) : parseIpv4(text);
}

/**
 * RFC 7208 §5: "an IPv4-mapped IPv6 IP address ... MUST still be considered an IPv4 address and
 * MUST be evaluated using IPv4 mechanisms". The client IP is normalised once, before evaluation.
 */
export function unmapIpv4(ip: IpAddress): IpAddress {
  if (ip.version !== 6) return ip;
  const mapped = ip.bytes.slice(0, 10).every((b) => b === 0) && ip.bytes[10] === 0xff && ip.bytes[11] === 0xff;
  return mapped ? address(4, ip.bytes.slice(12)) : ip;
}

/** True when the first `prefix` bits of `ip` equal those of `network` (same address family only). */
export function inPrefix(ip: IpAddress, network: IpAddress, prefix: number): boolean {
  if (ip.version !== network.version) return false;
  const fullBytes = Math.floor(prefix / 8);
  for (let index = 0; index < fullBytes; index++) {
    if (ip.bytes[index] !== network.bytes[index]) return false;
  }
  const restBits = prefix % 8;
  if (restBits === 0) return true;
  const mask = (0xff << (8 - restBits)) & 0xff;
  return ((ip.bytes[fullBytes] ?? 0) & mask) === ((network.bytes[fullBytes] ?? 0) & mask);
}

/** Dotted quad for IPv4; RFC 5952 canonical text for IPv6 (the "c" macro of RFC 7208 §7.3). */
export function formatIp(ip: Pick<IpAddress, 'version' | 'bytes'>): string {
  if (ip.version === 4) return Array.from(ip.bytes).join('.');
  const groups: number[] = [];
  for (let index = 0; index < 16; index += 2) groups.push(((ip.bytes[index] ?? 0) << 8) | (ip.bytes[index + 1] ?? 0));
  // RFC 5952 §4.2: compress the longest run of two or more zero groups, the first one on a tie.
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < 8; ) {
    if (groups[start] !== 0) {
      start++;
      continue;
    }
    let end = start;
    while (end < 8 && groups[end] === 0) end++;
    if (end - start > bestLength) {
      bestStart = start;
      bestLength = end - start;
    }
    start = end;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/**
 * The "i" macro (RFC 7208 §7.3): dotted quad for IPv4; for IPv6 the 32 nibbles separated by dots,
 * written in upper case as in the RFC's own example (§7.4 "1.0.B.C.0...").
 */
export function dotFormat(ip: IpAddress): string {
  if (ip.version === 4) return Array.from(ip.bytes).join('.');
  return nibbles(ip).map((n) => n.toString(16).toUpperCase()).join('.');
}

/** The name a PTR query asks for: RFC 1035 §3.5 in-addr.arpa, RFC 3596 §2.5 ip6.arpa. */
export function reverseName(ip: IpAddress): string {
  if (ip.version === 4) return `${Array.from(ip.bytes).reverse().join('.')}.in-addr.arpa`;
  return `${nibbles(ip)
    .reverse()
    .map((n) => n.toString(16))
    .join('.')}.ip6.arpa`;
}

/**
 * An address as a client or a header gives it: spaces and IPv6 literal brackets dropped, and an
 * IPv4-mapped IPv6 address (RFC 4291 §2.5.5.2, seen in dual-stack servers' Received lines) read as
 * the IPv4 address that DNS holds. Null when the text is not an address.
 */
export function parseClientIp(text: string): IpAddress | null {
  let t = text.trim();
  // RFC 5321 §4.1.3 address literals: "[192.0.2.1]", "[IPv6:2001:db8::1]".
  if (t.startsWith('[') && t.endsWith(']')) t = t.slice(1, -1).trim();
  if (/^ipv6:/i.test(t)) t = t.slice(5);
  // RFC 4007 §11 zone index ("fe80::1%12", as Exchange writes it) names an interface, not an address.
  const zone = t.indexOf('%');
  if (zone >= 0) t = t.slice(0, zone);
  const ip = parseIp(t);
  return ip && unmapIpv4(ip);
}

/** The canonical text of the address `text` denotes when the whole of it is one, else null. */
export function readIpAddress(text: string): string | null {
  return parseClientIp(text)?.text ?? null;
}

/** True when both denote the same address, whatever the spelling ("2001:db8::1" and "2001:DB8:0:0::1"). */
export function isSameAddress(a: string | IpAddress, b: string | IpAddress): boolean {
  const left = typeof a === 'string' ? parseClientIp(a) : unmapIpv4(a);
  const right = typeof b === 'string' ? parseClientIp(b) : unmapIpv4(b);
  if (!left || !right || left.version !== right.version) return false;
  return left.bytes.every((byte, index) => byte === right.bytes[index]);
}

function nibbles(ip: IpAddress): number[] {
  const out: number[] = [];
  for (const byte of ip.bytes) out.push(byte >> 4, byte & 0x0f);
  return out;
}
