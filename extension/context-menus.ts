// The three right-click entries and what each does. Selection: the selected text is analysed.
// Link and page: their capture work is not built yet; the report tab says so plainly.
import { saveCapture, type Capture } from './captures';
import { t } from './i18n';

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
      return { kind: 'unavailable', source: 'link', detail: info.linkUrl ?? '', createdAt };
    default:
      return { kind: 'unavailable', source: 'page', detail: info.pageUrl ?? '', createdAt };
  }
}

/**
 * The menu's selectionText has its line breaks collapsed, which destroys a header block. With the
 * activeTab grant that the click gives, read the selection from the page itself, line breaks kept.
 */
async function selectionWithLineBreaks(tabId: number | undefined): Promise<string | undefined> {
  if (tabId === undefined || !browser.scripting) return undefined;
  try {
    const [first] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => globalThis.getSelection?.()?.toString() ?? '',
    });
    const text: unknown = first?.result;
    return typeof text === 'string' && text.trim() !== '' ? text : undefined;
  } catch {
    return undefined; // pages where scripts cannot run (the web store, PDF viewer): fall back to selectionText
  }
}

export async function openReportTab(captureId: string): Promise<number | undefined> {
  const url = browser.runtime.getURL('/report.html') + `?capture=${encodeURIComponent(captureId)}`;
  const tab = await browser.tabs.create({ url });
  return tab.id;
}
