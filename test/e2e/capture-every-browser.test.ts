// Right-click capture in every browser (driver.ts). No headless browser can click its native context menu,
// so the tests check that the three items exist and call the handler the menu calls, in the background,
// with the tab of a local page, as capture.test.ts does in Chromium. Runs the e2e builds, which hold the
// host access to 127.0.0.1 that a real click's activeTab grant would give (harness.ts, e2eExtensionDir).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDnsServers, type DnsServers } from '../helpers/dns-servers';
import { startCapturePages, type CapturePages } from './capture-pages';
import { BROWSERS, launchDriver, type DriverPage, type ExtensionDriver } from './driver';
import { makeFixtures, type E2eFixtures } from './messages';
import { setSettings } from './ui-helpers';

const MENU = { selection: 'mailtrust-inspect-selection', link: 'mailtrust-inspect-link', page: 'mailtrust-inspect-page' } as const;

describe.each(BROWSERS)('right-click capture in %s', (browserName) => {
  let fixtures: E2eFixtures;
  let dns: DnsServers;
  let pages: CapturePages;
  let driver: ExtensionDriver;

  beforeAll(async () => {
    fixtures = await makeFixtures();
    dns = await startDnsServers({ extraZones: fixtures.zones });
    pages = await startCapturePages(fixtures);
    driver = await launchDriver(browserName, { build: 'e2e' });
    await setSettings(driver, { resolver: 'custom', customUrl: dns.dohUrl, timeoutMs: 2000 });
  });
  afterAll(async () => {
    await driver?.close();
    await dns?.stop();
    await pages?.close();
  });

  /** Clicks a menu item (through the handler the menu calls), on the tab of a local page when one is given. */
  async function clickMenu(info: { menuItemId: string; selectionText?: string; linkUrl?: string }, path?: string): Promise<DriverPage> {
    let tabId: number | undefined;
    let tab: DriverPage | undefined;
    let pageUrl = 'https://mail.example/show-original';
    if (path) {
      pageUrl = pages.origin + path;
      tab = await driver.openUrl(pageUrl);
      // Not tabs.query({ url }): a match pattern has no port in Firefox.
      tabId = await driver.background(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, pageUrl);
      expect(tabId).toBeTypeOf('number');
    }
    const report = await driver.pageOpenedBy(`${driver.origin}/report.html?capture=`, () =>
      driver.background(
        async ([click, tab], scope) => {
          if (!scope.mailtrustMenuClick) throw new Error('the background did not register its menu handler');
          await scope.mailtrustMenuClick(click, tab ?? undefined);
        },
        [{ ...info, pageUrl }, tabId ?? null] as const,
      ),
    );
    await tab?.close();
    return report;
  }

  it('creates the three context-menu items on install', async () => {
    for (const id of Object.values(MENU)) {
      // update() rejects for an id that does not exist, so its success proves the item is there.
      await expect
        .poll(() => driver.background((menuId) => chrome.contextMenus.update(menuId, {}).then(() => 'exists', (e: Error) => e.message), id))
        .toBe('exists');
    }
    expect(await driver.background(() => chrome.contextMenus.update('no-such-item', {}).then(() => 'exists', () => 'missing'), undefined)).toBe('missing');
  });

  it('selection: opens the report on the selected header block', async () => {
    const report = await clickMenu({ menuItemId: MENU.selection, selectionText: fixtures.direct.split('\r\n\r\n')[0]! });
    await report.waitFor('export', 'present', 60_000);
    expect(await report.text('capture-source')).toContain('Selected on a page');
    expect(await report.text('fact-subject')).toBe('Monthly update');
    expect(await report.text('fact-input')).toContain('header block only');
    expect(await report.errors()).toEqual([]);
    await report.close();
  });

  it('page: reads the message from a Gmail "Show original" page and analyses it', async () => {
    const report = await clickMenu({ menuItemId: MENU.page }, '/gmail-original');
    await report.waitFor('export', 'present', 60_000);
    expect(await report.text('capture-source')).toContain('From a page');
    expect(await report.text('fact-subject')).toBe('Monthly update');
    expect(await report.text('fact-input')).toBe('full message');
    await report.close();
  });

  it('page: says so when the page shows no message source', async () => {
    const report = await clickMenu({ menuItemId: MENU.page }, '/nothing');
    await expect.poll(() => report.text('capture-unavailable')).toContain('No message source found on this page');
    await report.close();
  });

  it("link: downloads the linked .eml with the page's session and analyses it", async () => {
    // Without the page's cookie the download is refused, so a fetch from anywhere else would fail.
    expect((await fetch(`${pages.origin}/ticket/77/original.eml`)).status).toBe(403);
    const report = await clickMenu({ menuItemId: MENU.link, linkUrl: `${pages.origin}/ticket/77/original.eml` }, '/ticket/77');
    await report.waitFor('export', 'present', 60_000);
    expect(await report.text('capture-source')).toContain('From a link');
    expect(await report.text('fact-subject')).toBe('Order #4411 did not arrive');
    expect(await report.count('[data-testid="dkim-card"]')).toBe(3);
    await report.close();
  });
});
