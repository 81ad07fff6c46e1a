// What a rendered component says, held against the catalogs: which catalog messages it shows. A label is
// one text node (Preact gives each `{t(...)}` its own), so a whole text node, or an attribute a person
// reads (title, aria-label, placeholder), is matched against each message, its $1..$9 standing for anything.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../../components/words';
import { catalogFor } from '../../lib/i18n/render';

const root = resolve(import.meta.dirname, '../..');
type Messages = Record<string, { message: string }>;
/** The page's catalog, and the engine's words the components show apart (levels, causes, rules, groups: lib/i18n). */
function load(lang: Lang): Messages {
  const pages = JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8')) as Messages;
  const { verdict } = catalogFor(lang);
  const engine = Object.fromEntries([
    ...Object.entries(verdict.levels).map(([key, message]) => [`engine.level.${key}`, { message }]),
    ...Object.entries(verdict.causes).map(([key, message]) => [`engine.cause.${key}`, { message }]),
    ...Object.entries(verdict.rules).map(([key, message]) => [`engine.rule.${key}`, { message }]),
    ...Object.entries(verdict.recommendations).map(([key, words]) => [`engine.recommendation.${key}`, { message: words.title }]),
  ]) as Messages;
  return { ...pages, ...engine };
}

export const CATALOGS: Record<Lang, Messages> = { en: load('en'), fr: load('fr') };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A message as a pattern over a whole text: literal text, and any text where a substitution goes. */
function pattern(message: string): { regex: RegExp; literal: number } {
  const parts = message.split(/\$[1-9]/);
  const literal = parts.join('').replace(/\$\$/g, '$').trim().length;
  return { regex: new RegExp(`^${parts.map((part) => escape(part.replace(/\$\$/g, '$').trim())).join('[\\s\\S]*')}$`), literal };
}

/**
 * The messages of `lang` that the other language writes differently, as patterns; messages with almost no
 * literal text of their own ("$1 ms") could match any text and say nothing about the language, so they are left out.
 */
export function onlyIn(lang: Lang): { key: string; regex: RegExp }[] {
  const other = CATALOGS[lang === 'en' ? 'fr' : 'en'];
  return Object.entries(CATALOGS[lang])
    .filter(([key, { message }]) => other[key]?.message !== message)
    .map(([key, { message }]) => ({ key, ...pattern(message) }))
    .filter(({ literal }) => literal >= 3);
}

/** Every piece of text a reader gets from the element (its text nodes and readable attributes), result keywords aside. */
export function readableTexts(element: Element): string[] {
  const texts: string[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // A result badge shows the protocol's own keyword (spf=pass, dkim=temperror: RFC 8601 §2.7), as the
    // headers beside it write it, in every language.
    if (node.parentElement?.closest('[data-result]')) continue;
    // A host name from the headers, split at its dots into text nodes (HostName), is the message's data:
    // its last label ("compute5.nyi.internal") is no catalog label, whatever it happens to spell.
    if (node.parentElement?.closest('[data-host]')) continue;
    texts.push(node.textContent ?? '');
  }
  for (const child of [element, ...element.querySelectorAll('*')]) {
    for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
      const value = child.getAttribute(name);
      if (value) texts.push(value);
    }
  }
  return texts.map((text) => text.trim()).filter((text) => text !== '');
}

/** The keys of `lang`'s own messages (those the other language writes differently) that the element shows. */
export function messagesShown(element: Element, lang: Lang): string[] {
  const texts = readableTexts(element);
  return onlyIn(lang).filter(({ regex }) => texts.some((text) => regex.test(text))).map(({ key }) => key);
}

/** A message as shown, for a key whose text has no substitution. */
export const says = (lang: Lang, key: string): string => {
  const entry = CATALOGS[lang][key];
  if (!entry) throw new Error(`no ${lang} message ${key}`);
  return entry.message;
};

/**
 * The phrases (two words or more) of `lang`'s page catalog that the other language writes differently,
 * with their $1..$9 cut out: what a page in the other language must never show (the e2e tests read pages).
 */
export function pageCatalogPhrases(lang: Lang): string[] {
  const other = CATALOGS[lang === 'en' ? 'fr' : 'en'];
  return Object.entries(CATALOGS[lang])
    .filter(([key, { message }]) => !key.startsWith('engine.') && other[key]?.message !== message)
    .flatMap(([, { message }]) => message.split(/\$[1-9$]|[.;:()"\n…]/))
    .map((piece) => piece.trim())
    .filter((phrase) => phrase.split(/\s+/).filter((word) => /^[A-Za-z']{2,}$/.test(word)).length >= 2);
}
