// Recent analyses in the built extension: 21 analyses keep the last 20, one reopens in the report tab,
// Clear empties the list, and "keep none" chosen in the options stores nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { collectPageErrors, launchExtension, type LoadedExtension } from './harness';
import { setSettings, waitForFinalReport } from './ui-helpers';

const message = (n: number) =>
  `Received: from mail.shop.test (mail.shop.test [203.0.113.10])\r\n\tby mx.receiver.test with ESMTPS id R${n}; Fri, 27 Nov 2026 10:00:05 +0000\r\n` +
  `From: Shop <orders@shop.test>\r\nTo: agent@receiver.test\r\nSubject: Order ${n}\r\nDate: Fri, 27 Nov 2026 10:00:00 +0000\r\nMessage-ID: <order-${n}@shop.test>\r\n\r\nHello.\r\n`;

describe('recent analyses', () => {
  let ext: LoadedExtension;

  beforeAll(async () => {
    ext = await launchExtension();
    // Offline: the list is what is tested, not the DNS.
    await setSettings(ext, { offline: true, language: 'en' });
  });
  afterAll(async () => {
    await ext?.close();
  });

  const stored = () => ext.serviceWorker.evaluate(async () => (await chrome.storage.local.get('recent')).recent as { subject: string }[] | undefined);

  async function analyse(page: Page, n: number) {
    await page.getByTestId('source').fill(message(n));
    await page.getByTestId('analyze').click();
    await expect.poll(() => page.getByTestId('popup-subject').textContent()).toContain(`Order ${n}`);
    await expect.poll(async () => (await stored())?.[0]?.subject).toBe(`Order ${n}`);
  }

  it('keeps the last 20 of 21, reopens one in the report, and clears them', async () => {
    const page = await ext.openPage('popup.html');
    const errors = collectPageErrors(page);
    for (let n = 1; n <= 21; n++) await analyse(page, n);
    expect((await stored())!.map((entry) => entry.subject)).toEqual(Array.from({ length: 20 }, (_, i) => `Order ${21 - i}`));

    // A reopened popup lists them, newest first.
    await page.reload();
    await page.getByTestId('recent').evaluate((details) => details.setAttribute('open', ''));
    expect(await page.getByTestId('recent-entry').count()).toBe(20);
    expect(await page.getByTestId('recent-entry').first().textContent()).toContain('Order 21');
    expect(await page.getByTestId('recent-entry').first().textContent()).toContain('orders@shop.test');
    await ext.screenshot(page, 'popup-recent-light');
    expect(await seriousViolations(page)).toEqual([]);

    // Reopen the fifth newest (Order 17): its report opens in a tab.
    const opened = ext.context.waitForEvent('page');
    await page.getByTestId('recent-entry').nth(4).getByRole('button').click();
    const report = await opened;
    await waitForFinalReport(report);
    expect(await report.getByTestId('fact-subject').textContent()).toBe('Order 17');
    await report.close();

    await page.getByTestId('recent-clear').click();
    await page.getByTestId('recent').waitFor({ state: 'detached' });
    expect(await stored()).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('"Keep none" in the options stores nothing and deletes what was kept', async () => {
    const popup = await ext.openPage('popup.html');
    await analyse(popup, 1);
    await popup.close();

    const options = await ext.openPage('options.html');
    expect(await options.getByTestId('recent-privacy').textContent()).toContain('never leaves the browser');
    await options.getByTestId('recent-none').check();
    await options.getByTestId('save').click();
    await options.getByTestId('saved').waitFor();
    expect(await stored()).toBeUndefined();
    await options.close();

    const page = await ext.openPage('popup.html');
    await page.getByTestId('source').fill(message(2));
    await page.getByTestId('analyze').click();
    await expect.poll(() => page.getByTestId('popup-subject').textContent()).toContain('Order 2');
    await page.getByTestId('verdict-level').waitFor();
    // The report tab records too: opening it must not store anything either.
    const opened = ext.context.waitForEvent('page');
    await page.getByTestId('open-report').click();
    const report = await opened;
    await waitForFinalReport(report);
    expect(await stored()).toBeUndefined();
    expect(await page.getByTestId('recent').count()).toBe(0);
    await report.close();
    await page.close();
  });
});
