// The languages MailTrust speaks. Zendesk's own article is French, so French is a first language of the
// product, not a translation added later: every user-visible word has an English and a French entry.

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * A language tag or POSIX locale ("fr", "fr-CA", "fr_FR.UTF-8", "C") as one of ours; null when it names
 * neither English nor French.
 */
export function langOfTag(tag: string | undefined | null): Lang | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_.@]/)[0];
  return primary === 'fr' ? 'fr' : primary === 'en' ? 'en' : null;
}

/**
 * The CLI's language when no --lang is given, the way gettext chooses (POSIX "Locale categories"):
 * LC_ALL wins, then LC_MESSAGES, then LANG; the first one set decides, and a locale that is neither
 * English nor French ("C", "de_DE.UTF-8") falls back to English.
 */
export function langOfEnvironment(env: Readonly<Record<string, string | undefined>>): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value) return langOfTag(value) ?? 'en';
  }
  return 'en';
}
