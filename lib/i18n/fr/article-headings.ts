// Les titres de l'article de Zendesk « Vérification de la compatibilité du système de messagerie avec Zendesk »
// (/hc/fr/articles/4412991936922) tels que la page française publiée les imprime, pour les fragments de texte
// des liens vers les sources (lib/i18n/render/source-link.ts).
import type { ArticleHeadings } from '../article-heading';

export const articleHeadings: ArticleHeadings = {
  'article.1-ptr': { text: 'Recommandation 1 : Configurer un enregistrement PTR pour les serveurs SMTP qui envoient des e-mails à Zendesk', suffix: 'Vérifiez que toutes les adresses IP' },
  'article.2-helo': { text: 'Recommandation 2 : Configurez le nom d’hôte de salutation HELO et EHLO' },
  'article.3-spf': { text: 'Recommandation 3 : Enregistrements SPF' },
  'article.4-authentication': { text: 'Recommandation 4 : DMARC et DKIM' },
  'article.web-forms': { text: 'Meilleures pratiques pour l’envoi d’e-mails à l’aide de scripts et de formulaires Web' },
  'article.not-trusted': { text: 'Meilleures pratiques pour l’envoi d’e-mails de confiance' },
};
