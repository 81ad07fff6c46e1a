// Debian's Firefox ESR, headless, driven by puppeteer-core over WebDriver BiDi (no geckodriver, no browser
// download), with the built Firefox package installed as a temporary add-on.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { callExpression, type BackgroundScope, type DriverOptions, type DriverPage, type ExtensionDriver } from './driver';
import { repoRoot, screenshotDir } from './harness';

export const firefoxExtensionDir = join(repoRoot, '.output/firefox-mv3');
/** `wxt build -b firefox --mode e2e`: see e2eExtensionDir in harness.ts. */
export const firefoxE2eExtensionDir = join(repoRoot, '.output/firefox-mv3-e2e');

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr'];

export function firefoxPath(): string {
  const found = FIREFOX_CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error(`Debian's firefox-esr is missing (looked at ${FIREFOX_CANDIDATES.join(', ')}); run: apt-get install -y firefox-esr`);
  return found;
}

/** The add-on id the manifest fixes (wxt.config.ts); the profile maps it to a UUID of our choosing. */
function geckoId(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${dir}/manifest.json has no browser_specific_settings.gecko.id, so its moz-extension:// UUID cannot be known`);
  return id;
}

/**
 * Firefox fires no load event for moz-extension:// pages over WebDriver BiDi, so a navigation to one never
 * "finishes": start it, then wait for the page's own state (its root element rendered by Preact).
 */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url, { timeout: 0 }).catch(() => undefined);
  await waitForRendered(page, url);
}

/** Runs in the page: keeps the messages of uncaught errors and unhandled rejections for DriverPage.errors(). */
function collectErrors(): void {
  const scope = globalThis as { mailtrustErrors?: string[] };
  if (scope.mailtrustErrors) return;
  const errors: string[] = (scope.mailtrustErrors = []);
  addEventListener('error', (event) => errors.push(event.message));
  addEventListener('unhandledrejection', (event) => errors.push(String((event.reason as Error | undefined)?.message ?? event.reason)));
}

/**
 * Waits until the tab shows a page whose address starts with `urlPrefix` and Preact has rendered its root.
 * Polled from here rather than with waitForFunction: while the tab is still moving from about:blank to the
 * extension page, an evaluation can fail with the old document, and that only means "not yet".
 */
async function waitForRendered(page: Page, urlPrefix: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'nothing rendered yet';
  for (;;) {
    try {
      const state = await page.evaluate(() => ({
        href: location.href,
        rendered: (document.getElementById('app')?.childElementCount ?? 0) > 0 && !('mailtrustBeforeReload' in globalThis),
      }));
      if (state.href.startsWith(urlPrefix) && state.rendered) return void (await page.evaluate(collectErrors));
      last = `at ${state.href}, rendered: ${state.rendered}`;
    } catch (error) {
      last = String(error);
    }
    if (Date.now() > deadline) throw new Error(`the page did not render ${urlPrefix} within ${timeoutMs} ms (${last})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const byTestId = (testId: string) => `[data-testid="${testId}"]`;

function firefoxPage(page: Page): DriverPage {
  return {
    // puppeteer's 'pageerror' stays silent for moz-extension:// pages over BiDi (checked by the test "hears a
    // page's uncaught errors"), so each page collects its own from the moment it has rendered (waitForRendered).
    errors: () => page.evaluate(() => [...((globalThis as { mailtrustErrors?: string[] }).mailtrustErrors ?? [])]),
    fill: (testId, text) =>
      page.$eval(
        byTestId(testId),
        (element, value) => {
          (element as HTMLTextAreaElement | HTMLInputElement).value = value;
          element.dispatchEvent(new Event('input', { bubbles: true }));
        },
        text,
      ),
    click: (testId) => page.$eval(byTestId(testId), (element) => (element as HTMLElement).click()),
    dispatch: (testId, type) => page.$eval(byTestId(testId), (element, eventType) => void element.dispatchEvent(new Event(eventType, { bubbles: true })), type),
    select: (testId, value) =>
      page.$eval(
        byTestId(testId),
        (element, chosen) => {
          (element as HTMLSelectElement).value = chosen;
          element.dispatchEvent(new Event('change', { bubbles: true }));
        },
        value,
      ),
    text: (testId) => page.evaluate((selector: string) => document.querySelector(selector)?.textContent ?? null, byTestId(testId)),
    attribute: (testId, name) => page.evaluate((selector: string, attr: string) => document.querySelector(selector)?.getAttribute(attr) ?? null, byTestId(testId), name),
    count: (selector) => page.evaluate((css: string) => document.querySelectorAll(css).length, selector),
    async waitFor(testId, state = 'present', timeoutMs = 30_000) {
      await page.waitForFunction((selector: string, present: boolean) => (document.querySelector(selector) !== null) === present, { timeout: timeoutMs }, byTestId(testId), state === 'present');
    },
    evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(callExpression(fn, arg, 'undefined')) as Promise<R>,
    async reload() {
      // page.url() may still name the tab's first address (no load events, see gotoExtensionPage), so
      // reload from inside, and wait for a new document: the mark set here is gone from it.
      const url = await page.evaluate(() => {
        (globalThis as { mailtrustBeforeReload?: boolean }).mailtrustBeforeReload = true;
        setTimeout(() => location.reload(), 0);
        return location.href;
      });
      await waitForRendered(page, url);
    },
    async screenshot(name) {
      const file = join(screenshotDir, `firefox-${name}.png`);
      await page.screenshot({ path: file as `${string}.png`, fullPage: true });
      return file;
    },
    close: () => page.close(),
  };
}

export async function launchFirefox(options: DriverOptions = {}): Promise<ExtensionDriver> {
  const dir = options.build === 'e2e' ? firefoxE2eExtensionDir : firefoxExtensionDir;
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built Firefox extension at ${dir}: run \`npx wxt build -b firefox\` (and \`--mode e2e\`) first`);
  }
  const uuid = randomUUID();
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Without it the remote agent refuses to open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId(dir)]: uuid }) },
  });
  try {
    await browser.installExtension(dir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  mkdirSync(screenshotDir, { recursive: true });
  const origin = `moz-extension://${uuid}`;
  // The background's APIs are reached from an extension page of its own: runtime.getBackgroundPage() hands
  // over the event page's global scope, where the test hooks live.
  let consolePage: Promise<Page> | undefined;
  const backgroundConsole = (): Promise<Page> =>
    (consolePage ??= browser.newPage().then(async (page) => {
      await gotoExtensionPage(page, `${origin}/options.html`);
      return page;
    }));

  return {
    browser: 'firefox',
    origin,
    async openPage(path) {
      const page = await browser.newPage();
      await gotoExtensionPage(page, `${origin}/${path}`);
      return firefoxPage(page);
    },
    async openUrl(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return firefoxPage(page);
    },
    async background<A, R>(fn: (arg: A, scope: BackgroundScope) => R | Promise<R>, arg: A): Promise<R> {
      const page = await backgroundConsole();
      return page.evaluate(`(async () => { const scope = await browser.runtime.getBackgroundPage(); return ${callExpression(fn, arg, 'scope')}; })()`) as Promise<R>;
    },
    async pageOpenedBy(urlPrefix, action) {
      // A target's url() does not follow a tab the extension opens on a moz-extension:// page (no load
      // events), so take the new tab and ask the page itself where it is.
      const before = new Set(browser.targets());
      await action();
      const target = await browser.waitForTarget((t) => t.type() === 'page' && !before.has(t), { timeout: 30_000 });
      const page = await target.page();
      if (!page) throw new Error(`the new tab (expected at ${urlPrefix}) has no page`);
      const driven = firefoxPage(page);
      await waitForRendered(page, urlPrefix);
      return driven;
    },
    close: () => browser.close(),
  };
}
