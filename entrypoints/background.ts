// The service worker: wires browser events to extension/ functions, and nothing more.
import { createMenus, handleMenuClick, openReportTab, type MenuClick } from '../extension/context-menus';
import { pruneCaptures } from '../extension/captures';
import { onMessage } from '../extension/messaging';
import { registerDnsHandler } from '../extension/dns-handler';
import { initI18n } from '../extension/i18n';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void initI18n().then(createMenus);
    void pruneCaptures();
  });
  // A language forced in the options renames the menu entries too.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.settings) void initI18n().then(createMenus);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void handleMenuClick(info, tab?.id);
  });
  onMessage('openReport', async ({ data }) => ({ tabId: await openReportTab(data.captureId) }));
  registerDnsHandler();

  // The end-to-end tests cannot click a native context menu in headless Chromium; they call the same
  // handler the menu calls, through the service worker's global scope.
  (globalThis as { mailtrustMenuClick?: (info: MenuClick, tabId?: number) => Promise<void> }).mailtrustMenuClick = handleMenuClick;
});
