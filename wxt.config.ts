import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest asks for the narrowest permissions (README, "Permissions"):
// no <all_urls>, host access only to the DNS-over-HTTPS resolvers MailTrust knows.
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ manifestVersion, mode }) => ({
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
    // Firefox: an id for storage, and the declaration that nothing is collected: the only traffic is
    // DNS queries to the resolver the user chose.
    ...(manifestVersion === 2
      ? { browser_specific_settings: { gecko: { id: 'mailtrust@mailtrust.invalid', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
