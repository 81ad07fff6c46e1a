// Mots français de ce que le serveur de réception a enregistré à l'arrivée, alors et aujourd'hui : les
// constats receiver.* et drift.auth, le compauth de Microsoft, et une méthode comparée (verdict.today).
import type { Compauth, CompauthMeaning } from '../../report/compauth';
import type { ReceiverParams } from '../../report/params/receiver';
import type { DriftReason, ThenAndNow } from '../../report/types';
import type { FindingTextsOf } from '../catalog';
import type { Format } from '../format';

const COMPAUTH: Record<CompauthMeaning, string> = {
  'explicit-fail': 'le message a échoué à l\'authentification explicite : la stratégie DMARC de l\'expéditeur est quarantine ou reject',
  'implicit-fail': 'le message a échoué à l\'authentification implicite : l\'expéditeur n\'a aucune stratégie DMARC satisfaite, et les propres signaux de Microsoft ne se sont pas portés garants de lui',
  'blocked-pair': 'l\'organisation bloque ce couple expéditeur et domaine (usurpation)',
  'explicit-fail-accepted-domain': 'le message a échoué à DMARC sous quarantine ou reject, et le domaine de l\'expéditeur est l\'un des domaines acceptés de l\'organisation elle-même',
  'pass': 'le message a réussi l\'authentification composite',
  'soft-pass': 'le message a réussi de justesse l\'authentification implicite (softpass)',
  'not-checked': 'l\'authentification composite du message n\'a pas été vérifiée',
  'bypassed': 'le message a contourné l\'authentification composite',
  'implicit-fail-accepted-domain': 'le message a échoué à l\'authentification implicite, et le domaine de l\'expéditeur est l\'un des domaines acceptés de l\'organisation elle-même',
};

function compauth(value: Compauth): string {
  return `Authentification composite de Microsoft : compauth=${value.result}${value.reason ? ` raison ${value.reason}` : ''}${value.meaning ? ` : ${COMPAUTH[value.meaning]}` : ''}.`;
}

function recordedNotes(p: ReceiverParams['receiver.authenticated'], format: Format): string {
  const notes = [
    ...(p.exchangeOnlineMarks ? [`Écrit par Exchange Online (sans authserv-id) : jugé fiable parce qu'il se trouve au-dessus du champ Received où Exchange Online a pris en charge le message, et que le message porte ses marques : ${format.list(p.exchangeOnlineMarks)}.`] : []),
    ...(p.compauth ? [compauth(p.compauth)] : []),
  ];
  return notes.map((note) => ` ${note}`).join('');
}

/** Une méthode comparée alors et aujourd'hui : « À l'arrivée, le serveur de réception a vu dkim=pass ; ... ». */
export function drift(row: Pick<ThenAndNow, 'method'> & { then: string; now: string; reason: DriftReason | null }): string {
  const head = `À l'arrivée, le serveur de réception a vu ${row.method}=${row.then.toLowerCase()} ; la nouvelle vérification donne aujourd'hui ${row.now.toLowerCase()}.`;
  switch (row.reason) {
    case null:
      return head;
    case 'key-rotated':
      return `${head} La clé publique DKIM n'est plus publiée : remplacée depuis l'arrivée du message ? Qu'un ancien message échoue aujourd'hui est normal après un changement de clé.`;
    case 'body-altered':
      return `${head} Le corps ne correspond plus à la signature : il a été modifié après la vérification du serveur de réception (un relais, un pied de page de liste de diffusion, ou la copie collée ici).`;
    case 'record-changed':
      return `${head} L'enregistrement DNS a probablement été modifié depuis la réception du message.`;
    case 'dns-unavailable-now':
      return `${head} Le DNS n'a pas pu être interrogé aujourd'hui : le résultat du serveur de réception ne peut pas être confirmé.`;
    case 'different-ip-evaluated':
      return `${head} Le saut évalué n'est pas celui que le serveur de réception a vérifié.`;
    case 'unknown':
      return `${head} L'écart découle des autres résultats qui ont changé.`;
  }
}

export const receiver: FindingTextsOf<ReceiverParams> = {
  'drift.auth': (p) => ({
    title: `${p.method.toUpperCase()}${p.domain ? ` (${p.domain})` : ''} : le serveur de réception a vu ${p.then}, la nouvelle vérification donne ${p.now}`,
    explanation: drift(p),
  }),
  'receiver.authenticated': (p, format) => ({
    title: `${p.authservId ?? 'Le serveur de réception'} a enregistré ${p.method}=pass à l'arrivée du message`,
    explanation: `Les en-têtes Authentication-Results du serveur de réception indiquent que l'expéditeur était authentifié. Rien n'a été revérifié aujourd'hui : cela repose uniquement sur sa parole.${recordedNotes(p, format)}`,
  }),
  'receiver.auth-failed': (p, format) => {
    const enforced = p.policy === 'quarantine' || p.policy === 'reject';
    const policy = p.policy
      ? `La stratégie du domaine, telle que le serveur de réception l'a enregistrée, est p=${p.policy}${enforced ? '' : ' : surveillance seulement'}.`
      : 'Le serveur de réception n\'a pas enregistré la stratégie du domaine : MailTrust ne peut pas dire si elle demande la mise en quarantaine ou le rejet.';
    return {
      title: `${p.authservId ?? 'Le serveur de réception'} a enregistré ${p.method}=${p.result} à l'arrivée du message`,
      explanation: `Les en-têtes Authentication-Results du serveur de réception indiquent que l'expéditeur a échoué à l'authentification${p.reason ? ` (${p.reason})` : ''}. ${policy} Un courrier qui échoue au contrôle DMARC de l'expéditeur ressemble à une usurpation d'identité.${recordedNotes(p, format)}`,
    };
  },
  'receiver.not-zendesk': (p) => ({
    title: `Reçu par ${p.receiver}, et non par Zendesk`,
    explanation: `Le serveur qui a accepté ce message est ${p.receiver} (${p.organization}), et non Zendesk. Le verdict indique comment Zendesk jugerait le même serveur d'envoi, avec les mêmes enregistrements, si le message lui avait été envoyé.`,
  }),
};
