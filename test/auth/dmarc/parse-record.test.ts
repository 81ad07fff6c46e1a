import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDmarcRecord, parseDmarcRecord } from '../../../lib/auth/dmarc';

describe('isDmarcRecord (RFC 7489 §6.6.3 steps 2 and 4)', () => {
  it('keeps records that start with v=DMARC1 and discards the rest', () => {
    expect(isDmarcRecord('v=DMARC1; p=none')).toBe(true);
    expect(isDmarcRecord('v=DMARC1')).toBe(true);
    expect(isDmarcRecord('V = DMARC1 ;p=none')).toBe(true);
    expect(isDmarcRecord('v=DMARC10; p=none')).toBe(false);
    expect(isDmarcRecord('v=dmarc1; p=none')).toBe(false); // §6.4: the value is %x44 %x4d ... (case-sensitive)
    expect(isDmarcRecord('p=reject; v=DMARC1')).toBe(false);
    expect(isDmarcRecord('v=spf1 -all')).toBe(false);
  });
});

describe('parseDmarcRecord (RFC 7489 §6.3)', () => {
  it('applies the defaults of §6.3 to a minimal record', () => {
    const record = parseDmarcRecord('v=DMARC1; p=none');
    expect(record).toMatchObject({ p: 'none', sp: null, np: null, spInvalid: false, adkim: 'relaxed', aspf: 'relaxed', pct: 100, rua: [], ruf: [], fo: ['0'], rf: ['afrf'], ri: 86400 });
    expect(record.problems).toEqual([]);
  });

  it('reads every tag, case-insensitively for names and keywords', () => {
    const record = parseDmarcRecord(
      'v=DMARC1; P=Reject; sp=quarantine; np=reject; adkim=s; ASPF=s; pct=20; rua=mailto:agg@example.com!10m, mailto:agg@example.net; ruf=mailto:forensic@example.com; fo=1:d; rf=afrf; ri=3600;',
    );
    expect(record).toMatchObject({
      p: 'reject', sp: 'quarantine', np: 'reject', adkim: 'strict', aspf: 'strict', pct: 20,
      rua: ['mailto:agg@example.com!10m', 'mailto:agg@example.net'], ruf: ['mailto:forensic@example.com'], fo: ['1', 'd'], rf: ['afrf'], ri: 3600,
    });
    expect(record.problems).toEqual([]);
  });

  it('reports a missing or invalid p= and an invalid sp=', () => {
    expect(parseDmarcRecord('v=DMARC1; rua=mailto:a@example.com').problems).toEqual([
      expect.objectContaining({ tag: 'p', issue: 'missing' }),
    ]);
    const bad = parseDmarcRecord('v=DMARC1; p=block; sp=maybe');
    expect(bad.p).toBeNull();
    expect(bad.spInvalid).toBe(true);
    expect(bad.problems.map((p) => `${p.tag}:${p.issue}`)).toEqual(['p:invalid-value', 'sp:invalid-value']);
  });

  it('replaces bad values of the other tags by their defaults (§6.3: syntax errors give way to defaults)', () => {
    const record = parseDmarcRecord('v=DMARC1; p=quarantine; pct=150; adkim=x; fo=2; ri=-1; rua=not a uri,mailto:ok@example.com');
    expect(record).toMatchObject({ p: 'quarantine', pct: 100, adkim: 'relaxed', fo: ['0'], ri: 86400, rua: ['mailto:ok@example.com'] });
    expect(record.problems.map((p) => p.tag).sort()).toEqual(['adkim', 'fo', 'pct', 'ri', 'rua']);
    expect(record.problems.every((p) => p.issue === 'invalid-value')).toBe(true);
    // What each value should have been, and the default used instead, as facts (the catalogs word them).
    expect(Object.fromEntries(record.problems.map((p) => [p.tag, p.issue === 'invalid-value' ? p.expected : null]))).toEqual({
      pct: { kind: 'integer', max: 100, fallback: 100 },
      adkim: { kind: 'alignment' },
      fo: { kind: 'colon-list', fallback: ['0'] },
      ri: { kind: 'integer', max: 4294967295, fallback: 86400 },
      rua: { kind: 'uri' },
    });
    expect(parseDmarcRecord('v=DMARC1; p=block').problems).toEqual([{ tag: 'p', value: 'block', issue: 'invalid-value', expected: { kind: 'policy' }, message: '' }]);
  });

  it('ignores unknown tags, keeps the first of a duplicated tag, and skips text that is not a tag', () => {
    const record = parseDmarcRecord('v=DMARC1; p=none; p=reject; t=y; garbage');
    expect(record.p).toBe('none');
    expect(record.problems.map((p) => `${p.tag}:${p.issue}`).sort()).toEqual(['garbage:syntax', 'p:duplicate', 't:unknown-tag']);
  });
});

describe('parseDmarcRecord with arbitrary tag lists', () => {
  it('never throws, and always yields values inside the ranges of §6.3', () => {
    const tag = fc.tuple(fc.constantFrom('p', 'sp', 'np', 'pct', 'adkim', 'aspf', 'ri', 'fo', 'rf', 'rua', 'ruf', 'x'), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 8 }), (tags) => {
        const record = parseDmarcRecord(`v=DMARC1; ${tags.map(([n, v]) => `${n}=${v}`).join('; ')}`);
        expect(record.pct).toBeGreaterThanOrEqual(0);
        expect(record.pct).toBeLessThanOrEqual(100);
        expect(['relaxed', 'strict']).toContain(record.adkim);
        expect([null, 'none', 'quarantine', 'reject']).toContain(record.p);
      }),
    );
  });
});
