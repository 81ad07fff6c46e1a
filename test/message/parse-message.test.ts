import { describe, expect, it } from 'vitest';
import { parseMessage, type MessageModel } from '../../lib/message';

function parsed(lines: string[]): MessageModel {
  const result = parseMessage(lines.join('\r\n'));
  if (!result.ok) throw new Error(result.problem.reason);
  return result.message;
}

describe('parseMessage: the typed model', () => {
  const message = parsed([
    'Return-Path: <>',
    'Received: from mail.example.net (mail.example.net [192.0.2.10]) by mx.example.org with ESMTPS for <support@example.org>; Tue, 13 Feb 2024 10:15:02 +0000',
    'Authentication-Results: mx.example.org; spf=none smtp.mailfrom=mail.example.net',
    'ARC-Authentication-Results: i=1; mx.example.org; spf=none',
    'Received-SPF: none (mx.example.org: no record) client-ip=192.0.2.10;',
    'From: =?UTF-8?Q?Jos=C3=A9?= <jose@example.net>',
    'Sender: bounces@example.net',
    'Reply-To: help@example.net, "Team" <team@example.net>',
    'To: Support <support@example.org>',
    'Cc: undisclosed-recipients:;',
    'Subject: =?UTF-8?B?SGVsbG8gd29ybGQ=?=',
    '  and more',
    'Date: Tue, 13 Feb 2024 10:15:00 +0000',
    'Message-ID: <abc@example.net>',
    '',
    'Body',
  ]);

  it('reads the identity fields', () => {
    expect(message.kind).toBe('full');
    expect(message.subject).toBe('Hello world and more');
    expect(message.from).toEqual([{ kind: 'mailbox', displayName: 'José', address: 'jose@example.net', localPart: 'jose', domain: 'example.net', asciiDomain: 'example.net' }]);
    expect(message.sender[0]).toMatchObject({ address: 'bounces@example.net' });
    expect(message.replyTo.map((entry) => (entry.kind === 'mailbox' ? entry.address : entry.kind))).toEqual(['help@example.net', 'team@example.net']);
    expect(message.to[0]).toMatchObject({ displayName: 'Support', address: 'support@example.org' });
    expect(message.cc).toEqual([{ kind: 'group', name: 'undisclosed-recipients', members: [] }]);
    expect(message.returnPath).toEqual({ kind: 'null' });
    expect(message.date).toMatchObject({ ok: true, iso: '2024-02-13T10:15:00.000Z' });
    expect(message.messageId).toBe('<abc@example.net>');
  });

  it('reads hops, edge and authentication fields with the line they came from', () => {
    expect(message.hops).toHaveLength(1);
    expect(message.edge).toMatchObject({ ip: '192.0.2.10', helo: 'mail.example.net', receiver: 'mx.example.org' });
    expect(message.authResults[0]).toMatchObject({ authservId: 'mx.example.org', line: 3 });
    expect(message.arcAuthResults[0]).toMatchObject({ instance: 1, line: 4 });
    expect(message.receivedSpf[0]).toMatchObject({ result: 'none', clientIp: '192.0.2.10', line: 5 });
    expect(message.problems).toEqual([]);
  });

  it('the parts that go into the Report survive JSON', () => {
    const { hops, authResults, edge, origin, forwarding, from, date } = message;
    const plain = { hops, authResults, edge, origin, forwarding, from, date };
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
  });
});

describe('parseMessage: header problems', () => {
  it('missing From and Date, repeated Subject, unreadable address', () => {
    const message = parsed(['Subject: one', 'Subject: two', 'To: nobody', 'X-A: b']);
    expect(message.problems).toEqual([
      { kind: 'repeated-field', field: 'subject', count: 2 },
      { kind: 'missing-field', field: 'from' },
      { kind: 'missing-field', field: 'date' },
      { kind: 'invalid-address', field: 'To', line: 3, text: 'nobody', reason: { kind: 'no-at', address: 'nobody' } },
    ]);
  });

  it('a line that is not a field inside a header block is taken for lost folding, and said so', () => {
    const message = parsed(['From: a@example.com', 'Subject: a long', 'subject line', 'Date: Tue, 13 Feb 2024 10:00:00 +0000']);
    expect(message.input).toMatchObject({ form: 'outlook-header-box', repairs: [{ kind: 'folding-restored', lines: 1 }] });
    expect(message.subject).toBe('a long subject line');
  });

  it('an unreadable Date is reported with its line', () => {
    const message = parsed(['From: a@example.com', 'Date: someday']);
    expect(message.problems).toContainEqual({ kind: 'unreadable-date', field: 'Date', line: 2, text: 'someday', reason: { kind: 'no-known-form' } });
  });

  it('a bounce with only the original headers (text/rfc822-headers) offers them', () => {
    const message = parsed([
      'From: postmaster@example.org',
      'Date: Tue, 13 Feb 2024 10:15:00 +0000',
      'Content-Type: multipart/report; report-type=delivery-status; boundary=XYZ',
      '',
      '--XYZ',
      'Content-Type: text/rfc822-headers',
      '',
      'Received: from a.example.net ([192.0.2.7]) by mx.example.org; Tue, 13 Feb 2024 10:14:00 +0000',
      'From: jane@example.net',
      'Subject: original',
      '--XYZ--',
    ]);
    expect(message.embedded).toMatchObject({ contentType: 'text/rfc822-headers' });
    const inner = parseMessage(message.embedded?.text ?? '');
    expect(inner.ok && inner.message.kind).toBe('headers-only');
    expect(inner.ok && inner.message.subject).toBe('original');
  });

  it('a forwarded message names the origin', () => {
    const message = parsed([
      'Received: from out.forwarder.example (out.forwarder.example [198.51.100.5]) by mx.receiver.example; Tue, 13 Feb 2024 10:00:02 +0000',
      'X-Forwarded-To: support@receiver.example',
      'Received: from mail.author.example (mail.author.example [192.0.2.10]) by in.forwarder.example; Tue, 13 Feb 2024 10:00:01 +0000',
      'From: jane@author.example',
      'Date: Tue, 13 Feb 2024 10:00:00 +0000',
    ]);
    expect(message.forwarding.detected).toBe(true);
    expect(message.edge?.ip).toBe('198.51.100.5');
    expect(message.origin).toMatchObject({ ip: '192.0.2.10', helo: 'mail.author.example' });
  });
});
