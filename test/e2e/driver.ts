// The small driver interface each browser implements, so one e2e test runs in Chromium (playwright-core,
// harness.ts) and in Firefox (puppeteer-core over WebDriver BiDi, firefox.ts). It offers only what the
// shared tests need: open a page, act on elements by data-testid, read them, run code in the background.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, screenshotDir, type LaunchOptions, type LoadedExtension } from './harness';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** One tab: an extension page or a local web page. Elements are named by their data-testid. */
export interface DriverPage {
  /** Sets a text field's value and fires `input`, as typing or pasting does. */
  fill(testId: string, text: string): Promise<void>;
  click(testId: string): Promise<void>;
  /** Fires an event of this type (e.g. 'paste') at the element, as the browser would. */
  dispatch(testId: string, type: string): Promise<void>;
  /** Chooses an option of a <select> and fires `change`. */
  select(testId: string, value: string): Promise<void>;
  /** textContent of the first element with this data-testid, or null when there is none. */
  text(testId: string): Promise<string | null>;
  attribute(testId: string, name: string): Promise<string | null>;
  /** How many elements match a CSS selector. */
  count(selector: string): Promise<number>;
  /** Resolves once an element with this data-testid is in the page ('present') or gone from it ('absent'). */
  waitFor(testId: string, state?: 'present' | 'absent', timeoutMs?: number): Promise<void>;
  /** Runs a self-contained function in the page (no closures: it is sent as text). */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  reload(): Promise<void>;
  /** A full-page PNG in test-results/screenshots, named `${browser}-${name}.png`. */
  screenshot(name: string): Promise<string>;
  /** Messages of the uncaught errors and unhandled rejections in the page since it was opened. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

/** The background's global scope, with the hooks entrypoints/background.ts and extension/dns-handler.ts set for tests. */
export type BackgroundScope = typeof globalThis & {
  mailtrustMenuClick?: (info: { menuItemId: string; selectionText?: string; linkUrl?: string; pageUrl?: string }, tabId?: number) => Promise<void>;
};

export interface ExtensionDriver {
  readonly browser: BrowserName;
  /** The extension's origin, e.g. chrome-extension://ID or moz-extension://UUID. */
  readonly origin: string;
  /** Opens an extension page such as 'popup.html' in a new tab and waits until its script has rendered. */
  openPage(path: string): Promise<DriverPage>;
  /** Opens a web page (http://127.0.0.1:PORT/...) in a new tab. */
  openUrl(url: string): Promise<DriverPage>;
  /**
   * Runs a self-contained function where the background's APIs are: `chrome.*` (storage, tabs, menus) and,
   * as its second argument, the background's global scope (the test hooks). Sent as text: no closures.
   */
  background<A, R>(fn: (arg: A, scope: BackgroundScope) => R | Promise<R>, arg: A): Promise<R>;
  /** Runs `action` and returns the tab it opens whose URL starts with `urlPrefix`. */
  pageOpenedBy(urlPrefix: string, action: () => Promise<unknown>): Promise<DriverPage>;
  close(): Promise<void>;
}

export interface DriverOptions {
  /** 'release' (default): the build users get. 'e2e': plus host access to 127.0.0.1 (see harness.ts). */
  build?: 'release' | 'e2e';
}

export async function launchDriver(browser: BrowserName, options: DriverOptions = {}): Promise<ExtensionDriver> {
  if (browser === 'firefox') {
    // Loaded on demand: a Chromium-only run never needs puppeteer-core.
    const { launchFirefox } = await import('./firefox');
    return launchFirefox(options);
  }
  return chromiumDriver(await launchExtension({ build: options.build } satisfies LaunchOptions));
}

/** An expression that calls `fn` with its argument, to be evaluated where `scope` names the background's globals. */
export function callExpression(fn: (...args: never[]) => unknown, arg: unknown, scope: string): string {
  return `(${fn.toString()})(${JSON.stringify(arg ?? null)}, ${scope})`;
}

const byTestId = (testId: string) => `[data-testid="${testId}"]`;

function chromiumPage(page: Page): DriverPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    errors: async () => [...errors],
    fill: (testId, text) => page.locator(byTestId(testId)).first().fill(text),
    click: (testId) => page.locator(byTestId(testId)).first().click(),
    dispatch: (testId, type) => page.locator(byTestId(testId)).first().dispatchEvent(type),
    select: async (testId, value) => void (await page.locator(byTestId(testId)).first().selectOption(value)),
    text: (testId) => page.evaluate((selector) => document.querySelector(selector)?.textContent ?? null, byTestId(testId)),
    attribute: (testId, name) => page.evaluate(([selector, attr]) => document.querySelector(selector!)?.getAttribute(attr!) ?? null, [byTestId(testId), name]),
    count: (selector) => page.locator(selector).count(),
    waitFor: (testId, state = 'present', timeoutMs = 30_000) =>
      page.locator(byTestId(testId)).first().waitFor({ state: state === 'present' ? 'attached' : 'detached', timeout: timeoutMs }),
    evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(callExpression(fn, arg, 'undefined')) as Promise<R>,
    reload: async () => void (await page.reload()),
    async screenshot(name) {
      const file = join(screenshotDir, `chromium-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    close: () => page.close(),
  };
}

/** The Chromium driver: the harness's persistent context, the MV3 service worker as the background. */
export function chromiumDriver(ext: LoadedExtension): ExtensionDriver {
  return {
    browser: 'chromium',
    origin: `chrome-extension://${ext.extensionId}`,
    openPage: async (path) => chromiumPage(await ext.openPage(path)),
    async openUrl(url) {
      const page = await ext.context.newPage();
      await page.goto(url);
      return chromiumPage(page);
    },
    background: <A, R>(fn: (arg: A, scope: BackgroundScope) => R | Promise<R>, arg: A) =>
      ext.serviceWorker.evaluate(callExpression(fn, arg, 'globalThis')) as Promise<R>,
    async pageOpenedBy(urlPrefix, action) {
      const opened = ext.context.waitForEvent('page', { predicate: (page) => page.url().startsWith(urlPrefix), timeout: 30_000 });
      await action();
      return chromiumPage(await opened);
    },
    close: () => ext.close(),
  };
}
