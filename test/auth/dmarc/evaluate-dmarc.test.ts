import { describe, expect, it } from 'vitest';
import { evaluateDmarc, type DmarcInput } from '../../../lib/auth/dmarc';
import { parseZone } from '../../../lib/dns/zone';
import { ZoneResolver } from '../../../lib/dns/zone-resolver';
import { inRoundTrips } from '../../helpers/round-trip-resolver';
import { dmarcReason } from '../../../lib/i18n/checks';
import { formatFor } from '../../../lib/i18n/format';
import { catalogFor } from '../../../lib/i18n/render';
import type { DmarcResult, PolicyDecision } from '../../../lib/auth/dmarc/types';

// The check states facts; its reason and policy description are the English catalog's words for them.
const EN = catalogFor('en');
const english = (result: DmarcResult) => dmarcReason(result, EN.checks, formatFor('en'));
const policyWords = (policy: PolicyDecision) => EN.checks.dmarcPolicy(policy, false);

function zoneResolver(json: unknown): ZoneResolver {
  const parsed = parseZone(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return new ZoneResolver(parsed.zone);
}

const resolver = zoneResolver({
  '_dmarc.example.com': { TXT: ['v=DMARC1; p=reject; sp=quarantine; rua=mailto:dmarc@example.com'] },
  '_dmarc.own.example.com': { TXT: ['v=DMARC1; p=none'] },
  '_dmarc.dup.example.com': { TXT: ['v=DMARC1; p=none', 'v=DMARC1; p=reject'] },
  '_dmarc.strict.com': { TXT: ['v=DMARC1; p=reject; adkim=s; aspf=s'] },
  '_dmarc.sampled.com': { TXT: ['v=DMARC1; p=reject; pct=50'] },
  '_dmarc.quarter.com': { TXT: ['v=DMARC1; p=quarantine; pct=25'] },
  '_dmarc.badp.com': { TXT: ['v=DMARC1; p=block'] },
  '_dmarc.badp-rua.com': { TXT: ['v=DMARC1; p=block; rua=mailto:reports@badp-rua.com'] },
  '_dmarc.badsp.com': { TXT: ['v=DMARC1; p=reject; sp=never'] },
  '_dmarc.mixed.com': { TXT: ['v=spf1 -all', 'some verification token', 'v=DMARC1; p=quarantine'] },
  '_dmarc.split.com': { TXT: [['v=DMARC1; p=rej', 'ect']] },
  '_dmarc.np.com': { TXT: ['v=DMARC1; p=none; sp=quarantine; np=reject'] },
  '_dmarc.example.co.uk': { TXT: ['v=DMARC1; p=quarantine'] },
  '_dmarc.slow.com': { TXT: 'TIMEOUT' },
  '_dmarc.orgslow.com': { TXT: 'TIMEOUT' },
});

const pass = (d: string) => ({ result: 'pass' as const, d });
const input = (fromDomain: string, rest: Partial<DmarcInput> = {}): DmarcInput => ({ fromDomain, spf: null, dkim: [], ...rest });
const asked = (result: { queries: readonly { name: string }[] }) => result.queries.map((q) => q.name);

describe('evaluateDmarc: discovery (RFC 7489 §6.6.3)', () => {
  it('uses the From domain\'s own record when it has one', async () => {
    const result = await evaluateDmarc(input('example.com', { dkim: [pass('example.com')] }), resolver);
    expect(result.result).toBe('pass');
    if (result.result !== 'pass') return;
    expect(result.found).toMatchObject({ domain: 'example.com', atOrganizationalDomain: false });
    expect(asked(result)).toEqual(['_dmarc.example.com']);
  });

  it('falls back to the organizational domain when the From domain has no record', async () => {
    const result = await evaluateDmarc(input('news.example.com', { dkim: [pass('news.example.com')] }), resolver);
    expect(result.result).toBe('pass');
    if (result.result !== 'pass') return;
    expect(result.found).toMatchObject({ domain: 'example.com', atOrganizationalDomain: true });
    expect(result.organizationalDomain).toBe('example.com');
    expect(asked(result)).toEqual(['_dmarc.news.example.com', '_dmarc.example.com']);
  });

  it('asks the organizational domain together with the From domain: one round trip, the evidence as asked', async () => {
    const network = inRoundTrips(resolver);
    const result = await evaluateDmarc(input('news.example.com', { dkim: [pass('news.example.com')] }), network);
    expect(result.result).toBe('pass');
    expect(network.rounds).toBe(1);
    expect(network.asked.map((q) => `${q.name} ${q.prefetch ? 'ahead' : 'asked'}`)).toEqual(['_dmarc.example.com ahead', '_dmarc.news.example.com asked']);
    const own = inRoundTrips(resolver);
    // A record at the From domain: the answer asked ahead is not read and is no evidence.
    const ownResult = await evaluateDmarc(input('own.example.com'), own);
    expect(asked(ownResult)).toEqual(['_dmarc.own.example.com']);
    expect(ownResult).toMatchObject({ found: { domain: 'own.example.com', atOrganizationalDomain: false } });
  });

  it('finds the organizational domain below a multi-label public suffix (example.co.uk, not co.uk)', async () => {
    const result = await evaluateDmarc(input('mail.example.co.uk'), resolver);
    expect(asked(result)).toEqual(['_dmarc.mail.example.co.uk', '_dmarc.example.co.uk']);
    expect(result).toMatchObject({ result: 'fail', policy: { requested: 'quarantine', source: 'p' } });
  });

  it('discards TXT records that are not DMARC records', async () => {
    const result = await evaluateDmarc(input('mixed.com'), resolver);
    expect(result).toMatchObject({ result: 'fail', found: { record: { text: 'v=DMARC1; p=quarantine' } } });
  });

  it('joins the character-strings of one TXT record', async () => {
    const result = await evaluateDmarc(input('split.com'), resolver);
    expect(result).toMatchObject({ result: 'fail', policy: { requested: 'reject' } });
  });

  it('is none when neither the From domain nor its organizational domain publish a record', async () => {
    const result = await evaluateDmarc(input('mail.nothing.org', { dkim: [pass('nothing.org')] }), resolver);
    expect(result).toMatchObject({ result: 'none', cause: 'no-record', domainsAsked: ['mail.nothing.org', 'nothing.org'] });
    expect(english(result)).toBe('No DMARC record at _dmarc.mail.nothing.org or _dmarc.nothing.org');
    // Alignment is still reported, with the relaxed defaults, for the findings about unaligned signatures.
    expect(result.alignment).toEqual([{ mechanism: 'dkim', domain: 'nothing.org', result: 'pass', mode: 'relaxed', aligned: true, counts: true }]);
  });

  it('is none when the From domain has several DMARC records, without going on to the organizational domain (step 5)', async () => {
    const result = await evaluateDmarc(input('dup.example.com'), resolver);
    expect(result).toMatchObject({ result: 'none', cause: 'multiple-records', records: ['v=DMARC1; p=none', 'v=DMARC1; p=reject'] });
    expect(asked(result)).toEqual(['_dmarc.dup.example.com']);
  });

  it('is temperror, not an exception, when the From domain\'s lookup times out', async () => {
    const result = await evaluateDmarc(input('slow.com', { dkim: [pass('slow.com')] }), resolver);
    expect(result).toMatchObject({ result: 'temperror', domain: 'slow.com' });
    expect(english(result)).toContain('timeout');
  });

  it('is temperror when the organizational domain\'s lookup times out', async () => {
    const result = await evaluateDmarc(input('a.orgslow.com'), resolver);
    expect(result).toMatchObject({ result: 'temperror', domain: 'orgslow.com' });
    expect(asked(result)).toEqual(['_dmarc.a.orgslow.com', '_dmarc.orgslow.com']);
  });

  it('is permerror for a From domain that is not a domain name, with no query', async () => {
    const result = await evaluateDmarc(input('not a domain'), resolver);
    expect(result).toMatchObject({ result: 'permerror', cause: 'invalid-from-domain', queries: [] });
  });
});

describe('evaluateDmarc: the policy that applies', () => {
  it('applies p= to the organizational domain itself', async () => {
    const result = await evaluateDmarc(input('example.com'), resolver);
    expect(result).toMatchObject({ result: 'fail', policy: { requested: 'reject', source: 'p', applied: 'reject' } });
  });

  it('applies sp= to a subdomain whose policy came from the organizational domain', async () => {
    const result = await evaluateDmarc(input('news.example.com'), resolver);
    expect(result).toMatchObject({ result: 'fail', policy: { requested: 'quarantine', source: 'sp', applied: 'quarantine' } });
  });

  it('applies p= of a subdomain\'s own record, not the organizational sp=', async () => {
    const result = await evaluateDmarc(input('own.example.com'), resolver);
    expect(result).toMatchObject({ result: 'fail', policy: { requested: 'none', source: 'p', applied: 'none' } });
  });

  it('applies np= to a subdomain that does not exist (RFC 9091 §4.1), sp= to one that does', async () => {
    const missing = await evaluateDmarc(input('ghost.np.com', { fromDomainExists: false }), resolver);
    expect(missing).toMatchObject({ result: 'fail', policy: { requested: 'reject', source: 'np' } });
    const existing = await evaluateDmarc(input('real.np.com', { fromDomainExists: true }), resolver);
    expect(existing).toMatchObject({ result: 'fail', policy: { requested: 'quarantine', source: 'sp' } });
  });

  it('describes pct=50 as half of failing mail, the rest one step milder (§6.6.4), without drawing a sample', async () => {
    const result = await evaluateDmarc(input('sampled.com'), resolver);
    expect(result).toMatchObject({ result: 'fail', policy: { requested: 'reject', pct: 50, outsideSample: 'quarantine', applied: 'reject' } });
    if (result.result !== 'fail') return;
    expect(result.result === 'fail' && policyWords(result.policy)).toBe('p=reject; pct=50: half of failing mail gets the policy (reject); the rest gets quarantine (RFC 7489 §6.6.4)');
  });

  it('describes pct=25 for quarantine, with none outside the sample', async () => {
    const result = await evaluateDmarc(input('quarter.com'), resolver);
    expect(result).toMatchObject({ result: 'fail', policy: { requested: 'quarantine', pct: 25, outsideSample: 'none' } });
    if (result.result !== 'fail') return;
    expect(result.result === 'fail' && policyWords(result.policy)).toContain('pct=25: 25% of failing mail gets the policy (quarantine); the rest gets none');
  });

  it('applies nothing to a passing message, whatever the policy', async () => {
    const result = await evaluateDmarc(input('sampled.com', { dkim: [pass('sampled.com')] }), resolver);
    expect(result).toMatchObject({ result: 'pass', policy: { requested: 'reject', applied: 'none' } });
  });
});

describe('evaluateDmarc: an invalid record (RFC 7489 §6.6.3 step 6)', () => {
  it('is permerror when p= is invalid and there is no valid rua=', async () => {
    const result = await evaluateDmarc(input('badp.com', { dkim: [pass('badp.com')] }), resolver);
    expect(result).toMatchObject({ result: 'permerror', cause: 'invalid-policy' });
    expect(english(result)).toContain('no valid p=');
  });

  it('is permerror when sp= is invalid and there is no valid rua=', async () => {
    const result = await evaluateDmarc(input('badsp.com'), resolver);
    expect(result).toMatchObject({ result: 'permerror', cause: 'invalid-policy' });
    expect(english(result)).toContain('no valid sp=');
  });

  it('acts as p=none when p= is invalid but rua= holds a valid URI', async () => {
    const result = await evaluateDmarc(input('badp-rua.com'), resolver);
    expect(result).toMatchObject({ result: 'fail', policy: { requested: 'none', source: 'invalid-record-p-none', applied: 'none' } });
  });
});

describe('evaluateDmarc: alignment (RFC 7489 §3.1)', () => {
  it('relaxed: a DKIM d= or SPF domain in the same organization aligns', async () => {
    const dkim = await evaluateDmarc(input('example.com', { dkim: [pass('mail.example.com')] }), resolver);
    expect(dkim.result).toBe('pass');
    const spf = await evaluateDmarc(input('example.com', { spf: { result: 'pass', domain: 'bounces.example.com' } }), resolver);
    expect(spf.result).toBe('pass');
    expect(english(spf)).toBe('SPF for bounces.example.com passes and is aligned (relaxed) with the From domain example.com');
  });

  it('strict: only the exact From domain aligns', async () => {
    const sub = await evaluateDmarc(
      input('strict.com', { spf: { result: 'pass', domain: 'bounces.strict.com' }, dkim: [pass('mail.strict.com')] }),
      resolver,
    );
    expect(sub.result).toBe('fail');
    expect(sub.alignment.map((c) => [c.mechanism, c.mode, c.aligned])).toEqual([
      ['spf', 'strict', false],
      ['dkim', 'strict', false],
    ]);
    const exact = await evaluateDmarc(input('strict.com', { dkim: [pass('Strict.COM')] }), resolver);
    expect(exact.result).toBe('pass');
  });

  it('uses the HELO identity when SPF checked it (empty MAIL FROM)', async () => {
    const result = await evaluateDmarc(input('example.com', { spf: { result: 'pass', domain: 'mx1.example.com', identity: 'helo' } }), resolver);
    expect(result.result).toBe('pass');
  });

  it('fails when the only aligned result did not pass, and says which results were unaligned', async () => {
    const result = await evaluateDmarc(
      input('example.com', { spf: { result: 'pass', domain: 'mailer.other.net' }, dkim: [{ result: 'fail', d: 'example.com' }, pass('other.net')] }),
      resolver,
    );
    expect(result.result).toBe('fail');
    expect(english(result)).toBe(
      'No aligned pass: SPF for mailer.other.net passes but is not aligned (relaxed) with example.com; DKIM d=example.com is fail; DKIM d=other.net passes but is not aligned (relaxed) with example.com',
    );
  });

  it('does not treat two names under the same public suffix as one organization', async () => {
    const result = await evaluateDmarc(input('example.co.uk', { dkim: [pass('attacker.co.uk')] }), resolver);
    expect(result.result).toBe('fail');
  });
});
