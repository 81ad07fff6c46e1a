// The words the components show, handed down by the page that renders them (popup, report, options) or by
// a test. Components never ask the browser for a message: they read this context, so each one renders the
// same in a page of the extension and in a unit test, and in the language the page chose before its first
// render.
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { formatLocalAndUtc } from './format-time';
import type { WordedFailure } from '../lib/dns/query-log';
import { hasFailureFacts, type DnsFailureTexts } from '../lib/i18n/dns-failure';
import { dnsFailure as enDnsFailure } from '../lib/i18n/en/dns-failure';
import { formatFor } from '../lib/i18n/format';
import { dnsFailure as frDnsFailure } from '../lib/i18n/fr/dns-failure';
import type { Lang } from '../lib/i18n/lang';
import type { Recommendation, Verdict, VerdictLevel, VerdictReason, ZendeskCause } from '../lib/report/types';

/** The languages (lib/i18n's, one type project-wide); the UI has a catalog for each (public/_locales/<lang>/messages.json). */
export type { Lang } from '../lib/i18n/lang';

/** A catalog as chrome.i18n reads it: key -> { message }. */
export type LocaleMessages = Readonly<Record<string, { readonly message: string }>>;

/** Looks a catalog message up; returns the key itself when the catalog lacks it (as chrome.i18n shows an unknown key). */
export type MessageLookup = (key: string, substitutions?: string | readonly string[]) => string;

/**
 * The verdict, causes and recommendation groups, rebuilt from the catalog by their stable ids. The page binds
 * these to its lookup (extension/report-text.ts today; the engine's own rendering later).
 */
export interface ReportWords {
  level(level: VerdictLevel): string;
  verdictSummary(verdict: Pick<Verdict, 'level' | 'summary' | 'reasons' | 'receivedBy'>): string;
  describeReason(reason: VerdictReason): { headline: string; findings: string | null };
  cause(cause: ZendeskCause): string;
  recommendationTitle(recommendation: Recommendation): string;
  recommendationSource(recommendation: Recommendation): string;
}

export interface Words {
  readonly lang: Lang;
  /** A BCP 47 tag for numbers and dates: the browser's own (fr-CA) when it speaks `lang`, else `lang`. */
  readonly locale: string;
  readonly t: MessageLookup;
  /** A count as the language writes it (1 234 in French, 1,234 in English). */
  number(n: number): string;
  /**
   * A message about a count, in the count's plural form: `<key>_one` where the language's plural rules
   * (Intl.PluralRules) call the count "one" and the catalog has that form, else `<key>`. The count, as
   * number() writes it, is $1; `rest` follow as $2...
   */
  plural(key: string, count: number, rest?: readonly string[]): string;
  /** An instant in the user's time zone and in UTC, side by side, so an agent in Paris and a log in UTC agree. */
  dateTime(iso: string): { local: string; utc: string };
  readonly report: ReportWords;
  /** A DNS query that gave no answer, in the page's language, from its facts (a Report without them: its English words). */
  dnsFailure(failure: WordedFailure): string;
}

/** The chrome.i18n rules for a message without named placeholders: $1..$9 are the substitutions, $$ is "$". */
export function substitute(message: string, substitutions: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
}

/** A lookup over one catalog. */
export function catalogLookup(catalog: LocaleMessages): MessageLookup {
  return (key, substitutions) => {
    const entry = catalog[key];
    if (!entry) return key;
    return substitute(entry.message, typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []));
  };
}

/** Words over a catalog; `report` gives the verdict texts built on the same lookup. */
export function createWords(options: { lang: Lang; locale?: string; catalog: LocaleMessages; report: (lang: Lang, lookup: MessageLookup) => ReportWords }): Words {
  const locale = options.locale ?? options.lang;
  const t = catalogLookup(options.catalog);
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(options.lang);
  return {
    lang: options.lang,
    locale,
    t,
    number: (n) => numbers.format(n),
    plural: (key, count, rest = []) => {
      const one = plurals.select(count) === 'one' && options.catalog[`${key}_one`] !== undefined;
      return t(one ? `${key}_one` : key, [numbers.format(count), ...rest]);
    },
    dateTime: (iso) => formatLocalAndUtc(iso, locale),
    report: options.report(options.lang, t),
    // The engine's own words for a failure (lib/i18n/<lang>/dns-failure.ts, small enough for the popup's first
    // chunk); a Report of schema 3 or before carries only the reason and its English sentence.
    dnsFailure: (failure) => (hasFailureFacts(failure) ? DNS_FAILURE[options.lang].failure(failure, formatFor(options.lang)) : failure.message),
  };
}

const DNS_FAILURE: Record<Lang, DnsFailureTexts> = { en: enDnsFailure, fr: frDnsFailure };

const WordsContext = createContext<Words | null>(null);

/** Put at the root of a page (or a test) so that every component below it has its words. */
export function WordsProvider({ words, children }: { words: Words; children: ComponentChildren }) {
  return <WordsContext.Provider value={words}>{children}</WordsContext.Provider>;
}

/** The page's words. A component rendered outside a WordsProvider is a programming error, said plainly. */
export function useWords(): Words {
  const words = useContext(WordsContext);
  if (!words) throw new Error('useWords: no WordsProvider above this component (the page must provide its words)');
  return words;
}
