import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest asks for the narrowest permissions (README, "Permissions"):
// no <all_urls>, host access only to the DNS-over-HTTPS resolvers MailTrust knows.
export default defineConfig({
  // Manifest V3 in Firefox too (README, "Why Manifest V3 in Firefox"): one manifest shape for both browsers.
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab + scripting: read a selection with its line breaks from the page the user right-clicked.
    // unlimitedStorage: a pasted message of any size survives the popup closing (storage.local's 10 MB cap).
    permissions: ['contextMenus', 'storage', 'unlimitedStorage', 'activeTab', 'scripting'],
    host_permissions: [
      'https://cloudflare-dns.com/*',
      'https://dns.google/*',
      'https://dns.quad9.net/*',
      // `wxt build --mode e2e` only (.output/chrome-mv3-e2e, never shipped): headless Chromium cannot click a
      // context menu, so no activeTab grant exists there; the test build holds the grant a click would give,
      // for the tests' local pages on 127.0.0.1.
      ...(mode === 'e2e' ? ['http://127.0.0.1/*'] : []),
    ],
    // A custom DNS-over-HTTPS resolver's origin is asked for when the user chooses it (options page).
    ...(manifestVersion === 3 ? { optional_host_permissions: ['https://*/*'] } : { optional_permissions: ['https://*/*'] }),
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'" }
        : undefined,
    // Firefox: a fixed id (storage survives updates; tests map it to a known moz-extension UUID), the
    // oldest versions that can install it, and the declaration that nothing is collected: the only traffic
    // is DNS queries to the resolver the user chose. data_collection_permissions is read from Firefox 140
    // on desktop (ESR 140 included) and 142 on Android, hence the two minimums.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'mailtrust@mailtrust.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
