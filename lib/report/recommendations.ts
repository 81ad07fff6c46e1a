// The recommendations of Zendesk's article "Ensuring email system compatibility with Zendesk" that
// findings come from (design notes, "What the article asks for"), and RFC sections for the rest.
import type { Recommendation, RfcTopic } from './types';

const ARTICLE = 'Zendesk: Ensuring email system compatibility with Zendesk';

export const RECOMMENDATIONS = {
  ptr: { id: 'article.1-ptr', title: 'Every sending IP has a PTR record inside the sender\'s domain', source: `${ARTICLE}, recommendation 1` },
  helo: { id: 'article.2-helo', title: 'The HELO/EHLO name is resolvable, in the sender\'s domain and an MX host', source: `${ARTICLE}, recommendation 2` },
  spf: { id: 'article.3-spf', title: 'The sending domain publishes an SPF record that authorises the IP', source: `${ARTICLE}, recommendation 3` },
  authentication: { id: 'article.4-authentication', title: 'Inbound mail passes SPF, DKIM, DMARC and ARC authentication', source: `${ARTICLE}, recommendation 4` },
  arc: { id: 'article.5-arc', title: 'Forwarders add ARC headers so the receiver can use their results', source: `${ARTICLE}, recommendation 5` },
  webForms: { id: 'article.web-forms', title: 'Web forms send RFC 5322 messages with well-formed Subject, From, To and Reply-To', source: `${ARTICLE}, web forms and scripts` },
  notTrusted: { id: 'article.not-trusted', title: 'Mail that impersonates a sender, fails authentication or names nonexistent domains is not trusted', source: `${ARTICLE}, messages that are not trusted` },
  suspension: { id: 'article.suspension', title: 'Automated, system and noreply mail is suspended', source: 'Zendesk: reasons for email suspension' },
} as const satisfies Record<string, Recommendation>;

/**
 * A recommendation from an RFC section rather than the article: the section, and its topic as data (the
 * catalogs word the title, lib/i18n/<lang>/rfc.ts). `title` stays empty until the Report is rendered.
 */
export function rfc(section: string, topic: RfcTopic): Recommendation {
  return { id: 'rfc', topic, title: '', source: section };
}
