// A heading of Zendesk's compatibility article, that a source link points to with a URL text fragment
// (lib/i18n/render/source-link.ts); each language's headings are in lib/i18n/<lang>/article-headings.ts.
import type { RecommendationId } from '../report/types';

/**
 * A heading's words as the article prints them, and, where known, the words that open its section: the
 * article lists every heading in its contents first, and the first match is the one the browser shows,
 * so a suffix (`-,suffix`) passes over the contents list to the heading itself.
 */
export interface Heading {
  text: string;
  suffix?: string;
}

/**
 * The article has no recommendation 5: ARC is not a heading of its own, so that recommendation opens the
 * article at its top; so does the suspension article, a table of causes without headings.
 */
export type ArticleHeadings = Partial<Record<RecommendationId, Heading>>;
