// Steps the UI tests share: set the options through storage, open a report on a message, wait for the
// analysis to finish.
import type { Locator, Page } from 'playwright-core';
import { join } from 'node:path';
import { chromiumDriver, type DriverPage, type ExtensionDriver } from './driver';
import { screenshotDir, type LoadedExtension } from './harness';

export interface TestSettings {
  resolver?: 'cloudflare' | 'google' | 'quad9' | 'custom';
  customUrl?: string;
  offline?: boolean;
  trustedAuthservIds?: string[];
  timeoutMs?: number;
  language?: 'browser' | 'en' | 'fr';
  theme?: 'system' | 'light' | 'dark';
  noteFormat?: 'plain' | 'markdown';
}

/** The driver for either kind of handle: the Chromium-only tests hold a LoadedExtension. */
function driverOf(ext: LoadedExtension | ExtensionDriver): ExtensionDriver {
  return 'serviceWorker' in ext ? chromiumDriver(ext) : ext;
}

export async function setSettings(ext: LoadedExtension | ExtensionDriver, settings: TestSettings): Promise<void> {
  await driverOf(ext).background(async (changes) => {
    const stored = ((await chrome.storage.local.get('settings')).settings ?? {}) as object;
    await chrome.storage.local.set({ settings: { ...stored, ...changes } });
  }, settings as Record<string, unknown>);
}

/** Stores a pasted capture as the popup would, and returns its id (the report page's ?capture=). */
export async function storeCapture(ext: LoadedExtension | ExtensionDriver, text: string): Promise<string> {
  return driverOf(ext).background(async (message) => {
    const id = crypto.randomUUID();
    await chrome.storage.local.set({ [`capture:${id}`]: { kind: 'text', source: 'paste', text: message, createdAt: Date.now() } });
    return id;
  }, text);
}

/** Stores a capture as the popup would and opens the report tab on it. */
export async function openReportOn(ext: LoadedExtension, text: string): Promise<Page> {
  const page = await ext.openPage(`report.html?capture=${await storeCapture(ext, text)}`);
  await waitForFinalReport(page);
  return page;
}

/** openReportOn for a test that runs in every browser. */
export async function openReportIn(driver: ExtensionDriver, text: string): Promise<DriverPage> {
  const page = await driver.openPage(`report.html?capture=${await storeCapture(driver, text)}`);
  await page.waitFor('export', 'present', 60_000);
  return page;
}

/** The export bar appears only once the Report is complete (no draft, no pending check). */
export async function waitForFinalReport(page: Page): Promise<void> {
  await page.getByTestId('export').waitFor({ timeout: 60_000 });
}

/** Opens every collapsed section, as a reader who wants the details would. */
export async function expandAll(page: Page | DriverPage): Promise<void> {
  const openAll = () => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
  await ('dispatch' in page ? page.evaluate(openAll, undefined) : page.evaluate(openAll));
}

/** A screenshot of one part of a page (a section is easier to look at than a 6000-pixel page). */
export async function screenshotPart(part: Locator, name: string): Promise<void> {
  await part.screenshot({ path: join(screenshotDir, `${name}.png`) });
}
