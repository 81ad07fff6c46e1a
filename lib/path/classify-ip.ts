// Which part of the address space an IP belongs to (RFC 6890 special-purpose registries): a hop from a
// private or loopback address is inside the receiving system and cannot be the edge.
import { isIpv4 } from '../headers/ip-address';

export type IpScope =
  | 'public'
  /** RFC 1918 (10/8, 172.16/12, 192.168/16) and RFC 4193 unique local (fc00::/7). */
  | 'private'
  /** 127/8 and ::1. */
  | 'loopback'
  /** 169.254/16 and fe80::/10. */
  | 'link-local'
  /** RFC 6598 carrier-grade NAT, 100.64/10. */
  | 'shared'
  /** RFC 5737 / RFC 3849 documentation ranges: stand-ins for public addresses in examples. */
  | 'documentation'
  /** 0.0.0.0/8, ::, and other reserved space (240/4, multicast). */
  | 'reserved';

/** Scopes in which an address can be a sender outside the receiving system. */
export function isExternalScope(scope: IpScope): boolean {
  return scope === 'public' || scope === 'documentation';
}

export function classifyIp(ip: string): IpScope {
  if (isIpv4(ip)) return classifyIpv4(ip);
  // RFC 4291 §2.5.5.2: an IPv4-mapped address ("::ffff:10.0.0.1") is the IPv4 host.
  const mapped = /^::ffff:(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/i.exec(ip)?.[1];
  return mapped && isIpv4(mapped) ? classifyIpv4(mapped) : classifyIpv6(ip);
}

function classifyIpv4(ip: string): IpScope {
  const [a = 0, b = 0, c = 0] = ip.split('.').map(Number);
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 127) return 'loopback';
  if (a === 169 && b === 254) return 'link-local';
  if (a === 100 && b >= 64 && b <= 127) return 'shared';
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return 'documentation';
  if (a === 0 || a >= 224) return 'reserved';
  return 'public';
}

function classifyIpv6(ip: string): IpScope {
  const groups = expandIpv6(ip);
  if (!groups) return 'reserved';
  if (groups.every((group) => group === 0)) return 'reserved';
  if (groups.slice(0, 7).every((group) => group === 0) && groups[7] === 1) return 'loopback';
  const first = groups[0] ?? 0;
  if ((first & 0xfe00) === 0xfc00) return 'private';
  if ((first & 0xffc0) === 0xfe80) return 'link-local';
  if (first === 0x2001 && groups[1] === 0x0db8) return 'documentation';
  if ((first & 0xff00) === 0xff00) return 'reserved';
  return 'public';
}

/** The eight 16-bit groups of an IPv6 address, or null. */
function expandIpv6(ip: string): number[] | null {
  let text = ip.toLowerCase();
  // An embedded IPv4 tail ("::ffff:192.0.2.1") becomes two groups.
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) {
    const [p, q, r, s] = v4.slice(1).map(Number) as [number, number, number, number];
    text = text.slice(0, v4.index) + ((p << 8) | q).toString(16) + ':' + ((r << 8) | s).toString(16);
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 0) return null;
  const groups = [...head, ...Array<string>(Math.max(missing, 0)).fill('0'), ...tail].map((group) => parseInt(group, 16));
  return groups.length === 8 && groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff) ? groups : null;
}
