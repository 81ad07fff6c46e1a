// Which part of the address space an IP belongs to (RFC 6890 special-purpose registries): a hop from a
// private or loopback address is inside the receiving system and cannot be the edge.
import { parseClientIp } from '../net/ip-address';

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

export function classifyIp(text: string): IpScope {
  // parseClientIp reads an IPv4-mapped address ("::ffff:10.0.0.1") as the IPv4 host (RFC 4291 §2.5.5.2).
  const ip = parseClientIp(text);
  if (!ip) return 'reserved';
  return ip.version === 4 ? classifyIpv4(ip.bytes) : classifyIpv6(ip.bytes);
}

function classifyIpv4([a = 0, b = 0, c = 0]: Uint8Array): IpScope {
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 127) return 'loopback';
  if (a === 169 && b === 254) return 'link-local';
  if (a === 100 && b >= 64 && b <= 127) return 'shared';
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return 'documentation';
  if (a === 0 || a >= 224) return 'reserved';
  return 'public';
}

function classifyIpv6(bytes: Uint8Array): IpScope {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  if (groups.every((group) => group === 0)) return 'reserved';
  if (groups.slice(0, 7).every((group) => group === 0) && groups[7] === 1) return 'loopback';
  const first = groups[0] ?? 0;
  if ((first & 0xfe00) === 0xfc00) return 'private';
  if ((first & 0xffc0) === 0xfe80) return 'link-local';
  if (first === 0x2001 && groups[1] === 0x0db8) return 'documentation';
  if ((first & 0xff00) === 0xff00) return 'reserved';
  return 'public';
}
