// One Received field per MTA family, in the shapes those MTAs write (addresses from documentation ranges
// where the shape allows), with what each clause should yield.
import { describe, expect, it } from 'vitest';
import { parseReceived } from '../../lib/headers';

describe('Received (RFC 5321 §4.4) as real MTAs write it', () => {
  it('Postfix with TLS 1.3 and a reverse name', () => {
    const received = parseReceived(
      'from mail.example.net (mail.example.net [192.0.2.10])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby mx.example.org (Postfix) with ESMTPS id 4Q1xYz3kJmz9sT1\r\n\tfor <user@example.org>; Tue, 13 Feb 2024 10:15:02 +0100 (CET)',
    );
    expect(received.from).toMatchObject({ helo: 'mail.example.net', reverseName: 'mail.example.net', ip: '192.0.2.10' });
    expect(received.by?.name).toBe('mx.example.org');
    expect(received).toMatchObject({ with: 'ESMTPS', protocol: 'ESMTPS', id: '4Q1xYz3kJmz9sT1', for: 'user@example.org' });
    expect(received.tls).toMatchObject({ version: 'TLSv1.3', cipher: 'TLS_AES_256_GCM_SHA384' });
    expect(received.date).toMatchObject({ ok: true, iso: '2024-02-13T09:15:02.000Z', offsetMinutes: 60 });
    expect(received.authenticated).toBeNull();
  });

  it('Postfix without reverse DNS ("unknown") and without TLS', () => {
    const received = parseReceived('from helo.example (unknown [198.51.100.23])\r\n\tby mx.example.org (Postfix) with ESMTP id ABC123\r\n\tfor <a@example.org>; Tue, 13 Feb 2024 10:15:02 +0000 (UTC)');
    expect(received.from).toMatchObject({ helo: 'helo.example', reverseName: null, ip: '198.51.100.23' });
    expect(received.tls).toBeNull();
  });

  it('Postfix authenticated submission', () => {
    const received = parseReceived('from [192.168.1.20] (unknown [198.51.100.8])\r\n\t(Authenticated sender: alice@example.org)\r\n\tby smtp.example.org (Postfix) with ESMTPSA id 9F1E2A;\r\n\tTue, 13 Feb 2024 10:15:02 +0100 (CET)');
    expect(received.from).toMatchObject({ helo: '[192.168.1.20]', ip: '198.51.100.8' });
    expect(received.authenticated).toMatchObject({ sender: 'alice@example.org' });
    expect(received.tls).toMatchObject({ version: null, cipher: null });
  });

  it('Exim: address literal with helo= in the comment, TLS version and cipher after "with"', () => {
    const received = parseReceived(
      'from [203.0.113.5] (helo=mail.sender.example)\r\n\tby mx.example.org with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.96)\r\n\t(envelope-from <bounce@sender.example>)\r\n\tid 1rZk2X-0004Qd-1P\r\n\tfor user@example.org; Tue, 13 Feb 2024 09:15:02 +0000',
    );
    expect(received.from).toMatchObject({ helo: 'mail.sender.example', ip: '203.0.113.5', reverseName: null });
    expect(received.protocol).toBe('ESMTPS');
    expect(received.tls).toMatchObject({ version: 'TLS1.3', cipher: 'TLS_AES_256_GCM_SHA384' });
    expect(received.id).toBe('1rZk2X-0004Qd-1P');
    expect(received.for).toBe('user@example.org');
  });

  it('Exim: verified host name first, HELO in the comment, authenticated ESMTPSA', () => {
    const received = parseReceived('from mail.sender.example ([203.0.113.5] helo=smtp.sender.example)\r\n\tby mx.example.org with esmtpsa (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\r\n\t(Exim 4.94.2)\r\n\t(envelope-from <user@sender.example>)\r\n\tid 1abcDE-0001xY-Q1; Tue, 13 Feb 2024 09:15:02 +0000');
    expect(received.from).toMatchObject({ helo: 'smtp.sender.example', reverseName: 'mail.sender.example', ip: '203.0.113.5' });
    expect(received.authenticated).toMatchObject({ evidence: 'with ESMTPSA' });
  });

  it('Sendmail: "(may be forged)" and TLS in a version= comment', () => {
    const received = parseReceived(
      'from client.example.com (client.example.com [192.0.2.33] (may be forged))\r\n\tby mail.example.org (8.15.2/8.15.2) with ESMTPS id 41D9F2aQ012345\r\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)\r\n\tfor <user@example.org>; Tue, 13 Feb 2024 10:15:02 +0100',
    );
    expect(received.from).toMatchObject({ helo: 'client.example.com', reverseName: 'client.example.com', ip: '192.0.2.33' });
    expect(received.tls).toMatchObject({ version: 'TLSv1.3', cipher: 'TLS_AES_256_GCM_SHA384' });
  });

  it('Sendmail: IDENT user before the reverse name, authenticated bits', () => {
    const received = parseReceived('from laptop (IDENT:alice@dsl.example.net [198.51.100.4])\r\n\t(authenticated bits=0)\r\n\tby mail.example.org (8.14.4/8.14.4) with ESMTP id r1ABC; Tue, 13 Feb 2024 10:15:02 +0100');
    expect(received.from).toMatchObject({ helo: 'laptop', reverseName: 'dsl.example.net', ip: '198.51.100.4' });
    expect(received.authenticated).toMatchObject({ evidence: 'authenticated bits=0' });
  });

  it('qmail: reverse name first, HELO and IP in comments, date without a weekday', () => {
    const received = parseReceived('from unknown (HELO mail.example.net) (192.0.2.77)\r\n  by mx.example.org with SMTP; 13 Feb 2024 09:15:02 -0000');
    expect(received.from).toMatchObject({ helo: 'mail.example.net', reverseName: null, ip: '192.0.2.77' });
    expect(received.protocol).toBe('SMTP');
    expect(received.date).toMatchObject({ ok: true, iso: '2024-02-13T09:15:02.000Z' });
  });

  it('qmail: a local delivery line has no from or by', () => {
    const received = parseReceived('(qmail 12345 invoked by uid 89); 13 Feb 2024 09:15:02 -0000');
    expect(received.from).toBeNull();
    expect(received.by).toBeNull();
    expect(received.comments).toContain('qmail 12345 invoked by uid 89');
    expect(received.date?.ok).toBe(true);
  });

  it('Exchange on-premises: "with mapi id", link-local IPv6 with a zone index', () => {
    const received = parseReceived('from EXCH01.corp.example.com ([fe80::1c2d:3e4f:5a6b:7c8d]) by EXCH02.corp.example.com ([fe80::aaaa:bbbb:cccc:dddd%12]) with mapi id 14.03.0319.002; Tue, 13 Feb 2024 10:15:02 +0100');
    expect(received.from).toMatchObject({ helo: 'EXCH01.corp.example.com', ip: 'fe80::1c2d:3e4f:5a6b:7c8d' });
    expect(received.by).toMatchObject({ name: 'EXCH02.corp.example.com', ip: 'fe80::aaaa:bbbb:cccc:dddd' });
    expect(received).toMatchObject({ protocol: 'MAPI', id: '14.03.0319.002' });
    expect(received.authenticated?.evidence).toMatch(/mapi/);
  });

  it('Exchange Online: HTTPS between mailbox servers', () => {
    const received = parseReceived('from AM6PR02MB1234.eurprd02.prod.outlook.com (2603:10a6:20b:7f::12) by DB9PR02MB5678.eurprd02.prod.outlook.com with HTTPS; Tue, 13 Feb 2024 09:15:02 +0000');
    expect(received.from).toMatchObject({ helo: 'AM6PR02MB1234.eurprd02.prod.outlook.com', ip: '2603:10a6:20b:7f::12' });
    expect(received.protocol).toBe('HTTPS');
    expect(received.tls).toMatchObject({ evidence: 'with HTTPS' });
  });

  it('Exchange Online: Microsoft SMTP Server with version= and cipher=, "via Frontend Transport"', () => {
    const received = parseReceived(
      'from DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com (2603:10a6:10:2d::4) by DB6PR0301CA0089.outlook.office365.com (2603:10a6:6:30::36) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7270.36 via Frontend Transport; Tue, 13 Feb 2024 09:15:02 +0000',
    );
    expect(received.by).toMatchObject({ name: 'DB6PR0301CA0089.outlook.office365.com', ip: '2603:10a6:6:30::36' });
    expect(received).toMatchObject({ with: 'Microsoft SMTP Server', via: 'Frontend Transport', id: '15.20.7270.36' });
    expect(received.tls).toMatchObject({ version: 'TLS1_2', cipher: 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384' });
  });

  it('Gmail inbound: trailing dot on the reverse name, "(Google Transport Security)" after for', () => {
    const received = parseReceived(
      'from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\r\n        by mx.google.com with SMTPS id a640c23a62f3a-a3c5b2e0d1fsor1234567a.0.2024.02.13.01.15.02\r\n        for <user@gmail.com>\r\n        (Google Transport Security);\r\n        Tue, 13 Feb 2024 01:15:02 -0800 (PST)',
    );
    expect(received.from).toMatchObject({ helo: 'mail-sor-f41.google.com', reverseName: 'mail-sor-f41.google.com', ip: '209.85.220.41' });
    expect(received.for).toBe('user@gmail.com');
    expect(received.tls).not.toBeNull();
    expect(received.date).toMatchObject({ iso: '2024-02-13T09:15:02.000Z' });
  });

  it('Gmail internal: "by" an IPv6 address, no from', () => {
    const received = parseReceived('by 2002:a05:6a10:a0c5:b0:4c1:2f3a:1e2b with SMTP id z5csp123456pxa;\r\n        Tue, 13 Feb 2024 01:15:03 -0800 (PST)');
    expect(received.from).toBeNull();
    expect(received.by).toMatchObject({ name: '2002:a05:6a10:a0c5:b0:4c1:2f3a:1e2b', ip: '2002:a05:6a10:a0c5:b0:4c1:2f3a:1e2b' });
  });

  it('Amazon SES submission', () => {
    const received = parseReceived('from [10.0.1.2] by email-smtp.amazonaws.com with SMTP (SimpleEmailService-d-ABCDEF123) id abcdef-1234 for user@example.org; Tue, 13 Feb 2024 09:15:02 +0000 (UTC)');
    expect(received.from).toMatchObject({ helo: '[10.0.1.2]', ip: '10.0.1.2' });
    expect(received).toMatchObject({ protocol: 'SMTP', id: 'abcdef-1234', for: 'user@example.org' });
    expect(received.comments).toContain('SimpleEmailService-d-ABCDEF123');
  });

  it('SendGrid: no ";" before a Go-style date with "+0000 UTC m=+..."', () => {
    const received = parseReceived('by filterdrecv-7bc9c5b6b-abcde with SMTP id filterdrecv-7bc9c5b6b-abcde-1-65CB3A26-1E\r\n        2024-02-13 09:15:02.123456789 +0000 UTC m=+3461.442245637');
    expect(received.id).toBe('filterdrecv-7bc9c5b6b-abcde-1-65CB3A26-1E');
    expect(received.date).toMatchObject({ ok: true, iso: '2024-02-13T09:15:02.000Z', form: 'iso-like' });
  });

  it('SendGrid: an RFC 5322 date with no ";" before it', () => {
    const received = parseReceived('from MTQ2NzI1ODc (unknown) by geopod-ismtpd-3 (SG) with HTTP id abc123DEF Tue, 13 Feb 2024 09:15:01 +0000 (UTC)');
    expect(received).toMatchObject({ protocol: 'HTTP', id: 'abc123DEF' });
    expect(received.date).toMatchObject({ ok: true, iso: '2024-02-13T09:15:01.000Z' });
  });

  it('IIS SMTPSVC', () => {
    const received = parseReceived('from mail.example.net ([192.0.2.99]) by SRV01.example.local with Microsoft SMTPSVC(6.0.3790.4675);\r\n\t Tue, 13 Feb 2024 10:15:02 +0100');
    expect(received.from).toMatchObject({ helo: 'mail.example.net', ip: '192.0.2.99' });
    expect(received.with).toBe('Microsoft SMTPSVC');
    expect(received.comments).toContain('6.0.3790.4675');
  });

  it('IBM: a later "from <address>" belongs to the for clause', () => {
    const received = parseReceived('from localhost\r\n\tby e06smtp10.uk.ibm.com with IBM ESMTP SMTP Gateway: Authorized Use Only! Violators will be prosecuted\r\n\tfor <a@example.it> from <b@it.ibm.com>;\r\n\tWed, 8 Mar 2017 16:46:25 -0000');
    expect(received.from?.helo).toBe('localhost');
    expect(received.for).toBe('a@example.it');
    expect(received.date?.ok).toBe(true);
  });

  it('IPv6 address literal with the "IPv6:" tag', () => {
    const received = parseReceived('from mail-qv1-xf4a.google.com (mail-qv1-xf4a.google.com [IPv6:2607:f8b0:4864:20::f4a])\r\n\tby mail.stalw.art (Postfix) with ESMTPS id 1145E7CC0B; Mon, 28 Nov 2022 10:51:55 +0000 (UTC)');
    expect(received.from?.ip).toBe('2607:f8b0:4864:20::f4a');
  });

  it('an unclosed comment swallows the rest: no clauses, no date', () => {
    const received = parseReceived('((((;;;; by');
    expect(received.from).toBeNull();
    expect(received.by).toBeNull();
    expect(received.date).toBeNull();
  });

  it('text after the last ";" that is not a date is reported as unreadable', () => {
    const received = parseReceived('from a.example by b.example; yesterday');
    expect(received.date).toMatchObject({ ok: false, text: 'yesterday' });
  });
});
