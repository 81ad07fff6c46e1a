// The zone resolver (--zone), the overlay ("what if I publish this record?") and the offline resolver.
import { describe, expect, it } from 'vitest';
import { OfflineResolver } from '../../lib/dns/offline-resolver';
import { overlayZone } from '../../lib/dns/overlay-resolver';
import { toDnsQuery } from '../../lib/dns/query-log';
import { recordQueries } from '../../lib/dns/recording-resolver';
import { parseZone, type Zone } from '../../lib/dns/zone';
import { ZoneResolver } from '../../lib/dns/zone-resolver';

function zoneOf(json: unknown): Zone {
  const parsed = parseZone(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return parsed.zone;
}

// What the world publishes today (stands in for the live resolver).
const live = new ZoneResolver(
  zoneOf({
    'example.com': { A: ['192.0.2.1'], TXT: ['v=spf1 -all'], MX: [{ preference: 10, exchange: 'mx.example.com' }] },
    'mx.example.com': { A: ['192.0.2.25'] },
    'cdn.example.net': { A: ['198.51.100.7'] },
  }),
  'live',
);

describe('ZoneResolver', () => {
  const zone = new ZoneResolver(
    zoneOf({
      'Example.com.': { TXT: [['v=spf1 ip4:192.0.2.0/24', ' -all']] },
      'www.example.com': { CNAME: 'alias.example.com' },
      'alias.example.com': { A: ['192.0.2.2'] },
      'slow.example.com': { TXT: 'TIMEOUT' },
      'loop1.example.com': { CNAME: 'loop2.example.com' },
      'loop2.example.com': { CNAME: 'loop1.example.com' },
    }),
  );

  it('answers names case-insensitively and keeps TXT character-strings', async () => {
    expect(await zone.query('EXAMPLE.COM', 'TXT')).toMatchObject({ kind: 'answer', rcode: 'NOERROR', answers: [{ strings: ['v=spf1 ip4:192.0.2.0/24', ' -all'] }] });
  });

  it('absent name is NXDOMAIN; present name without the type is NODATA', async () => {
    expect(await zone.query('nowhere.example.com', 'A')).toMatchObject({ rcode: 'NXDOMAIN', answers: [] });
    expect(await zone.query('example.com', 'A')).toMatchObject({ rcode: 'NOERROR', answers: [] });
  });

  it('follows CNAMEs, and a loop ends in SERVFAIL', async () => {
    expect(await zone.query('www.example.com', 'A')).toMatchObject({ cnameChain: ['alias.example.com'], answers: [{ address: '192.0.2.2' }] });
    expect(await zone.query('loop1.example.com', 'A')).toMatchObject({ rcode: 'SERVFAIL' });
  });

  it('"TIMEOUT" is a timeout failure', async () => {
    expect(await zone.query('slow.example.com', 'TXT')).toMatchObject({ kind: 'failure', reason: 'timeout' });
  });
});

describe('overlayZone', () => {
  const whatIf = overlayZone(
    zoneOf({
      'example.com': { TXT: ['v=spf1 mx -all'] },
      '_dmarc.example.com': { TXT: ['v=DMARC1; p=reject'] },
      'img.example.com': { CNAME: 'cdn.example.net' },
    }),
    live,
  );

  it('a name and type in the zone answer from the zone', async () => {
    expect(await whatIf.query('example.com', 'TXT')).toMatchObject({ kind: 'answer', resolver: 'zone overlay', answers: [{ strings: ['v=spf1 mx -all'] }] });
    expect(await whatIf.query('_dmarc.example.com', 'TXT')).toMatchObject({ resolver: 'zone overlay', rcode: 'NOERROR' });
  });

  it('another type of a name in the zone still goes live', async () => {
    expect(await whatIf.query('example.com', 'MX')).toMatchObject({ resolver: 'live', answers: [{ exchange: 'mx.example.com' }] });
    expect(await whatIf.query('example.com', 'A')).toMatchObject({ resolver: 'live', answers: [{ address: '192.0.2.1' }] });
  });

  it('a name the zone does not hold goes live, NXDOMAIN included', async () => {
    expect(await whatIf.query('mx.example.com', 'A')).toMatchObject({ resolver: 'live', answers: [{ address: '192.0.2.25' }] });
    expect(await whatIf.query('absent.example.com', 'A')).toMatchObject({ resolver: 'live', rcode: 'NXDOMAIN' });
  });

  it('a zone CNAME pointing outside the zone continues live, keeping the whole chain', async () => {
    expect(await whatIf.query('img.example.com', 'A')).toMatchObject({
      name: 'img.example.com',
      rcode: 'NOERROR',
      cnameChain: ['cdn.example.net'],
      answers: [{ address: '198.51.100.7' }],
    });
  });

  it('says in its log entries which side answered, through the recording resolver too', async () => {
    const recorded = recordQueries(whatIf);
    const results = [await recorded.query('example.com', 'TXT'), await recorded.query('example.com', 'MX')];
    expect(results.map((result) => toDnsQuery(result, () => 'unused: no failure here'))).toMatchObject([
      { name: 'example.com', type: 'TXT', resolver: 'zone overlay', rcode: 'NOERROR', failure: null, answerCount: 1, fromCache: false },
      { name: 'example.com', type: 'MX', resolver: 'live', rcode: 'NOERROR', failure: null, answerCount: 1, fromCache: false },
    ]);
    expect(recorded.queries.map((q) => q.resolver)).toEqual(['zone overlay', 'live']);
  });
});

describe('OfflineResolver', () => {
  it('answers every query with an offline failure', async () => {
    const offline = new OfflineResolver();
    for (const type of ['A', 'TXT', 'PTR'] as const) {
      expect(await offline.query('example.com', type)).toMatchObject({ kind: 'failure', reason: 'offline', name: 'example.com', type });
    }
  });
});
