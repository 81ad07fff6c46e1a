// Mailbox providers: domains whose DNS only the provider itself controls. A message From one of them
// was sent by one of its users; no fix asks anyone to change these domains' records (design notes,
// "Judgement": "no fix ever asks anyone to change a mailbox provider's own DNS").
import { organizationOf } from '../path/organization-of';

const MAILBOX_PROVIDERS = new Set([
  'gmail.com', 'googlemail.com', 'google.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com',
  'aol.com', 'icloud.com', 'me.com', 'mac.com', 'gmx.com', 'gmx.net', 'gmx.de', 'web.de', 'mail.ru', 'yandex.ru', 'yandex.com',
  'proton.me', 'protonmail.com', 'zoho.com', 'fastmail.com', 'messagingengine.com', 'comcast.net', 'orange.fr', 'free.fr',
  'laposte.net', 't-online.de', 'libero.it', 'qq.com', '163.com', 'naver.com',
]);

/** The domain, or its organization (Gmail's and Microsoft's several names count as one), is a mailbox provider's. */
export function isMailboxProvider(domain: string | null | undefined): boolean {
  if (!domain) return false;
  const name = domain.toLowerCase().replace(/\.$/, '');
  const organization = organizationOf(name);
  return MAILBOX_PROVIDERS.has(name) || (organization !== null && MAILBOX_PROVIDERS.has(organization));
}
