// The three right-click entries and what each does. Selection: the selected text. Link: the linked
// message, fetched by the page with its own session. Page: the raw source the page shows. The click
// grants activeTab for that tab, which is all the host access these paths use.
import { saveCapture, type Capture } from './captures';
import { t } from './i18n';
import { extractMessageSource, fetchLinkedMessage, type LinkFetchResult, type PageSourceResult } from './page-source';

export const MENU_IDS = {
  selection: 'mailtrust-inspect-selection',
  link: 'mailtrust-inspect-link',
  page: 'mailtrust-inspect-page',
} as const;

export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_IDS.selection, title: t('menuInspectSelection'), contexts: ['selection'] });
  browser.contextMenus.create({ id: MENU_IDS.link, title: t('menuInspectLink'), contexts: ['link'] });
  browser.contextMenus.create({ id: MENU_IDS.page, title: t('menuInspectPage'), contexts: ['page'] });
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  linkUrl?: string;
  pageUrl?: string;
}

export async function handleMenuClick(info: MenuClick, tabId: number | undefined): Promise<void> {
  const capture = await captureFor(info, tabId);
  const captureId = await saveCapture(capture);
  await openReportTab(captureId);
}

async function captureFor(info: MenuClick, tabId: number | undefined): Promise<Capture> {
  const createdAt = Date.now();
  switch (info.menuItemId) {
    case MENU_IDS.selection:
      return { kind: 'text', source: 'selection', text: (await selectionWithLineBreaks(tabId)) ?? info.selectionText ?? '', createdAt };
    case MENU_IDS.link:
      return captureLink(info.linkUrl ?? '', tabId, createdAt);
    default:
      return capturePage(info.pageUrl ?? '', tabId, createdAt);
  }
}

async function captureLink(url: string, tabId: number | undefined, createdAt: number): Promise<Capture> {
  const ran = await runInTab<LinkFetchResult>(tabId, fetchLinkedMessage, [url]);
  if (!ran.ok) return { kind: 'unavailable', source: 'link', reason: 'no-access', detail: url, createdAt };
  if (!ran.result.ok) return { kind: 'unavailable', source: 'link', reason: 'fetch-failed', detail: `${url} (${ran.result.message})`, createdAt };
  return { kind: 'text', source: 'link', text: ran.result.text, createdAt };
}

async function capturePage(url: string, tabId: number | undefined, createdAt: number): Promise<Capture> {
  const ran = await runInTab<PageSourceResult>(tabId, extractMessageSource, []);
  if (!ran.ok) return { kind: 'unavailable', source: 'page', reason: 'no-access', detail: url, createdAt };
  if (!ran.result.ok) return { kind: 'unavailable', source: 'page', reason: 'no-source', detail: url, createdAt };
  return { kind: 'text', source: 'page', text: ran.result.text, createdAt };
}

type Ran<T> = { ok: true; result: T } | { ok: false };

/** Runs a self-contained function in the tab (activeTab grant of the click); pages where scripts cannot run give ok: false. */
async function runInTab<T>(tabId: number | undefined, func: (...args: string[]) => T | Promise<T>, args: string[]): Promise<Ran<T>> {
  if (tabId === undefined || !browser.scripting) return { ok: false };
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, func, args });
    const result = first?.result as T | undefined;
    return result === undefined || result === null ? { ok: false } : { ok: true, result };
  } catch {
    return { ok: false }; // the web store, the PDF viewer, browser pages, or no grant for this tab
  }
}

/**
 * The menu's selectionText has its line breaks collapsed, which destroys a header block. With the
 * activeTab grant that the click gives, read the selection from the page itself, line breaks kept.
 */
async function selectionWithLineBreaks(tabId: number | undefined): Promise<string | undefined> {
  const ran = await runInTab<string>(tabId, () => globalThis.getSelection?.()?.toString() ?? '', []);
  return ran.ok && typeof ran.result === 'string' && ran.result.trim() !== '' ? ran.result : undefined;
}

export async function openReportTab(captureId: string): Promise<number | undefined> {
  const url = browser.runtime.getURL('/report.html') + `?capture=${encodeURIComponent(captureId)}`;
  const tab = await browser.tabs.create({ url });
  return tab.id;
}
