// `npm run bench popup`: the popup in headless Chromium with the built extension freshly loaded (a new
// profile each run), a kept draft in storage and offline mode (no DNS: the engine's cost alone).
//  - first contentful paint / the same popup with the engine's chunk removed   target <= 1.2
//  - JavaScript the popup loads before it can paint (gzip)                       target <= 60 KB
//  - time to verdict: from navigation to the final verdict of the kept draft
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { gzipBytes, scriptsBeforePaint } from '../test/helpers/built-popup';
import { describeRatio, interleave, machine, median, ratios, roundsFromEnv } from './interleave';

const RUNS = roundsFromEnv(7);
const BUILT = '.output/chrome-mv3';
const MESSAGE = '../shared/testdata/realworld/mailauth/zproov.eml';

interface Sample {
  paintMs: number;
  verdictMs: number | null;
}

async function openPopup(extensionDir: string, draft: string, waitForVerdict: boolean): Promise<Sample> {
  const profile = mkdtempSync(join(tmpdir(), 'mailtrust-popup-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/lib/chromium/chromium',
    headless: true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    await worker.evaluate(async (text) => {
      await chrome.storage.local.set({ draft: text, settings: { offline: true } });
    }, draft);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/popup.html`);
    await page.getByTestId('source').waitFor();
    let verdictMs: number | null = null;
    if (waitForVerdict) {
      await page.getByTestId('verdict-level').waitFor({ timeout: 60_000 });
      await page.getByTestId('progress').waitFor({ state: 'detached', timeout: 60_000 });
      verdictMs = await page.evaluate(() => performance.now());
    }
    const paintMs = await page.evaluate(
      () => new Promise<number>((resolve) => {
        const found = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        const now = found();
        if (now !== undefined) return resolve(now);
        new PerformanceObserver(() => {
          const later = found();
          if (later !== undefined) resolve(later);
        }).observe({ type: 'paint', buffered: true });
      }),
    );
    return { paintMs, verdictMs };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

spawnSync(join('node_modules', '.bin', 'wxt'), ['build'], { stdio: 'ignore' });
const work = mkdtempSync(join(tmpdir(), 'mailtrust-popup-bench-'));
try {
  const full = join(work, 'full');
  const noEngine = join(work, 'no-engine');
  cpSync(BUILT, full, { recursive: true });
  cpSync(BUILT, noEngine, { recursive: true });
  const engine = readdirSync(join(noEngine, 'chunks')).find((file) => file.startsWith('run-analysis-'));
  if (!engine) throw new Error('no run-analysis chunk in the build: is the engine still lazily imported?');
  rmSync(join(noEngine, 'chunks', engine));

  const before = scriptsBeforePaint(full);
  const gzipped = before.map((file) => gzipBytes(join(full, file)));
  const total = gzipped.reduce((sum, n) => sum + n, 0);
  const engineGzip = gzipBytes(join(full, 'chunks', engine));
  if (before.some((file) => file.includes('run-analysis-'))) throw new Error('the engine chunk is loaded before the first paint');

  const draft = readFileSync(MESSAGE, 'utf8');
  await openPopup(full, draft, false); // warm-up: the browser binary and the disk cache
  const { a: withEngine, b: without } = await interleave(RUNS, () => openPopup(full, draft, true), () => openPopup(noEngine, draft, false));
  const paintFull = median(withEngine.map((s) => s.paintMs));
  const paintBare = median(without.map((s) => s.paintMs));
  const verdict = median(withEngine.map((s) => s.verdictMs ?? NaN));
  console.log(machine());
  console.log(`Popup in headless Chromium, extension freshly loaded each run, kept draft ${MESSAGE.split('/').pop()}, offline; ${RUNS} rounds, with and without the engine chunk in turn (A B, B A, ...); times are medians`);
  console.log(`  JS before first paint: ${before.length} files, ${kb(total)} gzip (${before.join(', ')})  (target <= 60 KB)`);
  console.log(`  engine chunk, loaded after the paint: ${kb(engineGzip)} gzip`);
  console.log(`  first contentful paint: ${paintFull.toFixed(0)} ms; without the engine chunk: ${paintBare.toFixed(0)} ms`);
  console.log(`  ratio first paint / without engine: ${describeRatio(ratios(withEngine.map((s) => s.paintMs), without.map((s) => s.paintMs)), { atMost: 1.2 })}`);
  console.log(`  time to verdict of the kept draft: ${verdict.toFixed(0)} ms from navigation`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
