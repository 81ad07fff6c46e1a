// A capture is what the user asked MailTrust to inspect: pasted, dropped, selected, fetched or extracted
// text, or the reason a capture path could not deliver text. It waits in browser storage until the report tab takes it,
// so a closing popup or a sleeping service worker loses nothing.

export type CaptureSource = 'paste' | 'file' | 'selection' | 'link' | 'page';

/** Why a link or page capture has no text: the report tab says which, and what to do instead. */
export type CaptureFailure = 'no-access' | 'fetch-failed' | 'no-source';

export type Capture =
  | { kind: 'text'; source: CaptureSource; text: string; createdAt: number }
  /** A path that delivered nothing; the report tab explains why instead of failing silently. */
  | { kind: 'unavailable'; source: CaptureSource; reason: CaptureFailure; detail: string; createdAt: number };

const PREFIX = 'capture:';

export async function saveCapture(capture: Capture): Promise<string> {
  const id = crypto.randomUUID();
  await browser.storage.local.set({ [PREFIX + id]: capture });
  return id;
}

/** Reads a capture without deleting it, so reloading the report tab shows the same message. */
export async function loadCapture(id: string): Promise<Capture | undefined> {
  const key = PREFIX + id;
  const stored = await browser.storage.local.get(key);
  return stored[key] as Capture | undefined;
}

/** Captures older than a day are dropped, so storage does not grow with every inspection. */
export async function pruneCaptures(now = Date.now(), maxAgeMs = 24 * 3600 * 1000): Promise<void> {
  const all = await browser.storage.local.get(null);
  const stale = Object.entries(all)
    .filter(([key, value]) => key.startsWith(PREFIX) && (value as Capture).createdAt < now - maxAgeMs)
    .map(([key]) => key);
  if (stale.length) await browser.storage.local.remove(stale);
}
