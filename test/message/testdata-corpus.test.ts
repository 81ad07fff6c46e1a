// Every message and header block in the shared test data parses, and for real messages from many MTAs
// and providers the hop count, edge and Authentication-Results are what reading the messages says.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMessage, type MessageModel } from '../../lib/message';

const testdata = fileURLToPath(new URL('../../../shared/testdata/', import.meta.url));

// Files in those folders that are not messages: licences, keys, DNS records, the RFC text.
const NOT_MESSAGES = /(LICENSE|NOTICE|MIT\.txt|Apache-2\.0\.txt|rfc6376\.txt|\.key$|\.private$|\.dns$|\.json$|\.pub$|dkimpy\/(test|test2|test_bad|badk|badversion|test_tlsrpt)\.txt$)/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function load(relative: string): MessageModel {
  const result = parseMessage(readFileSync(join(testdata, relative), 'utf8'));
  if (!result.ok) throw new Error(`${relative}: ${result.problem.reason}`);
  return result.message;
}

describe('the shared test data', () => {
  const files = [...walk(join(testdata, 'realworld')), ...walk(join(testdata, 'dkim'))].filter((file) => !NOT_MESSAGES.test(file));

  it('holds the messages this test expects', () => {
    expect(files.length).toBeGreaterThanOrEqual(90);
  });

  it('refuses the licence texts beside them as not emails, naming the lines that looked like fields', () => {
    // Prose with a line such as "conditions:" was analysed as a message with no From field, and judged
    // "likely suspended".
    const licences = ['realworld/stalwart-mail-auth/MIT.txt', 'realworld/stalwart-mail-auth/Apache-2.0.txt', 'realworld/flanker/LICENSE', 'realworld/mikel-mail/MIT-LICENSE'];
    const reasons = licences.map((file) => {
      const result = parseMessage(readFileSync(join(testdata, file), 'utf8'));
      return result.ok ? `${file}: parsed` : `${file}: ${result.problem.reason}`;
    });
    expect(reasons).toEqual(licences.map((file) => expect.stringMatching(new RegExp(`^${file}: (no-email-fields|no-header-lines)$`))));
    const mit = parseMessage(readFileSync(join(testdata, 'realworld/stalwart-mail-auth/MIT.txt'), 'utf8'));
    expect(mit).toEqual({ ok: false, problem: { reason: 'no-email-fields', names: ['conditions'], count: 1 } });
  });

  it('parses every message and header block without error', () => {
    for (const file of files) {
      const result = parseMessage(readFileSync(file, 'utf8'));
      expect(result.ok, file).toBe(true);
      if (result.ok) expect(result.message.fields.length, file).toBeGreaterThan(2);
    }
  });
});

interface Expected {
  file: string;
  mta: string;
  hops: number;
  edge: { ip: string; helo: string; receiver: string; reason?: object } | null;
  /** authserv-id (or "-" for none) : method=result, for each Authentication-Results field top down. */
  authResults: string[];
}

// Written from reading each message's Received and Authentication-Results fields.
const EXPECTED: Expected[] = [
  {
    file: 'realworld/lieser-dkim_verifier/Fastmail from Amazon - Verify your new Amazon account.eml',
    mta: 'Amazon SES -> Fastmail (Postfix, Cyrus)',
    hops: 5,
    edge: { ip: '54.240.13.167', helo: 'a13-167.smtp-out.amazonses.com', receiver: 'mx1.messagingengine.com' },
    authResults: [
      'mx1.messagingengine.com: x-csa=none x-me-sender=none x-ptr=pass',
      'mx1.messagingengine.com: bimi=pass',
      'mx1.messagingengine.com: arc=none',
      'mx1.messagingengine.com: dkim=pass dkim=pass dmarc=pass iprev=pass spf=pass',
    ],
  },
  {
    file: 'realworld/lieser-dkim_verifier/Fastmail from CNN - Thanks for subscribing to 5 Things.eml',
    mta: 'Zeta Global -> Fastmail',
    hops: 5,
    edge: { ip: '96.47.27.93', helo: 'cnn2news-86-2.bm16.maas.zetaglobal.net', receiver: 'mx2.messagingengine.com' },
    authResults: [
      'mx2.messagingengine.com: x-csa=none x-me-sender=none x-ptr=pass',
      'mx2.messagingengine.com: bimi=pass',
      'mx2.messagingengine.com: arc=none',
      'mx2.messagingengine.com: dkim=pass dmarc=pass iprev=pass spf=pass',
    ],
  },
  {
    file: 'realworld/mailauth/zproov.eml',
    mta: 'Gmail -> Haraka',
    hops: 2,
    edge: { ip: '209.85.167.179', helo: 'mail-oi1-f179.google.com', receiver: 'zonemx.eu' },
    authResults: ['zonemx.eu: spf=pass dkim=pass'],
  },
  {
    file: 'realworld/mailauth/message2.eml',
    mta: 'Mailgun -> Haraka',
    hops: 2,
    edge: { ip: '141.193.32.12', helo: 'm32-12.eu.mailgun.net', receiver: 'mx.ethereal.email' },
    authResults: ['mx.ethereal.email: spf=pass'],
  },
  {
    file: 'realworld/parsedmarc/aggregate-twilight.eml',
    mta: 'Gmail -> Postfix -> Exim -> Postfix',
    hops: 5,
    edge: { ip: '209.85.166.201', helo: 'mail-it1-f201.google.com', receiver: 'relay-twl-01.twlnet.com' },
    authResults: ['relay-twl-01.twlnet.com: dkim=pass dkim-atps=neutral', 'relay-twl-01.twlnet.com: dmarc=pass'],
  },
  {
    file: 'realworld/mimekit/gmail.msg',
    mta: 'Gmail -> Gmail (same organization)',
    hops: 4,
    edge: { ip: '2a00:1450:4010:c03::241', helo: 'mail-la0-x241.google.com', receiver: 'mx.google.com' },
    authResults: ['mx.google.com: spf=pass dkim=pass dmarc=pass'],
  },
  {
    file: 'realworld/mimekit/bounce.txt',
    mta: 'Proofpoint Essentials -> Exchange Online',
    hops: 6,
    // The recipient's MX is Proofpoint (mx1-eu1.ppe-hosted.com): the gateway's hop into Exchange Online is
    // inside the receiving organization, so the edge is where Proofpoint accepted it from hmail.jitbit.com.
    edge: { ip: '52.4.102.94', helo: 'hmail.jitbit.com', receiver: 'mx1-eu1.ppe-hosted.com', reason: { kind: 'inbound-gateway', service: 'proofpoint', recipientDomain: 'netecgc.com', gateway: 'dispatchb-eu1.ppe-hosted.com' } },
    authResults: ['-: spf=none dkim=none dmarc=fail compauth=softpass'],
  },
  {
    file: 'realworld/stalwart-mail-auth/dmarc-feedback-103-exchange-online.eml',
    mta: 'Exchange Online -> Postfix -> Stalwart',
    hops: 5,
    edge: { ip: '40.107.244.73', helo: 'NAM12-MW2-obe.outbound.protection.outlook.com', receiver: 'mail.stalw.art' },
    authResults: ['-: dkim=none dmarc=none'],
  },
  {
    file: 'realworld/stalwart-mail-auth/dmarc-feedback-100-google.eml',
    mta: 'Gmail -> Postfix -> Stalwart',
    hops: 3,
    edge: { ip: '2607:f8b0:4864:20::f4a', helo: 'mail-qv1-xf4a.google.com', receiver: 'mail.stalw.art' },
    authResults: [],
  },
  {
    file: 'realworld/flanker/bounce-office365.eml',
    mta: 'Exchange Online -> Mailgun',
    hops: 1,
    edge: { ip: '104.47.0.223', helo: 'EUR01-HE1-obe.outbound.protection.outlook.com', receiver: 'mxa.mailgun.org' },
    authResults: ['-: spf=none'],
  },
  {
    file: 'realworld/mikel-mail/bad_date_header.eml',
    mta: 'qmail-style -> Yahoo',
    hops: 2,
    edge: { ip: '74.206.28.55', helo: 'reactive-outpost.com', receiver: 'mta1007.mail.sp2.yahoo.com' },
    // Yahoo's 2010 form puts "from=" pairs outside RFC 8601's grammar; they are skipped, the methods read.
    authResults: ['mta1007.mail.sp2.yahoo.com: domainkeys=neutral dkim=neutral'],
  },
  {
    file: 'realworld/mikel-mail/content_transfer_encoding_7-bit.eml',
    mta: 'Sendmail -> Exchange SMTPSVC (Enron)',
    hops: 5,
    edge: { ip: '208.169.17.235', helo: 'email11.quris.net', receiver: 'mailman.enron.com' },
    authResults: [],
  },
  {
    file: 'realworld/mikel-mail/content_transfer_encoding_plain.eml',
    mta: 'qmail + qmail-scanner',
    hops: 4,
    edge: { ip: '200.141.184.56', helo: 'hq.lindsayelec.com', receiver: 'churchill.factcomp.com' },
    authResults: [],
  },
  {
    file: 'realworld/spamassassin/nice-001.eml',
    mta: 'Sendmail -> Postfix',
    hops: 6,
    edge: { ip: '212.17.35.15', helo: 'dogma.slashnull.org', receiver: 'mail.netnoteinc.com' },
    authResults: [],
  },
  {
    file: 'realworld/spamassassin/nice-007.eml',
    mta: 'Exim 3 -> InterMail -> fetchmail',
    hops: 4,
    // The fetchmail hop is a POP3 retrieval, not an acceptance; the user's own host (ddts.net, which also
    // receives the fetched mail) sent it to Rogers' InterMail, so the edge is that hop, same organization.
    edge: { ip: '24.102.84.250', helo: 'green.daf.ddts.net', receiver: 'fep02-mail.bloor.is.net.cable.rogers.com' },
    authResults: [],
  },
  {
    file: 'realworld/spamassassin/spam-001.eml',
    mta: 'Exchange IMS 5.5 -> Sendmail -> Postfix',
    hops: 3,
    edge: { ip: '193.120.211.219', helo: 'webnote.net', receiver: 'mail.netnoteinc.com' },
    authResults: [],
  },
  {
    file: 'realworld/spamscope-mail-parser/mail_test_1.headers.eml',
    mta: 'hostedemail (Postfix) -> qmail',
    hops: 6,
    edge: { ip: '64.98.42.207', helo: 'smtprelay.b.hostedemail.com', receiver: 'smtp.server.net' },
    authResults: [],
  },
  {
    file: 'realworld/spamscope-mail-parser/mail_test_10.headers.eml',
    mta: 'IBM -> Proofpoint -> qmail',
    hops: 15,
    edge: { ip: '148.163.158.5', helo: 'mx0a-001b2d01.pphosted.com', receiver: 'smtp.didi.net' },
    authResults: [],
  },
  {
    file: 'realworld/spamscope-mail-parser/mail_test_15.headers.eml',
    mta: 'IIS SMTPSVC -> Postfix',
    hops: 2,
    edge: { ip: '11.143.209.23', helo: 'NEWKDEMO.kdemo.local', receiver: 'localhost' },
    authResults: [],
  },
  {
    file: 'realworld/flanker/outlook-express.eml',
    mta: 'qmail-style relays -> Mailgun',
    hops: 7,
    edge: { ip: '106.186.124.194', helo: 'hwmail1.mailset.cn', receiver: 'mxa.mailgun.org' },
    authResults: [],
  },
  {
    file: 'dkim/dkimpy/message.mbox',
    mta: 'Postfix -> pair.com (Postfix, qmail)',
    hops: 6,
    edge: { ip: '72.81.252.19', helo: 'mailout00.controlledmail.com', receiver: 'mailwash7.pair.com' },
    authResults: [],
  },
  {
    file: 'realworld/lieser-dkim_verifier/Fastmail from CNN - Welcome to CNN Breaking News.eml',
    mta: 'Zeta Global -> Fastmail',
    hops: 5,
    edge: { ip: '96.47.26.94', helo: 'cnn3alerts-87-1.bm16.maas.zetaglobal.net', receiver: 'mx3.messagingengine.com' },
    authResults: [
      'mx3.messagingengine.com: x-csa=none x-me-sender=none x-ptr=pass',
      'mx3.messagingengine.com: bimi=pass',
      'mx3.messagingengine.com: arc=none',
      'mx3.messagingengine.com: dkim=pass dmarc=pass iprev=pass spf=pass',
    ],
  },
  {
    file: 'realworld/lieser-dkim_verifier/Fastmail from Fastmail - How to keep your email private.eml',
    mta: 'Fastmail -> Fastmail (internal 10.202/16 hops only)',
    hops: 8,
    // Every Received hop is between private addresses; only the AR's smtp.remote-ip names the outside.
    edge: { ip: '66.111.4.25', helo: 'out1-smtp.messagingengine.com', receiver: 'mx5.messagingengine.com', reason: { kind: 'auth-results', authservId: 'mx5.messagingengine.com', property: 'smtp.remote-ip' } },
    authResults: [
      'mx5.messagingengine.com: x-csa=none x-me-sender=pass x-ptr=pass',
      'mx5.messagingengine.com: bimi=skipped',
      'mx5.messagingengine.com: arc=none',
      'mx5.messagingengine.com: dkim=pass dkim=pass dmarc=pass iprev=pass spf=pass',
    ],
  },
  {
    file: 'dkim/stalwart-mail-auth/003.txt',
    mta: 'Exim -> IETF Postfix + amavisd-new',
    hops: 5,
    // The amavis hop "from mail.ietf.org ([50.223.129.194]) by localhost (... [127.0.0.1])" is internal.
    edge: { ip: '70.88.254.51', helo: 'bsa2.jck.com', receiver: 'ietfa.amsl.com' },
    authResults: [],
  },
  {
    file: 'dkim/lieser-dkim_verifier/arh/rfc6376-A.2-arh-valid.eml',
    mta: 'RFC 6376 A.2 example (submission server)',
    hops: 1,
    edge: { ip: '192.0.2.1', helo: 'client1.football.example.com', receiver: 'submitserver.example.com' },
    authResults: ['example.net: spf=pass dkim=pass'],
  },
  {
    file: 'dkim/dkimpy/test.message',
    mta: 'dkimpy test message (mailing list receiver)',
    hops: 1,
    edge: null,
    authResults: ['lists.example.org: arc=none spf=pass dkim=pass dmarc=pass'],
  },
  {
    file: 'realworld/flanker/multi-received-headers.eml',
    mta: 'Gmail internal (private addresses only)',
    hops: 4,
    edge: null,
    authResults: ['mr.google.com: spf=pass dkim=pass'],
  },
];

describe('real messages: hops, edge and Authentication-Results', () => {
  it('cover at least 15 messages with Authentication-Results, from at least 6 MTAs or providers', () => {
    expect(EXPECTED.length).toBeGreaterThanOrEqual(15);
    expect(EXPECTED.filter((expected) => expected.authResults.length > 0).length).toBeGreaterThanOrEqual(15);
  });

  for (const expected of EXPECTED) {
    it(`${expected.mta}: ${expected.file.split('/').pop()}`, () => {
      const message = load(expected.file);
      expect(message.hops).toHaveLength(expected.hops);
      if (expected.edge === null) {
        expect(message.edge).toBeNull();
      } else {
        expect(message.edge).toMatchObject(expected.edge);
      }
      const summary = message.authResults.map(
        (results) => `${results.authservId ?? '-'}: ${results.methods.map((method) => `${method.method}=${method.resultText}`).join(' ')}`,
      );
      expect(summary).toEqual(expected.authResults);
    });
  }
});

describe('details read from real messages', () => {
  it('Fastmail: the edge hop used TLSv1.2 and DKIM properties keep their values', () => {
    const message = load('realworld/lieser-dkim_verifier/Fastmail from Amazon - Verify your new Amazon account.eml');
    const edgeHop = message.hops[message.edge?.hopIndex ?? -1];
    expect(edgeHop?.tls).toMatchObject({ version: 'TLSv1.2', cipher: 'ECDHE-RSA-AES256-GCM-SHA384' });
    expect(edgeHop?.from?.reverseName).toBe('a13-167.smtp-out.amazonses.com');
    const dkim = message.authResults[3]?.methods.filter((method) => method.method === 'dkim') ?? [];
    expect(dkim.map((method) => method.properties.find((p) => p.ptype === 'header' && p.property === 'd')?.value)).toEqual(['amazon.com', 'amazonses.com']);
    expect(dkim[0]?.comments).toContain('1024-bit rsa key sha256');
    const bimi = message.authResults[1]?.methods[0];
    expect(bimi?.properties.find((p) => p.property === 'mark-type')?.value).toBe('Registered Mark');
    expect(message.receivedSpf[0]).toMatchObject({ result: 'pass', receiver: 'mx1.messagingengine.com', identity: 'mailfrom' });
    expect(message.arcAuthResults[0]?.instance).toBe(1);
    // The ARC set is Fastmail's own seal on arrival: not a sign of forwarding.
    expect(message.forwarding.detected).toBe(false);
    expect(message.forwarding.signs.map((sign) => sign.kind)).toContain('arc-set');
  });

  it('Exchange Online: Microsoft hops carry the TLS version, the edge is the Proofpoint relay', () => {
    const message = load('realworld/mimekit/bounce.txt');
    const newest = message.hops[message.hops.length - 1];
    expect(newest?.with).toBe('HTTPS');
    const hop = message.hops.find((h) => h.from?.helo === 'LO4P123CA0318.GBRP123.PROD.OUTLOOK.COM');
    expect(hop?.tls).toMatchObject({ version: 'TLS1_2', cipher: 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384' });
    expect(hop?.from?.ip).toBe('2603:10a6:600:197::17');
    expect(message.embedded?.contentType).toBe('message/rfc822');
    const compauth = message.authResults[0]?.methods.find((method) => method.method === 'compauth');
    expect(compauth).toMatchObject({ result: 'softpass', reason: '202' });
    const dmarc = message.authResults[0]?.methods.find((method) => method.method === 'dmarc');
    expect(dmarc?.extensions).toEqual([{ name: 'action', value: 'none' }]);
  });

  it('qmail: the HELO comes from "(HELO ...)" and the reverse name from the first word', () => {
    const message = load('realworld/spamscope-mail-parser/mail_test_10.headers.eml');
    expect(message.edge).toMatchObject({ reverseName: 'mx0b-001b2d01.pphosted.com', helo: 'mx0a-001b2d01.pphosted.com' });
  });

  it('postfix: an authenticated submission is recognised from its comment and ESMTPA', () => {
    const message = load('realworld/spamscope-mail-parser/mail_test_1.headers.eml');
    const submission = message.hops[0];
    expect(submission?.authenticated).toMatchObject({ sender: 'jdazey@alexandersmith.com' });
    expect(submission?.protocol).toBe('ESMTPA');
  });

  it('a forwarded message (Sendmail list hop) names the origin below the edge', () => {
    const message = load('realworld/spamassassin/nice-001.eml');
    expect(message.input.form).toBe('mbox');
    expect(message.forwarding.detected).toBe(true);
    expect(message.forwarding.signs).toContainEqual(expect.objectContaining({ kind: 'recipient-domain-change', from: 'jmason.org', to: 'netnoteinc.com' }));
    expect(message.origin).toMatchObject({ ip: '141.154.95.22', helo: 'trna.ximian.com' });
  });

  it('an ARF complaint offers the reported message', () => {
    const message = load('realworld/flanker/complaint-yahoo.eml');
    expect(message.embedded?.contentType).toBe('message/rfc822');
    const inner = parseMessage(message.embedded?.text ?? '');
    expect(inner.ok && inner.message.fields.some((field) => field.key === 'received')).toBe(true);
  });

  it('DKIM test files with DNS records on top still parse as the message below them', () => {
    const message = load('dkim/stalwart-mail-auth/003.txt');
    expect(message.input.repairs[0]).toMatchObject({ kind: 'leading-lines-removed' });
    expect(message.fields[0]?.key).toBe('dkim-signature');
  });
});
