// The popup when DNS is unreachable: after the timeout it says which queries failed and why, and offers in
// place to try offline or to choose another resolver. The resolver is a local server that takes each DoH
// request and never answers, as a resolver behind a dropping firewall does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMisbehavingServer, type MisbehavingServer } from '../helpers/misbehaving-server';
import { seriousViolations } from './axe';
import { collectPageErrors, launchExtension, type LoadedExtension } from './harness';
import { makeFixtures, type E2eFixtures } from './messages';
import { setSettings } from './ui-helpers';

describe('popup: DNS trouble', () => {
  let fixtures: E2eFixtures;
  let silent: MisbehavingServer;
  let ext: LoadedExtension;

  beforeAll(async () => {
    fixtures = await makeFixtures();
    silent = await startMisbehavingServer({ kind: 'silent' });
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await silent?.stop();
  });

  it('says what failed after the timeout, then tries offline and another resolver in place', async () => {
    await setSettings(ext, { resolver: 'custom', customUrl: silent.url, timeoutMs: 1000, offline: false, language: 'en' });
    const page = await ext.openPage('popup.html');
    const errors = collectPageErrors(page);
    await page.getByTestId('source').fill(fixtures.direct);
    await page.getByTestId('source').dispatchEvent('paste');

    await page.getByTestId('dns-trouble').waitFor({ timeout: 30_000 });
    expect(silent.requests()).toBeGreaterThan(0);
    // Shown with the finished verdict, never while answers are still awaited.
    expect(await page.getByTestId('progress').count()).toBe(0);
    const trouble = (await page.getByTestId('dns-trouble').textContent()) ?? '';
    expect(trouble).toContain(silent.url);
    expect(trouble).toMatch(/\d+ of \d+ DNS queries got no answer/);
    // The reason the engine recorded, and the queries it failed for (the sending server's SPF record first).
    expect(await page.getByTestId('dns-trouble-group').first().getAttribute('data-reason')).toBe('timeout');
    expect(trouble).toContain('timeout after 1 s');
    expect(trouble).toContain('signed.test');
    await ext.screenshot(page, 'popup-dns-trouble-light');
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await ext.screenshot(page, 'popup-dns-trouble-dark');
    expect(await seriousViolations(page)).toEqual([]);

    // Try offline: the same text again, headers only, no request to the resolver.
    const asked = silent.requests();
    await page.getByTestId('dns-try-offline').click();
    await page.getByTestId('dns-trouble').waitFor({ state: 'detached', timeout: 30_000 });
    await expect.poll(() => page.getByTestId('offline-notice').textContent()).toContain('offline this time');
    await page.getByTestId('progress').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await page.getByTestId('popup-subject').textContent()).toContain('Monthly update');
    expect(silent.requests()).toBe(asked);
    // Offline for this popup only: the options still name the custom resolver.
    const stored = await ext.serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>);
    expect(stored).toMatchObject({ resolver: 'custom', offline: false });

    // Reopened, the popup asks the stored resolver again; choosing Quad9 in place saves it and re-runs.
    await page.reload();
    await page.getByTestId('dns-trouble').waitFor({ timeout: 30_000 });
    await page.getByTestId('dns-choose-resolver').selectOption('quad9');
    await expect
      .poll(async () => ((await ext.serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings)) as { resolver: string }).resolver)
      .toBe('quad9');
    // No network in the test machine: Quad9 is unreachable too, and the notice names it.
    await expect.poll(() => page.getByTestId('dns-trouble').textContent(), { timeout: 30_000 }).toContain('dns.quad9.net');
    expect(errors).toEqual([]);
    await page.close();
  });
});
