// Spam flags count only when the receiving side wrote them (above the edge's Received field); a loop
// shows as more Received fields than any real path has.
import { describe, expect, it } from 'vitest';
import { OfflineResolver } from '../../lib/dns/offline-resolver';
import { analyze } from '../../lib/analyze';
import { authorHeaders, message, RECEIVER, received } from './scenario-kit';

const edge = received([{ helo: 'mail.acme-widgets.com', ip: '198.51.100.10', by: RECEIVER }]);
const senderHop = 'Received: from [10.0.0.5] by mail.acme-widgets.com with ESMTPSA id s1; Fri, 20 Nov 2026 10:00:00 +0000';

describe('spam flags and loops', () => {
  it('a spam flag written by the receiver suspends; the same flag below the sender\'s own hop is the sender\'s word and ignored', async () => {
    const above = await analyze(message(['X-Spam-Flag: YES', ...edge, senderHop, ...authorHeaders('alice@acme-widgets.com')]), { resolver: new OfflineResolver() });
    expect(above.findings.map((f) => f.id)).toContain('spam.flagged');
    expect(above.verdict).toMatchObject({ level: 'likely-suspended', zendeskCauses: ['detected-as-spam'] });
    const below = await analyze(message([...edge, senderHop, 'X-Spam-Flag: YES', ...authorHeaders('alice@acme-widgets.com')]), { resolver: new OfflineResolver() });
    expect(below.findings.map((f) => f.id)).not.toContain('spam.flagged');
  });

  it('Microsoft\'s SCL 5 or more counts as spam, SCL 1 does not', async () => {
    const scl = (value: number) => analyze(message([`X-MS-Exchange-Organization-SCL: ${value}`, ...edge, ...authorHeaders('a@acme-widgets.com')]), { resolver: new OfflineResolver() });
    expect((await scl(5)).findings.map((f) => f.id)).toContain('spam.flagged');
    expect((await scl(1)).findings.map((f) => f.id)).not.toContain('spam.flagged');
  });

  it('31 Received fields are a mail loop; 30 are not', async () => {
    const hops = (n: number) => Array.from({ length: n }, (_, i) => `Received: from relay${i}.example.net (relay${i}.example.net [192.0.2.${i + 1}]) by relay${i + 1}.example.net; Fri, 20 Nov 2026 10:00:00 +0000`);
    const looping = await analyze(message([...hops(31), ...authorHeaders('a@acme-widgets.com')]), { resolver: new OfflineResolver() });
    expect(looping.verdict.zendeskCauses).toContain('mail-loop');
    const long = await analyze(message([...hops(30), ...authorHeaders('a@acme-widgets.com')]), { resolver: new OfflineResolver() });
    expect(long.findings.map((f) => f.id)).not.toContain('mail.loop');
  });
});
