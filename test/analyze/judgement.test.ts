// design.md "Judgement": each test is named after a misjudgement seen on real mail (issue 12) and
// builds the message that showed it, against an in-memory zone (or offline, or with DNS down).
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../lib/cli/format-report';
import { OfflineResolver } from '../../lib/dns/offline-resolver';
import { reportToMarkdown } from '../../lib/i18n/render/markdown-note';
import type { Resolver } from '../../lib/dns/types';
import { generateRsaKey, keyRecord, signDkim } from '../helpers/signer';
import { authorHeaders, finding, ids, keyZone, message, RECEIVER, RECEIVER_ZONE, received, run, signed, zoneResolver } from './scenario-kit';

const ACME = 'acme-widgets.com';
const ACME_IP = '198.51.100.10';
const ACME_HOST = `mail.${ACME}`;
const ESP = 'esp-mailer.net';

/** acme runs its own server with PTR, HELO and MX in its domain; SPF and DMARC as the test asks. */
async function acmeZone(spf: string, dmarc = 'v=DMARC1; p=reject', overrides: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  return {
    ...RECEIVER_ZONE,
    [ACME]: { MX: [{ preference: 10, exchange: ACME_HOST }], TXT: [spf] },
    [ACME_HOST]: { A: [ACME_IP] },
    '10.100.51.198.in-addr.arpa': { PTR: [ACME_HOST] },
    [`_dmarc.${ACME}`]: { TXT: [dmarc] },
    ...(await keyZone(ACME)),
    ...overrides,
  };
}

function acmeMessage(extra: string[] = [], hop: Partial<{ helo: string; ip: string; rdns: string }> = {}): string {
  return message([...received([{ helo: ACME_HOST, ip: ACME_IP, by: RECEIVER, ...hop }]), `Return-Path: <alice@${ACME}>`, ...authorHeaders(`alice@${ACME}`, extra)]);
}

/** Every query times out, as when the resolver cannot be reached. */
const unreachable: Resolver = {
  label: 'unreachable resolver',
  query: async (name, type) => ({ kind: 'failure', name, type, reason: 'timeout', timeoutMs: 3000, ms: 3000, resolver: 'unreachable resolver' }),
};

describe('one aligned pass is enough (RFC 7489 §4.2)', () => {
  it('an ESP\'s extra unaligned signature beside an aligned pass is information, not low trust', async () => {
    const raw = await signed(await signed(acmeMessage(), ACME), ESP, 'esp1');
    const report = await run(raw, zoneResolver({ ...(await acmeZone('v=spf1 ip4:198.51.100.0/28 -all')), ...(await keyZone(ESP, 'esp1')) }));
    expect(finding(report, 'dkim.unaligned').severity).toBe('info');
    expect(finding(report, 'dmarc.pass').severity).toBe('pass');
    expect(report.verdict.level).toBe('trusted');
  });

  it('the same unaligned signature alone, without an aligned pass, still lowers trust', async () => {
    const raw = await signed(acmeMessage(), ESP, 'esp1');
    const report = await run(raw, zoneResolver({ ...(await acmeZone('v=spf1 -all')), ...(await keyZone(ESP, 'esp1')) }));
    expect(finding(report, 'dkim.unaligned').severity).toBe('warn');
    expect(report.verdict.level).not.toBe('trusted');
  });

  it('SPF softfail while DKIM carries DMARC is information: trusted', async () => {
    const report = await run(await signed(acmeMessage(), ACME), zoneResolver(await acmeZone('v=spf1 ip4:203.0.113.0/24 ~all')));
    expect(finding(report, 'spf.softfail')).toMatchObject({ severity: 'info', explanation: expect.stringContaining('DMARC passed through an aligned DKIM signature') });
    expect(report.verdict.level).toBe('trusted');
  });

  it('SPF neutral while DKIM carries DMARC is information: trusted', async () => {
    const report = await run(await signed(acmeMessage(), ACME), zoneResolver(await acmeZone('v=spf1 ip4:203.0.113.0/24 ?all')));
    expect(finding(report, 'spf.neutral').severity).toBe('info');
    expect(report.verdict.level).toBe('trusted');
  });

  it('a hard SPF fail with DMARC passing through DKIM stays low trust, and says DKIM carried DMARC', async () => {
    const report = await run(await signed(acmeMessage(), ACME), zoneResolver(await acmeZone('v=spf1 ip4:203.0.113.0/24 -all')));
    expect(finding(report, 'dmarc.pass').severity).toBe('pass');
    expect(finding(report, 'spf.fail')).toMatchObject({ severity: 'warn', explanation: expect.stringContaining('DMARC passed because DKIM carried it') });
    expect(report.verdict.level).toBe('low-trust');
  });

  it('no DKIM signature while aligned SPF carries DMARC is information, and still advises signing', async () => {
    const report = await run(acmeMessage(), zoneResolver(await acmeZone('v=spf1 ip4:198.51.100.0/28 -all')));
    expect(finding(report, 'dkim.none')).toMatchObject({ severity: 'info', explanation: expect.stringContaining('SPF breaks when mail is forwarded') });
    expect(report.verdict.level).toBe('trusted');
  });
});

describe('a recorded dmarc=fail weighs by the policy recorded with it', () => {
  const recorded = (policy: string) => acmeMessage().replace('Received:', `Authentication-Results: ${RECEIVER}; spf=fail smtp.mailfrom=${ACME}; dkim=none; dmarc=fail (p=${policy} sp=${policy} dis=NONE) header.from=${ACME}\r\nReceived:`);

  it('offline, a receiver-recorded dmarc=fail with p=none is low trust, not likely suspended', async () => {
    const report = await run(recorded('NONE'), new OfflineResolver());
    expect(report.authResults[0]?.methods.find((m) => m.method === 'dmarc')?.policy).toBe('none');
    expect(finding(report, 'receiver.auth-failed')).toMatchObject({ severity: 'warn', explanation: expect.stringContaining('p=none') });
    expect(report.verdict.level).toBe('low-trust');
    expect(report.verdict.zendeskCauses).toEqual([]);
  });

  it('offline, a receiver-recorded dmarc=fail with p=reject is likely suspended', async () => {
    const report = await run(recorded('REJECT'), new OfflineResolver());
    expect(finding(report, 'receiver.auth-failed').severity).toBe('fail');
    expect(report.verdict).toMatchObject({ level: 'likely-suspended', zendeskCauses: ['failed-email-authentication'] });
  });

  it('online, the same p=none failure re-checked is low trust too: the DNS mode does not change the level', async () => {
    const report = await run(recorded('NONE'), zoneResolver(await acmeZone('v=spf1 ip4:203.0.113.0/24 -all', 'v=DMARC1; p=none')));
    expect(finding(report, 'dmarc.fail').severity).toBe('warn');
    expect(report.verdict.level).toBe('low-trust');
  });

  it('Microsoft\'s action= stands for the policy when no p= is written', async () => {
    const text = acmeMessage().replace('Received:', `Authentication-Results: spf=fail (sender IP is ${ACME_IP}) smtp.mailfrom=${ACME}; dkim=none (message not signed) header.d=none;dmarc=fail action=oreject header.from=${ACME};compauth=fail reason=000\r\nReceived:`);
    const report = await run(text, new OfflineResolver(), { trustedAuthservIds: [] });
    const dmarc = report.authResults[0]?.methods.find((m) => m.method === 'dmarc');
    expect(dmarc?.policy).toBe('reject');
  });
});

describe('the DNS mode never changes what header evidence says', () => {
  it.each([
    ['an IP literal', '[198.51.100.10]', 'helo.ip-literal'],
    ['localhost', 'localhost', 'helo.localhost'],
  ])('offline, the HELO check that needs no DNS still runs: %s', async (_name, helo, id) => {
    const report = await run(acmeMessage([], { helo }), new OfflineResolver());
    expect(finding(report, id)).toMatchObject({ severity: 'fail', hop: 'edge' });
    expect(report.dns.queries).toEqual([]);
    expect(report.verdict.level).toBe('low-trust');
  });

  it('offline, a HELO name that needs DNS to judge is not checked, and gives no finding', async () => {
    const report = await run(acmeMessage(), new OfflineResolver());
    expect(report.helo).toMatchObject({ result: 'not-checked', reason: 'offline' });
    expect(ids(report).filter((id) => id.startsWith('helo.'))).toEqual([]);
  });

  it('a message trusted offline on the receiver\'s recorded pass is not low trust when DNS is unreachable', async () => {
    const text = (await signed(acmeMessage(), ACME)).replace('Received:', `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=${ACME}; dkim=pass header.d=${ACME}; dmarc=pass (p=REJECT) header.from=${ACME}\r\nReceived:`);
    const offline = await run(text, new OfflineResolver());
    const down = await run(text, unreachable);
    expect(offline.verdict.level).toBe('trusted');
    expect(down.verdict.level).toBe('unknown');
    // A lookup that failed is "not checked" (temperror), never a failure of the sender.
    expect(down.findings.filter((f) => f.severity === 'fail' || (f.severity === 'warn' && !/temperror|dns\./.test(f.id))).map((f) => f.id)).toEqual([]);
  });
});

describe('the zone is the whole DNS; the static TLD list judges only what it could not resolve', () => {
  const helo = 'mail.acme-widgets.test';

  it('a HELO under a TLD the static list does not know passes the TLD test when the zone answers for it', async () => {
    const zone = await acmeZone('v=spf1 ip4:198.51.100.0/28 -all', 'v=DMARC1; p=reject', { [helo]: { A: [ACME_IP] } });
    const report = await run(await signed(acmeMessage([], { helo }), ACME), zoneResolver(zone));
    expect(ids(report)).not.toContain('helo.invalid-tld');
    // The resolvable and other-domain checks ran instead of stopping at the TLD.
    expect(report.helo).toMatchObject({ resolves: 'yes', addresses: [ACME_IP] });
    expect(ids(report)).toContain('helo.foreign-domain');
  });

  it('the same HELO that the zone does not know is judged by the list, and said not to resolve', async () => {
    const report = await run(await signed(acmeMessage([], { helo }), ACME), zoneResolver(await acmeZone('v=spf1 ip4:198.51.100.0/28 -all')));
    expect(finding(report, 'helo.invalid-tld')).toMatchObject({ severity: 'fail', title: expect.stringContaining('cannot resolve') });
    expect(report.verdict.level).toBe('low-trust');
  });

  it('with every query timing out, the HELO under an unknown TLD weighs as it does offline', async () => {
    const text = acmeMessage([], { helo: 'mail.acme.invalidtld' });
    const offline = await run(text, new OfflineResolver());
    const down = await run(text, unreachable);
    expect(finding(offline, 'helo.invalid-tld').severity).toBe('fail');
    expect(finding(down, 'helo.invalid-tld').severity).toBe('fail');
    expect(down.verdict.level).toBe(offline.verdict.level);
  });
});

describe('RFC 8301 in a whole analysis', () => {
  const headers = ['from', 'to', 'subject', 'date', 'message-id'];

  it('a 512-bit key no longer carries DMARC to pass: the signature does not count, and the text says why', async () => {
    const key = await generateRsaKey(512);
    const raw = await signDkim(acmeMessage(), { key, domain: ACME, selector: 'weak', headers });
    const zone = await acmeZone('v=spf1 ip4:203.0.113.0/24 -all', 'v=DMARC1; p=reject', { [`weak._domainkey.${ACME}`]: { TXT: [keyRecord(key)] } });
    const report = await run(raw, zoneResolver(zone));
    expect(report.dkim[0]).toMatchObject({ result: 'permerror', keyBits: 512 });
    expect(finding(report, 'dkim.weak-key')).toMatchObject({ severity: 'fail', explanation: expect.stringContaining('2048-bit') });
    expect(ids(report)).not.toContain('dkim.permerror');
    expect(report.dmarc.result).toBe('fail');
    expect(report.verdict.level).toBe('likely-suspended');
  });

  it('an rsa-sha1 signature does not pass either', async () => {
    const key = await generateRsaKey(2048, 'SHA-1');
    const raw = await signDkim(acmeMessage(), { key, domain: ACME, selector: 'old', headers, algorithm: 'rsa-sha1' });
    const zone = await acmeZone('v=spf1 ip4:198.51.100.0/28 -all', 'v=DMARC1; p=reject', { [`old._domainkey.${ACME}`]: { TXT: [keyRecord(key)] } });
    const report = await run(raw, zoneResolver(zone));
    expect(report.dkim[0]).toMatchObject({ result: 'permerror', a: 'rsa-sha1' });
    expect(finding(report, 'dkim.sha1')).toMatchObject({ severity: 'fail', explanation: expect.stringContaining('rsa-sha256') });
  });
});

describe('identity fields are parsed as RFC 5322 addr-spec', () => {
  it('a malformed From (joe]@football.example.com) is not accepted as an address', async () => {
    const text = message([...received([{ helo: ACME_HOST, ip: ACME_IP, by: RECEIVER }]), 'From: joe]@football.example.com', 'To: Support <support@helpdesk.zendesk-inbound.net>', 'Subject: Hi', 'Date: Fri, 20 Nov 2026 10:00:00 +0000', 'Message-ID: <x@football.example.com>']);
    const report = await run(text, new OfflineResolver());
    expect(report.message.from).toEqual([]);
    expect(finding(report, 'header.malformed')).toMatchObject({ severity: 'fail', explanation: expect.stringContaining('"]" is not allowed in the local part') });
    expect(report.verdict.level).toBe('likely-suspended');
  });
});

describe('"another domain" is decided by whom the author\'s domain hands its mail to', () => {
  const OTHER = 'mail.otherdomain.com';

  it('the article\'s HELO mail.otherdomain.com is low trust even when its PTR and A records agree (it came out trusted)', async () => {
    const zone = await acmeZone('v=spf1 ip4:198.51.100.0/28 -all', 'v=DMARC1; p=reject', { '10.100.51.198.in-addr.arpa': { PTR: [OTHER] }, [OTHER]: { A: [ACME_IP] } });
    const report = await run(await signed(acmeMessage([], { helo: OTHER, rdns: OTHER }), ACME), zoneResolver(zone));
    expect(report.iprev).toMatchObject({ forwardConfirmed: true });
    expect(finding(report, 'helo.foreign-domain')).toMatchObject({ severity: 'warn', title: expect.stringContaining('another domain (otherdomain.com)'), explanation: expect.stringContaining('mail.otherdomain.com') });
    expect(finding(report, 'ptr.foreign-domain').severity).toBe('warn');
    expect(report.verdict.level).toBe('low-trust');
    expect(report.verdict.reasons.map((reason) => reason.rule)).toContain('sending-server');
  });

  it('a server in the organization of the domain\'s MX hosts is its mail provider: information, trusted', async () => {
    const google = 'mail-sor-f41.google.com';
    const zone = await acmeZone('v=spf1 ip4:209.85.128.0/17 -all', 'v=DMARC1; p=reject', {
      [ACME]: { MX: [{ preference: 1, exchange: 'smtp.google.com' }], TXT: ['v=spf1 ip4:209.85.128.0/17 -all'] },
      '41.220.85.209.in-addr.arpa': { PTR: [google] },
      [google]: { A: ['209.85.220.41'] },
    });
    const report = await run(await signed(acmeMessage([], { helo: google, ip: '209.85.220.41' }), ACME), zoneResolver(zone));
    expect(finding(report, 'helo.foreign-domain')).toMatchObject({ severity: 'info', explanation: expect.stringContaining('its MX host smtp.google.com') });
    expect(finding(report, 'ptr.foreign-domain')).toMatchObject({ severity: 'info', explanation: expect.stringContaining('What the customer can do instead') });
    expect(report.findings.filter((f) => f.id.startsWith('helo.') || f.id.startsWith('ptr.')).map((f) => f.fix)).toEqual(report.findings.filter((f) => f.id.startsWith('helo.') || f.id.startsWith('ptr.')).map(() => undefined));
    expect(report.verdict.level).toBe('trusted');
  });

  it('a server of a domain the SPF record includes is the domain\'s mail provider too', async () => {
    const esp = `o1.${ESP}`;
    const zone = await acmeZone(`v=spf1 include:_spf.${ESP} -all`, 'v=DMARC1; p=reject', {
      [`_spf.${ESP}`]: { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
      '25.2.0.192.in-addr.arpa': { PTR: [esp] },
      [esp]: { A: ['192.0.2.25'] },
    });
    const report = await run(await signed(acmeMessage([], { helo: esp, ip: '192.0.2.25' }), ACME), zoneResolver(zone));
    expect(finding(report, 'helo.foreign-domain')).toMatchObject({ severity: 'info', explanation: expect.stringContaining(`its SPF record reaches _spf.${ESP}`) });
    expect(report.verdict.level).toBe('trusted');
  });

  it('when the MX lookup fails, "another domain" is not checked and does not lower trust', async () => {
    const zone = await acmeZone('v=spf1 ip4:198.51.100.0/28 -all', 'v=DMARC1; p=reject', { '10.100.51.198.in-addr.arpa': { PTR: [OTHER] }, [OTHER]: { A: [ACME_IP] } });
    zone[ACME] = { MX: 'TIMEOUT', TXT: ['v=spf1 ip4:198.51.100.0/28 -all'] };
    const report = await run(await signed(acmeMessage([], { helo: OTHER, rdns: OTHER }), ACME), zoneResolver(zone));
    expect(finding(report, 'helo.foreign-domain')).toMatchObject({ severity: 'info', title: expect.stringContaining('not checked') });
    expect(report.verdict.level).toBe('trusted');
  });
});

describe('fixes are addressed and state only verified facts', () => {
  it('the HELO fix no longer names the domain\'s first MX host (its inbound server, here a provider\'s) as the name to greet with', async () => {
    const zone = await acmeZone('v=spf1 ip4:198.51.100.0/28 -all', 'v=DMARC1; p=reject', { [ACME]: { MX: [{ preference: 1, exchange: 'smtp.google.com' }], TXT: ['v=spf1 ip4:198.51.100.0/28 -all'] } });
    const report = await run(await signed(acmeMessage([], { helo: 'localhost' }), ACME), zoneResolver(zone));
    const fix = finding(report, 'helo.localhost').fix;
    expect(fix).toMatchObject({ kind: 'helo-name', actor: 'server-operator', text: ACME_HOST });
    expect(fix?.description).not.toContain('smtp.google.com');
    expect(fix?.description).not.toMatch(/a name that has an A record/);
  });

  it('no fix asks anyone to change a mailbox provider\'s own DNS (gmail.com)', async () => {
    const zone = {
      ...RECEIVER_ZONE,
      'gmail.com': { MX: [{ preference: 5, exchange: 'gmail-smtp-in.l.google.com' }], TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
      '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none'] },
    };
    const text = message([...received([{ helo: 'pc17.home.example', ip: '203.0.113.9', by: RECEIVER }]), 'Return-Path: <bob@gmail.com>', ...authorHeaders('bob@gmail.com')]);
    const report = await run(text, zoneResolver(zone));
    expect(ids(report)).toEqual(expect.arrayContaining(['spf.softfail', 'ptr.missing']));
    expect(report.findings.filter((f) => f.fix && /gmail\.com/.test(`${f.fix.name ?? ''} ${f.fix.text} ${f.fix.description}`)).map((f) => f.id)).toEqual([]);
    expect(report.findings.filter((f) => f.fix?.kind === 'spf-record' || f.fix?.kind === 'ptr-record' || f.fix?.kind === 'dmarc-record')).toEqual([]);
  });

  it('record fixes for the author\'s own domain go to its owner', async () => {
    const report = await run(await signed(acmeMessage(), ACME), zoneResolver(await acmeZone('v=spf1 ip4:203.0.113.0/24 -all')));
    expect(finding(report, 'spf.fail').fix).toMatchObject({ kind: 'spf-record', actor: 'domain-owner', name: ACME });
  });
});

describe('arrival and today', () => {
  const arrivedWith = (results: string) => acmeMessage().replace('Received:', `Authentication-Results: ${RECEIVER}; ${results}\r\nReceived:`);

  it('an SPF record changed after arrival no longer headlines the message: the receiver\'s pass stands, today says otherwise (it was low trust)', async () => {
    const text = arrivedWith(`spf=pass smtp.mailfrom=${ACME}; dkim=none; dmarc=pass (p=REJECT) header.from=${ACME}`);
    const report = await run(text, zoneResolver(await acmeZone('v=spf1 ip4:203.0.113.0/24 -all')));
    expect(report.thenAndNow.filter((row) => row.differs).map((row) => [row.method, row.then?.result, row.now])).toEqual([['spf', 'pass', 'fail'], ['dmarc', 'pass', 'fail']]);
    expect(report.verdict.level).toBe('trusted');
    expect(report.verdict.reasons.map((reason) => reason.rule)).toContain('receiver-authenticated');
    expect(report.verdict.today).toMatchObject({ level: 'likely-suspended', summary: expect.stringContaining('The DNS record was probably changed since the message was received') });
    expect(report.verdict.today?.reasons.map((reason) => reason.rule)).toContain('dmarc-enforced-failure');
    // The fixes address today's state: the SPF record to publish is still offered.
    expect(finding(report, 'spf.fail').fix).toMatchObject({ kind: 'spf-record', name: ACME });
    // The CLI's human output and the Markdown note show both lines.
    const human = formatReport(report, { colour: false });
    expect(human).toMatch(/^Verdict: TRUSTED$/m);
    expect(human).toMatch(/^Today's re-check: LIKELY SUSPENDED$/m);
    expect(reportToMarkdown(report)).toContain('**Today\'s re-check: Likely suspended.**');
  });

  it('when the re-check agrees with the receiver, there is no today verdict', async () => {
    const text = arrivedWith(`spf=pass smtp.mailfrom=${ACME}; dkim=none; dmarc=pass header.from=${ACME}`);
    const report = await run(text, zoneResolver(await acmeZone('v=spf1 ip4:198.51.100.0/28 -all')));
    expect(report.verdict.level).toBe('trusted');
    expect(report.verdict).not.toHaveProperty('today');
    expect(formatReport(report, { colour: false })).not.toContain('Today\'s re-check');
    expect(reportToMarkdown(report)).not.toContain('Today\'s re-check');
  });

  it('a receiver that recorded a failure the re-check no longer sees: the arrival verdict follows the receiver', async () => {
    const text = arrivedWith(`spf=fail smtp.mailfrom=${ACME}; dkim=none; dmarc=fail (p=NONE) header.from=${ACME}`);
    const report = await run(text, zoneResolver(await acmeZone('v=spf1 ip4:198.51.100.0/28 -all')));
    expect(report.verdict.level).toBe('low-trust');
    expect(report.verdict.today?.level).toBe('trusted');
  });
});

describe('header evidence offline and online alike', () => {
  it('a forwarded message without ARC gets arc.none offline too, as it does with DNS', async () => {
    const text = acmeMessage(['X-Forwarded-To: support@helpdesk.zendesk-inbound.net', 'X-Forwarded-For: alice@acme-widgets.com support@helpdesk.zendesk-inbound.net']);
    const offline = await run(text, new OfflineResolver());
    const online = await run(text, zoneResolver(await acmeZone('v=spf1 ip4:198.51.100.0/28 -all')));
    expect(online.forwarding.detected).toBe(true);
    expect(finding(online, 'arc.none').severity).toBe('warn');
    expect(finding(offline, 'arc.none').severity).toBe('warn');
  });
});

describe('no record fix for a domain the author does not own', () => {
  it('an ESP bounce domain in the Return-Path gets no SPF fix, though its check fails', async () => {
    const text = acmeMessage().replace(`Return-Path: <alice@${ACME}>`, `Return-Path: <bounce-123@bounces.${ESP}>`);
    const zone = { ...(await acmeZone('v=spf1 ip4:198.51.100.0/28 -all')), [`bounces.${ESP}`]: { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] } };
    const report = await run(await signed(text, ACME), zoneResolver(zone));
    expect(report.spf).toMatchObject({ result: 'fail', domain: `bounces.${ESP}` });
    expect(finding(report, 'spf.fail').fix).toBeUndefined();
  });
});
