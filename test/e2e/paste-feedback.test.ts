// A large paste answers at once: "Reading N MB…" is on screen before any heavy work, then the verdict. A
// paste over 8 MiB keeps its header section only (the textarea never holds it, the draft stays small) and
// says so. The times from the paste event to the first painted feedback and to the verdict are measured in
// the page and printed (README, "Large pastes"); the test asserts the states and their order, not timings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchExtension, type LoadedExtension } from './harness';
import { setSettings } from './ui-helpers';

const HEADER =
  'Received: from signed.test (signed.test [192.0.2.10])\r\n\tby mx.receiver.test with ESMTPS id P1; Fri, 27 Nov 2026 10:00:05 +0000\r\n' +
  'From: Alice <alice@signed.test>\r\nTo: agent@receiver.test\r\nSubject: Scans attached\r\nDate: Fri, 27 Nov 2026 10:00:00 +0000\r\n' +
  'Message-ID: <scans@signed.test>\r\nMIME-Version: 1.0\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n';

interface PasteTimes {
  /** The paste event's handler returned (it reads the clipboard). */
  handlerMs: number;
  /**
   * The "Reading…" notice was in the page; the frame that paints it began (its requestAnimationFrame
   * callbacks ran, style, layout and paint follow at once); and the first task after that frame, which
   * comes late when the page queued its own work after the frame first.
   */
  progressMs: number;
  progressFrameMs: number;
  progressPaintedMs: number;
  /** A finished verdict (no progress bar) was in the page. */
  resultMs: number;
}

/** Printed, never asserted: speed is for benchmarks (README), this shows what a run measured. */
function logTimes(size: string, times: PasteTimes): void {
  console.log(`paste ${size}: handler ${times.handlerMs} ms, feedback ${times.progressMs} ms (frame ${times.progressFrameMs} ms, task after it ${times.progressPaintedMs} ms), verdict ${times.resultMs} ms`);
}

describe('paste feedback', () => {
  let ext: LoadedExtension;

  beforeAll(async () => {
    ext = await launchExtension();
    // Offline: what is measured is the popup's handling of the paste, not the DNS.
    await setSettings(ext, { offline: true, language: 'en' });
  });
  afterAll(async () => {
    await ext?.close();
  });

  /** Builds the text in the page (nothing crosses the DevTools pipe) and dispatches a paste event carrying it. */
  async function pasteInPopup(chars: number) {
    // A fresh popup: no kept draft whose verdict would be on screen before the paste.
    await ext.serviceWorker.evaluate(() => chrome.storage.local.remove('draft'));
    const page = await ext.openPage('popup.html');
    const errors = collectPageErrors(page);
    await page.getByTestId('source').waitFor();
    const times = await page.evaluate(
      async ({ header, chars }) => {
        const text = header + '\r\n' + 'JVBERi0xLjcK'.repeat(Math.ceil(chars / 12)).slice(0, chars - header.length - 2);
        const marks: Partial<Record<'progress' | 'progressFrame' | 'progressPainted' | 'result', number>> = {};
        const analyzeLabel = document.querySelector('[data-testid="analyze"]')?.textContent;
        // Feedback: the "Reading…" notice of a large paste, or the Analyze button saying the analysis runs.
        const feedback = () => document.querySelector('[data-testid="paste-progress"]') || document.querySelector('[data-testid="analyze"]')?.textContent !== analyzeLabel;
        const observer = new MutationObserver(() => {
          const now = performance.now();
          if (marks.progress === undefined && feedback()) {
            marks.progress = now;
            requestAnimationFrame(() => {
              marks.progressFrame = performance.now();
              setTimeout(() => (marks.progressPainted = performance.now()), 0);
            });
          }
          if (marks.result === undefined && document.querySelector('[data-testid="verdict-level"]') && !document.querySelector('[data-testid="progress"]')) marks.result = now;
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        const area = document.querySelector<HTMLTextAreaElement>('[data-testid="source"]')!;
        const clipboardData = new DataTransfer();
        clipboardData.setData('text/plain', text);
        const start = performance.now();
        const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
        area.dispatchEvent(event);
        // A synthetic paste inserts nothing; a real one, not cancelled, puts the text in the area and fires input.
        if (!event.defaultPrevented) {
          area.value = text;
          area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
        }
        const handled = performance.now();
        const deadline = start + 60_000;
        const waiting = () => marks.result === undefined || (marks.progress !== undefined && marks.progressPainted === undefined);
        while (waiting() && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
        observer.disconnect();
        const since = (mark: number | undefined) => (mark === undefined ? -1 : Math.round(mark - start));
        return { handlerMs: Math.round(handled - start), progressMs: since(marks.progress), progressFrameMs: since(marks.progressFrame), progressPaintedMs: since(marks.progressPainted), resultMs: since(marks.result) };
      },
      { header: HEADER, chars },
    );
    return { page, times: times as PasteTimes, errors };
  }

  const draftLength = () => ext.serviceWorker.evaluate(async () => String((await chrome.storage.local.get('draft')).draft ?? '').length);

  it('2 KB: the analysis shows at once that it runs, then the verdict', async () => {
    const { page, times, errors } = await pasteInPopup(2048);
    logTimes('2 KB', times);
    expect(times.progressMs).toBeGreaterThanOrEqual(0);
    expect(times.resultMs).toBeGreaterThanOrEqual(times.progressMs);
    expect(await page.getByTestId('popup-subject').textContent()).toContain('Scans attached');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('5 MB: "Reading…" first, then the verdict; the whole text is kept', async () => {
    const { page, times, errors } = await pasteInPopup(5_000_000);
    logTimes('5 MB', times);
    expect(times.progressMs).toBeGreaterThanOrEqual(0);
    expect(times.resultMs).toBeGreaterThanOrEqual(times.progressMs);
    expect(await page.getByTestId('popup-subject').textContent()).toContain('Scans attached');
    await expect.poll(() => page.getByTestId('large-text-notice').textContent()).toContain('4.8 MB of text');
    expect(await page.getByTestId('head-kept-notice').count()).toBe(0);
    // Nothing pasted is lost: the draft holds all of it, the area shows its beginning.
    await expect.poll(draftLength).toBe(5_000_000);
    expect((await page.getByTestId('source').inputValue()).length).toBeLessThan(100_000);
    await ext.screenshot(page, 'popup-paste-5mb');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('40 MiB: "Reading…" first, then the verdict on its header section, and the notice says the body was not kept', async () => {
    const { page, times, errors } = await pasteInPopup(40 * 1024 * 1024);
    logTimes('40 MiB', times);
    expect(times.progressMs).toBeGreaterThanOrEqual(0);
    expect(times.resultMs).toBeGreaterThanOrEqual(times.progressMs);
    expect(await page.getByTestId('popup-subject').textContent()).toContain('Scans attached');
    const notice = (await page.getByTestId('head-kept-notice').textContent()) ?? '';
    expect(notice).toContain('40.0 MB pasted');
    expect(notice).toContain('body was not kept');
    // The area and the draft hold the header section, not 40 MiB.
    const shown = await page.getByTestId('source').inputValue();
    expect(shown).toContain('Message-ID: <scans@signed.test>');
    expect(shown).not.toContain('JVBERi0x');
    await expect.poll(draftLength).toBe(HEADER.length);
    await ext.screenshot(page, 'popup-paste-40mib');
    // Typing replaces the note: it speaks of the paste, not of whatever the area holds next.
    await page.getByTestId('source').fill(HEADER);
    expect(await page.getByTestId('head-kept-notice').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
