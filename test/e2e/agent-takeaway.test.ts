// What an agent takes away from the extension, in Chromium with the built extension, offline (the edge
// receiver's recorded results decide, see test/helpers/four-verdicts.ts): "Copy note" in the popup and the
// report (plain text by default, Markdown when chosen, the choice kept), the actions for the agent with the
// administrator's message to copy, and a link from every finding to the text it cites.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { OfflineResolver } from '../../lib/dns/offline-resolver';
import { actionsInWords } from '../../lib/i18n/render/agent-actions';
import { catalogFor, localizeReport } from '../../lib/i18n/render';
import { sourceLink } from '../../lib/i18n/render/source-link';
import type { Lang } from '../../lib/i18n/lang';
import type { Report, VerdictLevel } from '../../lib/report/types';
import { run } from '../analyze/scenario-kit';
import { LEVELS, offlineVerdictMessages } from '../helpers/four-verdicts';
import { collectPageErrors, launchExtension, type LoadedExtension } from './harness';
import { openReportOn, setSettings } from './ui-helpers';

/** A Markdown escape: a backslash before ASCII punctuation (CommonMark §2.4). */
const BACKSLASH_ESCAPE = /\\[!-/:-@[-`{-~]/;

/** Keeps what the page writes to the clipboard, then lets the write go through. */
async function recordClipboard(page: Page): Promise<void> {
  await page.evaluate(() => {
    const clipboard = navigator.clipboard;
    const write = clipboard.writeText.bind(clipboard);
    const copied: string[] = ((globalThis as { copied?: string[] }).copied = []);
    clipboard.writeText = (text: string) => {
      copied.push(text);
      return write(text);
    };
  });
}

async function lastCopied(page: Page): Promise<string> {
  await expect.poll(() => page.evaluate(() => (globalThis as { copied?: string[] }).copied?.length ?? 0)).toBeGreaterThan(0);
  return page.evaluate(() => (globalThis as { copied?: string[] }).copied?.at(-1) ?? '');
}

/** The plain note reads well unrendered: no escapes, no ids, the labels and the causes' words. */
function expectPlainNote(note: string, report: Report, lang: Lang): void {
  const catalog = catalogFor(lang);
  expect(note.split('\n')[0]).toBe(catalog.output.note.title(catalog.verdict.levels[report.verdict.level]));
  expect(note).not.toMatch(BACKSLASH_ESCAPE);
  for (const finding of report.findings) expect(note).not.toContain(finding.id);
  for (const cause of report.verdict.zendeskCauses) {
    expect(note).not.toContain(cause);
    expect(note).toContain(catalog.verdict.causes[cause]);
  }
  // An address as written, not as Markdown escapes it.
  expect(note).toContain(`${catalog.output.labelled(catalog.output.labels.from)} ${report.message.from[0]?.address}`);
}

describe('the agent\'s takeaway: note, actions, links', () => {
  let ext: LoadedExtension;
  const reports = {} as Record<VerdictLevel, Report>;
  const messages = offlineVerdictMessages();

  beforeAll(async () => {
    for (const level of LEVELS) reports[level] = await run(messages[level], new OfflineResolver());
    ext = await launchExtension({ timezoneId: 'Europe/Paris' });
  });
  afterAll(async () => {
    await setSettings(ext, { offline: false, language: 'browser' });
    await ext?.close();
  });

  for (const lang of ['en', 'fr'] as const) {
    it.each(LEVELS)(`popup (${lang}), %s: Copy note gives the plain note, the actions are shown`, async (level) => {
      await setSettings(ext, { offline: true, language: lang, noteFormat: 'plain' });
      const page = await ext.openPage('popup.html');
      const errors = collectPageErrors(page);
      await page.getByTestId('source').fill(messages[level]);
      await page.getByTestId('analyze').click();
      await page.getByTestId('copy-note-button').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('verdict-level').getAttribute('data-level')).toBe(level);
      const words = actionsInWords(reports[level], lang);
      expect(await page.getByTestId('action-recover').textContent()).toBe(words.recover.title);
      expect(await page.getByTestId('action-allowlist').textContent()).toBe(words.allowlist.title);
      await recordClipboard(page);
      await page.getByTestId('copy-note-button').click();
      expectPlainNote(await lastCopied(page), reports[level], lang);
      await ext.screenshot(page, `popup-takeaway-${level}-${lang}`);
      expect(errors).toEqual([]);
      await page.close();
    });

    it.each(LEVELS)(`report (${lang}), %s: Copy note, actions, and a link on every finding`, async (level) => {
      await setSettings(ext, { offline: true, language: lang, noteFormat: 'plain' });
      const page = await openReportOn(ext, messages[level]);
      const errors = collectPageErrors(page);
      await recordClipboard(page);
      await page.getByTestId('copy-note-button').click();
      expectPlainNote(await lastCopied(page), reports[level], lang);
      const words = actionsInWords(reports[level], lang);
      expect(await page.getByTestId('action-recover').textContent()).toContain(words.recover.why);
      expect(await page.getByTestId('action-allowlist').textContent()).toContain(words.allowlist.title);
      // Every finding with a source links to it, in a new tab, the URL on hover.
      const shown = localizeReport(reports[level], lang).findings;
      for (const finding of shown) {
        const url = sourceLink(finding.recommendation, lang);
        const link = page.locator(`[data-finding="${finding.id}"] [data-testid="source-link"]`).first();
        if (!url) {
          expect(await link.count()).toBe(0);
          continue;
        }
        expect(await link.getAttribute('href')).toBe(url);
        expect(await link.getAttribute('target')).toBe('_blank');
        expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
        expect(await link.getAttribute('title')).toBe(url);
      }
      await ext.screenshot(page, `report-takeaway-${level}-${lang}`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('copies the message for the sender\'s mail administrator with the record to publish', async () => {
    await setSettings(ext, { offline: true, language: 'en' });
    const page = await openReportOn(ext, messages['low-trust']);
    const admin = actionsInWords(reports['low-trust'], 'en').adminMessage;
    expect(admin).not.toBeNull();
    expect(await page.getByTestId('admin-message-text').textContent()).toBe(`${admin?.subject}\n\n${admin?.body}`);
    await recordClipboard(page);
    await page.getByTestId('copy-admin-message').click();
    const copied = await lastCopied(page);
    expect(copied).toBe(`${admin?.subject}\n\n${admin?.body}`);
    const helo = reports['low-trust'].findings.find((finding) => finding.id === 'helo.ip-literal')?.fix?.text;
    expect(helo).toBeTruthy();
    expect(copied).toContain(`       ${helo}`);
    await page.close();
  });

  it('writes Markdown when the agent chooses it, and keeps the choice for the popup and the next report', async () => {
    await setSettings(ext, { offline: true, language: 'en', noteFormat: 'plain' });
    const page = await openReportOn(ext, messages['low-trust']);
    await page.getByTestId('note-format').selectOption('markdown');
    await recordClipboard(page);
    await page.getByTestId('copy-note-button').click();
    const markdown = await lastCopied(page);
    expect(markdown.startsWith('### MailTrust: Low trust\n')).toBe(true);
    expect(markdown).toContain('alice\\@acme-widgets.com');
    expect(markdown).toContain('](https://support.zendesk.com/hc/en-us/articles/4412991936922#:~:text=Recommendation%204%3A%20DMARC%20and%20DKIM)');
    await expect.poll(() => ext.serviceWorker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { noteFormat?: string }).noteFormat)).toBe('markdown');
    const again = await openReportOn(ext, messages.trusted);
    expect(await again.getByTestId('note-format').inputValue()).toBe('markdown');
    const popup = await ext.openPage('popup.html');
    await popup.getByTestId('source').fill(messages.trusted);
    await popup.getByTestId('analyze').click();
    await popup.getByTestId('copy-note-button').waitFor({ timeout: 30_000 });
    expect(await popup.getByTestId('note-format').inputValue()).toBe('markdown');
    await Promise.all([page.close(), again.close(), popup.close()]);
  });
});
