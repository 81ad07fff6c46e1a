// The path on real mail (issue 13): inbound gateways in front of the recipient's mailboxes, authenticated
// submissions, the author's own ARC seals and provider-internal chains. Real chains come from the shared
// test data; IronPort, Mimecast and hybrid Exchange chains are built as the vendors' documentation shows
// their Received fields and marks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMessage, type MessageModel } from '../../lib/message';
import { findPath } from '../../lib/path';
import { formatFor } from '../../lib/i18n/format';
import { catalogFor } from '../../lib/i18n/render';
import type { OriginHop } from '../../lib/path/find-origin';
import type { EdgeReason } from '../../lib/report/types';

// The edge's and origin's reasons in the English catalog's words.
const describeEdgeReason = (reason: EdgeReason) => catalogFor('en').path.edgeReason(reason, formatFor('en'));
const describeOriginReason = (origin: OriginHop) => catalogFor('en').path.originReason({ forwarder: origin.reason.forwarder, receiver: origin.receiver });

const testdata = fileURLToPath(new URL('../../../shared/testdata/', import.meta.url));

function parse(text: string): MessageModel {
  const result = parseMessage(text);
  if (!result.ok) throw new Error(result.problem.reason);
  return result.message;
}

const load = (relative: string) => readFileSync(join(testdata, relative), 'utf8');
const lines = (...header: string[]) => `${header.join('\r\n')}\r\n\r\nBody.\r\n`;

describe('inbound gateways: the edge is where the gateway accepted the message', () => {
  it('Proofpoint Essentials in front of Exchange Online (real): the sender, not the gateway, is the edge', () => {
    const message = parse(load('realworld/mimekit/bounce.txt'));
    expect(message.edge).toMatchObject({ ip: '52.4.102.94', helo: 'hmail.jitbit.com', receiver: 'mx1-eu1.ppe-hosted.com', inferred: true });
    expect(message.edge?.reason).toMatchObject({ kind: 'inbound-gateway', service: 'proofpoint', recipientDomain: 'netecgc.com' });
    const text = message.edge ? describeEdgeReason(message.edge.reason) : '';
    expect(text).toContain('Proofpoint, the inbound gateway of netecgc.com (inferred from the headers');
    expect(text).toContain('X-Forefront-Antispam-Report: DIR:INB');
  });

  it('a Proofpoint gateway that delivers elsewhere than the recipient is the sender\'s own (real: IBM outbound)', () => {
    const message = parse(load('realworld/spamscope-mail-parser/mail_test_10.headers.eml'));
    expect(message.edge).toMatchObject({ ip: '148.163.158.5', receiver: 'smtp.didi.net', reason: { kind: 'first-external' } });
  });

  const mimecast = lines(
    'Received: from AM6PR10MB2000.EURPRD10.PROD.OUTLOOK.COM (2603:10a6:20b:1::10) by AM6PR10MB2001.EURPRD10.PROD.OUTLOOK.COM with HTTPS; Tue, 13 Feb 2024 10:00:04 +0000',
    'Received: from AM5EUR02FT012.eop-EUR02.prod.protection.outlook.com (2603:10a6:20b:2::20) by AM6PR10MB2000.EURPRD10.PROD.OUTLOOK.COM (2603:10a6:20b:1::10) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7270.30; Tue, 13 Feb 2024 10:00:03 +0000',
    'Authentication-Results: spf=pass (sender IP is 185.58.85.1) smtp.mailfrom=mimecast.com; dkim=pass (signature was verified) header.d=fabrikam.example;dmarc=pass action=none header.from=fabrikam.example;compauth=pass reason=100',
    'Received-SPF: Pass (protection.outlook.com: domain of mimecast.com designates 185.58.85.1 as permitted sender) receiver=protection.outlook.com; client-ip=185.58.85.1; helo=eu-smtp-delivery-1.mimecast.com;',
    'Received: from eu-smtp-delivery-1.mimecast.com (185.58.85.1) by AM5EUR02FT012.mail.protection.outlook.com (10.152.8.9) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7270.30 via Frontend Transport; Tue, 13 Feb 2024 10:00:02 +0000',
    'Received: from mail.fabrikam.example (mail.fabrikam.example [192.0.2.25]) by relay.mimecast.com with ESMTP with STARTTLS (version=TLSv1.2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id uk-mta-12-Ab3dEfGhIjKlMn-1; Tue, 13 Feb 2024 10:00:01 +0000',
    'X-MC-Unique: Ab3dEfGhIjKlMn-1',
    'From: Jane <jane@fabrikam.example>',
    'To: <support@contoso.example>',
    'Subject: Order 1234',
    'Date: Tue, 13 Feb 2024 10:00:00 +0000',
    'X-MS-Exchange-Organization-MessageDirectionality: Incoming',
    'X-MS-Exchange-Organization-AuthAs: Anonymous',
    'X-Forefront-Antispam-Report: CIP:185.58.85.1;CTRY:GB;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:eu-smtp-delivery-1.mimecast.com;PTR:eu-smtp-delivery-1.mimecast.com;CAT:NONE;SFS:;DIR:INB;',
  );

  it('Mimecast in front of Exchange Online: the edge is Mimecast\'s intake, with its marks', () => {
    const message = parse(mimecast);
    expect(message.recipient).toMatchObject({ domain: 'contoso.example', source: 'to' });
    expect(message.edge).toMatchObject({ ip: '192.0.2.25', helo: 'mail.fabrikam.example', receiver: 'relay.mimecast.com' });
    expect(message.edge?.reason).toMatchObject({ kind: 'inbound-gateway', service: 'mimecast', marks: expect.arrayContaining(['X-MC-Unique', 'X-MS-Exchange-Organization-MessageDirectionality: Incoming']) });
  });

  it('with the recipient\'s MX answer, the edge is the hop that reached an MX host, and it is not inferred', () => {
    const message = parse(mimecast);
    const path = findPath({ fields: message.fields, hops: message.hops, authResults: message.authResults, authorOrganization: 'fabrikam.example', mx: { domain: 'contoso.example', hosts: ['eu-smtp-inbound-1.mimecast.com', 'eu-smtp-inbound-2.mimecast.com'] } });
    expect(path.edge).toMatchObject({ ip: '192.0.2.25', receiver: 'relay.mimecast.com', inferred: false, reason: { kind: 'mx-host', domain: 'contoso.example', host: 'eu-smtp-inbound-1.mimecast.com' } });
    expect(path.edge && describeEdgeReason(path.edge.reason)).toBe('reached eu-smtp-inbound-1.mimecast.com, an MX host of contoso.example');
    expect(path.receiverOrganizations).toContain('mimecast.com');
  });

  it('Cisco Secure Email (IronPort, hosted on iphmx.com) in front of Exchange Online', () => {
    const message = parse(lines(
      'Received: from esa1.hc1234-5.iphmx.com (68.232.128.10) by CO1NAM11FT012.mail.protection.outlook.com (10.13.175.100) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7270.30 via Frontend Transport; Tue, 13 Feb 2024 10:00:02 +0000',
      'X-IronPort-AV: E=Sophos;i="6.05,271,1701158400"; d="scan\'208";a="123456789"',
      'X-IronPort-Anti-Spam-Filtered: true',
      'Received: from mail.fabrikam.example ([192.0.2.25]) by esa1.hc1234-5.iphmx.com with ESMTP/TLS/ECDHE-RSA-AES256-GCM-SHA384; 13 Feb 2024 10:00:01 +0000',
      'From: jane@fabrikam.example',
      'To: support@contoso.example',
      'Subject: Hello',
      'Date: Tue, 13 Feb 2024 10:00:00 +0000',
      'X-MS-Exchange-Organization-MessageDirectionality: Incoming',
      'X-Forefront-Antispam-Report: CIP:68.232.128.10;CTRY:US;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:esa1.hc1234-5.iphmx.com;PTR:esa1.hc1234-5.iphmx.com;CAT:NONE;SFS:;DIR:INB;',
    ));
    expect(message.edge).toMatchObject({ ip: '192.0.2.25', receiver: 'esa1.hc1234-5.iphmx.com' });
    expect(message.edge?.reason).toMatchObject({ kind: 'inbound-gateway', service: 'ironport', marks: expect.arrayContaining(['X-IronPort-AV', 'X-IronPort-Anti-Spam-Filtered']) });
  });

  it('hybrid: on-premises Exchange (the MX) relaying to Exchange Online is the receiving organization', () => {
    const message = parse(lines(
      'Received: from mail.contoso.example (203.0.113.10) by CO1NAM11FT012.mail.protection.outlook.com (10.13.175.100) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7270.30 via Frontend Transport; Tue, 13 Feb 2024 10:00:03 +0000',
      'Received: from EXCH01.corp.contoso.example (10.1.1.10) by mail.contoso.example (10.1.1.11) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1118.26; Tue, 13 Feb 2024 10:00:02 +0000',
      'Received: from mail.fabrikam.example (192.0.2.25) by EXCH01.corp.contoso.example (10.1.1.10) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1118.26 via Frontend Transport; Tue, 13 Feb 2024 10:00:01 +0000',
      'From: jane@fabrikam.example',
      'To: support@contoso.example',
      'Subject: Hello',
      'Date: Tue, 13 Feb 2024 10:00:00 +0000',
      'X-MS-Exchange-CrossPremises-AuthAs: Anonymous',
      'X-MS-Exchange-Organization-AuthAs: Internal',
      'X-Forefront-Antispam-Report: CIP:203.0.113.10;CTRY:;LANG:en;SCL:-1;SRV:;IPV:NLI;SFV:SKN;H:mail.contoso.example;PTR:mail.contoso.example;CAT:NONE;SFS:;DIR:INB;',
    ));
    expect(message.edge).toMatchObject({ ip: '192.0.2.25', helo: 'mail.fabrikam.example', receiver: 'EXCH01.corp.contoso.example' });
    expect(message.edge?.reason).toMatchObject({ kind: 'inbound-gateway', service: 'exchange-on-premises', marks: expect.arrayContaining(['X-MS-Exchange-CrossPremises-AuthAs', 'Received: with Microsoft SMTP Server']) });
  });

  it('a direct delivery to Exchange Online says its edge rests on Exchange Online\'s marks', () => {
    const message = parse(lines(
      'Received: from mail.fabrikam.example (192.0.2.25) by CO1NAM11FT012.mail.protection.outlook.com (10.13.175.100) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7270.30 via Frontend Transport; Tue, 13 Feb 2024 10:00:01 +0000',
      'From: jane@fabrikam.example',
      'To: support@contoso.example',
      'X-Forefront-Antispam-Report: CIP:192.0.2.25;CTRY:;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mail.fabrikam.example;PTR:mail.fabrikam.example;CAT:NONE;SFS:;DIR:INB;',
    ));
    expect(message.edge?.reason).toEqual({ kind: 'mailbox-service', service: 'exchange-online', marks: ['X-Forefront-Antispam-Report: DIR:INB'] });
    expect(message.edge && describeEdgeReason(message.edge.reason)).toBe('Exchange Online marks (X-Forefront-Antispam-Report: DIR:INB)');
  });
});

describe('a HELO that names a gateway does not make a gateway', () => {
  // A client that says "mimecast.com" in its HELO, straight to Exchange Online, with a forged hop below.
  const spoofed = lines(
    'Received: from eu-smtp-delivery-1.mimecast.com (203.0.113.99) by AM5EUR02FT012.mail.protection.outlook.com (10.152.8.9) with Microsoft SMTP Server id 15.20.7270.30 via Frontend Transport; Tue, 13 Feb 2024 10:00:02 +0000',
    'Received: from mail.fabrikam.example (mail.fabrikam.example [192.0.2.25]) by relay.mimecast.com with ESMTP id forged; Tue, 13 Feb 2024 10:00:01 +0000',
    'X-MC-Unique: forged',
    'From: ceo@fabrikam.example',
    'To: <support@contoso.example>',
    'X-MS-Exchange-Organization-MessageDirectionality: Incoming',
    'X-Forefront-Antispam-Report: CIP:203.0.113.99;CTRY:;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:eu-smtp-delivery-1.mimecast.com;PTR:dsl-99.isp.example;CAT:SPM;SFS:;DIR:INB;',
  );

  it('offline: the client that reached Exchange Online is the edge, not the forged hop below it', () => {
    expect(parse(spoofed).edge).toMatchObject({ ip: '203.0.113.99', receiver: 'AM5EUR02FT012.mail.protection.outlook.com' });
  });

  it('online: the MX answer (Mimecast) does not move the edge past a client that bypassed the MX', () => {
    const message = parse(spoofed);
    const path = findPath({ fields: message.fields, hops: message.hops, authResults: message.authResults, authorOrganization: 'fabrikam.example', mx: { domain: 'contoso.example', hosts: ['eu-smtp-inbound-1.mimecast.com'] } });
    expect(path.edge).toMatchObject({ ip: '203.0.113.99' });
    expect(path.edge?.reason.kind).not.toBe('mx-host');
  });
});

describe('authenticated submission (RFC 3848) is the author\'s, never a server to judge', () => {
  const gmailForward = lines(
    'Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41]) by mx.receiver.example with ESMTPS for <support@receiver.example>; Tue, 13 Feb 2024 10:00:03 +0000',
    'X-Forwarded-To: support@receiver.example',
    'Received: by 2002:a05:6a10:a0c5::1 with SMTP id x; Tue, 13 Feb 2024 10:00:02 +0000',
    'Received: from [192.168.1.20] (dsl-81-2-3-4.isp.example [81.2.3.4]) by smtp.gmail.com with ESMTPSA id y; Tue, 13 Feb 2024 10:00:01 +0000',
    'From: jane@gmail.com',
    'To: jane.doe@gmail.com',
    'Subject: Hello',
    'Date: Tue, 13 Feb 2024 10:00:00 +0000',
  );

  it('a forwarded message: the ESMTPSA hop from a home IP is shown but is not the origin', () => {
    const message = parse(gmailForward);
    expect(message.forwarding.detected).toBe(true);
    expect(message.edge).toMatchObject({ ip: '209.85.220.41' });
    expect(message.origin).toBeNull();
    expect(message.submissionHopIndex).toBe(0);
  });

  it('the only public hop is an ESMTPSA submission: there is no edge to judge', () => {
    const message = parse(lines(
      'Received: by 2002:a05:6a10:a0c5::1 with SMTP id x; Tue, 13 Feb 2024 10:00:02 +0000',
      'Received: from [192.168.1.20] (dsl-81-2-3-4.isp.example [81.2.3.4]) by smtp.gmail.com with ESMTPSA id y; Tue, 13 Feb 2024 10:00:01 +0000',
      'From: jane@gmail.com',
      'To: joe@gmail.com',
    ));
    expect(message.edge).toBeNull();
    expect(message.submissionHopIndex).toBe(0);
  });

  it('real: hostedemail.com\'s ESMTPA hop is the submission, not the edge', () => {
    const message = parse(load('realworld/spamscope-mail-parser/mail_test_1.headers.eml'));
    expect(message.submissionHopIndex).toBe(0);
    expect(message.hops[0]?.protocol).toBe('ESMTPA');
    expect(message.edge?.hopIndex).not.toBe(0);
  });
});

describe('ARC sets the author\'s own outbound system adds are not forwarding', () => {
  it('Microsoft 365 seals outbound mail (real chain, author in a customer domain): not forwarded', () => {
    const real = load('realworld/stalwart-mail-auth/dmarc-feedback-103-exchange-online.eml');
    const customer = real.replace(/^From: .*$/m, 'From: "Reports" <reports@contoso.example>');
    const message = parse(customer);
    expect(message.forwarding.signs.map((sign) => sign.kind)).toContain('arc-set');
    expect(message.forwarding.detected).toBe(false);
    expect(message.origin).toBeNull();
  });

  it('a seal added after the message left the author\'s side is a forwarder\'s', () => {
    const message = parse(lines(
      'Received: from mail.lists.example.org (mail.lists.example.org [198.51.100.5]) by mx.receiver.example with ESMTPS; Tue, 13 Feb 2024 10:00:03 +0000',
      'ARC-Seal: i=1; a=rsa-sha256; cv=none; d=lists.example.org; s=k; t=1; b=x',
      'Received: from mail.author.example (mail.author.example [192.0.2.10]) by mx.lists.example.org with ESMTPS; Tue, 13 Feb 2024 10:00:02 +0000',
      'From: a@author.example',
      'To: list@lists.example.org',
    ));
    expect(message.forwarding.detected).toBe(true);
    expect(message.origin).toMatchObject({ ip: '192.0.2.10', reason: { kind: 'first-outside-forwarder', forwarder: 'example.org' } });
    expect(message.origin && describeOriginReason(message.origin)).toBe('the first sender below the edge outside the forwarder (example.org) and the receiving organization, handed to mx.lists.example.org; authenticated submissions are not counted');
  });
});

describe('a provider\'s internal chain: the edge from the receiver\'s Authentication-Results', () => {
  it('Fastmail to Fastmail (real): every Received hop is private; smtp.remote-ip names the client', () => {
    const message = parse(load('realworld/lieser-dkim_verifier/Fastmail from Fastmail - Welcome! Get set up in 3 steps..eml'));
    expect(message.hops.every((hop) => hop.from?.ipScope !== 'public')).toBe(true);
    expect(message.edge).toMatchObject({ ip: '66.111.4.25', helo: 'out1-smtp.messagingengine.com', receiver: 'mx3.messagingengine.com' });
    expect(message.edge?.reason).toMatchObject({ kind: 'auth-results', authservId: 'mx3.messagingengine.com', property: 'smtp.remote-ip' });
    expect(message.edge && describeEdgeReason(message.edge.reason)).toContain('Authentication-Results name the client in smtp.remote-ip');
  });

  it('Authentication-Results of a host outside the receiving system do not make an edge', () => {
    const message = parse(lines(
      'Received: from mx5 ([10.202.2.204]) by compute5.internal (LMTPProxy); Tue, 13 Feb 2024 10:00:02 +0000',
      'Authentication-Results: mx.elsewhere.example; iprev=pass smtp.remote-ip=198.51.100.7',
      'From: a@author.example',
    ));
    expect(message.edge).toBeNull();
  });
});
