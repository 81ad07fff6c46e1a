// The headings of Zendesk's "Ensuring email system compatibility with Zendesk" (/hc/en-us/articles/4412991936922)
// as the published English page prints them, for the source links' text fragments (lib/i18n/render/source-link.ts).
import type { ArticleHeadings } from '../article-heading';

export const articleHeadings: ArticleHeadings = {
  'article.1-ptr': { text: 'Recommendation 1: Setup a PTR record for SMTP servers sending email to Zendesk', suffix: 'Ensure that all IP addresses' },
  'article.2-helo': { text: 'Recommendation 2: Setup HELO and EHLO greeting hostname', suffix: 'HELO name is used' },
  'article.3-spf': { text: 'Recommendation 3: SPF records' },
  'article.4-authentication': { text: 'Recommendation 4: DMARC and DKIM' },
  'article.web-forms': { text: 'Best practices for sending emails using scripts and web forms' },
  'article.not-trusted': { text: 'Best practices for sending trustworthy emails' },
};
