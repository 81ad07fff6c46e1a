// The paste area shows a large text's beginning only (Chromium freezes laying out megabytes in a textarea).
import { describe, expect, it } from 'vitest';
import { isLargeText, kilobytes, LARGE_TEXT_CHARS, megabytes, PREVIEW_CHARS, shownText, takeText, WHOLE_TEXT_MAX_CHARS } from '../../../entrypoints/popup/shown-text';
import { analyze } from '../../../lib/index';
import { OfflineResolver } from '../../../lib/dns/offline-resolver';

describe('shownText', () => {
  it('shows a text up to the limit whole', () => {
    const text = 'x'.repeat(LARGE_TEXT_CHARS);
    expect(isLargeText(text)).toBe(false);
    expect(shownText(text)).toBe(text);
  });

  it('shows only the first PREVIEW_CHARS characters of a larger text, a prefix of it', () => {
    const text = 'From: a@b.example\n\n' + 'y'.repeat(LARGE_TEXT_CHARS);
    expect(isLargeText(text)).toBe(true);
    expect(shownText(text)).toHaveLength(PREVIEW_CHARS);
    expect(text.startsWith(shownText(text))).toBe(true);
  });

  it('gives the size in MB with one decimal', () => {
    expect(megabytes('z'.repeat(20 * 1024 * 1024))).toBe('20.0');
  });
});

describe('takeText (what the popup keeps of a paste)', () => {
  const header = 'Received: from mx.example.com (mx.example.com [192.0.2.1])\r\n\tby in.example.net; Fri, 27 Nov 2026 10:00:05 +0000\r\nFrom: Alice <alice@example.com>\r\nTo: help@example.net\r\nSubject: Big attachment\r\nDate: Fri, 27 Nov 2026 10:00:00 +0000\r\nMessage-ID: <big@example.com>\r\n';
  const body = (chars: number) => 'QUJD'.repeat(Math.ceil(chars / 4)).slice(0, chars);

  it('keeps a text up to WHOLE_TEXT_MAX_CHARS whole', () => {
    const text = header + '\r\n' + body(WHOLE_TEXT_MAX_CHARS - header.length - 2);
    expect(takeText(text)).toEqual({ kind: 'whole', text });
  });

  it('keeps only the header section of a 40 MiB paste, and says how much was pasted', () => {
    const text = header + '\r\n' + body(40 * 1024 * 1024 - header.length - 2);
    const taken = takeText(text);
    expect(taken).toEqual({ kind: 'head', text: header, pastedChars: 40 * 1024 * 1024 });
    expect(megabytes(taken.kind === 'head' ? taken.pastedChars : 0)).toBe('40.0');
    expect(kilobytes(taken.text)).toBe('1');
  });

  it('finds the headers below leading blank lines and a Gmail-style note, as the analysis does', () => {
    const text = '\r\n\r\nPlease check this one:\r\n\r\n' + header + '\r\n' + body(WHOLE_TEXT_MAX_CHARS);
    const taken = takeText(text);
    expect(taken.kind).toBe('head');
    expect(taken.text).toContain('Subject: Big attachment');
    expect(taken.text).toContain('Message-ID: <big@example.com>');
    expect(taken.text).not.toContain('QUJD');
  });

  it('keeps whole lines of a paste with no blank line in its first MiB', () => {
    const text = header + 'X-Filler: ' + 'z'.repeat(2 * 1024 * 1024) + '\r\n' + header;
    const taken = takeText(text.padEnd(WHOLE_TEXT_MAX_CHARS + 1, 'z'));
    expect(taken.kind).toBe('head');
    expect(taken.text).toBe(header);
  });

  it('gives the analysis a header block, so DKIM body hashes are "not checked", never a failure of a cut body', async () => {
    const taken = takeText(header + '\r\n' + body(WHOLE_TEXT_MAX_CHARS));
    const report = await analyze(taken.text, { resolver: new OfflineResolver(), now: new Date('2026-11-27T10:01:00Z') });
    expect(report.input.kind).toBe('headers-only');
    expect(report.message.subject).toBe('Big attachment');
  });
});
