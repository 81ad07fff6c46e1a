// A labelled real-mail corpus (issue 12): real messages from ../shared/testdata (Gmail, mailbox providers,
// Microsoft 365, ESPs, mailing lists, forwards, bounces, DMARC reports, spam), each with the verdict and the
// key findings a careful mail administrator would expect, and why, written from design.md's "Judgement"
// and "Time" rules (not copied from MailTrust's output). Offline the headers are the only evidence: a
// receiver's recorded DMARC result decides, header-only findings (automatic mail, bounces, HELO names that
// need no DNS) raise the level, and otherwise the verdict is unknown. Where public facts and the headers
// give a whole zone, the message is also labelled with DNS.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { decodeBytes } from '../../lib/cli/read-message-file';
import { OfflineResolver } from '../../lib/dns/offline-resolver';
import type { Resolver } from '../../lib/dns/types';
import type { FindingId, Report, VerdictLevel } from '../../lib/report/types';
import { zoneResolver } from './scenario-kit';

const TESTDATA = new URL('../../../shared/testdata/', import.meta.url);
const NOW = new Date('2026-11-20T12:00:00Z');

interface Label {
  level: VerdictLevel;
  /** Findings that must be present (any severity unless given as "id@severity"). */
  findings: string[];
  /** Findings that must not be present. */
  absent?: FindingId[];
  /** The one-line reason, from the rules. */
  reason: string;
}

interface Entry {
  file: string;
  kind: string;
  offline: Label;
  dns?: Label & { zone: () => Record<string, unknown> };
}

const UNKNOWN_NO_RECORD = 'offline, with no DMARC result recorded by the receiver and no header-only problem, nothing decides: unknown, never trusted';

const CORPUS: Entry[] = [
  { file: 'realworld/flanker/apache-message-news-mime.eml', kind: 'mailing list, 1996', offline: { level: 'unknown', findings: ['dns.offline@warn'], reason: 'a 1996 list message without List-* or forwarding fields (only Precedence: bulk), so nothing marks it as forwarded; no result recorded: unknown' } },
  { file: 'realworld/flanker/bounce-office365.eml', kind: 'Office 365 bounce', offline: { level: 'likely-suspended', findings: ['auto.bounce', 'system.sender'], reason: 'a delivery-status report from postmaster: Zendesk suspends delivery failures and system users' } },
  { file: 'realworld/flanker/complaint-yahoo.eml', kind: 'Yahoo ARF complaint', offline: { level: 'unknown', findings: [], absent: ['receiver.authenticated'], reason: 'a feedback report is not a delivery failure, and its embedded Authentication-Results are not the receiver\'s: nothing decides' } },
  { file: 'realworld/flanker/multi-received-headers.eml', kind: 'Gmail internal chain', offline: { level: 'unknown', findings: [], absent: ['receiver.authenticated'], reason: 'Gmail recorded spf and dkim but no dmarc result, so no recorded outcome decides offline' } },
  { file: 'realworld/flanker/outlook-express.eml', kind: 'mailset.cn to Mailgun', offline: { level: 'unknown', findings: ['dns.offline@warn'], reason: UNKNOWN_NO_RECORD } },
  { file: 'realworld/lieser-dkim_verifier/Fastmail from Amazon - Verify your new Amazon account.eml', kind: 'Amazon SES via Fastmail', offline: { level: 'trusted', findings: ['receiver.authenticated@pass', 'dns.offline@info'], reason: 'Fastmail, the edge receiver, recorded dmarc=pass on arrival; offline that recorded outcome decides' } },
  { file: 'realworld/lieser-dkim_verifier/Fastmail from CNN - Thanks for subscribing to 5 Things.eml', kind: 'ESP (Zeta) newsletter via Fastmail', offline: { level: 'trusted', findings: ['receiver.authenticated@pass'], reason: 'the receiver recorded dmarc=pass (policy reject): the ESP\'s servers and extra signatures do not matter beside it' } },
  { file: 'realworld/lieser-dkim_verifier/Fastmail from CNN - Welcome to CNN Breaking News.eml', kind: 'ESP (Zeta) alert via Fastmail', offline: { level: 'trusted', findings: ['receiver.authenticated@pass'], reason: 'the receiver recorded dmarc=pass on arrival' } },
  { file: 'realworld/lieser-dkim_verifier/Fastmail from Fastmail - How to keep your email private.eml', kind: 'provider notification', offline: { level: 'likely-suspended', findings: ['auto.reply', 'receiver.not-zendesk@info'], absent: ['edge.not-found'], reason: 'Auto-Submitted: auto-generated marks automatic mail, which Zendesk suspends; sent inside Fastmail, the edge is the client its receiver names (smtp.remote-ip), and Fastmail, not Zendesk, received it' } },
  { file: 'realworld/lieser-dkim_verifier/Fastmail from Fastmail - Welcome! Get set up in 3 steps..eml', kind: 'provider notification', offline: { level: 'likely-suspended', findings: ['auto.reply'], reason: 'Auto-Submitted: auto-generated: automatic mail is suspended' } },
  { file: 'realworld/mailauth/message2.eml', kind: 'Mailgun to Haraka', offline: { level: 'low-trust', findings: ['header.malformed@warn'], absent: ['receiver.authenticated'], reason: 'it carries two Subject fields (RFC 5322 §3.6 allows one): a malformed header is low trust; the receiver recorded spf=pass only, no dmarc result' } },
  { file: 'realworld/mailauth/zproov.eml', kind: 'Gmail to Haraka', offline: { level: 'unknown', findings: ['dns.offline@warn'], reason: 'spf and dkim pass recorded, but no dmarc result: offline nothing decides' } },
  { file: 'realworld/mikel-mail/bad_date_header.eml', kind: 'Yahoo Mail inbound, 2010', offline: { level: 'unknown', findings: [], absent: ['receiver.authenticated', 'receiver.auth-failed'], reason: 'Yahoo recorded only domainkeys and dkim neutral (no signature), no dmarc: nothing decides offline' } },
  { file: 'realworld/mikel-mail/content_transfer_encoding_7-bit.eml', kind: 'Exchange on-premises (Enron)', offline: { level: 'unknown', findings: [], reason: UNKNOWN_NO_RECORD } },
  { file: 'realworld/mikel-mail/content_transfer_encoding_plain.eml', kind: 'qmail, 2005', offline: { level: 'unknown', findings: [], reason: UNKNOWN_NO_RECORD } },
  { file: 'realworld/mimekit/bounce.txt', kind: 'bounce through Exchange Online and Proofpoint', offline: { level: 'likely-suspended', findings: ['auto.bounce', 'system.sender'], reason: 'MAILER-DAEMON sending a delivery-status report: a delivery failure from a system user' } },
  {
    file: 'realworld/mimekit/gmail.msg',
    kind: 'Gmail to Gmail',
    offline: { level: 'trusted', findings: ['receiver.authenticated@pass'], reason: 'mx.google.com, the edge receiver, recorded dmarc=pass (p=NONE) on arrival' },
    dns: {
      level: 'trusted',
      findings: ['dkim.pass@pass', 'spf.pass@pass', 'dmarc.pass@pass', 'helo.foreign-domain@info', 'ptr.foreign-domain@info'],
      absent: ['drift.auth'],
      reason: 'the gmail.com signature verifies with its published key and Google\'s IPv6 sender is in gmail.com\'s SPF: DMARC passes, as the receiver recorded; Google\'s server is gmail.com\'s own organization (information)',
      zone: () => ({
        'gmail.com': { MX: [{ preference: 5, exchange: 'gmail-smtp-in.l.google.com' }], TXT: ['v=spf1 redirect=_spf.google.com'] },
        '_spf.google.com': { TXT: ['v=spf1 include:_netblocks2.google.com ~all'] },
        '_netblocks2.google.com': { TXT: ['v=spf1 ip6:2a00:1450:4000::/36 ~all'] },
        '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none; sp=quarantine; rua=mailto:mailauth-reports@google.com'] },
        '20120113._domainkey.gmail.com': { TXT: [`k=rsa; p=${pemBody(readFileSync(new URL('realworld/mimekit/gmail.pub', TESTDATA), 'utf8'))}`] },
        '1.4.2.0.0.0.0.0.0.0.0.0.0.0.0.0.3.0.c.0.0.1.0.4.0.5.4.1.0.0.a.2.ip6.arpa': { PTR: ['mail-la0-x241.google.com'] },
        'mail-la0-x241.google.com': { AAAA: ['2a00:1450:4010:c03::241'] },
        'xamarin.com': { MX: [{ preference: 1, exchange: 'aspmx.l.google.com' }] },
      }),
    },
  },
  { file: 'realworld/parsedmarc/aggregate-twilight.eml', kind: 'Google DMARC aggregate report to a Postfix relay', offline: { level: 'trusted', findings: ['receiver.authenticated@pass'], reason: 'the relay that received it from Google recorded dmarc=pass for google.com' } },
  { file: 'realworld/parsedmarc/failure-exim.eml', kind: 'DMARC failure report from Exim', offline: { level: 'likely-suspended', findings: ['auto.reply'], reason: 'Auto-Submitted: auto-replied: automatic mail is suspended' } },
  { file: 'realworld/spamassassin/nice-001.eml', kind: 'announcement list, 2001', offline: { level: 'low-trust', findings: ['forwarding.detected', 'arc.none@warn'], reason: 'a mailing list re-sent it (list headers) without adding ARC: recommendation 5 asks forwarders for ARC, so low trust, offline as with DNS' } },
  { file: 'realworld/spamassassin/nice-007.eml', kind: 'Exim and fetchmail, 2003', offline: { level: 'unknown', findings: [], reason: UNKNOWN_NO_RECORD } },
  { file: 'realworld/spamassassin/nice-mailman_message.txt', kind: 'Mailman list, 2002', offline: { level: 'low-trust', findings: ['forwarding.detected', 'arc.none@warn'], reason: 'a mailing list re-sent it (list headers) without adding ARC: recommendation 5 asks forwarders for ARC, so low trust, offline as with DNS' } },
  { file: 'realworld/spamassassin/spam-001.eml', kind: 'spam through forged hops, 2001', offline: { level: 'unknown', findings: [], absent: ['receiver.authenticated'], reason: 'spam by content, but the headers alone carry no recorded result and no static problem at the edge: unknown, never trusted' } },
  { file: 'realworld/spamassassin/spam-002.eml', kind: 'spam through a popsite hop, 2000', offline: { level: 'unknown', findings: [], reason: UNKNOWN_NO_RECORD } },
  { file: 'realworld/spamscope-mail-parser/mail_test_1.headers.eml', kind: 'spam via hostedemail and qmail (headers only)', offline: { level: 'low-trust', findings: ['header.missing@warn'], reason: 'its header section has no Date field, which RFC 5322 §3.6 requires: a missing header field is low trust' } },
  { file: 'realworld/spamscope-mail-parser/mail_test_10.headers.eml', kind: 'spam via Proofpoint (headers only)', offline: { level: 'unknown', findings: [], reason: UNKNOWN_NO_RECORD } },
  { file: 'realworld/spamscope-mail-parser/mail_test_13.headers.eml', kind: 'Mailchimp campaign (headers only)', offline: { level: 'unknown', findings: [], reason: UNKNOWN_NO_RECORD } },
  { file: 'realworld/spamscope-mail-parser/mail_test_15.headers.eml', kind: 'spam from an IIS SMTP server (headers only)', offline: { level: 'low-trust', findings: ['helo.invalid-tld@fail'], reason: 'the edge HELO NEWKDEMO.kdemo.local ends in .local, not a top-level domain: a static HELO check that runs offline too gives low trust' } },
  { file: 'realworld/spamscope-mail-parser/mail_test_9.headers.eml', kind: 'spam via qmail (headers only)', offline: { level: 'unknown', findings: [], reason: UNKNOWN_NO_RECORD } },
  { file: 'realworld/stalwart-mail-auth/dmarc-feedback-100-google.eml', kind: 'Google DMARC report, Gmail outbound', offline: { level: 'unknown', findings: ['dns.offline@warn'], reason: UNKNOWN_NO_RECORD } },
  { file: 'realworld/stalwart-mail-auth/dmarc-feedback-103-exchange-online.eml', kind: 'Microsoft DMARC report via Exchange Online', offline: { level: 'unknown', findings: [], absent: ['receiver.authenticated', 'receiver.auth-failed'], reason: 'Exchange recorded dmarc=none (no policy to judge by), which decides nothing' } },
  { file: 'dkim/stalwart-mail-auth/004.txt', kind: 'Facebook notification (no Received fields)', offline: { level: 'unknown', findings: ['edge.not-found'], reason: 'no Received field, so no sending server to judge, and nothing recorded' } },
  { file: 'dkim/stalwart-mail-auth/005.txt', kind: 'Topicbox login code', offline: { level: 'likely-suspended', findings: ['auto.reply'], reason: 'Auto-Submitted: auto-generated: automatic mail is suspended' } },
  { file: 'dkim/stalwart-mail-auth/006.txt', kind: 'GitHub marketing mail', offline: { level: 'unknown', findings: [], reason: 'its only Received field is the sender\'s own internal hop: no edge receiver, nothing recorded' } },
  { file: 'dkim/dkimpy/message.mbox', kind: 'qmail and Postfix, 2011', offline: { level: 'unknown', findings: [], reason: UNKNOWN_NO_RECORD } },
];

/** The base64 body of a PEM public key (an SPKI, as a DKIM p= tag carries it). */
function pemBody(pem: string): string {
  return pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
}

function read(file: string): string {
  return decodeBytes(readFileSync(new URL(file, TESTDATA)));
}

function check(report: Report, label: Label): void {
  const present = report.findings.map((finding) => `${finding.id}@${finding.severity}`);
  for (const wanted of label.findings) {
    expect(present.some((entry) => (wanted.includes('@') ? entry === wanted : entry.startsWith(`${wanted}@`))), `${wanted} in ${present.join(', ')}`).toBe(true);
  }
  for (const unwanted of label.absent ?? []) expect(report.findings.map((finding) => finding.id), unwanted).not.toContain(unwanted);
  expect(report.verdict.level, `${label.reason}\nreasons: ${report.verdict.reasons.map((reason) => reason.text).join(' | ')}`).toBe(label.level);
}

describe('the labelled real-mail corpus', () => {
  it('has at least 30 real messages, each labelled with a reason', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CORPUS.map((entry) => entry.file)).size).toBe(CORPUS.length);
    for (const entry of CORPUS) expect(entry.offline.reason.length).toBeGreaterThan(20);
  });

  it.each(CORPUS.map((entry) => [`${entry.kind}: ${entry.file}`, entry] as const))('offline: %s', async (_name, entry) => {
    check(await analyze(read(entry.file), { resolver: new OfflineResolver(), now: NOW }), entry.offline);
  });

  const withDns = CORPUS.flatMap((entry) => (entry.dns ? [[`${entry.kind}: ${entry.file}`, entry.file, entry.dns] as const] : []));
  it.each(withDns)('with DNS: %s', async (_name, file, label) => {
    const resolver: Resolver = zoneResolver(label.zone());
    check(await analyze(read(file), { resolver, now: NOW }), label);
  });
});

describe('a real message whose sender\'s DNS changed after arrival', () => {
  it('gmail.msg, with gmail.com\'s SPF no longer listing Google\'s IPv6 sender: arrival trusted (recorded pass), today low trust (hard SPF fail, DKIM carries DMARC)', async () => {
    const gmail = CORPUS.find((entry) => entry.file === 'realworld/mimekit/gmail.msg')?.dns?.zone() ?? {};
    const zone = { ...gmail, '_netblocks2.google.com': { TXT: ['v=spf1 ip6:2001:4860:4000::/36 -all'] }, '_spf.google.com': { TXT: ['v=spf1 include:_netblocks2.google.com -all'] } };
    const report = await analyze(read('realworld/mimekit/gmail.msg'), { resolver: zoneResolver(zone), now: NOW });
    expect(report.thenAndNow.find((row) => row.method === 'spf')).toMatchObject({ differs: true, likelyReason: 'record-changed' });
    expect(report.verdict.level).toBe('trusted');
    expect(report.verdict.today?.level).toBe('low-trust');
    expect(report.findings.find((finding) => finding.id === 'spf.fail')?.severity).toBe('warn');
  });
});
