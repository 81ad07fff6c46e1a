// Where a finding's recommendation can be read: the Zendesk article it comes from, in the reader's language
// (Zendesk's help centre publishes both under the same article number, /hc/en-us/ and /hc/fr/), or the RFC
// section on rfc-editor.org. A link is data beside the words; pages render it as a link, notes as its URL.
import type { Recommendation } from '../report/types';
import type { Lang } from './lang';

/** Zendesk's article numbers: "Ensuring email system compatibility with Zendesk" and "Causes for ticket suspension". */
const ZENDESK_ARTICLES = {
  compatibility: '4412991936922',
  suspension: '4408828416282',
} as const;

const HELP_CENTRE_LOCALE: Record<Lang, string> = { en: 'en-us', fr: 'fr' };

function zendeskArticle(article: keyof typeof ZENDESK_ARTICLES, lang: Lang): string {
  return `https://support.zendesk.com/hc/${HELP_CENTRE_LOCALE[lang]}/articles/${ZENDESK_ARTICLES[article]}`;
}

/**
 * The URL of the text a recommendation cites, or null when it cites none (a fault of MailTrust). An RFC
 * source names its section ("RFC 7489 §6.3"); where it names several, the first is linked.
 */
export function sourceLink(recommendation: Recommendation, lang: Lang): string | null {
  if (recommendation.id === 'article.suspension') return zendeskArticle('suspension', lang);
  if (recommendation.id !== 'rfc') return zendeskArticle('compatibility', lang);
  const cited = /RFC\s?(\d{3,5})(?:\s*§\s*([\d.]*\d))?/.exec(recommendation.source);
  if (!cited) return null;
  const [, number, section] = cited;
  return `https://www.rfc-editor.org/rfc/rfc${number}${section ? `#section-${section}` : ''}`;
}
