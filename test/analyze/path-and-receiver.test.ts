// Issue 13 end to end, offline (header evidence alone) and over a zone: who received the message, whose
// Authentication-Results and Received-SPF are the receiver's, a paste cut short, and the edge the MX
// answer places. Real chains from the shared test data where they exist.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { formatReport } from '../../lib/cli/format-report';
import { OfflineResolver } from '../../lib/dns/offline-resolver';
import { reportToMarkdown } from '../../lib/i18n/render/markdown-note';
import { zoneResolver } from './scenario-kit';

const testdata = fileURLToPath(new URL('../../../shared/testdata/', import.meta.url));
const load = (relative: string) => readFileSync(join(testdata, relative), 'utf8');
const offline = (raw: string) => analyze(raw, { resolver: new OfflineResolver(), now: new Date('2026-01-01T00:00:00Z') });

// A message delivered straight to Exchange Online, its fields as Exchange Online writes them (a real TLD:
// offline, the static TLD list judges a HELO under .example, issue 12): the
// Authentication-Results without authserv-id above its Received field, its organization marks below.
const exchangeOnline = (authResults: string) => [
  'Received: from CO1PR11MB5000.namprd11.prod.outlook.com (2603:10b6:303:1::10) by BY5PR11MB4000.namprd11.prod.outlook.com with HTTPS; Tue, 13 Feb 2024 10:00:03 +0000',
  `Authentication-Results: ${authResults}`,
  'Received: from mail.fabrikam.com (192.0.2.25) by CO1NAM11FT012.mail.protection.outlook.com (10.13.175.100) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7270.30 via Frontend Transport; Tue, 13 Feb 2024 10:00:02 +0000',
  'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=fabrikam.com; s=s1; h=from:to:subject:date; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=AAAA',
  'From: Jane <jane@fabrikam.com>',
  'To: support@contoso.example',
  'Subject: Order 1234',
  'Date: Tue, 13 Feb 2024 10:00:00 +0000',
  'Message-ID: <1@fabrikam.com>',
  'X-MS-Exchange-Organization-MessageDirectionality: Incoming',
  'X-MS-Exchange-Organization-AuthAs: Anonymous',
  'X-Forefront-Antispam-Report: CIP:192.0.2.25;CTRY:;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mail.fabrikam.com;CAT:NONE;SFS:;DIR:INB;',
  '',
  'Hello.',
  '',
].join('\r\n');

describe('Exchange Online\'s Authentication-Results (no authserv-id)', () => {
  it('are trusted in the receiving organization\'s own block with its marks, and compauth is read (offline)', async () => {
    const report = await offline(exchangeOnline('spf=pass (sender IP is 192.0.2.25) smtp.mailfrom=fabrikam.com; dkim=pass (signature was verified) header.d=fabrikam.com;dmarc=pass action=none header.from=fabrikam.com;compauth=pass reason=100'));
    const entry = report.authResults.find((candidate) => candidate.source === 'authentication-results');
    expect(entry).toMatchObject({ authservId: null, trusted: true, trust: 'exchange-online' });
    expect(entry?.trustMarks).toEqual(['X-MS-Exchange-Organization-MessageDirectionality', 'X-MS-Exchange-Organization-AuthAs', 'X-Forefront-Antispam-Report']);
    expect(report.verdict.level).toBe('trusted');
    const finding = report.findings.find((candidate) => candidate.id === 'receiver.authenticated');
    expect(finding?.params).toMatchObject({ authservId: null, exchangeOnlineMarks: entry?.trustMarks, compauth: { result: 'pass', reason: '100', meaning: 'pass' } });
    expect(finding?.explanation).toContain('Microsoft\'s composite authentication: compauth=pass reason 100: the message passed composite authentication.');
    expect(finding?.explanation).toMatch(/sits above the Received field where Exchange Online took the message in.*X-Forefront-Antispam-Report/);
  });

  it('a compauth fail with reason 001 says it failed implicit authentication', async () => {
    const report = await offline(exchangeOnline('spf=none (sender IP is 192.0.2.25) smtp.mailfrom=fabrikam.com; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=fabrikam.com;compauth=fail reason=001'));
    const finding = report.findings.find((candidate) => candidate.id === 'receiver.auth-failed');
    expect(finding?.title).toBe('the receiver recorded compauth=fail when the message arrived');
    expect(finding?.params).toMatchObject({ compauth: { result: 'fail', reason: '001', meaning: 'implicit-fail' } });
    expect(finding?.explanation).toContain('reason 001: the message failed implicit authentication');
  });

  it('without Exchange Online\'s marks the same field is a claim', async () => {
    const raw = exchangeOnline('dmarc=pass action=none header.from=fabrikam.com;compauth=pass reason=100').replace(/^X-(MS-Exchange|Forefront).*\r\n/gm, '');
    const report = await offline(raw);
    expect(report.authResults.find((candidate) => candidate.source === 'authentication-results')).toMatchObject({ trusted: false, trust: 'claim' });
    expect(report.verdict.level).toBe('unknown');
  });

  it('a field below the edge\'s Received field (written before Exchange Online) is a claim', async () => {
    const raw = exchangeOnline('spf=none smtp.mailfrom=fabrikam.com').replace('From: Jane', 'Authentication-Results: dmarc=pass action=none header.from=fabrikam.com;compauth=pass reason=100\r\nFrom: Jane');
    const report = await offline(raw);
    const forged = report.authResults.find((candidate) => candidate.methods.some((method) => method.method === 'compauth'));
    expect(forged).toMatchObject({ trusted: false, trust: 'claim' });
  });
});

describe('Exchange Online behind an inbound gateway', () => {
  it('with enhanced filtering (its results name the edge client), its results are the receiver\'s', async () => {
    const enhanced = load('realworld/mimekit/bounce.txt').replace('(sender IP is 185.132.181.12)', '(sender IP is 52.4.102.94)');
    const report = await offline(enhanced);
    expect(report.authResults.find((entry) => entry.source === 'authentication-results' && entry.authservId === null)).toMatchObject({ trusted: true, trust: 'exchange-online' });
  });
});

describe('Received-SPF is believed only from the edge receiver', () => {
  it('zonemx.eu\'s Received-SPF about the edge IP is the receiver\'s (real: Gmail -> Haraka)', async () => {
    const report = await offline(load('realworld/mailauth/zproov.eml'));
    const spf = report.authResults.filter((entry) => entry.source === 'received-spf');
    expect(spf.length).toBe(2);
    expect(spf.every((entry) => entry.trust === 'edge-receiver')).toBe(true);
  });

  it('a Received-SPF about another client than the edge is a claim, even in the receiver\'s block', async () => {
    const report = await offline([
      'Received-SPF: Pass (mx.receiver.example: domain of author.example designates 203.0.113.66 as permitted sender) receiver=mx.receiver.example; client-ip=203.0.113.66; helo=forged.example;',
      'Received: from mail.author.example (mail.author.example [192.0.2.10]) by mx.receiver.example with ESMTPS; Tue, 13 Feb 2024 10:00:01 +0000',
      'From: a@author.example',
      'To: b@receiver.example',
      'Subject: s',
      'Date: Tue, 13 Feb 2024 10:00:00 +0000',
      '',
      'x',
    ].join('\r\n'));
    expect(report.authResults.find((entry) => entry.source === 'received-spf')).toMatchObject({ trusted: false, trust: 'claim' });
  });

  it('Exchange Online\'s Received-SPF about the Proofpoint gateway is not about the sender (real)', async () => {
    const report = await offline(load('realworld/mimekit/bounce.txt'));
    expect(report.edge).toMatchObject({ ip: '52.4.102.94', receiver: 'mx1-eu1.ppe-hosted.com', inferred: true });
    expect(report.edge?.reasonText).toMatch(/^entered at Proofpoint, the inbound gateway of netecgc\.com \(inferred from the headers/);
    expect(report.authResults.find((entry) => entry.source === 'received-spf')).toMatchObject({ trusted: false });
    // Exchange Online's own results behind the gateway judged the gateway ("sender IP is 185.132.181.12").
    expect(report.authResults.find((entry) => entry.source === 'authentication-results' && entry.authservId === null)).toMatchObject({ trusted: false, trust: 'claim' });
  });
});

describe('who received the message', () => {
  it('Fastmail received it (real): receiver.not-zendesk, and the summary says how Zendesk would judge the sender', async () => {
    const report = await offline(load('realworld/lieser-dkim_verifier/Fastmail from CNN - Welcome to CNN Breaking News.eml'));
    const finding = report.findings.find((candidate) => candidate.id === 'receiver.not-zendesk');
    expect(finding).toMatchObject({ severity: 'info', title: 'Received by mx3.messagingengine.com, not by Zendesk' });
    expect(report.verdict.receivedBy).toBe('mx3.messagingengine.com');
    expect(report.verdict.summary.startsWith('Received by mx3.messagingengine.com: this is how Zendesk would judge the same sending server. Zendesk would most likely trust this message.')).toBe(true);
  });

  it('a message Zendesk received says nothing of the kind', async () => {
    const report = await offline([
      'Received: from mail.author.example (mail.author.example [192.0.2.10]) by mx1.zendesk.com with ESMTPS for <support@acme.zendesk.com>; Tue, 13 Feb 2024 10:00:01 +0000',
      'From: a@author.example',
      'To: support@acme.zendesk.com',
      'Subject: s',
      'Date: Tue, 13 Feb 2024 10:00:00 +0000',
      '',
      'x',
    ].join('\r\n'));
    expect(report.findings.map((finding) => finding.id)).not.toContain('receiver.not-zendesk');
    expect(report.verdict.receivedBy).toBeUndefined();
  });

  it('the hops on the receiving side are marked, with the edge\'s reason (real: Proofpoint in front of Exchange Online)', async () => {
    const report = await offline(load('realworld/mimekit/bounce.txt'));
    expect(report.hops.map((hop) => hop.receivingSide)).toEqual([false, true, true, true, true, true]);
    expect(report.origin).toBeNull();
    expect(reportToMarkdown(report)).toContain('- Why this hop: entered at Proofpoint, the inbound gateway of netecgc.com');
    const text = formatReport(report, { colour: false });
    expect(text).toMatch(/Edge: {4}entered at Proofpoint/);
    expect(text).toMatch(/\n {2}1 edge +hmail\.jitbit\.com/);
    expect(text).toMatch(/\n {2}2 receiving +dispatchb-eu1\.ppe-hosted\.com/);
  });
});

describe('a paste cut short', () => {
  // The top of a real header block, copied from the middle of a Received field down to before From.
  const real = load('realworld/mailauth/zproov.eml');
  const cut = real.slice(real.indexOf('\tby zonemx.eu'), real.indexOf('DKIM-Signature:'));

  it('gets "paste the whole header block" and an unknown verdict, not "suspended: no From"', async () => {
    const report = await offline(cut);
    expect(report.findings.find((finding) => finding.id === 'input.incomplete')).toMatchObject({ severity: 'warn', title: 'The paste looks cut short' });
    expect(report.findings.find((finding) => finding.id === 'input.incomplete')?.explanation).toContain('In Gmail: open the message');
    expect(report.findings.find((finding) => finding.id === 'header.missing')).toMatchObject({ severity: 'info' });
    expect(report.verdict.level).toBe('unknown');
    // Asked once, by the verdict's reason: the summary says what an unknown verdict means (issue 16).
    expect(report.verdict.reasons.filter((reason) => reason.text.includes('paste the whole header block')).map((reason) => reason.rule)).toEqual(['incomplete-input']);
    expect(`${report.verdict.summary} ${report.findings.map((finding) => finding.title).join(' ')}`).not.toContain('paste the whole header block');
  });

  it('Received fields without From, Date or Subject also count as cut short', async () => {
    const fields = real.slice(0, real.indexOf('DKIM-Signature:'));
    const report = await offline(fields);
    expect(report.findings.map((finding) => finding.id)).toContain('input.incomplete');
    expect(report.verdict.level).toBe('unknown');
  });

  it('a paste that starts mid-field is cut short even when From is in it', async () => {
    const report = await offline(real.slice(real.indexOf('        for <andris@zone.ee>')));
    expect(report.findings.find((finding) => finding.id === 'input.incomplete')?.explanation).toMatch(/^The text starts in the middle of a header field/);
    expect(report.verdict.level).toBe('unknown');
  });

  it.each([
    ['a Subject line alone', 'Subject: Refund for order 1234'],
    ['To and Subject', 'To: support@acme.zendesk.com\r\nSubject: Refund'],
    ['MIME fields from the middle of a message', 'X-Mailer: Microsoft Outlook 16.0\r\nContent-Type: text/plain; charset="utf-8"'],
  ])('%s, with neither From nor Received, is a scrap of a header block: unknown, not "suspended: no From"', async (_name, text) => {
    const report = await offline(text);
    expect(report.findings.find((finding) => finding.id === 'input.incomplete')).toMatchObject({ severity: 'warn', params: { sign: 'no-received' } });
    expect(report.findings.find((finding) => finding.id === 'input.incomplete')?.explanation).toMatch(/^It has no Received field/);
    expect(report.findings.filter((finding) => finding.id === 'header.missing').map((finding) => finding.severity)).toEqual(['info', 'info']);
    expect(report.verdict.level).toBe('unknown');
  });

  it('the From / Sent / To / Subject block Outlook shows on top of a forwarded message is not judged for its missing Date', async () => {
    const report = await offline('From: John Smith <john@fabrikam.com>\r\nSent: Monday, November 2, 2026 10:00 AM\r\nTo: Billing <billing@contoso.com>\r\nSubject: Invoice 1234\r\n\r\nHi');
    expect(report.findings.find((finding) => finding.id === 'input.incomplete')).toMatchObject({ params: { sign: 'no-received' } });
    expect(report.findings.find((finding) => finding.id === 'header.missing')).toMatchObject({ severity: 'info', params: { field: 'date' } });
    expect(report.verdict.level).toBe('unknown');
  });

  it('a message with From and Date but no Received field (a sender\'s own copy) is not called cut short', async () => {
    const report = await offline('From: a@fabrikam.com\r\nTo: billing@contoso.com\r\nSubject: s\r\nDate: Tue, 13 Feb 2024 10:00:00 +0000\r\nAuto-Submitted: auto-replied\r\n\r\nx');
    expect(report.findings.map((finding) => finding.id)).not.toContain('input.incomplete');
    expect(report.verdict.level).toBe('likely-suspended');
  });

  it('a message with Received fields but no From is judged, not called a scrap', async () => {
    const noFrom = real.replace(/^From:.*\r?\n/m, '');
    expect(noFrom).not.toMatch(/^From:/m);
    const report = await offline(noFrom);
    expect(report.findings.map((finding) => finding.id)).not.toContain('input.incomplete');
    expect(report.findings.find((finding) => finding.id === 'header.missing')).toMatchObject({ severity: 'fail', params: { field: 'from' } });
    expect(report.verdict.level).toBe('likely-suspended');
  });

  it('a whole message is not flagged', async () => {
    const report = await offline(real);
    expect(report.findings.map((finding) => finding.id)).not.toContain('input.incomplete');
  });
});

describe('online: the recipient domain\'s MX hosts place the edge', () => {
  it('a gateway that the headers do not reveal is found from the MX answer', async () => {
    // The gateway's hop into the mailbox server carries no vendor mark: only the MX says it is the receiver's.
    const raw = [
      'Received: from filter.gw-vendor.example (filter.gw-vendor.example [198.51.100.40]) by mail.contoso.example with ESMTPS for <support@contoso.example>; Tue, 13 Feb 2024 10:00:02 +0000',
      'Received: from mail.fabrikam.com (mail.fabrikam.com [192.0.2.25]) by in1.gw-vendor.example with ESMTPS for <support@contoso.example>; Tue, 13 Feb 2024 10:00:01 +0000',
      'From: jane@fabrikam.com',
      'To: support@contoso.example',
      'Subject: s',
      'Date: Tue, 13 Feb 2024 10:00:00 +0000',
      '',
      'x',
    ].join('\r\n');
    const before = await offline(raw);
    expect(before.edge).toMatchObject({ ip: '198.51.100.40', reason: { kind: 'first-external' } });
    const zone = zoneResolver({ 'contoso.example': { MX: [{ preference: 10, exchange: 'in1.gw-vendor.example' }] } });
    const report = await analyze(raw, { resolver: zone, now: new Date('2026-01-01T00:00:00Z') });
    expect(report.edge).toMatchObject({ ip: '192.0.2.25', receiver: 'in1.gw-vendor.example', inferred: false, reasonText: 'reached in1.gw-vendor.example, an MX host of contoso.example' });
    expect(report.dns.queries.some((query) => query.type === 'MX' && query.name === 'contoso.example')).toBe(true);
    expect(report.iprev).toMatchObject({ ip: '192.0.2.25' });
  });

  it('an MX query that fails keeps the edge from the headers, marked as inferred', async () => {
    const raw = [
      'Received: from filter.gw-vendor.example (filter.gw-vendor.example [198.51.100.40]) by mail.contoso.example with ESMTPS for <support@contoso.example>; Tue, 13 Feb 2024 10:00:02 +0000',
      'Received: from mail.fabrikam.com (mail.fabrikam.com [192.0.2.25]) by in1.gw-vendor.example with ESMTPS; Tue, 13 Feb 2024 10:00:01 +0000',
      'From: jane@fabrikam.com',
      '',
      'x',
    ].join('\r\n');
    const zone = zoneResolver({ 'contoso.example': { MX: 'TIMEOUT' } });
    const report = await analyze(raw, { resolver: zone, now: new Date('2026-01-01T00:00:00Z') });
    expect(report.edge).toMatchObject({ ip: '198.51.100.40', inferred: true });
  });
});
