// The text in the popup's paste area, kept in browser storage on every change so that closing the
// popup (which destroys its page) loses nothing the user pasted.
const DRAFT_KEY = 'draft';

export async function loadDraft(): Promise<string> {
  const stored = await browser.storage.local.get(DRAFT_KEY);
  const value: unknown = stored[DRAFT_KEY];
  return typeof value === 'string' ? value : '';
}

export async function saveDraft(text: string): Promise<void> {
  await browser.storage.local.set({ [DRAFT_KEY]: text });
}
