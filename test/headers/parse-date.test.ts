import { describe, expect, it } from 'vitest';
import { parseDate } from '../../lib/headers';

describe('dates (RFC 5322 §3.3, §4.3 and real-world forms)', () => {
  const cases: [string, string, string][] = [
    ['Tue, 13 Feb 2024 10:15:02 +0100', '2024-02-13T09:15:02.000Z', 'rfc5322'],
    ['13 Feb 2024 10:15:02 -0000', '2024-02-13T10:15:02.000Z', 'rfc5322'],
    ['Mon,  7 Apr 2025 23:16:09 +0200 (CEST)', '2025-04-07T21:16:09.000Z', 'rfc5322'],
    ['Wed, 9 Feb 2011 00:55:38 -0800 (PST)', '2011-02-09T08:55:38.000Z', 'rfc5322'],
    ['Tue, 25 Oct\r\n 2022 04:08:19 +0000', '2022-10-25T04:08:19.000Z', 'rfc5322'],
    ['Tue, 13 Feb 2024 10:15 +0100', '2024-02-13T09:15:00.000Z', 'rfc5322'],
    // §4.3 obsolete forms: two-digit years, named zones.
    ['Thu, 10 Aug 00 06:18:47 GMT', '2000-08-10T06:18:47.000Z', 'obsolete'],
    ['Thu, 8 Mar 2005 17:40:36 EDT', '2005-03-08T21:40:36.000Z', 'obsolete'],
    ['Sun, 18 Feb 2001 08:28:16 GMT', '2001-02-18T08:28:16.000Z', 'obsolete'],
    ['10 Aug 99 06:18:47 +0000', '1999-08-10T06:18:47.000Z', 'obsolete'],
    // Broken but common: AM/PM, no zone (taken as UTC).
    ['18 Feb 01 12:29:13 AM', '2001-02-18T00:29:13.000Z', 'obsolete'],
    ['Thu, 10 Aug 2000 02:53:01', '2000-08-10T02:53:01.000Z', 'obsolete'],
    // Go's time.String() as SendGrid writes it, and ISO 8601.
    ['2017-11-16 23:22:48.695542802 +0000 UTC m=+3461.442245637', '2017-11-16T23:22:48.000Z', 'iso-like'],
    ['2024-02-13T10:15:02+01:00', '2024-02-13T09:15:02.000Z', 'iso-like'],
    // asctime, as in mbox "From " lines, and month-first as in RFC 8601 B.5's Received example.
    ['Wed May 16 00:40:34 2001', '2001-05-16T00:40:34.000Z', 'asctime'],
    ['Fri, Feb 15 2002 17:19:22 -0800', '2002-02-16T01:19:22.000Z', 'obsolete'],
  ];
  for (const [text, iso, form] of cases) {
    it(text.replace(/\r\n/g, ' '), () => {
      expect(parseDate(text)).toMatchObject({ ok: true, iso, form });
    });
  }

  it('records the written offset, or null when there was none', () => {
    expect(parseDate('Tue, 13 Feb 2024 10:15:02 -0530')).toMatchObject({ offsetMinutes: -330 });
    expect(parseDate('Thu, 10 Aug 2000 02:53:01')).toMatchObject({ offsetMinutes: null });
  });

  it.each([
    ['', { kind: 'empty' }],
    ['yesterday', { kind: 'no-known-form' }],
    ['32 Feb 2024 10:15:02 +0000', { kind: 'out-of-range', part: 'day' }],
    ['13 Foo 2024 10:15:02 +0000', { kind: 'unknown-month', month: 'Foo' }],
    ['13 Feb 2024 25:15:02 +0000', { kind: 'out-of-range', part: 'time' }],
  ])('refuses %j: %j', (text, reason) => {
    expect(parseDate(text)).toMatchObject({ ok: false, reason });
  });
});
