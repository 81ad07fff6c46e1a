// The recommendations of Zendesk's article "Ensuring email system compatibility with Zendesk" that
// findings come from (design notes, "What the article asks for"), and RFC sections for the rest. A builder
// names the recommendation by id (or an RFC section and topic); the catalogs (lib/i18n/<lang>/verdict.ts,
// rfc.ts) word its title and source when the Report is rendered, so `title` and `source` stay empty here.
import type { Recommendation, RecommendationId, RfcTopic } from './types';

function article(id: Exclude<RecommendationId, 'rfc'>): Recommendation {
  return { id, title: '', source: '' };
}

export const RECOMMENDATIONS = {
  ptr: article('article.1-ptr'),
  helo: article('article.2-helo'),
  spf: article('article.3-spf'),
  authentication: article('article.4-authentication'),
  arc: article('article.5-arc'),
  webForms: article('article.web-forms'),
  notTrusted: article('article.not-trusted'),
  suspension: article('article.suspension'),
} as const satisfies Record<string, Recommendation>;

/**
 * A recommendation from an RFC section rather than the article: the section, and its topic as data (the
 * catalogs word the title, lib/i18n/<lang>/rfc.ts). `title` stays empty until the Report is rendered.
 */
export function rfc(section: string, topic: RfcTopic): Recommendation {
  return { id: 'rfc', topic, title: '', source: section };
}
