// Which organizations a domain hands its mail to, and, when a lookup fails, which one: as data
// (LookupProblem), so "whose server is this?" can say "not checked" and why in any language.
import { describe, expect, it } from 'vitest';
import { findMailOrganizations } from '../../../lib/auth/mail-provider/find-mail-organizations';
import { parseZone } from '../../../lib/dns/zone';
import { ZoneResolver } from '../../../lib/dns/zone-resolver';

function resolverOf(zone: Record<string, Record<string, unknown>>): ZoneResolver {
  const parsed = parseZone(zone);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return new ZoneResolver(parsed.zone);
}

describe('findMailOrganizations', () => {
  it('lists the author, its MX hosts\' organizations and the domains its SPF record reaches', async () => {
    const resolver = resolverOf({
      'example.com': { MX: [{ preference: 10, exchange: 'aspmx.l.google.com' }], TXT: 'v=spf1 include:_spf.esp.example.net -all' },
      '_spf.esp.example.net': { TXT: 'v=spf1 ip4:192.0.2.0/24 -all' },
    });
    const found = await findMailOrganizations('example.com', resolver);
    expect(found.organizations).toEqual([
      { organization: 'example.com', via: 'author', name: 'example.com' },
      { organization: 'google.com', via: 'mx', name: 'aspmx.l.google.com' },
      { organization: 'example.net', via: 'spf', name: '_spf.esp.example.net' },
    ]);
    expect(found.unchecked).toEqual([]);
  });

  it('names each lookup that failed, MX and SPF', async () => {
    const resolver = resolverOf({ 'example.com': { MX: 'TIMEOUT', TXT: 'TIMEOUT' } });
    const found = await findMailOrganizations('example.com', resolver);
    const timeout = (type: 'MX' | 'TXT') => ({ kind: 'failure', name: 'example.com', type, reason: 'timeout', timeoutMs: null, ms: expect.any(Number) });
    expect(found.unchecked).toEqual(expect.arrayContaining([timeout('MX'), timeout('TXT')]));
    expect(found.unchecked).toHaveLength(2);
  });
});
