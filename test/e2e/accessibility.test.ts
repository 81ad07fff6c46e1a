// axe-core on every page of the extension as it is built, in the light and the dark theme: no serious or
// critical violation (contrast of at least 4.5:1 for text among them, WCAG 2.2 SC 1.4.3). The report is
// opened on the richest test message against real DNS, with every section expanded, so axe sees it all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startDnsServers, type DnsServers } from '../helpers/dns-servers';
import { seriousViolations } from './axe';
import { launchExtension, type LoadedExtension } from './harness';
import { makeFixtures, type E2eFixtures } from './messages';
import { expandAll, openReportOn, setSettings } from './ui-helpers';

const THEMES = ['light', 'dark'] as const;

describe('accessibility (axe-core)', () => {
  let fixtures: E2eFixtures;
  let dns: DnsServers;
  let ext: LoadedExtension;

  beforeAll(async () => {
    fixtures = await makeFixtures();
    dns = await startDnsServers({ extraZones: fixtures.zones });
    ext = await launchExtension();
    await setSettings(ext, { resolver: 'custom', customUrl: dns.dohUrl, timeoutMs: 2000, language: 'en', theme: 'system' });
  });
  afterAll(async () => {
    await ext?.close();
    await dns?.stop();
  });

  async function expectNoneIn(page: Page, theme: (typeof THEMES)[number]) {
    await page.emulateMedia({ colorScheme: theme });
    expect(await seriousViolations(page), theme).toEqual([]);
  }

  it('the popup, empty and with a verdict', async () => {
    const page = await ext.openPage('popup.html');
    await page.getByTestId('source').waitFor();
    for (const theme of THEMES) await expectNoneIn(page, theme);
    await page.getByTestId('source').fill(fixtures.forwarded);
    await page.getByTestId('source').dispatchEvent('paste');
    await page.getByTestId('verdict-level').waitFor({ timeout: 30_000 });
    await page.getByTestId('progress').waitFor({ state: 'detached', timeout: 30_000 });
    await expandAll(page);
    for (const theme of THEMES) await expectNoneIn(page, theme);
    await page.close();
  });

  it('the report, every section open', async () => {
    const page = await openReportOn(ext, fixtures.forwarded);
    await expandAll(page);
    for (const theme of THEMES) await expectNoneIn(page, theme);
    await page.close();
  });

  it('the options page', async () => {
    const page = await ext.openPage('options.html');
    await page.getByTestId('save').waitFor();
    for (const theme of THEMES) await expectNoneIn(page, theme);
    await page.close();
  });
});
