import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genericNameSignals } from '../../../lib/auth/iprev';
import { parseIp } from '../../../lib/net/ip-address';

const ip = (text: string) => parseIp(text)!;
const kinds = (name: string, address: string) =>
  genericNameSignals(name, ip(address)).map((s) => (s.kind === 'isp-word' ? `word:${s.word}` : s.kind === 'ip-digits' ? `${s.order}${s.separator}` : 'hex'));

describe('genericNameSignals', () => {
  it('finds the address digits dotted, dashed, underscored, reversed and zero-padded', () => {
    expect(kinds('1.2.3.4.static.example.net', '1.2.3.4')).toEqual(['forward.']);
    expect(kinds('host-1-2-3-4.example.net', '1.2.3.4')).toEqual(['forward-']);
    expect(kinds('ip_4_3_2_1.example.net', '1.2.3.4')).toEqual(['reversed_']);
    expect(kinds('h203-000-113-005.example.net', '203.0.113.5')).toEqual(['forward-']);
    expect(kinds('h203000113005.example.net', '203.0.113.5')).toEqual(['forward']);
  });

  it('finds the address in hexadecimal', () => {
    expect(kinds('c0a80101.example.net', '192.168.1.1')).toEqual(['hex']);
    expect(kinds('host-20010db8000000000000000000000025.example.net', '2001:db8::25')).toEqual(['hex']);
    expect(kinds('2001-db8--25.example.net', '2001:db8::25')).toEqual(['hex']);
  });

  it('finds ISP words as whole labels or as parts of labels', () => {
    expect(kinds('dsl187.example.net', '198.51.100.7')).toEqual(['word:dsl']);
    expect(kinds('x.dynamic.example.net', '198.51.100.7')).toEqual(['word:dynamic']);
    expect(kinds('pool-dhcp-ppp.example.net', '198.51.100.7')).toEqual(['word:pool', 'word:dhcp', 'word:ppp']);
    expect(kinds('cust-77.broadband.example.net', '198.51.100.7')).toEqual(['word:cust', 'word:broadband']);
    expect(kinds('dyn.example.net', '198.51.100.7')).toEqual(['word:dyn']);
  });

  it('does not flag a plain mail host name, other digits, or a word that only names the organization', () => {
    expect(kinds('mail.example.com', '192.0.2.10')).toEqual([]);
    expect(kinds('mx1.isp.com', '1.2.3.4')).toEqual([]);
    expect(kinds('mail.cable.com', '192.0.2.10')).toEqual([]);
    expect(kinds('host-11-2-3-4.example.net', '1.2.3.4')).toEqual([]);
    expect(kinds('cablevision-mx.example.net', '192.0.2.10')).toEqual([]);
  });
});

describe('genericNameSignals properties', () => {
  it('finds the dashed, reversed digits of any IPv4 address embedded in a name, as in the article\'s example', () => {
    fc.assert(
      fc.property(fc.ipV4(), (address) => {
        const name = `${address.split('.').reverse().join('-')}-cable-subscribers.isp.com`;
        expect(kinds(name, address)).toContain('reversed-');
      }),
    );
  });
});

describe('genericNameSignals against a pattern-matching reading of the same rule', () => {
  // The rule as regular expressions: the octets, each zero-padded to at most 3 digits, joined by one
  // separator (or all padded to 3 and joined by nothing), with no digit just before or after.
  const byPattern = (host: string, address: string): string[] => {
    const octets = address.split('.');
    const found: string[] = [];
    for (const [order, sequence] of [['forward', octets], ['reversed', [...octets].reverse()]] as const) {
      for (const separator of ['.', '-', '_', ''] as const) {
        const parts = sequence.map((o) => (separator === '' ? o.padStart(3, '0') : `0{0,${3 - o.length}}${o}`));
        const match = new RegExp(`(?<![0-9])${parts.join(separator === '' ? '' : `\\${separator}`)}(?![0-9])`).exec(host);
        if (match) found.push(`${order}${separator}:${match[0]}`);
      }
    }
    return found;
  };
  const byScan = (host: string, address: string): string[] =>
    genericNameSignals(host, ip(address)).flatMap((s) => (s.kind === 'ip-digits' ? [`${s.order}${s.separator}:${s.matched}`] : []));

  it('finds the same digits, spelled the same, in names built from the address and from noise', () => {
    const octet = fc.integer({ min: 0, max: 255 });
    const address = fc.tuple(octet, octet, octet, octet).map((parts) => parts.join('.'));
    const piece = fc.oneof(
      fc.constantFrom('.', '-', '_', 'x', '0', '00', '1', 'mail', 'dsl'),
      octet.map(String),
      octet.map((n) => String(n).padStart(3, '0')),
    );
    fc.assert(
      fc.property(address, fc.array(piece, { maxLength: 14 }), fc.boolean(), (addr, pieces, embed) => {
        const octets = addr.split('.');
        const host = `${pieces.join('')}${embed ? octets.reverse().join('-') : ''}${pieces.slice(0, 3).join('')}.example.net`;
        expect(byScan(host, addr)).toEqual(byPattern(host, addr));
      }),
      { numRuns: 500 },
    );
  });
});
