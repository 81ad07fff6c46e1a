// The English title of Zendesk's article, the product's first source. The French catalog names the article
// by the title Zendesk publishes it under in French (lib/i18n/fr/verdict.ts).
export const ARTICLE_TITLE = 'Ensuring email system compatibility with Zendesk';
