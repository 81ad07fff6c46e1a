import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dotFormat, formatIp, inPrefix, parseIp, parseIpv4, parseIpv6, reverseName, unmapIpv4, type IpAddress } from '../../lib/net/ip-address';

function ip(text: string): IpAddress {
  const parsed = parseIp(text);
  if (!parsed) throw new Error(`bad test IP ${text}`);
  return parsed;
}

describe('IPv4 parsing (RFC 7208 §5.6 ip4-network)', () => {
  it.each(['192.0.2.1', '0.0.0.0', '255.255.255.255'])('accepts %s', (text) => {
    expect(parseIpv4(text)?.bytes).toEqual(Uint8Array.from(text.split('.').map(Number)));
  });
  it.each(['192.0.2', '192.0.2.1.5', '192.0.2.256', '192.0.02.1', '1.2.3.4:8080', '', '1..2.3', ' 1.2.3.4'])('rejects %j', (text) => {
    expect(parseIpv4(text)).toBeNull();
  });
});

describe('IPv6 parsing (RFC 4291 §2.2)', () => {
  it.each([
    ['2001:db8::1', '2001:db8::1'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['::', '::'],
    ['::1', '::1'],
    ['1::', '1::'],
    ['::1.1.1.1', '::101:101'],
    ['CAFE:BABE::192.168.218.40', 'cafe:babe::c0a8:da28'],
    ['2001:db8:0:1:0:0:1:1', '2001:db8:0:1::1:1'],
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'],
  ])('reads %s and writes it as %s (RFC 5952)', (text, canonical) => {
    expect(formatIp(ip(text))).toBe(canonical);
  });
  it.each([':CAFE::BABE', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '1::2::3', '12345::', 'g::1', '1:2:3:4:5:6:7::8', '::1.1.1', '1.1.1.1::'])('rejects %j', (text) => {
    expect(parseIpv6(text)).toBeNull();
  });
  it('round-trips any address through its canonical text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        const text = formatIp({ version: 6, bytes });
        expect(parseIpv6(text)?.bytes).toEqual(bytes);
      }),
    );
  });
});

describe('IPv4-mapped IPv6 (RFC 7208 §5)', () => {
  it('evaluates ::ffff:1.2.3.4 as the IPv4 address 1.2.3.4', () => {
    expect(unmapIpv4(ip('::FFFF:1.2.3.4'))).toEqual(ip('1.2.3.4'));
  });
  it('leaves other IPv6 addresses, including IPv4-compatible ones, as IPv6', () => {
    expect(unmapIpv4(ip('::1.2.3.4')).version).toBe(6);
    expect(unmapIpv4(ip('2001:db8::ffff:1.2.3.4')).version).toBe(6);
  });
});

describe('CIDR prefix match', () => {
  it.each([
    ['192.0.2.130', '192.0.2.128', 25, true],
    ['192.0.2.127', '192.0.2.128', 25, false],
    ['10.1.2.3', '192.0.2.1', 0, true],
    ['192.0.2.1', '192.0.2.1', 32, true],
    ['192.0.2.2', '192.0.2.1', 32, false],
    ['2001:db8:1234::cafe:babe', '2001:db8:1234::dead:beef', 64, true],
    ['2001:db8:1235::1', '2001:db8:1234::', 48, false],
    ['cafe:babe:8000::', 'cafe:babe:8000::', 33, true],
    ['cafe:babe:0::', 'cafe:babe:8000::', 33, false],
    ['1234::1', '::', 0, true],
  ] as const)('%s in %s/%i: %s', (address, network, prefix, expected) => {
    expect(inPrefix(ip(address), ip(network), prefix)).toBe(expected);
  });
  it('never matches across address families, even with /0', () => {
    expect(inPrefix(ip('1.2.3.4'), ip('::'), 0)).toBe(false);
    expect(inPrefix(ip('::1'), ip('0.0.0.0'), 0)).toBe(false);
  });
});

describe('names of an address', () => {
  it('builds in-addr.arpa and ip6.arpa names (RFC 1035 §3.5, RFC 3596 §2.5)', () => {
    expect(reverseName(ip('192.0.2.3'))).toBe('3.2.0.192.in-addr.arpa');
    expect(reverseName(ip('2001:db8::1'))).toBe('1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa');
  });
  it('writes the "i" macro form', () => {
    expect(dotFormat(ip('192.0.2.3'))).toBe('192.0.2.3');
    expect(dotFormat(ip('2001:db8::cb01'))).toBe('2.0.0.1.0.D.B.8.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.C.B.0.1');
  });
});
