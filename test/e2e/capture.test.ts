// The right-click paths on local pages (node:http on 127.0.0.1): a page imitating Gmail's "Show original",
// a helpdesk page whose "original email" link needs the page's session cookie, a .eml shown as plain text,
// and a page with the headers in an ordinary <pre>. Runs the e2e build, which holds the host access a
// real click's activeTab grant would give (harness.ts, e2eExtensionDir).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startDnsServers, type DnsServers } from '../helpers/dns-servers';
import { collectPageErrors, launchExtension, type LoadedExtension } from './harness';
import { startCapturePages, type CapturePages } from './capture-pages';
import { makeFixtures, type E2eFixtures } from './messages';
import { setSettings, waitForFinalReport } from './ui-helpers';

describe('context-menu capture on local pages', () => {
  let fixtures: E2eFixtures;
  let dns: DnsServers;
  let ext: LoadedExtension;
  let server: CapturePages;
  let origin: string;

  beforeAll(async () => {
    fixtures = await makeFixtures();
    dns = await startDnsServers({ extraZones: fixtures.zones });
    server = await startCapturePages(fixtures);
    origin = server.origin;
    ext = await launchExtension({ build: 'e2e' });
    await setSettings(ext, { resolver: 'custom', customUrl: dns.dohUrl, timeoutMs: 2000 });
  });
  afterAll(async () => {
    await ext?.close();
    await dns?.stop();
    await server?.close();
  });

  /** Opens a local page, then clicks the menu item (through the handler the menu calls) on its tab. */
  async function clickMenu(path: string, info: { menuItemId: string; linkUrl?: string }): Promise<Page> {
    const page = await ext.context.newPage();
    await page.goto(origin + path);
    const tabId = await ext.serviceWorker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
    expect(tabId).toBeTypeOf('number');
    const opened = ext.context.waitForEvent('page');
    await ext.serviceWorker.evaluate(
      ([click, tab]) => (globalThis as unknown as { mailtrustMenuClick: (info: object, tabId?: number) => Promise<void> }).mailtrustMenuClick(click, tab),
      [{ ...info, pageUrl: page.url() }, tabId] as const,
    );
    const report = await opened;
    await page.close();
    return report;
  }

  it('page: reads the message from a Gmail "Show original" page and analyses it', async () => {
    const report = await clickMenu('/gmail-original', { menuItemId: 'mailtrust-inspect-page' });
    const errors = collectPageErrors(report);
    await waitForFinalReport(report);
    expect(await report.getByTestId('capture-source').textContent()).toContain('From a page');
    expect(await report.getByTestId('fact-subject').textContent()).toBe('Monthly update');
    expect(await report.getByTestId('fact-input').textContent()).toBe('full message');
    expect(errors).toEqual([]);
    await report.close();
  });

  it('page: a .eml shown as plain text, and otherwise the largest <pre> that reads as headers', async () => {
    const plain = await clickMenu('/raw.eml', { menuItemId: 'mailtrust-inspect-page' });
    await waitForFinalReport(plain);
    expect(await plain.getByTestId('fact-subject').textContent()).toBe('Monthly update');
    await plain.close();
    const helpdesk = await clickMenu('/helpdesk-view', { menuItemId: 'mailtrust-inspect-page' });
    await waitForFinalReport(helpdesk);
    expect(await helpdesk.getByTestId('fact-subject').textContent()).toBe('Order #4411 did not arrive');
    expect(await helpdesk.getByTestId('fact-input').textContent()).toBe('header block only');
    await helpdesk.close();
  });

  it('page: reads the message source dialog of Outlook on the web', async () => {
    const report = await clickMenu('/owa', { menuItemId: 'mailtrust-inspect-page' });
    await waitForFinalReport(report);
    expect(await report.getByTestId('fact-subject').textContent()).toBe('Monthly update');
    await report.close();
  });

  it('page: says so when the page shows no message source', async () => {
    const report = await clickMenu('/nothing', { menuItemId: 'mailtrust-inspect-page' });
    await expect.poll(() => report.getByTestId('capture-unavailable').textContent()).toContain('No message source found on this page');
    await report.close();
  });

  it('link: downloads the linked .eml with the page\'s session and analyses it', async () => {
    // Without the page's cookie the download is refused, so a fetch from anywhere else would fail.
    expect((await fetch(`${origin}/ticket/77/original.eml`)).status).toBe(403);
    const report = await clickMenu('/ticket/77', { menuItemId: 'mailtrust-inspect-link', linkUrl: `${origin}/ticket/77/original.eml` });
    await waitForFinalReport(report);
    expect(await report.getByTestId('capture-source').textContent()).toContain('From a link');
    expect(await report.getByTestId('fact-subject').textContent()).toBe('Order #4411 did not arrive');
    expect(await report.locator('[data-testid="dkim-card"]').count()).toBe(3);
    await report.close();
  });

  it('link: a refused download is reported with its status', async () => {
    const report = await clickMenu('/ticket/77', { menuItemId: 'mailtrust-inspect-link', linkUrl: `${origin}/missing.eml` });
    await expect.poll(() => report.getByTestId('capture-unavailable').textContent()).toContain('404');
    await report.close();
  });
});
