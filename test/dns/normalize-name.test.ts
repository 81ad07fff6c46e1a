import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeName } from '../../lib/dns/normalize-name';

describe('normalizeName', () => {
  it('lower-cases and drops one trailing dot', () => {
    expect(normalizeName('Mail.Example.COM.')).toEqual({ ok: true, name: 'mail.example.com' });
    expect(normalizeName('  example.com ')).toEqual({ ok: true, name: 'example.com' });
  });

  it('keeps underscores of attribute leaves (RFC 8552)', () => {
    expect(normalizeName('_dmarc.example.com')).toEqual({ ok: true, name: '_dmarc.example.com' });
    expect(normalizeName('sel._domainkey.example.com')).toEqual({ ok: true, name: 'sel._domainkey.example.com' });
  });

  it('turns IDN labels into punycode A-labels (RFC 3492 examples as registries publish them)', () => {
    expect(normalizeName('bücher.example')).toEqual({ ok: true, name: 'xn--bcher-kva.example' });
    expect(normalizeName('München.DE')).toEqual({ ok: true, name: 'xn--mnchen-3ya.de' });
    // UTS #46: the ideographic full stop separates labels.
    expect(normalizeName('例え。テスト')).toEqual({ ok: true, name: 'xn--r8jz45g.xn--zckzah' });
  });

  it('does not read a name of digits as an IPv4 address', () => {
    expect(normalizeName('123')).toEqual({ ok: true, name: '123' });
    expect(normalizeName('4.3.2.1.in-addr.arpa')).toEqual({ ok: true, name: '4.3.2.1.in-addr.arpa' });
  });

  it('accepts a 63-octet label and a 253-octet name, rejects one more (RFC 1035 §2.3.4)', () => {
    expect(normalizeName(`${'a'.repeat(63)}.test`).ok).toBe(true);
    const long = normalizeName(`${'a'.repeat(64)}.test`);
    expect(long).toEqual({ ok: false, problem: { rule: 'label-too-long', label: 'a'.repeat(64), octets: 64, limit: 63 } });
    const label = 'b'.repeat(63);
    const name253 = [label, label, label, 'c'.repeat(61)].join('.'); // 3 * 63 + 61 + 3 dots = 253
    expect(normalizeName(name253)).toEqual({ ok: true, name: name253 });
    expect(normalizeName(`${name253}.`).ok).toBe(true);
    expect(normalizeName(`${name253}c`)).toEqual({ ok: false, problem: { rule: 'name-too-long', octets: 254, limit: 253 } });
  });

  it('counts the length of the punycode form, not of the Unicode input', () => {
    // 24 distinct Han characters: 24 characters, but more than 63 octets once punycoded.
    const han = '一二三四五六七八九十百千万亿兆京垓秭穰沟涧正载极';
    expect(han.length).toBeLessThan(63);
    const result = normalizeName(`${han}.example`);
    expect(result).toMatchObject({ ok: false, problem: { rule: 'label-too-long', limit: 63, label: expect.stringMatching(/^xn--/) } });
    if (result.ok || result.problem.rule !== 'label-too-long') return;
    expect(result.problem.octets).toBeGreaterThan(63);
  });

  it('rejects empty names and empty labels', () => {
    expect(normalizeName('')).toEqual({ ok: false, problem: { rule: 'empty-name' } });
    expect(normalizeName('.')).toEqual({ ok: false, problem: { rule: 'empty-name' } });
    expect(normalizeName('a..b')).toEqual({ ok: false, problem: { rule: 'empty-label' } });
    expect(normalizeName('.example.com')).toEqual({ ok: false, problem: { rule: 'empty-label' } });
  });

  it('rejects characters host names cannot hold, rather than letting a URL parser cut them', () => {
    for (const bad of ['ex ample.com', 'a/b.com', '[192.0.2.1]', 'user@example.com', 'ü/x.example', 'a%41.com']) {
      expect(normalizeName(bad), bad).toMatchObject({ ok: false, problem: { rule: 'bad-character' } });
    }
  });
});

describe('normalizeName on any input', () => {
  it('never throws, and whatever it accepts fits the DNS limits in lower-case ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
        const result = normalizeName(input);
        if (!result.ok) return typeof result.problem.rule === 'string';
        const labels = result.name.split('.');
        return result.name.length <= 253 && labels.every((l) => l.length >= 1 && l.length <= 63 && /^[a-z0-9_-]+$/.test(l));
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent: a normalized name normalizes to itself', () => {
    const label = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/);
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 8 }), (labels) => {
        const once = normalizeName(labels.join('.'));
        if (!once.ok) return false;
        const twice = normalizeName(once.name);
        return twice.ok && twice.name === once.name;
      }),
    );
  });
});
