// The extension as agents use it, in every browser it ships for (driver.ts): Chromium with the Chrome build,
// headless Firefox ESR with the Firefox build, both against real DNS (BIND behind dnsdist's DoH endpoint on
// 127.0.0.1, chosen as the custom resolver). A test written here runs in both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDnsServers, type DnsServers } from '../helpers/dns-servers';
import { BROWSERS, launchDriver, type ExtensionDriver } from './driver';
import { EDGE_IP, makeFixtures, PAYLOAD_IMG, PAYLOAD_SCRIPT, type E2eFixtures } from './messages';
import { expandAll, openReportIn, setSettings } from './ui-helpers';

const KNOWN_RESOLVERS = ['https://cloudflare-dns.com/*', 'https://dns.google/*', 'https://dns.quad9.net/*'];

describe.each(BROWSERS)('MailTrust in %s', (browserName) => {
  let fixtures: E2eFixtures;
  let dns: DnsServers;
  let driver: ExtensionDriver;

  beforeAll(async () => {
    fixtures = await makeFixtures();
    dns = await startDnsServers({ extraZones: fixtures.zones });
    driver = await launchDriver(browserName);
    // Each test can run alone (-t): the resolver is set here too, and the options test sets it through the UI.
    await setSettings(driver, { resolver: 'custom', customUrl: dns.dohUrl, timeoutMs: 2000 });
  });
  afterAll(async () => {
    await driver?.close();
    await dns?.stop();
  });

  it('is installed with host access to the three known resolvers granted, and nothing broader', async () => {
    const granted = await driver.background(() => chrome.permissions.getAll(), undefined);
    expect([...(granted.origins ?? [])].sort()).toEqual(KNOWN_RESOLVERS);
    expect(granted.permissions).toEqual(expect.arrayContaining(['contextMenus', 'storage', 'scripting']));
    const manifest = await driver.background(() => chrome.runtime.getManifest(), undefined);
    expect(manifest.manifest_version).toBe(3);
    if (browserName === 'firefox') {
      // ESR 140 can install it (data_collection_permissions is read from 140 on desktop, 142 on Android).
      expect((manifest as { browser_specific_settings?: unknown }).browser_specific_settings).toMatchObject({
        gecko: { id: 'mailtrust@mailtrust.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
        gecko_android: { strict_min_version: '142.0' },
      });
    }
  });

  it("hears a page's uncaught errors, so the tests' `errors` checks can fail", async () => {
    const page = await driver.openPage('options.html');
    await page.evaluate(() => void setTimeout(() => { throw new Error('thrown by the test'); }, 0), undefined);
    await expect.poll(async () => (await page.errors()).join('\n')).toContain('thrown by the test');
    await page.close();
  });

  it('takes the local DoH server as a custom resolver in the options page', async () => {
    await setSettings(driver, { resolver: 'cloudflare', customUrl: '' });
    const page = await driver.openPage('options.html');
    await page.click('resolver-custom');
    await page.fill('custom-url', 'ftp://127.0.0.1/dns-query');
    await page.click('save');
    await expect.poll(() => page.text('options-error')).toContain('https:');
    await page.fill('custom-url', dns.dohUrl);
    await page.fill('timeout', '2');
    await page.click('save');
    await page.waitFor('saved');
    await page.screenshot('options');
    const stored = await driver.background(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>, undefined);
    expect(stored).toMatchObject({ resolver: 'custom', customUrl: dns.dohUrl, timeoutMs: 2000, offline: false });
    expect(await page.errors()).toEqual([]);
    await page.close();
  });

  it('analyses on paste in the popup (opened as a tab): progress, then the verdict from real DNS', async () => {
    const page = await driver.openPage('popup.html');
    // Record whether progress was ever on screen before the final verdict.
    await page.evaluate(() => {
      const seen = ((globalThis as { seen?: string[] }).seen = [] as string[]);
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="progress"]')) seen.push('progress');
      }).observe(document.body, { childList: true, subtree: true });
    }, undefined);
    await page.fill('source', fixtures.direct);
    await page.dispatch('source', 'paste');
    await expect.poll(() => page.attribute('verdict-level', 'data-level'), { timeout: 30_000 }).toMatch(/^(trusted|low-trust|likely-suspended|unknown)$/);
    await page.waitFor('progress', 'absent');
    expect(await page.evaluate(() => (globalThis as { seen?: string[] }).seen?.length ?? 0, undefined)).toBeGreaterThan(0);
    // The verdict's DNS came from the local server (no other test in this browser queried signed.test before;
    // not "more than before": a retry of this test is answered from the background's DNS cache).
    expect(dns.queriesFor('signed.test')).toBeGreaterThan(0);
    expect(await page.text('popup-subject')).toContain('Monthly update');
    expect(await page.text('verdict-summary')).not.toBe('');
    await page.screenshot('popup-light');
    await setSettings(driver, { theme: 'dark' });
    const dark = await driver.openPage('popup.html');
    await expect.poll(() => dark.text('popup-subject'), { timeout: 30_000 }).toContain('Monthly update');
    await dark.waitFor('progress', 'absent');
    expect(await dark.evaluate(() => document.documentElement.dataset.theme, undefined)).toBe('dark');
    await dark.screenshot('popup-dark');
    await setSettings(driver, { theme: 'system' });

    // The full report, opened from the popup through the background.
    const report = await driver.pageOpenedBy(`${driver.origin}/report.html`, () => dark.click('open-report'));
    await report.waitFor('export', 'present', 60_000);
    expect(await report.text('fact-subject')).toBe('Monthly update');
    expect([...(await page.errors()), ...(await dark.errors()), ...(await report.errors())]).toEqual([]);
    await Promise.all([report.close(), dark.close(), page.close()]);
  });

  it('explains a 30-hop, three-signature, forwarded message in the full report, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      await setSettings(driver, { theme });
      const page = await openReportIn(driver, fixtures.forwarded);
      expect(await page.evaluate(() => document.documentElement.dataset.theme, undefined)).toBe(theme);
      expect(await page.attribute('verdict-level', 'data-level')).toMatch(/^(trusted|low-trust|likely-suspended)$/);
      await page.screenshot(`report-${theme}`);
      await expandAll(page);
      expect(await page.count('[data-testid="timeline"] > li')).toBe(30);
      expect(await page.text('fact-edge')).toContain(EDGE_IP);
      expect(await page.count('[data-testid="dkim-card"]')).toBe(3);
      expect(await page.text('dmarc-alignment')).toContain('author.test');
      expect(await page.text('dns-summary')).toContain(dns.dohUrl);
      expect(await page.count('[data-testid="dns-log"] tbody tr')).toBeGreaterThan(5);
      expect(await page.errors()).toEqual([]);
      await page.close();
    }
    await setSettings(driver, { theme: 'system' });
  });

  it('offline mode: headers only, and not one DNS query leaves the browser', async () => {
    await setSettings(driver, { offline: true });
    try {
      const before = dns.queriesFor('signed.test');
      const page = await openReportIn(driver, fixtures.direct);
      await expandAll(page);
      expect(await page.text('dns-summary')).toContain('Offline mode');
      expect(await page.count('[data-testid="dns-log"]')).toBe(0);
      expect(await page.text('fact-subject')).toBe('Monthly update');
      expect(dns.queriesFor('signed.test')).toBe(before);
      await page.close();
    } finally {
      await setSettings(driver, { offline: false });
    }
  });

  it('renders script and HTML from the Subject, the From name and a DNS TXT record as text, and runs none of it', async () => {
    const report = await openReportIn(driver, fixtures.hostile);
    await expandAll(report);
    expect(await report.evaluate(() => document.body.innerText, undefined)).toContain(PAYLOAD_SCRIPT);
    expect(await report.text('fact-from')).toContain(PAYLOAD_IMG.replace(/"/g, "'"));
    // The TXT record, as the DNS server holds it, shown in the DMARC card.
    expect(await report.text('dmarc-card')).toContain(PAYLOAD_SCRIPT);
    const popup = await driver.openPage('popup.html');
    await popup.fill('source', fixtures.hostile);
    await popup.click('analyze');
    await expect.poll(() => popup.text('popup-subject'), { timeout: 30_000 }).toContain(PAYLOAD_SCRIPT);
    await popup.waitFor('progress', 'absent');
    for (const page of [report, popup]) {
      expect(await page.evaluate(() => (globalThis as { __mailtrustPwned?: unknown }).__mailtrustPwned ?? null, undefined)).toBeNull();
      expect(await page.count('main script, main img')).toBe(0);
      expect(await page.errors()).toEqual([]);
      await page.close();
    }
  });

  it('shows the pages in French when the options say so', async () => {
    const options = await driver.openPage('options.html');
    await options.select('language', 'fr');
    await options.click('save');
    await options.waitFor('saved');
    await options.reload();
    await expect.poll(() => options.evaluate(() => document.querySelector('h1')?.textContent, undefined)).toBe('Options de MailTrust');
    await options.close();
    try {
      const popup = await driver.openPage('popup.html');
      await expect.poll(() => popup.text('analyze')).toBe('Analyser');
      await popup.close();
      const report = await openReportIn(driver, fixtures.direct);
      expect(await report.evaluate(() => [document.documentElement.lang, document.querySelector('h1')?.textContent], undefined)).toEqual(['fr', 'Rapport MailTrust']);
      expect(await report.text('fact-evaluated-hop')).toBe("saut d'entrée");
      // signed.test sends no DKIM signature and its server's names fall short of the article: low trust.
      expect(await report.text('verdict-level')).toBe('Confiance faible');
      await report.screenshot('report-fr');
      await report.close();
    } finally {
      await setSettings(driver, { language: 'browser' });
    }
  });
});
