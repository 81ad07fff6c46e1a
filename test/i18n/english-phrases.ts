// Every phrase of the English catalog, for the tests that prove no English reaches a French reader (the CLI,
// the note, the pages): the finding texts' own words (english-fragments.ts), and the catalog's other words
// (verdict, causes, recommendations, the CLI's and the note's labels), each cut at punctuation and at the
// values put into it. A phrase of two words or more counts; single words (DNS, SPF, Verdict) are shared.
import { catalogFor } from '../../lib/i18n/render';
import { englishFragments } from './english-fragments';
import { messagePhrases } from './samples/check-messages';

const MARK = '\u0001';

/** Strings found in a catalog value: strings as they are, functions called with marker arguments. */
function strings(value: unknown, depth = 0): string[] {
  if (depth > 6) return [];
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    try {
      const result: unknown = (value as (...args: unknown[]) => unknown)(MARK, MARK, 0, 0);
      return strings(result, depth + 1);
    } catch {
      return []; // a function that needs structured params; its words are covered by samples
    }
  }
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, depth + 1));
  if (value && typeof value === 'object') return Object.values(value).flatMap((item) => strings(item, depth + 1));
  return [];
}

function phrases(text: string): string[] {
  return text
    .split(new RegExp(`${MARK}|[.;:()"\\n]|\\s-\\s`))
    .map((piece) => piece.trim())
    .filter((phrase) => phrase.split(/\s+/).filter((word) => /^[A-Za-z']{2,}$/.test(word)).length >= 2);
}

export function englishPhrases(): string[] {
  const { findings: _findings, fixes: _fixes, lang: _lang, ...rest } = catalogFor('en');
  const found = new Set<string>([...englishFragments(), ...messagePhrases(catalogFor('en'))]);
  for (const text of strings(rest)) for (const phrase of phrases(text)) found.add(phrase);
  return [...found];
}

/** The English phrases present in a text, for a failure message that names them. */
export function englishIn(text: string, phraseList: readonly string[] = englishPhrases()): string[] {
  // Whole words only: "or the" must not be found inside "extérieur thé…".
  const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return phraseList.filter((phrase) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, 'u').test(text));
}
