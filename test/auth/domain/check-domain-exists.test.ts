import { describe, expect, it } from 'vitest';
import { checkDomainExists, checkHeaderDomains } from '../../../lib/auth/domain';
import { parseZone } from '../../../lib/dns/zone';
import { ZoneResolver } from '../../../lib/dns/zone-resolver';

function zoneResolver(json: unknown): ZoneResolver {
  const parsed = parseZone(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return new ZoneResolver(parsed.zone);
}

const resolver = zoneResolver({
  'example.com': { MX: [{ preference: 10, exchange: 'mx.example.com' }] },
  'bare.example.com': { TXT: ['a name with no A, AAAA or MX record'] },
  'nomail.example.com': { MX: [{ preference: 0, exchange: '.' }] },
  'slow.example.com': { MX: 'TIMEOUT' },
});

describe('checkDomainExists', () => {
  it('says a domain with MX records exists, and lists them', async () => {
    expect(await checkDomainExists('Example.COM.', resolver)).toEqual({ domain: 'example.com', result: 'exists', mx: ['mx.example.com'], nullMx: false });
  });

  it('says a name that answers NOERROR with no A, AAAA or MX record exists', async () => {
    expect(await checkDomainExists('bare.example.com', resolver)).toEqual({ domain: 'bare.example.com', result: 'exists', mx: [], nullMx: false });
  });

  it('recognises a null MX (RFC 7505): the domain exists but takes no mail', async () => {
    expect(await checkDomainExists('nomail.example.com', resolver)).toMatchObject({ result: 'exists', mx: [], nullMx: true });
  });

  it('says an NXDOMAIN name does not exist', async () => {
    expect(await checkDomainExists('not.existing.domain.com', resolver)).toEqual({ domain: 'not.existing.domain.com', result: 'nonexistent' });
  });

  it('is temperror, not an exception, when the lookup times out', async () => {
    expect(await checkDomainExists('slow.example.com', resolver)).toMatchObject({ result: 'temperror', message: expect.stringContaining('timeout') });
  });

  it('refuses text that is not a domain name without asking the DNS', async () => {
    for (const bad of ['', 'exa mple.com', 'a..example.com', '[192.0.2.1]']) {
      expect((await checkDomainExists(bad, resolver)).result, bad).toBe('invalid');
    }
  });
});

describe('checkHeaderDomains', () => {
  it('checks each header domain once and reports nonexistent ones with every role that names them', async () => {
    const result = await checkHeaderDomains(
      [
        { role: 'from', domain: 'support@example.com' },
        { role: 'reply-to', domain: 'help@nowhere-at-all.example.net' },
        { role: 'sender', domain: 'example.com' },
        { role: 'to', domain: 'someone@nowhere-at-all.example.net>' },
        { role: 'return-path', domain: 'bounce@slow.example.com' },
      ],
      resolver,
    );
    expect(result.queries.map((q) => q.name)).toEqual(['example.com', 'nowhere-at-all.example.net', 'slow.example.com']);
    expect(result.problems).toEqual([{ kind: 'nonexistent', domain: 'nowhere-at-all.example.net', roles: ['reply-to', 'to'] }]);
    expect(result.unchecked).toEqual([{ cause: 'lookup-failed', domain: 'slow.example.com', roles: ['return-path'], message: expect.stringContaining('timeout') }]);
    expect(result.checks.map((c) => [c.role, c.existence.result])).toEqual([
      ['from', 'exists'],
      ['reply-to', 'nonexistent'],
      ['sender', 'exists'],
      ['to', 'nonexistent'],
      ['return-path', 'temperror'],
    ]);
  });

  it('reports a malformed domain as a problem of its own', async () => {
    const result = await checkHeaderDomains([{ role: 'from', domain: 'user@bad..example.com' }], resolver);
    expect(result.problems).toEqual([{ kind: 'invalid', domain: 'bad..example.com', roles: ['from'], reason: { kind: 'empty-label', domain: 'bad..example.com' } }]);
    expect(result.queries).toEqual([]);
  });
});
