// Mots français des constats de suspension (les causes de suspension de Zendesk visibles dans les en-têtes).
import type { SuspensionParams } from '../../report/params/suspension';
import type { FindingTextsOf } from '../catalog';

export const suspension: FindingTextsOf<SuspensionParams> = {
  'auto.reply': (p) => ({
    title: 'C\'est un message automatique',
    explanation: `${p.sign === 'null-reverse-path' ? 'Son chemin de retour est vide (« <> »), ce que la RFC 5321 §4.5.5 réserve aux notifications automatiques.' : 'Ses en-têtes le marquent comme généré automatiquement ou comme réponse automatique (RFC 3834).'} Zendesk suspend les réponses automatiques pour qu'elles n'ouvrent pas de tickets et ne tournent pas en boucle.`,
  }),
  'auto.bounce': () => ({
    title: 'C\'est un rebond (avis d\'échec de remise)',
    explanation: 'Un serveur de messagerie signale qu\'un message précédent n\'a pas pu être remis. Zendesk suspend les échecs de remise au lieu d\'en faire des tickets.',
  }),
  'system.sender': (p) => ({
    title: `L'expéditeur est une adresse système (${p.address})`,
    explanation: 'mailer-daemon et postmaster sont des comptes du système de messagerie, pas des personnes. Zendesk suspend le courrier des utilisateurs système.',
  }),
  'recipient.noreply': (p) => ({
    title: `Le message est adressé à une adresse noreply (${p.address})`,
    explanation: 'Zendesk suspend le courrier envoyé à une adresse noreply : il s\'agit le plus souvent d\'une réponse automatique à une notification.',
  }),
  'auto.out-of-office': (p) => ({
    title: 'C\'est une réponse d\'absence du bureau',
    explanation: `L'objet « ${p.subject} » et les en-têtes de réponse automatique signalent un message d'absence. Zendesk suspend les réponses d'absence.`,
  }),
  'spam.flagged': () => ({
    title: 'Le côté destinataire a marqué le message comme spam',
    explanation: 'Un filtre antispam du côté destinataire a classé ce message comme spam. Zendesk suspend le courrier détecté comme spam.',
  }),
  'mail.loop': (p, format) => ({
    title: `Le message est passé par ${format.number(p.received)} serveurs : une boucle de messagerie`,
    explanation: `Il porte ${format.number(p.received)} champs Received, plus de ${format.number(p.limit)}. Des règles de transfert qui renvoient le message dans un sens puis dans l'autre ajoutent un champ Received à chaque passage. Zendesk suspend le courrier qui tourne en boucle.`,
  }),
};
