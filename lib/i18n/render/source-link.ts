// Where a finding's recommendation can be read: the Zendesk article it comes from, in the reader's language
// (Zendesk's help centre publishes both under the same article number, /hc/en-us/ and /hc/fr/), or the RFC
// section on rfc-editor.org. A link is data beside the words; pages render it as a link, notes as its URL.
//
// Zendesk's heading anchors are generated ids that cannot be known offline, so a recommendation links to
// its section with a URL text fragment (WICG Scroll-to-Text-Fragment: `#:~:text=`, Chromium 80+, Firefox
// 131+): the browser scrolls to the heading's words and marks them; a browser without it, or a heading
// reworded since, opens the article at its top, as before.
import type { Recommendation, RecommendationId } from '../../report/types';
import type { Lang } from '../lang';
import type { ArticleHeadings, Heading } from '../article-heading';
import { articleHeadings as enHeadings } from '../en/article-headings';
import { articleHeadings as frHeadings } from '../fr/article-headings';

/** Zendesk's article numbers: "Ensuring email system compatibility with Zendesk" and "Causes for ticket suspension". */
const ZENDESK_ARTICLES = {
  compatibility: '4412991936922',
  suspension: '4408828416282',
} as const;

const HELP_CENTRE_LOCALE: Record<Lang, string> = { en: 'en-us', fr: 'fr' };

/** The headings of the compatibility article, per language (lib/i18n/<lang>/article-headings.ts). */
const HEADINGS: Record<Lang, ArticleHeadings> = { en: enHeadings, fr: frHeadings };

/** The heading a recommendation links to in the reader's language; undefined when it links to the article's top. */
export function articleHeading(id: RecommendationId, lang: Lang): Heading | undefined {
  return HEADINGS[lang][id];
}

function zendeskArticle(article: keyof typeof ZENDESK_ARTICLES, lang: Lang, heading?: Heading): string {
  const url = `https://support.zendesk.com/hc/${HELP_CENTRE_LOCALE[lang]}/articles/${ZENDESK_ARTICLES[article]}`;
  return heading ? `${url}#:~:text=${textDirectivePart(heading.text)}${heading.suffix ? `,-${textDirectivePart(heading.suffix)}` : ''}` : url;
}

/**
 * A text directive's part, percent-encoded: in `text=[prefix-,]start[,end][,-suffix]` (Scroll-to-Text-
 * Fragment) "-" and "," delimit the parts and "&" the directives, so inside a part they are escaped too,
 * beside what a URL fragment cannot hold as is; encodeURIComponent leaves "-" alone.
 */
function textDirectivePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * The URL of the text a recommendation cites, or null when it cites none (a fault of MailTrust). An RFC
 * source names its section ("RFC 7489 §6.3"); where it names several, the first is linked.
 */
export function sourceLink(recommendation: Recommendation, lang: Lang): string | null {
  if (recommendation.id === 'article.suspension') return zendeskArticle('suspension', lang);
  if (recommendation.id !== 'rfc') return zendeskArticle('compatibility', lang, articleHeading(recommendation.id, lang));
  const cited = /RFC\s?(\d{3,5})(?:\s*§\s*([\d.]*\d))?/.exec(recommendation.source);
  if (!cited) return null;
  const [, number, section] = cited;
  return `https://www.rfc-editor.org/rfc/rfc${number}${section ? `#section-${section}` : ''}`;
}
