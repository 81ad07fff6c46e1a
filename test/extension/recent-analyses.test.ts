// The recent analyses: the last 20, newest first, each reopenable from the text kept; the same message
// analysed again moves up; "keep none" stores nothing; a damaged entry is dropped, not fatal.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addRecent, clearRecent, loadRecent, readRecent, RECENT_LIMIT, RECENT_TEXT_MAX_CHARS, recordAnalysis } from '../../extension/recent-analyses';
import { analyze } from '../../lib/index';
import { OfflineResolver } from '../../lib/dns/offline-resolver';
import type { Report } from '../../lib/report/types';

const now = new Date('2026-11-27T10:01:00Z');
const headers = (n: number) =>
  `Received: from mail.example.com (mail.example.com [192.0.2.1])\r\n\tby mx.receiver.example; Fri, 27 Nov 2026 10:00:05 +0000\r\nFrom: Shop <orders@shop.example>\r\nTo: agent@receiver.example\r\nSubject: Order ${n}\r\nDate: Fri, 27 Nov 2026 10:00:00 +0000\r\nMessage-ID: <order-${n}@shop.example>\r\n`;
const messageText = (n: number, body = 'Hello.\r\n') => `${headers(n)}\r\n${body}`;
const reportOf = (text: string): Promise<Report> => analyze(text, { resolver: new OfflineResolver(), now });

describe('addRecent', () => {
  it('puts the analysis on top with its subject, sender, verdict and time, and the text to reopen it', async () => {
    const text = messageText(1);
    const report = await reportOf(text);
    const [entry] = addRecent([], report, text, 1234, 'id-1');
    expect(entry).toEqual({ id: 'id-1', subject: 'Order 1', sender: 'orders@shop.example', level: report.verdict.level, analysedAt: 1234, text, bodyKept: true });
  });

  it('keeps the last RECENT_LIMIT, newest first', async () => {
    let list = readRecent(undefined);
    for (let n = 1; n <= RECENT_LIMIT + 1; n++) list = addRecent(list, await reportOf(messageText(n)), messageText(n), n);
    expect(list).toHaveLength(RECENT_LIMIT);
    expect(list[0]!.subject).toBe(`Order ${RECENT_LIMIT + 1}`);
    expect(list.at(-1)!.subject).toBe('Order 2');
  });

  it('moves the same message analysed again to the top instead of listing it twice', async () => {
    const [one, two] = [messageText(1), messageText(2)];
    let list = addRecent([], await reportOf(one), one, 1);
    list = addRecent(list, await reportOf(two), two, 2);
    list = addRecent(list, await reportOf(one), one, 3);
    expect(list.map((entry) => [entry.subject, entry.analysedAt])).toEqual([['Order 1', 3], ['Order 2', 2]]);
  });

  it('keeps only the header section of a message over RECENT_TEXT_MAX_CHARS, and says so', async () => {
    const text = messageText(7, 'QUJD'.repeat(RECENT_TEXT_MAX_CHARS / 4));
    const [entry] = addRecent([], await reportOf(text), text, 1);
    expect(entry!.bodyKept).toBe(false);
    expect(entry!.text).toBe(headers(7));
  });
});

describe('readRecent', () => {
  it('drops damaged entries and keeps the others', async () => {
    const good = addRecent([], await reportOf(messageText(1)), messageText(1), 1);
    expect(readRecent([...good, { id: 'x', level: 'great' }, null, 'text'])).toEqual(good);
    expect(readRecent({ not: 'a list' })).toEqual([]);
  });
});

describe('recordAnalysis, in browser storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores the analysis when kept, and clearRecent empties the list', async () => {
    await recordAnalysis(await reportOf(messageText(1)), messageText(1), true);
    expect((await loadRecent()).map((entry) => entry.subject)).toEqual(['Order 1']);
    await clearRecent();
    expect(await loadRecent()).toEqual([]);
  });

  it('stores nothing with "keep none", nor for an input that is not an email', async () => {
    await recordAnalysis(await reportOf(messageText(1)), messageText(1), false);
    await recordAnalysis(await reportOf('just a sentence'), 'just a sentence', true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
