// Launches Debian's Chromium, headless, with the built extension loaded (playwright-core, no browser
// download), and hands back the service worker and a way to open the extension's pages.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bandOffsets, readPngRows } from './png-rows';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const extensionDir = join(repoRoot, '.output/chrome-mv3');
/** `wxt build --mode e2e`: the release build plus host access to 127.0.0.1, standing in for the activeTab grant of a real right-click. */
export const e2eExtensionDir = join(repoRoot, '.output/chrome-mv3-e2e');
export const screenshotDir = join(repoRoot, 'test-results/screenshots');
export const testdataDir = resolve(repoRoot, '../shared/testdata');

const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

export function chromiumPath(): string {
  const found = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error(`Debian's chromium is missing (looked at ${CHROMIUM_CANDIDATES.join(', ')}); run: apt-get install -y chromium`);
  return found;
}

export interface LoadedExtension {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens an extension page such as 'popup.html' in a new tab. */
  openPage(path: string): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Chromium's UI language (e.g. 'fr'), which browser.i18n follows. */
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** An IANA zone for the pages' clock (times are shown in the user's zone and in UTC). */
  timezoneId?: string;
  /** 'release' (default): the build users get. 'e2e': see e2eExtensionDir. */
  build?: 'release' | 'e2e';
}

export async function launchExtension(options: LaunchOptions = {}): Promise<LoadedExtension> {
  const dir = options.build === 'e2e' ? e2eExtensionDir : extensionDir;
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}: run \`npm run build\` (and \`npx wxt build --mode e2e\`) first`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'mailtrust-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: options.locale,
    colorScheme: options.colorScheme,
    timezoneId: options.timezoneId,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  mkdirSync(screenshotDir, { recursive: true });

  return {
    context,
    serviceWorker,
    extensionId,
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async screenshot(page, name) {
      const file = join(screenshotDir, `${name}.png`);
      // A full-page capture of a tab that is not in front, taken while other tabs capture too, came back as
      // its first screen repeated down the page's height (issue 16). Bring the tab to the front and let it
      // paint the frame first; then check the picture itself.
      await page.bringToFront();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await page.screenshot({ path: file, fullPage: true });
      await checkWholePage(page, file);
      return file;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A full-page screenshot shows the page once: as tall as the document, and its top (the page's header,
 * drawn once) found at one place only. A capture that repeats the first screen fails here.
 */
async function checkWholePage(page: Page, file: string): Promise<void> {
  const documentHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  const image = readPngRows(readFileSync(file));
  if (image.height !== documentHeight) throw new Error(`${file}: the picture is ${image.height} px tall, the page ${documentHeight} px`);
  const band = Math.min(120, Math.floor(image.height / 2));
  const found = bandOffsets(image, 0, band);
  if (found.length !== 1) throw new Error(`${file}: the page's top appears ${found.length} times (at rows ${found.join(', ')}): the capture repeated a screen`);
}

/** Collects uncaught page errors, so a test can assert that none happened. */
export function collectPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}
