import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSameAddress, parseClientIp as parseIp, reverseName } from '../../lib/net/ip-address';

describe('parseIp', () => {
  it('reads dotted quads and refuses octets above 255 or with a leading zero', () => {
    expect(parseIp('192.0.2.1')).toEqual({ version: 4, bytes: Uint8Array.from([192, 0, 2, 1]), text: '192.0.2.1' });
    expect(parseIp('256.1.1.1')).toBeNull();
    expect(parseIp('01.2.3.4')).toBeNull();
    expect(parseIp('1.2.3')).toBeNull();
    expect(parseIp('mail.example.com')).toBeNull();
  });

  it('writes IPv6 in the RFC 5952 §4 form (lower case, longest zero run as ::)', () => {
    expect(parseIp('2001:DB8:0:0:0:0:0:1')?.text).toBe('2001:db8::1');
    expect(parseIp('2001:db8:0:0:1:0:0:1')?.text).toBe('2001:db8::1:0:0:1');
    expect(parseIp('2001:db8::0:1:0:0:1')?.text).toBe('2001:db8::1:0:0:1');
    expect(parseIp('::')?.text).toBe('::');
    expect(parseIp('2001:db8:1:2:3:4:5:6')?.text).toBe('2001:db8:1:2:3:4:5:6');
  });

  it('refuses malformed IPv6 text', () => {
    for (const bad of ['2001:db8::1::2', '2001:db8:1:2:3:4:5:6:7', '2001:db8::g', '2001:db8:1:2:3:4:5', ':::']) {
      expect(parseIp(bad), bad).toBeNull();
    }
  });

  it('treats an IPv4-mapped IPv6 address as the IPv4 address (RFC 4291 §2.5.5.2)', () => {
    expect(parseIp('::ffff:192.0.2.7')).toEqual({ version: 4, bytes: Uint8Array.from([192, 0, 2, 7]), text: '192.0.2.7' });
  });
});

describe('isSameAddress', () => {
  it('compares addresses, not spellings', () => {
    expect(isSameAddress('2001:db8::1', '2001:DB8:0:0::0001')).toBe(true);
    expect(isSameAddress('192.0.2.1', '::ffff:192.0.2.1')).toBe(true);
    expect(isSameAddress('192.0.2.1', '192.0.2.10')).toBe(false);
    expect(isSameAddress('not an ip', 'not an ip')).toBe(false);
  });
});

describe('reverseName', () => {
  it('builds in-addr.arpa names with the octets reversed (RFC 1035 §3.5)', () => {
    expect(reverseName(parseIp('1.2.3.4')!)).toBe('4.3.2.1.in-addr.arpa');
  });

  it('builds the ip6.arpa name of RFC 3596 §2.5 for its own example address', () => {
    expect(reverseName(parseIp('4321:0:1:2:3:4:567:89ab')!)).toBe(
      'b.a.9.8.7.6.5.0.4.0.0.0.3.0.0.0.2.0.0.0.1.0.0.0.0.0.0.0.1.2.3.4.ip6.arpa',
    );
  });
});

describe('parseIp properties', () => {
  it('reads every IPv4 and IPv6 address fast-check writes, and its canonical text reads back to the same bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), (text) => {
        const ip = parseIp(text);
        expect(ip).toBeDefined();
        expect(parseIp(ip!.text)?.bytes).toEqual(ip!.bytes);
        expect(isSameAddress(text, ip!.text)).toBe(true);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF:.[]% '.split('')), maxLength: 60 }), (text) => {
        const ip = parseIp(text);
        if (ip) expect(ip.bytes).toHaveLength(ip.version === 4 ? 4 : 16);
      }),
    );
  });
});
