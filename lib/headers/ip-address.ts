// Recognising IP addresses written in header text: "192.0.2.1", "[192.0.2.1]", "[IPv6:2001:db8::1]"
// (RFC 5321 §4.1.3 address literals), "2001:db8::1%12" (zone index, as Exchange writes it).

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const IPV6_CHARS = /^[0-9A-Fa-f:.]+$/;

export function isIpv4(text: string): boolean {
  const match = IPV4.exec(text);
  return !!match && match.slice(1).every((part) => Number(part) <= 255);
}

export function isIpv6(text: string): boolean {
  if (!text.includes(':') || text.length > 45 || !IPV6_CHARS.test(text)) return false;
  try {
    new URL(`http://[${text}]/`);
    return true;
  } catch {
    return false;
  }
}

/**
 * The IP address in `text` if the whole of it is one (brackets, an "IPv6:" tag and a zone index are
 * accepted and removed); IPv6 comes back in lower case as written, not compressed further.
 */
export function readIpAddress(text: string): string | null {
  let t = text.trim();
  if (t.startsWith('[') && t.endsWith(']')) t = t.slice(1, -1).trim();
  if (t.toLowerCase().startsWith('ipv6:')) t = t.slice(5);
  const zone = t.indexOf('%');
  if (zone >= 0) t = t.slice(0, zone);
  if (isIpv4(t)) return t;
  if (isIpv6(t)) {
    // An IPv4-mapped IPv6 address names the IPv4 host.
    const mapped = /^::ffff:(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/i.exec(t);
    if (mapped?.[1] && isIpv4(mapped[1])) return mapped[1];
    return t.toLowerCase();
  }
  return null;
}
