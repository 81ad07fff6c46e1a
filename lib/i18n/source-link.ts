// Where a finding's recommendation can be read: the Zendesk article it comes from, in the reader's language
// (Zendesk's help centre publishes both under the same article number, /hc/en-us/ and /hc/fr/), or the RFC
// section on rfc-editor.org. A link is data beside the words; pages render it as a link, notes as its URL.
//
// Zendesk's heading anchors are generated ids that cannot be known offline, so a recommendation links to
// its section with a URL text fragment (WICG Scroll-to-Text-Fragment: `#:~:text=`, Chromium 80+, Firefox
// 131+): the browser scrolls to the heading's words and marks them; a browser without it, or a heading
// reworded since, opens the article at its top, as before.
import type { Recommendation, RecommendationId } from '../report/types';
import type { Lang } from './lang';

/** Zendesk's article numbers: "Ensuring email system compatibility with Zendesk" and "Causes for ticket suspension". */
const ZENDESK_ARTICLES = {
  compatibility: '4412991936922',
  suspension: '4408828416282',
} as const;

const HELP_CENTRE_LOCALE: Record<Lang, string> = { en: 'en-us', fr: 'fr' };

/**
 * A heading's words as the article prints them, and, where known, the words that open its section: the
 * article lists every heading in its contents first, and the first match is the one the browser shows,
 * so a suffix (`-,suffix`) passes over the contents list to the heading itself.
 */
interface Heading {
  text: string;
  suffix?: string;
}

/**
 * The headings of the compatibility article, per language (read from the published English and French
 * pages). It has no recommendation 5: ARC is not a heading of its own, so that recommendation opens the
 * article at its top; so does the suspension article, a table of causes without headings.
 */
const HEADINGS: Partial<Record<RecommendationId, Record<Lang, Heading>>> = {
  'article.1-ptr': {
    en: { text: 'Recommendation 1: Setup a PTR record for SMTP servers sending email to Zendesk', suffix: 'Ensure that all IP addresses' },
    fr: { text: 'Recommandation 1 : Configurer un enregistrement PTR pour les serveurs SMTP qui envoient des e-mails à Zendesk', suffix: 'Vérifiez que toutes les adresses IP' },
  },
  'article.2-helo': {
    en: { text: 'Recommendation 2: Setup HELO and EHLO greeting hostname', suffix: 'HELO name is used' },
    fr: { text: 'Recommandation 2 : Configurez le nom d’hôte de salutation HELO et EHLO' },
  },
  'article.3-spf': {
    en: { text: 'Recommendation 3: SPF records' },
    fr: { text: 'Recommandation 3 : Enregistrements SPF' },
  },
  'article.4-authentication': {
    en: { text: 'Recommendation 4: DMARC and DKIM' },
    fr: { text: 'Recommandation 4 : DMARC et DKIM' },
  },
  'article.web-forms': {
    en: { text: 'Best practices for sending emails using scripts and web forms' },
    fr: { text: 'Meilleures pratiques pour l’envoi d’e-mails à l’aide de scripts et de formulaires Web' },
  },
  'article.not-trusted': {
    en: { text: 'Best practices for sending trustworthy emails' },
    fr: { text: 'Meilleures pratiques pour l’envoi d’e-mails de confiance' },
  },
};

/** The heading a recommendation links to in the reader's language; undefined when it links to the article's top. */
export function articleHeading(id: RecommendationId, lang: Lang): Heading | undefined {
  return HEADINGS[id]?.[lang];
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
