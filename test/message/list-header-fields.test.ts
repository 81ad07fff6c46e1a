// The popup's immediate header listing reads a paste the way analyze() does: the Gmail summary above
// the source is not taken for header fields, folded values are unfolded, encoded words decoded.
import { describe, expect, it } from 'vitest';
import { listHeaderFields } from '../../lib/message/list-header-fields';

const SOURCE = [
  'Delivered-To: support@example.org',
  'Received: from mail.example.net (mail.example.net [192.0.2.10])',
  '\tby mx.example.org with ESMTPS id abc; Tue, 13 Feb 2024 10:15:02 +0000',
  'From: =?UTF-8?Q?Jos=C3=A9?= <jose@example.net>',
  'Subject: =?UTF-8?B?w4AgbCdhaWRl?=',
  '',
  'Body.',
];

describe('listHeaderFields', () => {
  it('lists the fields in order, unfolded, with encoded words decoded', () => {
    const listing = listHeaderFields(SOURCE.join('\r\n'));
    expect(listing).toEqual({
      ok: true,
      hasBody: true,
      fields: [
        { name: 'Delivered-To', value: 'support@example.org' },
        { name: 'Received', value: 'from mail.example.net (mail.example.net [192.0.2.10])\tby mx.example.org with ESMTPS id abc; Tue, 13 Feb 2024 10:15:02 +0000' },
        { name: 'From', value: 'José <jose@example.net>' },
        { name: 'Subject', value: "À l'aide" },
      ],
    });
  });

  it('reads Gmail\'s "Show original" page from the raw source, not from the summary table above it', () => {
    const page = ['Original message', '', 'Message ID\t<1@example.net>', 'SPF:\tPASS with IP 192.0.2.10 Learn more', '', 'Download original', '', ...SOURCE].join('\n');
    const listing = listHeaderFields(page);
    expect(listing.ok && listing.fields.map((field) => field.name)).toEqual(['Delivered-To', 'Received', 'From', 'Subject']);
  });

  it('a header block alone has no body, and text without header lines says so', () => {
    expect(listHeaderFields(SOURCE.slice(0, 5).join('\n'))).toMatchObject({ ok: true, hasBody: false });
    expect(listHeaderFields('Hello,\nmy order never came.')).toEqual({ ok: false, problem: { reason: 'no-header-lines' } });
  });
});
