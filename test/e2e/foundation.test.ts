// The foundation, driven in real Chromium: the popup's header table on a real message, the clear
// messages for bad input, the draft that survives closing the popup, the three context-menu items
// and the selection path through the service worker to the report tab.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { collectPageErrors, launchExtension, testdataDir, type LoadedExtension } from './harness';

const zproov = readFileSync(join(testdataDir, 'realworld/mailauth/zproov.eml'), 'utf8');

/** Header field names of a message, read independently of the code under test: every line of the
 * header section that does not start with whitespace starts a field. */
function fieldNames(message: string): string[] {
  const headerSection = message.split(/\r?\n\r?\n/)[0]!;
  return headerSection
    .split(/\r?\n/)
    .filter((line) => !/^[ \t]/.test(line))
    .map((line) => line.slice(0, line.indexOf(':')));
}

/** Field names as the report's raw-header view shows them: the lines that do not start with whitespace. */
async function rawFieldNames(page: Page): Promise<string[]> {
  const lines = await page.$$eval('[data-testid="raw-headers"] .raw-text', (spans) => spans.map((span) => span.textContent ?? ''));
  return lines.filter((line) => !/^[ \t]/.test(line)).map((line) => line.slice(0, line.indexOf(':')));
}

async function renderedRows(page: Page): Promise<{ name: string; value: string }[]> {
  return page.$$eval('.header-table tbody tr', (rows) =>
    rows.map((row) => ({ name: row.querySelector('th')?.textContent ?? '', value: row.querySelector('td')?.textContent ?? '' })),
  );
}

describe('the extension in Chromium', () => {
  let ext: LoadedExtension;

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('has a manifest with contextMenus and storage, and no <all_urls> host permission', async () => {
    const manifest = await ext.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions).toEqual(expect.arrayContaining(['contextMenus', 'storage']));
    const hosts = [...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
    expect(hosts).not.toContain('<all_urls>');
    expect(hosts.filter((h) => h.startsWith('http://'))).toEqual([]);
  });

  it('lists the header fields of a real message, in order, in the popup', async () => {
    const page = await ext.openPage('popup.html');
    const errors = collectPageErrors(page);
    await page.getByTestId('source').fill(zproov);
    await page.getByTestId('analyze').click();
    await page.waitForSelector('.header-table tbody tr', { state: 'attached' });

    const rows = await renderedRows(page);
    expect(rows.map((r) => r.name)).toEqual(fieldNames(zproov));
    expect(rows[0]).toEqual({ name: 'Delivered-To', value: 'andris@zone.ee' });
    expect(rows[1]).toEqual({ name: 'Return-Path', value: '<andris.reinman@gmail.com>' });
    // A folded Received field is shown unfolded, as one value.
    const received = rows.find((r) => r.name === 'Received');
    expect(received?.value).toContain('by zonemx.eu (Haraka/2.8.25) with ESMTPS');
    expect(errors).toEqual([]);
    await ext.screenshot(page, 'popup-header-table');
    await page.close();
  });

  it('says clearly what is wrong with empty input, binary garbage and text without headers', async () => {
    const page = await ext.openPage('popup.html');
    const errors = collectPageErrors(page);
    const problem = page.getByTestId('input-problem');

    await page.getByTestId('source').fill('   \n  ');
    await page.getByTestId('analyze').click();
    await expect.poll(() => problem.textContent()).toContain('Nothing to analyse');

    const garbage = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    await page.getByTestId('source').fill(garbage);
    await page.getByTestId('analyze').click();
    await expect.poll(() => problem.textContent()).toContain('binary data');

    await page.getByTestId('source').fill('Dear support,\nmy order did not arrive.\nThanks');
    await page.getByTestId('analyze').click();
    await expect.poll(() => problem.textContent()).toContain('No header lines');

    // A note whose only "Name: value" lines are not an email's fields: named, not analysed as a message.
    await page.getByTestId('source').fill('Dear support,\nNote: my order did not arrive.\nOrder: 1234\nThanks');
    await page.getByTestId('analyze').click();
    await expect.poll(() => problem.textContent()).toBe('Found 2 lines of the form "Name: value" (Note, Order), but none is a field of an email (such as From, Date, Subject or Received): this does not look like an email message or header block.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('handles a 20 MB paste: the header table, no exception, and the draft is kept', async () => {
    const page = await ext.openPage('popup.html');
    const errors = collectPageErrors(page);
    const headerBlock = zproov.split(/\r?\n\r?\n/)[0]!;
    // The 20 MB text is made inside the page (sending it over the DevTools protocol is what would be slow)
    // and entered the way a paste enters it: the textarea's value changes and an input event fires.
    const length = await page.evaluate((headers) => {
      const line = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\n';
      const big = headers + '\r\n\r\n' + line.repeat(Math.ceil((20 * 1024 * 1024) / line.length));
      const area = document.querySelector('textarea')!;
      area.value = big;
      area.dispatchEvent(new Event('input', { bubbles: true }));
      // A textarea's value has its line breaks normalised to LF (HTML §4.10.11), so measure it there.
      return area.value.length;
    }, headerBlock);
    expect(length).toBeGreaterThan(20 * 1024 * 1024);
    // The area shows the text's first 64 KB, read-only (laying out 20 MB froze the popup for ~20 s); the
    // popup holds the whole text, as the draft's length below proves.
    const area = page.getByTestId('source');
    await expect.poll(async () => (await area.inputValue()).length).toBe(64 * 1024);
    expect(await area.getAttribute('readonly')).not.toBeNull();
    expect(await page.getByTestId('large-text-notice').textContent()).toContain('20.0 MB');
    await page.getByTestId('analyze').click();
    await page.waitForSelector('.header-table tbody tr', { state: 'attached' });
    expect((await renderedRows(page)).length).toBe(fieldNames(zproov).length);
    await expect
      .poll(() => ext.serviceWorker.evaluate(async () => ((await chrome.storage.local.get('draft')).draft as string | undefined)?.length ?? 0), { timeout: 20_000 })
      .toBe(length);
    // Clear gives back an empty, editable area for the next message.
    await page.getByTestId('clear-source').click();
    await expect.poll(() => area.inputValue()).toBe('');
    expect(await area.getAttribute('readonly')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the pasted draft when the popup closes and reopens', async () => {
    // A textarea's value has its line breaks normalised to LF (HTML §4.10.11).
    const asTyped = zproov.replace(/\r\n/g, '\n');
    await ext.serviceWorker.evaluate(() => chrome.storage.local.remove('draft')); // start from no draft
    const first = await ext.openPage('popup.html');
    await first.getByTestId('source').fill(zproov);
    await expect
      .poll(() => ext.serviceWorker.evaluate(async () => (await chrome.storage.local.get('draft')).draft))
      .toBe(asTyped);
    await first.close();
    const second = await ext.openPage('popup.html');
    await expect.poll(() => second.getByTestId('source').inputValue()).toBe(asTyped);
    await second.close();
  });

  it('creates the three context-menu items on install', async () => {
    const ids = ['mailtrust-inspect-selection', 'mailtrust-inspect-link', 'mailtrust-inspect-page'];
    for (const id of ids) {
      // update() rejects for an id that does not exist, so its success proves the item is there.
      await expect
        .poll(() => ext.serviceWorker.evaluate((menuId) => chrome.contextMenus.update(menuId, {}).then(() => 'exists', (e: Error) => e.message), id))
        .toBe('exists');
    }
    const missing = await ext.serviceWorker.evaluate(() => chrome.contextMenus.update('no-such-item', {}).then(() => 'exists', () => 'missing'));
    expect(missing).toBe('missing');
  });

  it('opens the report tab on the selected text when the selection item is clicked', async () => {
    const headerBlock = zproov.split(/\r?\n\r?\n/)[0]!;
    const opened = ext.context.waitForEvent('page');
    await ext.serviceWorker.evaluate(
      (text) =>
        (globalThis as unknown as { mailtrustMenuClick: (info: object) => Promise<void> }).mailtrustMenuClick({
          menuItemId: 'mailtrust-inspect-selection',
          selectionText: text,
        }),
      headerBlock,
    );
    const report = await opened;
    const errors = collectPageErrors(report);
    expect(report.url()).toMatch(new RegExp(`^chrome-extension://${ext.extensionId}/report.html\\?capture=`));
    await report.waitForSelector('[data-testid="raw-headers"] .raw-text', { state: 'attached' });
    expect(await rawFieldNames(report)).toEqual(fieldNames(zproov));
    await expect.poll(() => report.getByTestId('capture-source').textContent()).toContain('Selected on a page');
    await expect.poll(() => report.getByTestId('fact-input').textContent()).toContain('header block only');
    expect(errors).toEqual([]);
    await ext.screenshot(report, 'report-from-selection');
    await report.close();
  });

  it('tells the user plainly when link or page capture cannot run in the page', async () => {
    // No tab to run in (as on a browser page): the report says what to do instead.
    for (const [menuItemId, expected] of [
      ['mailtrust-inspect-link', 'could not run in the page holding the link (https://helpdesk.example/original.eml)'],
      ['mailtrust-inspect-page', 'cannot read this page (https://mail.example/show-original)'],
    ] as const) {
      const opened = ext.context.waitForEvent('page');
      await ext.serviceWorker.evaluate(
        (info) => (globalThis as unknown as { mailtrustMenuClick: (info: object) => Promise<void> }).mailtrustMenuClick(info),
        { menuItemId, linkUrl: 'https://helpdesk.example/original.eml', pageUrl: 'https://mail.example/show-original' },
      );
      const report = await opened;
      await expect.poll(() => report.getByTestId('capture-unavailable').textContent()).toContain(expected);
      await report.close();
    }
  });

  it('opens the full report from the popup through the background', async () => {
    const page = await ext.openPage('popup.html');
    await page.getByTestId('source').fill(zproov);
    const opened = ext.context.waitForEvent('page');
    await page.getByTestId('open-report').click();
    const report = await opened;
    await report.waitForSelector('[data-testid="raw-headers"] .raw-text', { state: 'attached' });
    expect(await rawFieldNames(report)).toEqual(fieldNames(zproov));
    await expect.poll(() => report.getByTestId('capture-source').textContent()).toContain('Pasted in the popup');
    await report.close();
    await page.close();
  });
});
