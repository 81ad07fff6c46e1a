// The resolver's own log lives as long as the process (a batch, the service worker): it is bounded.
import { describe, expect, it } from 'vitest';
import { logQueries, MAX_LOG_ENTRIES } from '../../lib/dns/query-log';
import { parseZone } from '../../lib/dns/zone';
import { ZoneResolver } from '../../lib/dns/zone-resolver';

describe('logQueries', () => {
  it('keeps the most recent entries only, in completion order', async () => {
    const parsed = parseZone({ 'example.com': { A: ['192.0.2.1'] } });
    if (!parsed.ok) throw new Error(parsed.error);
    const resolver = logQueries(new ZoneResolver(parsed.zone));
    for (let i = 0; i < MAX_LOG_ENTRIES + 250; i++) await resolver.query(`n${i}.example.com`, 'A');
    expect(resolver.log).toHaveLength(MAX_LOG_ENTRIES);
    expect(resolver.log[0]?.name).toBe('n250.example.com');
    expect(resolver.log.at(-1)?.name).toBe(`n${MAX_LOG_ENTRIES + 249}.example.com`);
  });
});
