// Mots français des actions de l'agent : dans Zendesk, pour le client, et pour l'administrateur de messagerie de l'expéditeur.
import type { ActionTexts } from '../actions';

export const actions: ActionTexts = {
  recover: (advice, causes) => {
    switch (advice.kind) {
      case 'recover':
        return { title: 'Récupérez le ticket s\'il a été suspendu', why: 'L\'expéditeur est authentifié : le message vient bien de son domaine From.' };
      case 'recover-and-forward':
        return {
          title: 'Récupérez le ticket s\'il a été suspendu',
          why: `L'expéditeur est authentifié : le message vient bien de son domaine From. Ce qui réduit la confiance est la façon dont son courrier est envoyé${causes ? ` (${causes})` : ''} : demandez au client de transmettre le message pour l'administrateur de messagerie.`,
        };
      case 'confirm-first':
        return {
          title: 'Ne le récupérez qu\'une fois que le client confirme l\'avoir envoyé',
          why: `${advice.because === 'identity-mismatch'
            ? 'L\'expéditeur est authentifié, mais les identités du message désignent d\'autres organisations (voir les signes d\'usurpation).'
            : `L'authentification n'a pas réussi${causes ? ` (${causes})` : ''} : n'importe qui a pu écrire cette adresse From.`} Demandez-le par une adresse ou un numéro de téléphone déjà connus, pas en répondant à ce message.`,
        };
      case 'leave-suspended':
        return { title: 'Laissez-le suspendu', why: `C'est un courrier automatique (${causes}), pas une demande de client ; un ticket ne répondrait qu'à une machine.` };
      case 'decide-later':
        return { title: 'Ne décidez pas encore', why: 'Les éléments nécessaires manquent, comme le dit le verdict : décidez une fois le message vérifié.' };
    }
  },
  allowlist: (advice) => {
    if (advice.kind === 'safe') {
      return { title: `Une entrée de liste d'autorisation pour ${advice.entry} est sûre`, why: 'L\'expéditeur est authentifié : personne d\'autre ne peut profiter de l\'entrée en écrivant cette adresse From.' };
    }
    const why = {
      'authentication-failed': 'L\'authentification a échoué : une entrée laisserait quiconque écrit cette adresse From échapper aux contrôles de Zendesk.',
      'authentication-unknown': 'L\'authentification n\'a pas pu être vérifiée : une entrée pourrait laisser un imposteur échapper aux contrôles de Zendesk.',
      'identity-mismatch': 'Les identités du message désignent d\'autres organisations (voir les signes d\'usurpation) : une entrée pourrait servir un imposteur.',
      automated: 'C\'est un courrier automatique : l\'autoriser ferait des rebonds et des réponses automatiques des tickets.',
      'fix-at-sender': 'Inutile : l\'expéditeur est authentifié, et ce qui réduit la confiance est la configuration de son courrier, que son administrateur de messagerie peut corriger ; une entrée ne ferait que le masquer.',
    }[advice.because];
    return { title: 'N\'ajoutez pas d\'entrée à la liste d\'autorisation', why };
  },
  ask: (ask) => {
    switch (ask.kind) {
      case 'confirm-sent':
        return 'Avez-vous envoyé ce message ? (Demandez-le par une adresse ou un numéro de téléphone déjà connus.)';
      case 'forward-to-admin':
        return 'Merci de transmettre le message pour l\'administrateur de messagerie à la personne qui gère votre messagerie : il liste les enregistrements à publier.';
      case 'address-that-receives':
        return `${ask.domain} ne peut pas recevoir de courrier : à quelle adresse pouvons-nous vous répondre ?`;
      case 'confirm-reply-address':
        return 'À quelle adresse devons-nous répondre ? Le message demande que les réponses aillent à une autre organisation.';
    }
  },
  admin: {
    subject: (domain) => `Le courrier de ${domain} échoue aux contrôles de notre support`,
    opening: (domain, level) => `Bonjour,\n\nLe courrier de ${domain} adressé à notre support (Zendesk) est jugé « ${level} ». Merci d'apporter ces changements au DNS du domaine ou au serveur de messagerie :`,
    closing: (articleUrl) => `Les exigences de Zendesk : ${articleUrl}\n\nMerci.`,
  },
};
