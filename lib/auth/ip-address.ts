// IP addresses as the checks need them: parse the text a Received header or a HELO gives, compare two
// addresses whatever their spelling, and build the reverse-lookup name for PTR queries.

export interface IpAddress {
  version: 4 | 6;
  /** 4 or 16 octets, network order. */
  bytes: readonly number[];
  /** Canonical text: dotted quad, or RFC 5952 §4 form for IPv6. */
  text: string;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP = /^[0-9a-f]{1,4}$/i;

/** Parses an IPv4 or IPv6 address; undefined when the text is not one. Never throws. */
export function parseIp(text: string): IpAddress | undefined {
  const trimmed = text.trim();
  const v4 = parseIpv4Bytes(trimmed);
  if (v4) return ipv4(v4);
  const v6 = parseIpv6Bytes(trimmed);
  if (!v6) return undefined;
  // RFC 4291 §2.5.5.2: ::ffff:a.b.c.d is an IPv4 node seen through an IPv6 socket; Received
  // headers of dual-stack servers show it, and DNS holds the IPv4 address.
  if (v6.slice(0, 10).every((b) => b === 0) && v6[10] === 0xff && v6[11] === 0xff) return ipv4(v6.slice(12));
  return { version: 6, bytes: v6, text: formatIpv6(v6) };
}

/** True when both texts are addresses and denote the same one (e.g. "2001:db8::1" and "2001:DB8:0:0::1"). */
export function isSameAddress(a: string | IpAddress, b: string | IpAddress): boolean {
  const left = typeof a === 'string' ? parseIp(a) : a;
  const right = typeof b === 'string' ? parseIp(b) : b;
  if (!left || !right || left.version !== right.version) return false;
  return left.bytes.every((byte, i) => byte === right.bytes[i]);
}

/** RFC 1035 §3.5 (in-addr.arpa) and RFC 3596 §2.5 (ip6.arpa, one label per nibble): the PTR query name. */
export function reverseName(ip: IpAddress): string {
  if (ip.version === 4) return `${[...ip.bytes].reverse().join('.')}.in-addr.arpa`;
  const nibbles = ip.bytes.flatMap((byte) => [byte >> 4, byte & 0x0f]);
  return `${nibbles.reverse().map((n) => n.toString(16)).join('.')}.ip6.arpa`;
}

function ipv4(bytes: number[]): IpAddress {
  return { version: 4, bytes, text: bytes.join('.') };
}

function parseIpv4Bytes(text: string): number[] | undefined {
  const match = IPV4.exec(text);
  if (!match) return undefined;
  const parts = match.slice(1, 5);
  // A leading zero ("01.2.3.4") reads as octal to some parsers: refuse the ambiguity.
  if (parts.some((p) => p.length > 1 && p.startsWith('0'))) return undefined;
  const bytes = parts.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : undefined;
}

// RFC 4291 §2.2: eight groups of up to four hex digits, one "::" for a run of zero groups, and an
// optional dotted-quad tail for the last 32 bits.
function parseIpv6Bytes(text: string): number[] | undefined {
  if (!text.includes(':')) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] === '' ? [] : (halves[0] ?? '').split(':');
  const tail = halves.length === 2 ? (halves[1] === '' ? [] : (halves[1] ?? '').split(':')) : [];
  const groups = [...head, ...tail];
  let tailV4: number[] | undefined;
  const last = groups[groups.length - 1];
  if (last !== undefined && last.includes('.')) {
    tailV4 = parseIpv4Bytes(last);
    if (!tailV4) return undefined;
    if (tail.length > 0) tail.pop();
    else head.pop();
  }
  const words = [...head, ...tail];
  if (!words.every((w) => HEX_GROUP.test(w))) return undefined;
  const wordCount = words.length + (tailV4 ? 2 : 0);
  if (halves.length === 1 ? wordCount !== 8 : wordCount > 7) return undefined;
  const zeros = new Array<string>(8 - wordCount).fill('0');
  const all = [...head, ...zeros, ...tail].map((w) => parseInt(w, 16));
  const bytes = all.flatMap((w) => [w >> 8, w & 0xff]);
  return tailV4 ? [...bytes, ...tailV4] : bytes;
}

// RFC 5952 §4: lower case, no leading zeros, the longest run (first on a tie) of two or more zero groups as "::".
function formatIpv6(bytes: number[]): string {
  const words: number[] = [];
  for (let i = 0; i < 16; i += 2) words.push(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = words.map((w) => w.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}
