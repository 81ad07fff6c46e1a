import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest asks for the narrowest permissions (README, "Permissions"):
// no <all_urls>, host access only to the DNS-over-HTTPS resolvers MailTrust knows.
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['contextMenus', 'storage'],
    host_permissions: [
      'https://cloudflare-dns.com/*',
      'https://dns.google/*',
      'https://dns.quad9.net/*',
    ],
    optional_host_permissions: ['https://*/*'],
  },
});
