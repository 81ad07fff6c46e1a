import { describe, expect, it } from 'vitest';
import { formatIp } from '../../../lib/net/ip-address';
import { isSpfRecord, parseRecord, type SpfRecord } from '../../../lib/auth/spf/parse-record';
import type { SpfSyntaxError } from '../../../lib/auth/spf/types';
import { formatFor } from '../../../lib/i18n/format';
import { catalogFor } from '../../../lib/i18n/render';

/** A syntax error as the English catalog words it (the record's stop, lib/i18n/en/spf-trace.ts). */
function words(error: SpfSyntaxError): string {
  return catalogFor('en').spfTrace.stop({ kind: 'syntax', domain: 'example.com', error }, formatFor('en'));
}

function parsed(text: string): SpfRecord {
  const result = parseRecord(text);
  if (!result.ok) throw new Error(words(result.error));
  return result.record;
}

function error(text: string): string {
  const result = parseRecord(text);
  if (result.ok) throw new Error(`expected a syntax error for ${text}`);
  return words(result.error);
}

describe('record selection text (RFC 7208 §4.5)', () => {
  it.each([
    ['v=spf1', true],
    ['v=spf1 -all', true],
    ['V=SpF1 ~all', true],
    ['v=spf10', false],
    ['v=spf1-all', false],
    ['v=spf1\t-all', false],
    [' v=spf1 -all', false],
    ['spf2.0/pra -all', false],
  ])('%j is an SPF record: %s', (text, expected) => {
    expect(isSpfRecord(text)).toBe(expected);
  });
});

describe('parsing into an AST', () => {
  it('reads every mechanism with its qualifier, domain-spec and CIDR lengths', () => {
    const record = parsed(
      'v=spf1 +a -a:mail.example.com/24 ~mx//64 ?mx:example.org/28//48 ptr ptr:example.net ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.example.com exists:%{ir}.bl.example.com all',
    );
    const summary = record.directives.map((d) => {
      const m = d.mechanism;
      switch (m.kind) {
        case 'a':
        case 'mx':
          return [d.qualifier, m.kind, m.domain?.source ?? null, m.cidr4, m.cidr6];
        case 'ptr':
          return [d.qualifier, m.kind, m.domain?.source ?? null];
        case 'ip4':
        case 'ip6':
          return [d.qualifier, m.kind, formatIp(m.network), m.prefix];
        case 'include':
        case 'exists':
          return [d.qualifier, m.kind, m.domain.source];
        case 'all':
          return [d.qualifier, m.kind];
      }
    });
    expect(summary).toEqual([
      ['+', 'a', null, 32, 128],
      ['-', 'a', 'mail.example.com', 24, 128],
      ['~', 'mx', null, 32, 64],
      ['?', 'mx', 'example.org', 28, 48],
      ['+', 'ptr', null],
      ['+', 'ptr', 'example.net'],
      ['+', 'ip4', '192.0.2.0', 24],
      ['+', 'ip6', '2001:db8::', 32],
      ['+', 'include', '_spf.example.com'],
      ['+', 'exists', '%{ir}.bl.example.com'],
      ['+', 'all'],
    ]);
  });

  it('keeps redirect, exp and unknown modifiers apart from the mechanisms', () => {
    const record = parsed('v=spf1 mx redirect=_spf.example.com exp=explain.%{d} moo.cow-far_out=man:dog/cat');
    expect(record.directives.map((d) => d.text)).toEqual(['mx']);
    expect(record.redirect?.value.source).toBe('_spf.example.com');
    expect(record.exp?.value.source).toBe('explain.%{d}');
    expect(record.unknownModifiers.map((m) => m.name)).toEqual(['moo.cow-far_out']);
  });

  it('accepts several spaces between terms and trailing spaces, and mechanism names in any case', () => {
    expect(parsed('v=spf1  A   -ALL  ').directives.map((d) => d.mechanism.kind)).toEqual(['a', 'all']);
  });

  it('accepts any visible character in a domain-spec, and a trailing dot', () => {
    expect(parsed('v=spf1 a:foo:bar/baz.example.com').directives[0]?.text).toBe('a:foo:bar/baz.example.com');
    expect(parsed('v=spf1 include:o.spf.example.com.').directives).toHaveLength(1);
    expect(parsed('v=spf1 a:foo.example.xn--zckzah').directives).toHaveLength(1);
  });
});

describe('syntax errors (each a permerror, RFC 7208 §4.6)', () => {
  it.each([
    ['v=spf1 ip4:1.2.3.4 -all moo', 'unknown mechanism "moo"'],
    ['v=spf1 -all.', 'unknown mechanism'],
    ['v=spf1 -all:foobar', '"all" takes no argument'],
    ['v=spf1 redirect:example.com', 'unknown mechanism'],
    ['v=spf1 =all', 'unknown mechanism'],
    ['v=spf1 1up=foo', 'unknown mechanism'],
    ['v=spf1 ptr/0', '"ptr" takes no CIDR length'],
    ['v=spf1 a/33', 'invalid CIDR length'],
    ['v=spf1 a//129', 'invalid CIDR length'],
    ['v=spf1 a/24/64', 'invalid "a" mechanism'],
    ['v=spf1 ip4:1.2.3.4/032', 'invalid CIDR length'],
    ['v=spf1 ip4:1.2.3.4//32', 'not a valid ip4 network'],
    ['v=spf1 ip4:1.2.3', 'not a valid ip4 network'],
    ['v=spf1 ip4', 'not a valid ip4 network'],
    ['v=spf1 ip6::CAFE::BABE', 'not a valid ip6 network'],
    ['v=spf1 ip6:::1.1.1.1//33', 'not a valid ip6 network'],
    ['v=spf1 include', '"include" needs ":" and a domain'],
    ['v=spf1 include:', 'the domain-spec is empty'],
    ['v=spf1 include:example.com/24', 'does not end in a valid top-level label'],
    ['v=spf1 a:111.222.33.44', 'does not end in a valid top-level label'],
    ['v=spf1 a:example.com:8080', 'does not end in a valid top-level label'],
    ['v=spf1 a:example.-com', 'does not end in a valid top-level label'],
    ['v=spf1 a:museum', 'does not end in a valid top-level label'],
    ['v=spf1 a:museum.', 'does not end in a valid top-level label'],
    ['v=spf1 a:foo.example.com\u0000', 'U+0000'],
    ['v=spf1 a:ctrl.example.com\rptr -all', 'U+000D'],
    ['v=spf1 exp= -all', 'the domain-spec is empty'],
    ['v=spf1 exp=a.example.com exp=b.example.com', '"exp=" appears more than once'],
    ['v=spf1 redirect=a.example.com redirect=a.example.com', '"redirect=" appears more than once'],
    ['v=spf1 exp=%{r}.example.com', 'is not allowed in a domain-spec'],
    ['v=spf1 foo=%abc', 'must be followed by'],
  ])('%j: %s', (text, message) => {
    expect(error(text)).toContain(message);
  });

  it('rejects non-ASCII anywhere in a term', () => {
    expect(error('v=spf1 a:\u00ef\u00bb\u00bfgarbage.example.net -all')).toContain('U+00EF');
    expect(error('v=spf1 a:example.net \u0096all')).toContain('unknown mechanism');
  });
});
