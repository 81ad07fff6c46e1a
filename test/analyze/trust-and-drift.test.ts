// Which Authentication-Results are believed (the edge receiver's, above the edge, plus --trust), and
// then-and-now: when the receiver's trusted result differs from the re-check, drift.auth with the reason.
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../lib/cli/format-report';
import { OfflineResolver } from '../../lib/dns/offline-resolver';
import { reportToMarkdown } from '../../lib/i18n/markdown-note';
import { authorHeaders, finding, ids, keyZone, message, RECEIVER, RECEIVER_ZONE, received, run, signed, zoneResolver } from './scenario-kit';

const ACME = 'acme-widgets.com';
const zoneBase = {
  ...RECEIVER_ZONE,
  [ACME]: { MX: [{ preference: 10, exchange: `mail.${ACME}` }], TXT: ['v=spf1 ip4:198.51.100.10 -all'] },
  [`mail.${ACME}`]: { A: ['198.51.100.10'] },
  '10.100.51.198.in-addr.arpa': { PTR: [`mail.${ACME}`] },
  [`_dmarc.${ACME}`]: { TXT: ['v=DMARC1; p=reject'] },
};

/**
 * The receiver's Received field on top, then the sender's own submission hop: `edgeBlock` fields sit
 * between the two (where Gmail writes its results), `bottom` fields below the sender's hop.
 */
function withResults(top: string[], bottom: string[] = [], edgeBlock: string[] = []): string {
  return message([
    ...top,
    ...received([{ helo: `mail.${ACME}`, ip: '198.51.100.10', by: RECEIVER }]),
    ...edgeBlock,
    `Received: from [10.0.0.5] (laptop.local [10.0.0.5])\r\n\tby mail.${ACME} with ESMTPSA id s1; Fri, 20 Nov 2026 10:00:00 +0000`,
    ...bottom,
    `Return-Path: <alice@${ACME}>`,
    ...authorHeaders(`alice@${ACME}`),
  ]);
}

describe('which Authentication-Results to believe', () => {
  it('the edge receiver\'s own field above the edge is trusted; a copy written below it, or by another host, is a claim', async () => {
    const raw = await signed(withResults(
      [`Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=${ACME}`, 'Authentication-Results: spamfilter.other-isp.com; spf=pass'],
      [`Authentication-Results: ${RECEIVER}; dkim=pass header.d=${ACME}; dmarc=pass`],
    ), ACME);
    const report = await run(raw, zoneResolver({ ...zoneBase, ...(await keyZone(ACME)) }));
    expect(report.authResults.map((entry) => [entry.authservId, entry.trust])).toEqual([
      [RECEIVER, 'edge-receiver'],
      ['spamfilter.other-isp.com', 'claim'],
      [RECEIVER, 'claim'],
    ]);
    // Only the trusted field is compared with the re-check.
    expect(report.thenAndNow.map((row) => row.method)).toEqual(['spf']);
  });

  it('results written just below the receiver\'s own Received field (as Gmail does) are the receiver\'s too', async () => {
    const raw = await signed(withResults([], [], [`Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=${ACME}`]), ACME);
    const report = await run(raw, zoneResolver({ ...zoneBase, ...(await keyZone(ACME)) }));
    expect(report.authResults[0]).toMatchObject({ authservId: RECEIVER, trust: 'edge-receiver' });
  });

  it('--trust believes an authserv-id (or its domain) that is not the edge receiver', async () => {
    const raw = await signed(withResults(['Authentication-Results: filter.other-isp.com; spf=pass']), ACME);
    const report = await run(raw, zoneResolver({ ...zoneBase, ...(await keyZone(ACME)) }), { trustedAuthservIds: ['other-isp.com'] });
    expect(report.authResults[0]).toMatchObject({ trusted: true, trust: 'user-trusted' });
  });
});

describe('then and now', () => {
  it('the receiver saw dkim=pass, the key is gone now: drift.auth says it was probably rotated', async () => {
    const raw = await signed(withResults([`Authentication-Results: ${RECEIVER}; dkim=pass header.d=${ACME} header.s=sel1; spf=pass smtp.mailfrom=${ACME}`]), ACME);
    const report = await run(raw, zoneResolver(zoneBase));
    const dkimRow = report.thenAndNow.find((row) => row.method === 'dkim');
    expect(dkimRow).toMatchObject({ domain: ACME, then: { result: 'pass', authservId: RECEIVER }, now: 'permerror', differs: true, likelyReason: 'key-rotated' });
    const drift = finding(report, 'drift.auth');
    expect(drift.explanation).toContain('no longer published');
    expect(drift.evidence[0]).toMatchObject({ kind: 'auth-result', authservId: RECEIVER, trusted: true, method: 'dkim' });
    expect(ids(report)).toContain('dkim.key-missing');
    // Both exports show the comparison.
    expect(formatReport(report, { colour: false })).toMatch(/dkim acme-widgets\.com\s+then pass\s+now permerror {2}differs \(the key was rotated since\)/);
    expect(reportToMarkdown(report)).toContain('- dkim acme-widgets.com: then pass, now permerror (differs: the key was rotated since)');
  });

  it('a key rotated since arrival does not count against the message: the receiver\'s pass stands', async () => {
    // Mail sent through a provider: SPF passes for the provider's bounce domain, which is not aligned with
    // the From domain, so DMARC rests on the DKIM signature alone. With the key gone, the re-check fails
    // DMARC (p=reject), yet the receiver saw dkim=pass and dmarc=pass on arrival.
    const ESP = 'bounces.esp-mailer.net';
    const zone = {
      ...zoneBase,
      [ESP]: { TXT: ['v=spf1 ip4:198.51.100.10 -all'], MX: [{ preference: 10, exchange: `mx.${ESP}` }] },
    };
    const viaProvider = (top: string[]) =>
      message([
        ...top,
        ...received([{ helo: `mail.${ACME}`, ip: '198.51.100.10', by: RECEIVER }]),
        `Return-Path: <b-123@${ESP}>`,
        ...authorHeaders(`alice@${ACME}`),
      ]);
    const results = `Authentication-Results: ${RECEIVER}; dkim=pass header.d=${ACME}; spf=pass smtp.mailfrom=${ESP}; dmarc=pass header.from=${ACME}`;
    const rotated = await run(await signed(viaProvider([results]), ACME), zoneResolver(zone));
    expect(finding(rotated, 'spf.pass')).toBeDefined();
    expect(finding(rotated, 'dkim.key-missing')).toMatchObject({ severity: 'info' });
    expect(finding(rotated, 'dkim.key-missing').explanation).toContain('rotated since');
    expect(finding(rotated, 'dmarc.fail')).toMatchObject({ severity: 'info' });
    expect(finding(rotated, 'dmarc.fail').explanation).toContain('The receiver saw dmarc=pass');
    expect(rotated.verdict.level).not.toBe('likely-suspended');
    expect(rotated.verdict.reasons.map((reason) => reason.rule)).not.toContain('invalid-dkim');

    // The same message without the receiver's results: nothing says the key ever verified.
    const unknown = await run(await signed(viaProvider([]), ACME), zoneResolver(zone));
    expect(finding(unknown, 'dkim.key-missing')).toMatchObject({ severity: 'fail' });
    expect(finding(unknown, 'dmarc.fail')).toMatchObject({ severity: 'fail' });
    expect(unknown.verdict.level).toBe('likely-suspended');
  });

  it('the receiver saw dkim=pass, the body changed since: the likely reason is an altered body', async () => {
    const original = await signed(withResults([]), ACME);
    const tampered = `Authentication-Results: ${RECEIVER}; dkim=pass header.d=${ACME}\r\n${original.replace('This is a test message.', 'This is a changed message.')}`;
    const report = await run(tampered, zoneResolver({ ...zoneBase, ...(await keyZone(ACME)) }));
    expect(report.thenAndNow.find((row) => row.method === 'dkim')).toMatchObject({ differs: true, likelyReason: 'body-altered', now: 'fail' });
  });

  it('the receiver saw spf=fail, the record authorises the IP now: record changed since', async () => {
    const raw = await signed(withResults([`Authentication-Results: ${RECEIVER}; spf=fail smtp.mailfrom=${ACME}`]), ACME);
    const report = await run(raw, zoneResolver({ ...zoneBase, ...(await keyZone(ACME)) }));
    expect(report.thenAndNow).toEqual([expect.objectContaining({ method: 'spf', now: 'pass', differs: true, likelyReason: 'record-changed' })]);
  });

  it('the same results then and now: no drift', async () => {
    const raw = await signed(withResults([`Authentication-Results: ${RECEIVER}; dkim=pass header.d=${ACME}; spf=pass; dmarc=pass`]), ACME);
    const report = await run(raw, zoneResolver({ ...zoneBase, ...(await keyZone(ACME)) }));
    expect(report.thenAndNow.every((row) => !row.differs)).toBe(true);
    expect(ids(report)).not.toContain('drift.auth');
  });
});

describe('offline, the receiver\'s own results are the evidence left', () => {
  const offline = new OfflineResolver();

  it('dmarc=fail recorded by the receiver: likely suspended, with that line as evidence', async () => {
    const raw = await signed(withResults([`Authentication-Results: ${RECEIVER}; spf=fail smtp.mailfrom=${ACME}; dkim=fail header.d=${ACME}; dmarc=fail (p=REJECT) header.from=${ACME}`]), ACME);
    const report = await run(raw, offline);
    expect(finding(report, 'receiver.auth-failed')).toMatchObject({ severity: 'fail', evidence: [expect.objectContaining({ kind: 'auth-result', authservId: RECEIVER, result: 'fail' })] });
    expect(finding(report, 'dns.offline').severity).toBe('info');
    expect(report.verdict).toMatchObject({ level: 'likely-suspended', zendeskCauses: ['failed-email-authentication'] });
  });

  it('a claim by another host decides nothing, and without a DMARC result the verdict stays unknown', async () => {
    const claimed = await run(await signed(withResults(['Authentication-Results: spamfilter.other-isp.com; dmarc=pass']), ACME), offline);
    expect(ids(claimed)).not.toContain('receiver.authenticated');
    expect(claimed.verdict.level).toBe('unknown');
    const spfOnly = await run(await signed(withResults([`Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=${ACME}`]), ACME), offline);
    expect(finding(spfOnly, 'dns.offline').severity).toBe('warn');
    expect(spfOnly.verdict.level).toBe('unknown');
  });
});
