// The title of Zendesk's article, the product's first source. It is English in every language: the French
// catalog quotes it as the article's name (the article is published under this title).
export const ARTICLE_TITLE = 'Ensuring email system compatibility with Zendesk';
