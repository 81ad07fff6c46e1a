// The screenshot matrix: the popup and the report for a trusted, a low-trust, a suspended and an unknown
// message, in light and dark, in English and French, to test-results/screenshots/<page>-<verdict>-<theme>-<lang>.png.
// Each shows the verdict level its message was made for. One browser for the whole matrix; the four
// reports of a language are analysed side by side and captured one after the other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startDnsServers, type DnsServers } from '../helpers/dns-servers';
import { collectPageErrors, launchExtension, type LoadedExtension } from './harness';
import { openReportOn, setSettings } from './ui-helpers';
import { verdict as enVerdict } from '../../lib/i18n/en/verdict';
import { verdict as frVerdict } from '../../lib/i18n/fr/verdict';
import { makeVerdictMessages, VERDICT_LEVELS, type VerdictLevelName, type VerdictMessages } from './verdict-messages';

const LANGS = ['en', 'fr'] as const;
const LEVEL_WORDS = { en: enVerdict.levels, fr: frVerdict.levels };
const THEMES = ['light', 'dark'] as const;
/** The popup's size in Chromium's toolbar (the trial: 581 x 600). */
const POPUP_VIEWPORT = { width: 600, height: 600 };

describe('screenshot matrix: popup and report, four verdicts, two themes, two languages', () => {
  let verdicts: VerdictMessages;
  let dns: DnsServers;
  let ext: LoadedExtension;

  beforeAll(async () => {
    verdicts = await makeVerdictMessages();
    dns = await startDnsServers({ extraZones: verdicts.zones });
    ext = await launchExtension({ timezoneId: 'Europe/Paris' });
  });
  afterAll(async () => {
    await ext?.close();
    await dns?.stop();
  });

  /** The level the page shows, as data and as the words of its language. */
  async function expectLevel(page: Page, level: VerdictLevelName, lang: (typeof LANGS)[number]) {
    const shown = page.getByTestId('verdict-level');
    expect(await shown.getAttribute('data-level'), level).toBe(level);
    expect(await shown.textContent(), level).toContain(LEVEL_WORDS[lang][level]);
  }

  async function shoot(page: Page, kind: 'popup' | 'report', level: VerdictLevelName, lang: string) {
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });
      await ext.screenshot(page, `${kind}-${level}-${theme}-${lang}`);
    }
  }

  for (const lang of LANGS) {
    it(`${lang}: the popup shows each message's verdict level`, async () => {
      await setSettings(ext, { resolver: 'custom', customUrl: dns.dohUrl, timeoutMs: 3000, offline: false, language: lang, theme: 'system' });
      for (const level of VERDICT_LEVELS) {
        await ext.serviceWorker.evaluate(() => chrome.storage.local.remove('draft'));
        const page = await ext.openPage('popup.html');
        const errors = collectPageErrors(page);
        await page.setViewportSize(POPUP_VIEWPORT);
        await page.getByTestId('source').fill(verdicts.messages[level]);
        await page.getByTestId('source').dispatchEvent('paste');
        await page.getByTestId('verdict-level').waitFor({ timeout: 30_000 });
        await page.getByTestId('progress').waitFor({ state: 'detached', timeout: 30_000 });
        await expectLevel(page, level, lang);
        await shoot(page, 'popup', level, lang);
        expect(errors).toEqual([]);
        await page.close();
      }
    });

    it(`${lang}: the report shows each message's verdict level`, async () => {
      await setSettings(ext, { resolver: 'custom', customUrl: dns.dohUrl, timeoutMs: 3000, offline: false, language: lang, theme: 'system' });
      // The four analyses run side by side; the captures are taken one tab at a time, in front (see
      // LoadedExtension.screenshot: captures taken together repeated the first screen).
      const pages = await Promise.all(VERDICT_LEVELS.map((level) => openReportOn(ext, verdicts.messages[level])));
      for (const [i, level] of VERDICT_LEVELS.entries()) {
        const page = pages[i]!;
        await expectLevel(page, level, lang);
        await shoot(page, 'report', level, lang);
        await page.close();
      }
    });
  }
});
