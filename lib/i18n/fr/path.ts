// Mots français du chemin et de l'entrée tels que les pages les montrent : pourquoi une vérification n'a pas eu lieu.
import type { InputRepair } from '../../message/recognize-input';
import { SERVICES } from '../../path/receiving-services';
import type { EdgeReason, ForwardingSignFacts, NotCheckedFacts } from '../../report/types';
import type { OriginFacts } from '../path';
import type { Format } from '../format';
import { SIGN } from './arc';
import { seconds } from './shared';

const HOP = { edge: 'd\'entrée', origin: 'd\'origine' } as const;

export function notChecked(facts: NotCheckedFacts, format: Format): string {
  switch (facts.reason) {
    case 'offline':
      return 'Aucune requête DNS n\'a été faite (mode hors ligne).';
    case 'no-edge-hop':
      return 'Aucun saut Received venant de l\'extérieur du système de réception n\'a été trouvé : il n\'y a ni IP d\'envoi ni nom HELO à vérifier.';
    case 'no-ip':
      return `Le saut ${facts.hop ? `${HOP[facts.hop]} ` : ''}n'indique pas l'IP d'envoi.`;
    case 'no-helo':
      return `Le saut ${facts.hop ? `${HOP[facts.hop]} ` : ''}n'indique pas le nom HELO.`;
    case 'no-domain':
      return 'Il n\'y a pas de domaine From à vérifier.';
    case 'headers-missing':
      return 'Les en-têtes dont cette vérification a besoin ne figurent pas dans le texte.';
    case 'aborted':
      return 'L\'analyse a été annulée avant cette vérification.';
    case 'limit':
      return facts.limit === undefined ? 'Au-delà du nombre de signatures DKIM vérifiées par analyse.' : `Seules les ${format.number(facts.limit)} premières signatures DKIM sont vérifiées.`;
    case 'time-limit':
      return facts.limitMs === undefined ? 'La limite de temps a expiré avant cette vérification.' : `La limite de temps (${seconds(facts.limitMs, format)}) a expiré avant cette vérification.`;
    case 'unavailable':
      return 'L\'analyse s\'est arrêtée avant cette vérification.';
  }
}

/** Pourquoi ce saut est le point d'entrée : là où le message est entré dans l'organisation destinataire. */
export function edgeReason(reason: EdgeReason, format: Format): string {
  switch (reason.kind) {
    case 'first-external':
      return 'le saut le plus récent venant d\'un serveur extérieur aux hôtes de réception';
    case 'same-organization':
      return 'tous les serveurs d\'envoi appartiennent à l\'organisation du serveur de réception (courrier entre deux de ses utilisateurs) ; le saut public le plus ancien est retenu';
    case 'mx-host':
      return `a atteint ${reason.host}, un hôte MX de ${reason.domain}`;
    case 'inbound-gateway': {
      const of = reason.recipientDomain ? ` de ${reason.recipientDomain}` : '';
      const marks = reason.marks.length > 0 ? ` : ${reason.marks.join(', ')}` : '';
      return `entré par ${SERVICES[reason.service].name}, la passerelle de réception${of} (déduit des en-têtes${marks})`;
    }
    case 'mailbox-service':
      return `marques d'Exchange Online (${format.list(reason.marks)})`;
    case 'auth-results':
      return `aucun saut Received ne nomme un expéditeur public ; les en-têtes Authentication-Results de ${reason.authservId} nomment le client dans ${reason.property}`;
  }
}

/** Pourquoi ce saut est l'origine : là où s'arrêtent les sauts du relais sous le point d'entrée. */
export function originReason(origin: OriginFacts): string {
  const forwarder = origin.forwarder ? ` (${origin.forwarder})` : '';
  const by = origin.receiver ? `, remis à ${origin.receiver}` : '';
  return `le premier expéditeur sous le point d'entrée extérieur au relais${forwarder} et à l'organisation destinataire${by} ; les soumissions authentifiées ne comptent pas`;
}

/** Ce que la lecture du texte a réparé ou ignoré (InputSummary.notes). */
export function inputRepair(repair: InputRepair, format: Format): string {
  switch (repair.kind) {
    case 'byte-order-mark-removed':
      return 'Une marque d\'ordre des octets (BOM) a été retirée.';
    case 'leading-lines-removed':
      return `${format.count(repair.count, { one: 'ligne', other: 'lignes' })} avant le premier en-tête ${format.plural(repair.count, { one: 'a été ignorée', other: 'ont été ignorées' })}.`;
    case 'quote-marks-removed':
      return `Les marques de citation (« > ») ont été retirées de ${format.count(repair.lines, { one: 'ligne', other: 'lignes' })}.`;
    case 'mbox-from-line-removed':
      return 'La ligne mbox « From » a été retirée.';
    case 'gmail-summary-removed':
      return `Le résumé « Afficher l'original » de Gmail (${format.count(repair.lines, { one: 'ligne', other: 'lignes' })}) a été retiré.`;
    case 'folding-restored':
      return `Le repli des lignes a été rétabli sur ${format.count(repair.lines, { one: 'ligne', other: 'lignes' })} (la zone d'en-têtes d'Outlook perd l'indentation).`;
    case 'line-endings-normalised':
      return `Les fins de ligne ont été normalisées depuis ${repair.from}.`;
  }
}

/** Un indice de transfert d'après ses faits, avec la ligne de l'en-tête quand il y en a une. */
export function forwardingSign(sign: ForwardingSignFacts, line: number | null, format: Format): string {
  const at = line === null ? '' : ` (ligne ${format.number(line)})`;
  switch (sign.kind) {
    case 'arc-set':
      return `Jeux ARC scellés par ${sign.sealers.map((sealer) => `${sealer.domain ?? '?'} (i=${sealer.instance ?? '?'})`).join(', ')}${at}`;
    case 'resent-fields':
      return `En-têtes Resent : ${sign.names.join(', ')}${at}`;
    case 'x-forwarded-to':
    case 'x-forwarded-for':
    case 'x-google-original-from':
      return `${sign.kind} : ${sign.value}${at}`;
    case 'recipient-domain-change':
      return `Le domaine destinataire passe de ${sign.from} à ${sign.to} en cours de route${at}`;
    default: {
      const label = SIGN[sign.kind];
      return `${label.charAt(0).toUpperCase()}${label.slice(1)}${at}`;
    }
  }
}
