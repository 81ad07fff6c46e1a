import { describe, expect, it } from 'vitest';
import { parseIp } from '../../../lib/net/ip-address';
import { expandMacroString, parseMacroString, type MacroContext } from '../../../lib/auth/spf/macro';
import type { SpfMacroError } from '../../../lib/auth/spf/types';
import { formatFor } from '../../../lib/i18n/format';
import { catalogFor } from '../../../lib/i18n/render';

/** A macro error as the English catalog words it (inside a record's syntax error). */
function words(error: SpfMacroError): string {
  return catalogFor('en').spfTrace.stop({ kind: 'syntax', domain: 'example.com', error: { kind: 'macro', term: 'a:x', error, modifier: false } }, formatFor('en'));
}

function context(ip: string, overrides: Partial<MacroContext> = {}): MacroContext {
  const address = parseIp(ip);
  if (!address) throw new Error(`bad test IP ${ip}`);
  return {
    sender: 'strong-bad@email.example.com',
    localPart: 'strong-bad',
    senderDomain: 'email.example.com',
    domain: 'email.example.com',
    ip: address,
    helo: 'mx.example.org',
    receiver: 'receiver.example.net',
    now: () => new Date('2026-01-02T03:04:05Z'),
    validatedDomain: async () => 'mx.example.org',
    ...overrides,
  };
}

async function expand(source: string, ctx: MacroContext, use: 'domain-spec' | 'explain-string' = 'domain-spec'): Promise<string> {
  const parsed = parseMacroString(source, use);
  if (!parsed.ok) throw new Error(words(parsed.error));
  return expandMacroString(parsed.value, ctx);
}

describe('macro expansion: the examples of RFC 7208 §7.4', () => {
  // §7.4: sender strong-bad@email.example.com, IPv4 192.0.2.3, IPv6 2001:db8::cb01.
  it.each([
    ['%{s}', 'strong-bad@email.example.com'],
    ['%{o}', 'email.example.com'],
    ['%{d}', 'email.example.com'],
    ['%{d4}', 'email.example.com'],
    ['%{d3}', 'email.example.com'],
    ['%{d2}', 'example.com'],
    ['%{d1}', 'com'],
    ['%{dr}', 'com.example.email'],
    ['%{d2r}', 'example.email'],
    ['%{l}', 'strong-bad'],
    ['%{l-}', 'strong.bad'],
    ['%{lr}', 'strong-bad'],
    ['%{lr-}', 'bad.strong'],
    ['%{l1r-}', 'strong'],
    ['%{ir}.%{v}._spf.%{d2}', '3.2.0.192.in-addr._spf.example.com'],
    ['%{lr-}.lp._spf.%{d2}', 'bad.strong.lp._spf.example.com'],
    ['%{lr-}.lp.%{ir}.%{v}._spf.%{d2}', 'bad.strong.lp.3.2.0.192.in-addr._spf.example.com'],
    ['%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}', '3.2.0.192.in-addr.strong.lp._spf.example.com'],
    ['%{d2}.trusted-domains.example.net', 'example.com.trusted-domains.example.net'],
  ])('%s -> %s', async (source, expected) => {
    expect(await expand(source, context('192.0.2.3'))).toBe(expected);
  });

  it('expands i and v for IPv6 as nibbles and "ip6"', async () => {
    expect(await expand('%{ir}.%{v}._spf.%{d2}', context('2001:db8::cb01'))).toBe(
      '1.0.B.C.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.B.D.0.1.0.0.2.ip6._spf.example.com',
    );
  });
});

describe('macro expansion: letters, escapes and URL escaping (§7.1, §7.3)', () => {
  it('expands %% %_ %- to "%", a space and "%20"', async () => {
    expect(await expand('a%%b%_c%-d.example.com', context('192.0.2.3'))).toBe('a%b c%20d.example.com');
  });

  it('URL-escapes upper-case macros, keeping only unreserved characters', async () => {
    const ctx = context('192.0.2.3', { localPart: '~jack&jill=up-a_b3.c' });
    expect(await expand('%{L}', ctx)).toBe('~jack%26jill%3Dup-a_b3.c');
  });

  it('splits on every listed delimiter and rejoins with dots', async () => {
    const ctx = context('192.0.2.3', { localPart: 'foo-bar+zip+quux' });
    expect(await expand('%{l2r+-}', ctx)).toBe('bar.foo');
  });

  it('expands c, r and t in explanation text only', async () => {
    const ctx = context('2001:db8::cb01');
    expect(await expand('%{c} via %{r} at %{t}', ctx, 'explain-string')).toBe('2001:db8::cb01 via receiver.example.net at 1767323045');
    expect(parseMacroString('%{c}.example.com', 'domain-spec')).toMatchObject({ ok: false });
  });

  it('asks for the validated domain only through p', async () => {
    expect(await expand('%{p}.ok.example.com', context('192.0.2.3'))).toBe('mx.example.org.ok.example.com');
  });

  it.each([
    ['%', 'must be followed by'],
    ['foo%.example.com', 'must be followed by'],
    ['%(ir).example.com', 'must be followed by'],
    ['%{a}.example.com', 'is not allowed in a domain-spec'],
    ['%{d0}', 'keeps zero parts'],
    ['%{d2x}', 'invalid delimiter'],
    ['%{d', 'unterminated'],
    ['a b.example.com', 'U+0020'],
  ])('rejects %j', (source, message) => {
    const parsed = parseMacroString(source, 'domain-spec');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(words(parsed.error)).toContain(message);
  });

  it('allows spaces in an explain-string but not other control characters', () => {
    expect(parseMacroString('See http://example.com/why for %{i}', 'explain-string').ok).toBe(true);
    expect(parseMacroString('line\tbreak', 'explain-string').ok).toBe(false);
    expect(parseMacroString('\u00efExplanation', 'explain-string').ok).toBe(false);
  });
});
