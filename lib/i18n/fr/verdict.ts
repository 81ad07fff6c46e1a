// French words of the verdict: levels, Zendesk's causes, the rules of lib/verdict/rules.ts, the summary.
import type { VerdictTexts } from '../catalog';

// The article under the title Zendesk publishes it in French (support.zendesk.com/hc/fr/articles/4412991936922),
// named as a work (« ... »); its sections are "Recommandation 1" to "Recommandation 4".
const ARTICLE = 'Article Zendesk «\u00a0Workflow\u00a0: Vérification de la compatibilité du système de messagerie avec Zendesk\u00a0»';
// Article 4408828416282 ("Causes for ticket suspension"): no French copy of its title was at hand, so a French
// description of it, in the words of its French sibling (« Causes de suspension des tickets »).
const SUSPENSION = 'Article Zendesk «\u00a0Causes de suspension des tickets\u00a0»';

export const verdict: VerdictTexts = {
  levels: {
    'trusted': 'Fiable',
    'low-trust': 'Confiance faible',
    'likely-suspended': 'Suspension probable',
    'unknown': 'Indéterminé',
  },
  causes: {
    'failed-email-authentication': 'échec de l\'authentification',
    'automated-response': 'réponse automatique',
    'delivery-failure': 'échec de distribution',
    'out-of-office': 'absence du bureau',
    'system-user': 'message d\'un utilisateur système',
    'noreply-recipient': 'envoyé à une adresse noreply',
    'invalid-sender-domain': 'domaine d\'expéditeur invalide',
    'mail-loop': 'boucle de messagerie',
    'detected-as-spam': 'détecté comme spam',
  },
  rules: {
    'not-an-email': 'Le texte fourni n\'est pas un e-mail',
    'incomplete-input': 'Le collage semble tronqué : collez tout le bloc d\'en-têtes',
    'bounce': 'C\'est un avis de non-distribution',
    'out-of-office': 'C\'est une réponse d\'absence',
    'automatic-reply': 'C\'est un message automatique',
    'system-sender': 'Il vient d\'un compte système de messagerie',
    'noreply-recipient': 'Il est adressé à une adresse noreply',
    'spam': 'Le serveur de réception l\'a marqué comme spam',
    'mail-loop': 'Il est pris dans une boucle de messagerie',
    'dmarc-enforced-failure': 'Il échoue à la politique DMARC de l\'expéditeur, qui demande la quarantaine ou le rejet',
    'nonexistent-sender-domain': 'Le domaine de l\'expéditeur n\'existe pas',
    'malformed-sender': 'Les champs de l\'expéditeur sont absents ou invalides',
    'invalid-dkim': 'Une signature DKIM de l\'expéditeur est invalide',
    'spf-failure': 'SPF échoue et aucune signature DKIM alignée n\'est valide',
    'broken-spf': 'L\'enregistrement SPF de l\'expéditeur est défectueux',
    'dmarc-failure': 'DMARC échoue ; le domaine demande seulement aux destinataires de surveiller',
    'sending-server': 'Le serveur d\'envoi n\'a pas de nom PTR ou HELO correct, ou nomme un autre domaine',
    'weak-authentication': 'L\'authentification est incomplète',
    'web-form-headers': 'Des champs d\'en-tête sont absents ou mal formés',
    'receiver-authentication-failed': 'Le destinataire a enregistré un échec d\'authentification à l\'arrivée, sous une politique de quarantaine ou de rejet',
    'receiver-dmarc-failure': 'Le destinataire a enregistré un échec d\'authentification à l\'arrivée ; le domaine demande seulement de surveiller, ou sa politique n\'a pas été enregistrée',
    'dns-unavailable': 'Le DNS n\'a pas pu être interrogé, donc rien n\'a pu être revérifié',
    'offline': 'Mode hors ligne (aucune revérification DNS)',
    'time-limit': 'La revérification a manqué de temps avant la fin de toutes les vérifications',
    'no-edge': 'Aucun serveur d\'envoi n\'a été trouvé dans les champs Received',
    'authenticated': 'L\'expéditeur est authentifié',
    'receiver-authenticated': 'Le destinataire a enregistré l\'expéditeur comme authentifié à l\'arrivée (non revérifié)',
    'authenticated-by-forwarder': 'La chaîne ARC est valide et son premier relais a vu l\'auteur authentifié',
    'no-evidence': 'Aucun constat ne décide du verdict : ni authentification réussie, ni problème connu.',
  },
  summary: {
    'trusted': 'Zendesk ferait très probablement confiance à ce message. Aucun constat ne réduit la confiance.',
    'low-trust': 'Zendesk accorderait probablement une confiance faible à ce message : il peut arriver dans la vue des tickets suspendus ou être signalé.',
    'likely-suspended': 'Zendesk suspendrait probablement ce message.',
    'unknown': 'MailTrust ne peut pas dire comment Zendesk jugerait ce message : les éléments nécessaires n\'étaient pas disponibles, il n\'est donc pas présenté comme fiable.',
  },
  // Typographie française : espace insécable avant le deux-points et le point-virgule.
  punctuation: { colon: '\u00a0: ', semicolon: '\u00a0; ' },
  receivedBy: (receiver) => `Reçu par ${receiver} : voici comment Zendesk jugerait le même serveur d'envoi.`,
  recommendations: {
    'article.1-ptr': { title: 'Chaque IP d\'envoi a un enregistrement PTR dans le domaine de l\'expéditeur', source: `${ARTICLE}, recommandation 1` },
    'article.2-helo': { title: 'Le nom HELO/EHLO se résout, est dans le domaine de l\'expéditeur et est un hôte MX', source: `${ARTICLE}, recommandation 2` },
    'article.3-spf': { title: 'Le domaine d\'envoi publie un enregistrement SPF qui autorise l\'IP', source: `${ARTICLE}, recommandation 3` },
    'article.4-authentication': { title: 'Le courrier entrant réussit l\'authentification SPF, DKIM, DMARC et ARC', source: `${ARTICLE}, recommandation 4` },
    'article.5-arc': { title: 'Les relais ajoutent des en-têtes ARC pour que le destinataire puisse utiliser leurs résultats', source: `${ARTICLE}, recommandation 5` },
    'article.web-forms': { title: 'Les formulaires web envoient des messages RFC 5322 aux champs Subject, From, To et Reply-To bien formés', source: `${ARTICLE}, formulaires web et scripts` },
    'article.not-trusted': { title: 'Le courrier qui usurpe un expéditeur, échoue à l\'authentification ou cite des domaines inexistants n\'est pas fiable', source: `${ARTICLE}, messages non fiables` },
    'article.suspension': { title: 'Le courrier automatique, système ou noreply est suspendu', source: SUSPENSION },
  },
};
