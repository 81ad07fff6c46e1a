// Every user-visible string comes from public/_locales/<lang>/messages.json. browser.i18n follows the
// browser's language and cannot switch at run time, so when the options force a language, that
// language's messages.json is loaded here and used instead (initI18n, before the first render).
import type { InputProblem } from '../lib/message/check-input';
import { loadSettings, type Language } from './settings';

type Messages = Record<string, { message: string }>;

let forced: { language: 'en' | 'fr'; messages: Messages } | null = null;

/** Reads the language setting; call once before rendering a page (or creating the context menus). */
export async function initI18n(language?: Language): Promise<void> {
  const chosen = language ?? (await loadSettings().catch(() => undefined))?.language ?? 'browser';
  forced = null;
  if (chosen !== 'browser') {
    try {
      const url = browser.runtime.getURL(`/_locales/${chosen}/messages.json` as '/popup.html');
      const response = await fetch(url);
      forced = { language: chosen, messages: (await response.json()) as Messages };
    } catch {
      forced = null; // the browser's language still gives every string
    }
  }
  if (typeof document !== 'undefined') document.documentElement.lang = uiLanguage();
}

/** The language the pages are shown in (for dates and numbers too). */
export function uiLanguage(): string {
  return forced?.language ?? browser.i18n.getUILanguage();
}

export function t(key: string, substitutions?: string | string[]): string {
  if (forced) {
    const entry = forced.messages[key];
    if (entry) return substitute(entry.message, typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []));
  }
  return browser.i18n.getMessage(key as never, substitutions as never) || key;
}

/** The chrome.i18n rules for a message without named placeholders: $1..$9 are the substitutions, $$ is "$". */
export function substitute(message: string, substitutions: string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
}

export function describeProblem(problem: InputProblem): string {
  switch (problem.reason) {
    case 'empty':
      return t('inputEmpty');
    case 'too-large':
      return t('inputTooLarge', [mib(problem.bytes), mib(problem.limitBytes)]);
    case 'binary':
      return t('inputBinary', [String(problem.offset)]);
    case 'no-header-lines':
      return t('inputNoHeaders');
  }
}

function mib(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
