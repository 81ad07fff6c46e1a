// The forms agents paste, each written out as it looks when copied from its source.
import { describe, expect, it } from 'vitest';
import { parseMessage, recognizeInput, type MessageModel } from '../../lib/message';

const EML = [
  'Received: from mail.example.net (mail.example.net [192.0.2.10])',
  '\tby mx.example.org (Postfix) with ESMTPS id 4Q1x',
  '\tfor <support@example.org>; Tue, 13 Feb 2024 10:15:02 +0100 (CET)',
  'Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=example.net',
  'DKIM-Signature: v=1; a=rsa-sha256; d=example.net; s=s1;',
  '\th=from:to:subject; bh=abc=; b=def=',
  'From: Jane <jane@example.net>',
  'To: support@example.org',
  'Subject: Help',
  'Date: Tue, 13 Feb 2024 10:15:00 +0100',
  'Message-ID: <1@example.net>',
  '',
  'Hello,',
  'please help.',
  '',
];

function parsed(text: string): MessageModel {
  const result = parseMessage(text);
  if (!result.ok) throw new Error(result.problem.reason);
  return result.message;
}

describe('recognising pasted forms', () => {
  it('a whole .eml with CRLF or LF line endings', () => {
    for (const text of [EML.join('\r\n'), EML.join('\n')]) {
      const message = parsed(text);
      expect(message.input).toMatchObject({ form: 'message', repairs: [], fieldTextAltered: false });
      expect(message.kind).toBe('full');
      expect(message.body).toBe('Hello,\r\nplease help.\r\n');
      expect(message.fields.find((f) => f.key === 'dkim-signature')?.raw).toBe('DKIM-Signature: v=1; a=rsa-sha256; d=example.net; s=s1;\r\n\th=from:to:subject; bh=abc=; b=def=');
    }
  });

  it('a header block alone', () => {
    const message = parsed(EML.slice(0, 11).join('\n'));
    expect(message.input.form).toBe('header-block');
    expect(message.kind).toBe('headers-only');
    expect(message.body).toBeNull();
    expect(message.hops).toHaveLength(1);
  });

  it('Gmail "Show original": the summary table is read, the raw source below it parsed', () => {
    const page = [
      'Original message',
      '',
      'Message ID\t<1@example.net>',
      'Created at:\tTue, Feb 13, 2024 at 10:15 AM (Delivered after 2 seconds)',
      'From:\tJane <jane@example.net>',
      'To:\tsupport@example.org',
      'Subject:\tHelp',
      'SPF:\tPASS with IP 192.0.2.10 Learn more',
      "DKIM:\t'PASS' with domain example.net Learn more",
      "DMARC:\t'PASS' Learn more",
      '',
      'Download original',
      'Copy to clipboard',
      '',
      'Delivered-To: support@example.org',
      ...EML,
    ].join('\n');
    const recognized = recognizeInput(page);
    expect(recognized.form).toBe('gmail-show-original');
    expect(recognized.gmailSummary).toContainEqual({ label: 'SPF', value: 'PASS with IP 192.0.2.10' });
    expect(recognized.gmailSummary).toContainEqual({ label: 'DMARC', value: "'PASS'" });
    const message = parsed(page);
    expect(message.fields[0]?.key).toBe('delivered-to');
    expect(message.subject).toBe('Help');
    expect(message.edge?.ip).toBe('192.0.2.10');
    expect(message.input.repairs).toEqual([{ kind: 'gmail-summary-removed', lines: 14 }]);
  });

  it("Outlook's header box: folded lines that lost their indentation are re-attached", () => {
    const box = [
      'Received: from DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com',
      '(2603:10a6:10:2d::4) by DB6PR0301CA0089.outlook.office365.com',
      '(2603:10a6:6:30::36) with Microsoft SMTP Server (version=TLS1_2,',
      'cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7270.36 via Frontend',
      'Transport; Tue, 13 Feb 2024 09:15:02 +0000',
      'Authentication-Results: spf=pass (sender IP is 192.0.2.10)',
      'smtp.mailfrom=example.net; dkim=pass (signature was verified)',
      'header.d=example.net;dmarc=pass action=none',
      'header.from=example.net;compauth=pass reason=100',
      'Received: from mail.example.net (192.0.2.10) by',
      'DB5EUR03FT012.mail.protection.outlook.com (10.152.20.50) with Microsoft SMTP',
      'Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id',
      '15.20.7270.36 via Frontend Transport; Tue, 13 Feb 2024 09:15:01 +0000',
      'From: Jane <jane@example.net>',
      'Subject: Help',
    ].join('\r\n');
    const message = parsed(box);
    expect(message.input.form).toBe('outlook-header-box');
    expect(message.input.repairs).toEqual([{ kind: 'folding-restored', lines: 10 }]);
    expect(message.input.fieldTextAltered).toBe(true);
    expect(message.fields.map((f) => f.key)).toEqual(['received', 'authentication-results', 'received', 'from', 'subject']);
    expect(message.hops[0]?.from).toMatchObject({ helo: 'mail.example.net', ip: '192.0.2.10' });
    expect(message.hops[1]?.tls).toMatchObject({ version: 'TLS1_2' });
    expect(message.edge).toMatchObject({ ip: '192.0.2.10', receiver: 'DB5EUR03FT012.mail.protection.outlook.com' });
    expect(message.authResults[0]?.methods.map((m) => m.method)).toEqual(['spf', 'dkim', 'dmarc', 'compauth']);
    expect(message.hops[1]?.delaySeconds).toBe(1);
  });

  it('an mbox "From " line on top', () => {
    const message = parsed(['From jane@example.net  Tue Feb 13 10:15:03 2024', ...EML].join('\n'));
    expect(message.input).toMatchObject({ form: 'mbox', fieldTextAltered: false });
    expect(message.input.repairs).toEqual([{ kind: 'mbox-from-line-removed', line: 'From jane@example.net  Tue Feb 13 10:15:03 2024' }]);
    expect(message.fields[0]?.key).toBe('received');
  });

  it('headers quoted with "> " in a reply, nested quoting included', () => {
    for (const prefix of ['> ', '>', '> > ']) {
      const message = parsed(EML.map((line) => prefix + line).join('\n'));
      expect(message.input.repairs[0]).toMatchObject({ kind: 'quote-marks-removed' });
      expect(message.from[0]).toMatchObject({ address: 'jane@example.net' });
      expect(message.kind).toBe('full');
    }
  });

  it('a bounce carrying the original as message/rfc822 offers the inner message', () => {
    const bounce = [
      'From: MAILER-DAEMON@mx.example.org',
      'To: jane@example.net',
      'Subject: Undelivered Mail Returned to Sender',
      'Date: Tue, 13 Feb 2024 10:16:00 +0100',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
      '',
      '--B1',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      '--B1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.org',
      '',
      '--B1',
      'Content-Type: message/rfc822',
      '',
      ...EML,
      '--B1--',
      '',
    ].join('\r\n');
    const message = parsed(bounce);
    expect(message.embedded?.contentType).toBe('message/rfc822');
    const inner = parsed(message.embedded?.text ?? '');
    expect(inner.subject).toBe('Help');
    expect(inner.hops[0]?.from?.ip).toBe('192.0.2.10');
    // RFC 2046 §5.1.1: the CRLF before "--B1" belongs to the delimiter, not to the inner message.
    expect(inner.body).toBe('Hello,\r\nplease help.\r\n');
  });

  it("Zendesk's original-email download is a plain .eml (a byte order mark is removed)", () => {
    const message = parsed('\ufeff' + EML.join('\r\n'));
    expect(message.input).toMatchObject({ form: 'message', repairs: [{ kind: 'byte-order-mark-removed' }] });
    expect(message.messageId).toBe('<1@example.net>');
  });

  it('a note and blank lines above the headers are dropped and reported', () => {
    const message = parsed(['Hi team, see below', '', ...EML].join('\n'));
    expect(message.input.repairs).toEqual([{ kind: 'leading-lines-removed', count: 2 }]);
    expect(message.fields[0]?.key).toBe('received');
  });

  it('classic Mac line endings (bare CR) are normalised', () => {
    const message = parsed(EML.join('\r'));
    expect(message.input.repairs).toEqual([{ kind: 'line-endings-normalised', from: 'CR' }]);
    expect(message.hops).toHaveLength(1);
  });
});
