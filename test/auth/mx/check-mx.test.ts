// The From domain's MX check against in-memory zones: RFC 5321 §5.1 (MX hosts by preference, implicit
// MX), RFC 7505 (null MX), hosts without an address, and DNS failures as temperror, never a throw.
import { describe, expect, it } from 'vitest';
import { checkMx, MAX_MX_HOSTS } from '../../../lib/auth/mx';
import { parseZone } from '../../../lib/dns/zone';
import { ZoneResolver } from '../../../lib/dns/zone-resolver';
import type { RecordType, Resolver } from '../../../lib/dns/types';

function zoneResolver(json: unknown): ZoneResolver {
  const parsed = parseZone(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return new ZoneResolver(parsed.zone);
}

/** Counts the questions asked, to show what the check asks and what it does not. */
function counting(inner: Resolver): Resolver & { asked: string[] } {
  const asked: string[] = [];
  return { label: inner.label, asked, query: (name: string, type: RecordType) => (asked.push(`${type} ${name}`), inner.query(name, type)) };
}

const resolver = zoneResolver({
  'example.com': { MX: [{ preference: 20, exchange: 'mx2.example.com' }, { preference: 10, exchange: 'mx1.example.com' }] },
  'mx1.example.com': { A: ['192.0.2.25'] },
  'mx2.example.com': { AAAA: ['2001:db8::25'] },
  'backup.example': { MX: [{ preference: 10, exchange: 'mx.backup.example' }, { preference: 50, exchange: 'old.backup.example' }] },
  'mx.backup.example': { A: ['192.0.2.26'] },
  'nomail.example': { MX: [{ preference: 0, exchange: '.' }] },
  'mixed.example': { MX: [{ preference: 0, exchange: '.' }, { preference: 10, exchange: 'mx.mixed.example' }] },
  'mx.mixed.example': { A: ['192.0.2.27'] },
  'implicit.example': { A: ['192.0.2.30'], TXT: ['v=spf1 -all'] },
  'nowhere.example': { TXT: ['v=spf1 -all'] },
  'dangling.example': { MX: [{ preference: 10, exchange: 'gone.dangling.example' }, { preference: 20, exchange: 'empty.dangling.example' }] },
  'empty.dangling.example': { TXT: ['no address here'] },
  'slow.example': { MX: 'TIMEOUT' },
  'slowhost.example': { MX: [{ preference: 10, exchange: 'mx.slowhost.example' }] },
  'mx.slowhost.example': { A: 'TIMEOUT', AAAA: 'TIMEOUT' },
  'many.example': { MX: Array.from({ length: 15 }, (_, index) => ({ preference: index, exchange: `mx${index}.many.example` })) },
});

describe('checkMx', () => {
  it('passes when an MX host resolves, listing the hosts by preference with what each resolved to', async () => {
    const result = await checkMx('Example.COM.', resolver);
    expect(result.result).toBe('pass');
    if (result.result !== 'pass') return;
    expect(result.domain).toBe('example.com');
    expect(result.hosts).toEqual([
      { exchange: 'mx1.example.com', preference: 10, resolution: { kind: 'addresses', addresses: ['192.0.2.25'] } },
      { exchange: 'mx2.example.com', preference: 20, resolution: { kind: 'addresses', addresses: ['2001:db8::25'] } },
    ]);
  });

  it('still passes when a backup host has no address, and says which one', async () => {
    const result = await checkMx('backup.example', resolver);
    expect(result).toMatchObject({ result: 'pass', hosts: [{ exchange: 'mx.backup.example', resolution: { kind: 'addresses' } }, { exchange: 'old.backup.example', resolution: { kind: 'none' } }] });
  });

  it('recognises a null MX (RFC 7505) without looking up any address', async () => {
    const counted = counting(resolver);
    expect(await checkMx('nomail.example', counted)).toMatchObject({ result: 'null', domain: 'nomail.example' });
    expect(counted.asked).toEqual(['MX nomail.example']);
  });

  it('checks the real hosts when "." is published beside them (RFC 7505 §3 forbids it)', async () => {
    expect(await checkMx('mixed.example', resolver)).toMatchObject({ result: 'pass', hosts: [{ exchange: 'mx.mixed.example' }] });
  });

  it('falls back to the domain\'s own address without an MX record (RFC 5321 §5.1 implicit MX)', async () => {
    expect(await checkMx('implicit.example', resolver)).toMatchObject({ result: 'none', addresses: ['192.0.2.30'] });
    expect(await checkMx('nowhere.example', resolver)).toMatchObject({ result: 'none', addresses: [] });
  });

  it('is unresolvable when no MX host has an address (NXDOMAIN or NODATA)', async () => {
    const result = await checkMx('dangling.example', resolver);
    expect(result).toMatchObject({ result: 'unresolvable', hosts: [{ exchange: 'gone.dangling.example', resolution: { kind: 'none' } }, { exchange: 'empty.dangling.example', resolution: { kind: 'none' } }] });
  });

  it('says a domain that does not exist is nonexistent (domain.nonexistent reports it)', async () => {
    expect(await checkMx('not.existing.example', resolver)).toMatchObject({ result: 'nonexistent' });
  });

  it('turns a timeout of the MX lookup into temperror with the lookup problem', async () => {
    expect(await checkMx('slow.example', resolver)).toMatchObject({ result: 'temperror', problems: [{ kind: 'failure', name: 'slow.example', type: 'MX', reason: 'timeout' }] });
  });

  it('is temperror, not unresolvable, when the only host\'s address lookups time out', async () => {
    expect(await checkMx('slowhost.example', resolver)).toMatchObject({ result: 'temperror', problems: [{ kind: 'failure', name: 'mx.slowhost.example', type: 'A' }] });
  });

  it(`looks up at most ${MAX_MX_HOSTS} hosts, the most preferred ones`, async () => {
    const counted = counting(resolver);
    const result = await checkMx('many.example', counted);
    expect(result).toMatchObject({ result: 'unresolvable' });
    if (result.result !== 'unresolvable') return;
    expect(result.hosts.map((host) => host.exchange)).toEqual(Array.from({ length: MAX_MX_HOSTS }, (_, index) => `mx${index}.many.example`));
    expect(counted.asked.filter((question) => question.startsWith('A '))).toHaveLength(MAX_MX_HOSTS);
  });
});
