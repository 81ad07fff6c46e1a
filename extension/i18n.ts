// The pages' words. Both catalogs (public/_locales/<lang>/messages.json) are bundled into the pages, so the
// language the options force, or else the browser's, is known synchronously at the first render: no fetch,
// no browser.i18n at render time. browser.i18n keeps the manifest's strings (__MSG_extName__); the context
// menus read the same catalogs here, so a language forced in the options renames them too.
import en from '../public/_locales/en/messages.json';
import fr from '../public/_locales/fr/messages.json';
import { createWords, type Catalog, type Lang, type MessageLookup, type Words } from '../components/words';
import { reportWords } from './report-text';
import { loadSettings, type Language } from './settings';

const CATALOGS: Readonly<Record<Lang, Catalog>> = { en, fr };

/** The primary subtag of a BCP 47 tag, lowercased ("fr" for "fr-CA", "en" for "en_US"). */
const primary = (tag: string) => tag.split(/[-_]/)[0]!.toLowerCase();

/**
 * The language the pages speak: the one the options force, else the browser's UI language when there is a
 * catalog for it, else English (the manifest's default_locale, which browser.i18n falls back to as well).
 * Numbers and dates follow the browser's own tag when it speaks that language (fr-CA, en-GB).
 */
export function chooseLanguage(setting: Language, browserLanguage: string): { lang: Lang; locale: string } {
  const browserLang = primary(browserLanguage);
  const lang: Lang = setting !== 'browser' ? setting : browserLang === 'fr' ? 'fr' : 'en';
  return { lang, locale: browserLang === lang ? browserLanguage.replace('_', '-') : lang };
}

/** The words of one language, as the pages and the unit tests give them to the components. */
export function wordsIn(lang: Lang, locale: string = lang): Words {
  return createWords({ lang, locale, catalog: CATALOGS[lang], report: reportWords });
}

/** The words a page renders with, for the language setting; also marks the document's language. */
export function pageWords(setting: Language): Words {
  const { lang, locale } = chooseLanguage(setting, browser.i18n.getUILanguage());
  const words = wordsIn(lang, locale);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  return words;
}

let menuWords: Words | null = null;

/** Reads the language setting for the context menus; call before creating them. */
export async function initI18n(): Promise<void> {
  const setting = (await loadSettings().catch(() => undefined))?.language ?? 'browser';
  const { lang, locale } = chooseLanguage(setting, browser.i18n.getUILanguage());
  menuWords = wordsIn(lang, locale);
}

/** A message for the context menus (the pages use their words context instead). */
export const t: MessageLookup = (key, substitutions) => (menuWords ?? wordsIn('en')).t(key, substitutions);
