// Whole analyses of messages signed in the test with a generated key, against in-memory zones: each
// scenario of the article reaches the verdict and findings that the article's rules give for it.
import { describe, expect, it } from 'vitest';
import type { Resolver } from '../../lib/dns/types';
import { sealArc } from '../helpers/signer';
import { authorHeaders, finding, ids, keyZone, message, RECEIVER, RECEIVER_ZONE, received, run, signed, testKey, zoneResolver } from './scenario-kit';

const ACME = 'acme-widgets.com';
const ACME_IP = '198.51.100.10';
const ACME_HOST = `mail.${ACME}`;

/** acme-widgets.com runs its own server at 198.51.100.10, with a PTR, an SPF record and DMARC p=reject. */
async function acmeZone(overrides: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  return {
    ...RECEIVER_ZONE,
    [ACME]: { MX: [{ preference: 10, exchange: ACME_HOST }], TXT: ['v=spf1 ip4:198.51.100.0/28 -all'] },
    [ACME_HOST]: { A: [ACME_IP] },
    '10.100.51.198.in-addr.arpa': { PTR: [ACME_HOST] },
    [`_dmarc.${ACME}`]: { TXT: ['v=DMARC1; p=reject; rua=mailto:dmarc@acme-widgets.com'] },
    ...(await keyZone(ACME)),
    ...overrides,
  };
}

function acmeReceived(overrides: Partial<{ helo: string; ip: string; rdns: string }> = {}): string[] {
  return received([{ helo: ACME_HOST, ip: ACME_IP, by: RECEIVER, ...overrides }]);
}

describe('scenarios', () => {
  it('a clean Google-Workspace-style sender is trusted, and the receiver\'s results agree with the re-check', async () => {
    const google = 'mail-sor-f41.google.com';
    const headers = [
      `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=${ACME}; dkim=pass header.d=${ACME} header.s=google; dmarc=pass header.from=${ACME}`,
      ...received([{ helo: google, ip: '209.85.220.41', by: RECEIVER }]),
      `Return-Path: <alice@${ACME}>`,
      ...authorHeaders(`alice@${ACME}`),
    ];
    const raw = await signed(message(headers), ACME, 'google');
    const zone = {
      ...RECEIVER_ZONE,
      [ACME]: { MX: [{ preference: 1, exchange: 'smtp.google.com' }], TXT: ['v=spf1 include:_spf.google.com ~all'] },
      '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
      '41.220.85.209.in-addr.arpa': { PTR: [google] },
      [google]: { A: ['209.85.220.41'] },
      [`_dmarc.${ACME}`]: { TXT: ['v=DMARC1; p=quarantine'] },
      ...(await keyZone(ACME, 'google')),
    };
    const report = await run(raw, zoneResolver(zone));
    expect(report.verdict.level).toBe('trusted');
    expect(report.verdict.zendeskCauses).toEqual([]);
    expect(ids(report)).toEqual(expect.arrayContaining(['spf.pass', 'dkim.pass', 'dmarc.pass']));
    // Google's PTR and HELO names are not in acme's domain, but they lead back to the IP: a provider's
    // server, noted as information with nothing for the sender to change.
    expect(finding(report, 'ptr.foreign-domain')).toMatchObject({ severity: 'info', title: expect.stringContaining('a server of google.com') });
    expect(finding(report, 'ptr.foreign-domain').fix).toBeUndefined();
    expect(finding(report, 'helo.foreign-domain')).toMatchObject({ severity: 'info', title: expect.stringContaining('a provider sending for') });
    expect(report.findings.filter((f) => f.id.startsWith('helo.') || f.id.startsWith('ptr.')).map((f) => f.fix)).toEqual([undefined, undefined, undefined]);
    expect(report.iprev).toMatchObject({ result: 'pass', forwardConfirmed: true, generic: false });
    expect(report.edge?.ip).toBe('209.85.220.41');
    expect(report.authResults[0]).toMatchObject({ authservId: RECEIVER, trusted: true, trust: 'edge-receiver' });
    expect(report.thenAndNow.map((row) => [row.method, row.then?.result, row.now, row.differs])).toEqual([
      ['spf', 'pass', 'pass', false],
      ['dkim', 'pass', 'pass', false],
      ['dmarc', 'pass', 'pass', false],
    ]);
    expect(report.dkim[0]).toMatchObject({ d: ACME, result: 'pass', aligned: true, bodyChecked: true });
    expect(report.spf).toMatchObject({ result: 'pass', hop: 'edge', domain: ACME });
    expect(report.dmarc).toMatchObject({ result: 'pass', requestedPolicy: 'quarantine', domain: ACME });
    expect(report.verdict.reasons.map((reason) => reason.rule)).toEqual(['authenticated']);
  });

  it('no PTR for the sending IP gives low trust and the PTR to ask for', async () => {
    const raw = await signed(message([...acmeReceived(), `Return-Path: <alice@${ACME}>`, ...authorHeaders(`alice@${ACME}`)]), ACME);
    const report = await run(raw, zoneResolver(await acmeZone({ '10.100.51.198.in-addr.arpa': {} })));
    expect(report.verdict.level).toBe('low-trust');
    const ptr = finding(report, 'ptr.missing');
    expect(ptr.severity).toBe('fail');
    expect(ptr.recommendation.id).toBe('article.1-ptr');
    expect(ptr.fix).toMatchObject({ kind: 'ptr-record', name: '10.100.51.198.in-addr.arpa', text: ACME_HOST });
    expect(ptr.evidence).toContainEqual(expect.objectContaining({ kind: 'dns', name: '10.100.51.198.in-addr.arpa', type: 'PTR', rcode: 'NOERROR', answers: [] }));
    expect(report.verdict.reasons[0]?.rule).toBe('sending-server');
  });

  it('a residential-looking PTR gives low trust', async () => {
    const ip = '203.0.113.45';
    const rdns = '45-113-0-203.cable.isp-net.com';
    const raw = await signed(message([...acmeReceived({ ip, rdns, helo: ACME_HOST }), `Return-Path: <alice@${ACME}>`, ...authorHeaders(`alice@${ACME}`)]), ACME);
    const zone = await acmeZone({
      [ACME]: { MX: [{ preference: 10, exchange: ACME_HOST }], TXT: ['v=spf1 ip4:203.0.113.45 -all'] },
      '45.113.0.203.in-addr.arpa': { PTR: [rdns] },
      [rdns]: { A: [ip] },
    });
    const report = await run(raw, zoneResolver(zone));
    expect(report.verdict.level).toBe('low-trust');
    expect(finding(report, 'ptr.generic').title).toContain(rdns);
    expect(report.iprev).toMatchObject({ result: 'pass', generic: true, forwardConfirmed: true });
  });

  it('HELO localhost gives low trust and the HELO name to configure', async () => {
    const raw = await signed(message([...acmeReceived({ helo: 'localhost', rdns: ACME_HOST }), `Return-Path: <alice@${ACME}>`, ...authorHeaders(`alice@${ACME}`)]), ACME);
    const report = await run(raw, zoneResolver(await acmeZone()));
    expect(report.verdict.level).toBe('low-trust');
    const helo = finding(report, 'helo.localhost');
    expect(helo.severity).toBe('fail');
    expect(helo.fix).toMatchObject({ kind: 'helo-name', text: ACME_HOST });
    expect(ids(report)).toContain('dmarc.pass');
  });

  it('HELO mail.otherdomain.com (the article\'s example) that does not lead to the IP is the sender\'s to fix, unlike a provider\'s server', async () => {
    const raw = await signed(message([...acmeReceived({ helo: 'mail.otherdomain.com', rdns: ACME_HOST }), `Return-Path: <alice@${ACME}>`, ...authorHeaders(`alice@${ACME}`)]), ACME);
    const report = await run(raw, zoneResolver(await acmeZone({ 'mail.otherdomain.com': { A: ['203.0.113.50'] } })));
    const helo = finding(report, 'helo.foreign-domain');
    expect(helo).toMatchObject({ severity: 'warn', title: expect.stringContaining('is in another domain (otherdomain.com)') });
    expect(report.findings.find((f) => f.id.startsWith('helo.') && f.fix)?.fix).toMatchObject({ kind: 'helo-name', actor: 'server-operator', text: ACME_HOST });
    expect(report.verdict.level).toBe('low-trust');
  });

  it('SPF fail with an aligned DKIM pass: DMARC passes, SPF is a warning with the record to publish', async () => {
    const ip = '198.51.100.77';
    const raw = await signed(message([...acmeReceived({ ip }), `Return-Path: <alice@${ACME}>`, ...authorHeaders(`alice@${ACME}`)]), ACME);
    const zone = await acmeZone({ '77.100.51.198.in-addr.arpa': { PTR: ['relay.acme-widgets.com'] }, 'relay.acme-widgets.com': { A: [ip] } });
    const report = await run(raw, zoneResolver(zone));
    const spf = finding(report, 'spf.fail');
    expect(spf.severity).toBe('warn');
    expect(spf.fix).toMatchObject({ kind: 'spf-record', name: ACME, text: 'v=spf1 ip4:198.51.100.0/28 ip4:198.51.100.77 -all' });
    expect(ids(report)).toEqual(expect.arrayContaining(['dkim.pass', 'dmarc.pass']));
    expect(report.verdict.level).toBe('low-trust');
    expect(report.verdict.zendeskCauses).toEqual([]);
  });

  it('SPF softfail and no DKIM, DMARC p=none: low trust, with the softfail and the missing signature as reasons', async () => {
    const ip = '198.51.100.200';
    const raw = message([...acmeReceived({ ip, rdns: ACME_HOST }), `Return-Path: <alice@${ACME}>`, ...authorHeaders(`alice@${ACME}`)]);
    const zone = await acmeZone({
      [ACME]: { MX: [{ preference: 10, exchange: ACME_HOST }], TXT: ['v=spf1 ip4:198.51.100.0/28 ~all'] },
      [`_dmarc.${ACME}`]: { TXT: ['v=DMARC1; p=none'] },
      '200.100.51.198.in-addr.arpa': { PTR: [ACME_HOST] },
      [ACME_HOST]: { A: [ACME_IP, ip] },
    });
    const report = await run(raw, zoneResolver(zone));
    expect(report.verdict.level).toBe('low-trust');
    expect(ids(report)).toEqual(expect.arrayContaining(['spf.softfail', 'dkim.none', 'dmarc.fail']));
    expect(finding(report, 'dmarc.fail').severity).toBe('warn');
    expect(finding(report, 'spf.softfail').fix?.text).toBe('v=spf1 ip4:198.51.100.0/28 ip4:198.51.100.200 ~all');
  });

  it('no DMARC record: low trust, with a starter record at the organizational domain', async () => {
    const from = `alice@eu.${ACME}`;
    const raw = await signed(message([...acmeReceived(), `Return-Path: <alice@${ACME}>`, ...authorHeaders(from)]), ACME);
    const zone = await acmeZone({ [`_dmarc.${ACME}`]: {}, [`eu.${ACME}`]: { MX: [{ preference: 10, exchange: ACME_HOST }] } });
    const report = await run(raw, zoneResolver(zone));
    const none = finding(report, 'dmarc.none');
    expect(none.fix).toEqual({
      kind: 'dmarc-record',
      actor: 'domain-owner',
      name: `_dmarc.${ACME}`,
      text: `v=DMARC1; p=none; rua=mailto:dmarc-reports@${ACME}`,
      description: expect.stringContaining(`_dmarc.${ACME}`),
      params: expect.any(Object),
    });
    // d=acme-widgets.com signs for eu.acme-widgets.com: relaxed alignment (RFC 7489 §3.1.1).
    expect(report.dkim[0]).toMatchObject({ result: 'pass', aligned: true });
    expect(report.verdict.level).toBe('low-trust');
    expect(report.verdict.reasons.map((r) => r.rule)).toEqual(['weak-authentication']);
  });

  it('a spoof of a p=reject domain is likely suspended for failed authentication', async () => {
    const ip = '203.0.113.99';
    const headers = [
      ...received([{ helo: 'mx.bulk-sender.net', ip, by: RECEIVER }]),
      'Return-Path: <bounce@bulk-sender.net>',
      ...authorHeaders(`security@${ACME}`),
    ];
    const zone = await acmeZone({
      'bulk-sender.net': { TXT: ['v=spf1 ip4:203.0.113.0/24 -all'], MX: [{ preference: 10, exchange: 'mx.bulk-sender.net' }] },
      'mx.bulk-sender.net': { A: [ip] },
      '99.113.0.203.in-addr.arpa': { PTR: ['mx.bulk-sender.net'] },
    });
    const report = await run(message(headers), zoneResolver(zone));
    expect(report.verdict.level).toBe('likely-suspended');
    expect(report.verdict.zendeskCauses).toEqual(['failed-email-authentication']);
    const dmarc = finding(report, 'dmarc.fail');
    expect(dmarc.severity).toBe('fail');
    expect(dmarc.title).toContain('reject');
    // SPF passed, but for bulk-sender.net, which is not aligned with the From domain.
    expect(report.spf).toMatchObject({ result: 'pass', domain: 'bulk-sender.net' });
    expect(report.verdict.reasons[0]?.rule).toBe('dmarc-enforced-failure');
  });
});

describe('forwarding', () => {
  const FORWARDER = 'forwarder.org';
  const FWD_IP = '192.0.2.50';
  const FWD_HOST = `mail.${FORWARDER}`;

  async function forwardedZone(): Promise<Record<string, unknown>> {
    return acmeZone({
      [FORWARDER]: { MX: [{ preference: 10, exchange: FWD_HOST }], TXT: ['v=spf1 ip4:192.0.2.50 -all'] },
      [FWD_HOST]: { A: [FWD_IP] },
      '50.2.0.192.in-addr.arpa': { PTR: [FWD_HOST] },
      [`arc1._domainkey.${FORWARDER}`]: { TXT: [`v=DKIM1; k=rsa; p=${(await testKey()).publicKey}`] },
    });
  }

  /** acme signs and sends to the forwarder, which appends a footer (breaking the body hash) and sends on to the receiver. */
  async function forwardedMessage(seal: boolean): Promise<string> {
    const original = await signed(message([`Return-Path: <alice@${ACME}>`, ...authorHeaders(`alice@${ACME}`).map((h) => h.replace('support@helpdesk.zendesk-inbound.net', `team@${FORWARDER}`))]), ACME);
    const atForwarder = `${received([{ helo: ACME_HOST, ip: ACME_IP, by: `mx.${FORWARDER}`, date: 'Fri, 20 Nov 2026 10:00:05 +0000', for: `team@${FORWARDER}` }])[0]}\r\n${original}`;
    const footered = `${atForwarder}-- \r\nSent through the forwarder.org list\r\n`;
    let out = footered;
    if (seal) {
      out = await sealArc(out, {
        instance: 1, cv: 'none', key: await testKey(), domain: FORWARDER, selector: 'arc1',
        authResults: `mx.${FORWARDER}; spf=pass smtp.mailfrom=${ACME}; dkim=pass header.d=${ACME}; dmarc=pass header.from=${ACME}`,
      });
    }
    const edge = received([{ helo: FWD_HOST, ip: FWD_IP, by: RECEIVER, date: 'Fri, 20 Nov 2026 10:00:09 +0000', for: 'support@helpdesk.zendesk-inbound.net' }])[0];
    return `${edge}\r\n${out}`;
  }

  it('through a sealing forwarder with ARC pass: trusted on the forwarder\'s word, and the origin is checked too', async () => {
    const report = await run(await forwardedMessage(true), zoneResolver(await forwardedZone()));
    expect(report.forwarding.detected).toBe(true);
    expect(report.edge?.ip).toBe(FWD_IP);
    expect(report.origin?.ip).toBe(ACME_IP);
    expect(report.arc).toMatchObject({ result: 'pass', vouches: true });
    expect(report.dkim[0]).toMatchObject({ result: 'fail', reason: { code: 'body-hash-mismatch' } });
    expect(finding(report, 'arc.pass').severity).toBe('pass');
    expect(finding(report, 'dmarc.fail').severity).toBe('info');
    expect(report.verdict.level).toBe('trusted');
    expect(report.verdict.reasons.map((r) => r.rule)).toContain('authenticated-by-forwarder');
    // The origin hop's own checks ran: acme's server passes SPF for acme's domain.
    const origin = report.hopChecks.find((hop) => hop.hop === 'origin');
    expect(origin?.spf).toMatchObject({ result: 'pass', ip: ACME_IP });
    expect(report.spf).toMatchObject({ hop: 'edge', result: 'fail', ip: FWD_IP });
    expect(ids(report)).toContain('forwarding.detected');
    // The forwarder's own server is not expected to carry the author's domain in its PTR or HELO.
    expect(ids(report)).not.toContain('ptr.foreign-domain');
    expect(ids(report)).not.toContain('helo.foreign-domain');
  });

  it('with DKIM broken and no ARC: likely suspended under p=reject, and the missing ARC is named', async () => {
    const report = await run(await forwardedMessage(false), zoneResolver(await forwardedZone()));
    expect(report.arc).toMatchObject({ result: 'none' });
    expect(finding(report, 'arc.none').recommendation.id).toBe('article.5-arc');
    expect(finding(report, 'dkim.fail').severity).toBe('fail');
    expect(finding(report, 'dmarc.fail').severity).toBe('fail');
    expect(report.verdict.level).toBe('likely-suspended');
    expect(report.verdict.zendeskCauses).toContain('failed-email-authentication');
    // SPF at the forwarded edge judged the forwarder: a warning, and no SPF record change is proposed.
    expect(finding(report, 'spf.fail')).toMatchObject({ severity: 'warn', hop: 'edge' });
    expect(finding(report, 'spf.fail').fix).toBeUndefined();
  });

  it('the hop option evaluates the origin as the sender', async () => {
    const report = await run(await forwardedMessage(false), zoneResolver(await forwardedZone()), { hop: 'origin' });
    expect(report.evaluatedHop).toBe('origin');
    expect(report.spf).toMatchObject({ hop: 'origin', result: 'pass' });
    // DMARC now judges the origin's SPF, which is acme's own and aligned.
    expect(report.dmarc).toMatchObject({ result: 'pass' });
  });
});

describe('automated and web-form mail', () => {
  it('a PHP web form without Reply-To: low trust, the missing Reply-To named with the web-form rule', async () => {
    const web = 'www.acme-widgets.com';
    const headers = [
      ...received([{ helo: web, ip: '198.51.100.5', by: RECEIVER }]),
      `Return-Path: <webform@${ACME}>`,
      `From: Contact form <webform@${ACME}>`,
      'To: support@helpdesk.zendesk-inbound.net',
      'Subject: New message from the contact form',
      'Date: Fri, 20 Nov 2026 10:00:00 +0000',
      'X-PHP-Originating-Script: 1000:contact.php',
      'X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)',
    ];
    const zone = await acmeZone({ [web]: { A: ['198.51.100.5'] }, '5.100.51.198.in-addr.arpa': { PTR: [web] } });
    const report = await run(message(headers), zoneResolver(zone));
    expect(finding(report, 'webform.detected').evidence.map((e) => (e.kind === 'header' ? e.field : ''))).toEqual(['X-PHP-Originating-Script', 'X-Mailer']);
    const missing = finding(report, 'header.missing');
    expect(missing.title).toContain('Reply-To');
    expect(missing.recommendation.id).toBe('article.web-forms');
    expect(report.verdict.level).toBe('low-trust');
    expect(ids(report)).toEqual(expect.arrayContaining(['spf.pass', 'dmarc.pass', 'dkim.none']));
  });

  it('an out-of-office reply is likely suspended as automated response mail', async () => {
    const headers = [
      ...acmeReceived(),
      `Return-Path: <alice@${ACME}>`,
      ...authorHeaders(`alice@${ACME}`).map((h) => (h.startsWith('Subject:') ? 'Subject: Automatic reply: Your request #123' : h)),
      'Auto-Submitted: auto-replied',
      'X-Auto-Response-Suppress: All',
    ];
    const report = await run(await signed(message(headers), ACME), zoneResolver(await acmeZone()));
    expect(report.verdict.level).toBe('likely-suspended');
    expect(report.verdict.zendeskCauses).toEqual(['out-of-office', 'automated-response']);
    expect(ids(report)).toEqual(expect.arrayContaining(['auto.reply', 'auto.out-of-office', 'dmarc.pass']));
  });

  it('a mailer-daemon bounce is likely suspended as a delivery failure from a system user', async () => {
    const headers = [
      ...acmeReceived(),
      'Return-Path: <>',
      `From: Mail Delivery System <MAILER-DAEMON@${ACME_HOST}>`,
      'To: support@helpdesk.zendesk-inbound.net',
      'Subject: Undelivered Mail Returned to Sender',
      'Date: Fri, 20 Nov 2026 10:00:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    ];
    const body = [
      '--b1', 'Content-Type: text/plain', '', 'The message could not be delivered.',
      '--b1', 'Content-Type: message/rfc822', '', 'From: agent@helpdesk.zendesk-inbound.net', 'To: gone@acme-widgets.com', 'Subject: Re: your ticket', '', 'Hello',
      '--b1--', '',
    ].join('\r\n');
    const zone = await acmeZone({ [ACME_HOST]: { A: [ACME_IP], TXT: ['v=spf1 a -all'] } });
    const report = await run(message(headers, body), zoneResolver(zone));
    expect(report.verdict.level).toBe('likely-suspended');
    expect(report.verdict.zendeskCauses).toEqual(['delivery-failure', 'automated-response', 'system-user']);
    expect(ids(report)).toEqual(expect.arrayContaining(['auto.bounce', 'system.sender']));
    // RFC 7208 §2.4: with a null reverse-path SPF checks postmaster@HELO.
    expect(report.spf).toMatchObject({ result: 'pass', sender: `postmaster@${ACME_HOST}` });
    // The original message rides along, offered for an analysis of its own.
    expect(report.embedded).toMatchObject({ contentType: 'message/rfc822', subject: 'Re: your ticket', from: 'agent@helpdesk.zendesk-inbound.net' });
    expect(report.embedded?.text).toContain('\r\n\r\nHello');
  });
});

describe('domains, partial input and DNS trouble', () => {
  it('a From domain that does not exist is likely suspended', async () => {
    const headers = [...acmeReceived(), `Return-Path: <alice@${ACME}>`, ...authorHeaders('alice@no-such-shop-domain.com')];
    const report = await run(message(headers), zoneResolver(await acmeZone()));
    const nonexistent = finding(report, 'domain.nonexistent');
    expect(nonexistent.severity).toBe('fail');
    expect(nonexistent.evidence).toContainEqual(expect.objectContaining({ kind: 'dns', name: 'no-such-shop-domain.com', rcode: 'NXDOMAIN' }));
    expect(report.verdict.level).toBe('likely-suspended');
    expect(report.verdict.zendeskCauses).toContain('invalid-sender-domain');
  });

  it('a header block alone: DKIM verifies the headers only, the body is named as unchecked', async () => {
    const full = await signed(message([...acmeReceived(), `Return-Path: <alice@${ACME}>`, ...authorHeaders(`alice@${ACME}`)]), ACME);
    const headerBlock = full.slice(0, full.indexOf('\r\n\r\n') + 2);
    const report = await run(headerBlock, zoneResolver(await acmeZone()));
    expect(report.input.kind).toBe('headers-only');
    expect(report.dkim[0]).toMatchObject({ result: 'header-pass', bodyChecked: false });
    expect(ids(report)).toEqual(expect.arrayContaining(['dkim.pass', 'dkim.body-unchecked', 'spf.pass', 'ptr.pass']));
    expect(report.verdict.level).toBe('trusted');
  });

  it('DNS down: every query fails, the verdict is unknown and not trusted', async () => {
    const down: Resolver = {
      label: 'unreachable resolver',
      query: async (name, type) => ({ kind: 'failure', name, type, reason: 'network', code: 'ENETUNREACH', ms: 1, resolver: 'unreachable resolver' }),
    };
    const raw = await signed(message([...acmeReceived(), `Return-Path: <alice@${ACME}>`, ...authorHeaders(`alice@${ACME}`)]), ACME);
    const report = await run(raw, down);
    expect(report.verdict.level).toBe('unknown');
    expect(finding(report, 'dns.unavailable').severity).toBe('warn');
    expect(report.spf).toMatchObject({ result: 'temperror' });
    expect(report.dkim[0]).toMatchObject({ result: 'temperror' });
    expect(report.dns.failedCount).toBe(report.dns.queries.length);
    expect(report.dns.queries.length).toBeGreaterThan(4);
  });
});
