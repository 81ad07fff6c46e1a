// Mots français des constats ARC et transfert (recommandation 5 de Zendesk) et du résultat d'une chaîne ARC.
import type { ArcFailCode } from '../../auth/arc/types';
import type { ArcParams } from '../../report/params/arc';
import type { ForwardingSignKind } from '../../report/types';
import type { FixParams } from '../../report/params/fixes';
import type { FindingTextsOf } from '../catalog';
import type { Format } from '../format';
import { lookupProblem } from './shared';

/** Pourquoi une chaîne ARC est rompue (RFC 8617 §5.2), d'après son code. */
export function arcFailure(code: ArcFailCode): string {
  switch (code) {
    case 'malformed':
      return 'L\'instance (i=) d\'un en-tête ARC est illisible';
    case 'instance-out-of-range':
      return 'Une instance ARC est hors de l\'intervalle 1 à 50 (RFC 8617 §4.2.1)';
    case 'duplicate-instance':
      return 'Deux en-têtes ARC du même type portent la même instance (RFC 8617 §5.2)';
    case 'instance-gap':
      return 'Il manque une instance ARC entre la première et la dernière (RFC 8617 §5.2)';
    case 'incomplete-set':
      return 'Un jeu ARC n\'a pas son ARC-Seal, son ARC-Message-Signature ou son ARC-Authentication-Results (RFC 8617 §5.2)';
    case 'cv-fail':
      return 'Un relais a noté la chaîne comme déjà rompue à la réception du message (cv=fail)';
    case 'first-cv-not-none':
      return 'Le premier ARC-Seal doit indiquer cv=none (RFC 8617 §5.2)';
    case 'cv-not-pass':
      return 'Un ARC-Seal après le premier n\'indique pas cv=pass (RFC 8617 §5.2)';
    case 'ams-invalid':
      return 'Le dernier ARC-Message-Signature n\'est pas valide : le message a changé après le scellement du dernier relais';
    case 'seal-invalid':
      return 'Un ARC-Seal n\'est pas valide : un en-tête ARC de ce relais ou d\'un relais précédent a changé';
  }
}

/** Le résumé de la chaîne ARC (arc.summary du rapport). */
export function arcVerified(p: Pick<ArcParams['arc.pass'], 'instances' | 'oldestPass' | 'body'>, format: Format): string {
  return p.body === 'header-only'
    ? `Les sceaux ARC et les en-têtes des signatures de message sont valides (l'instance ${p.oldestPass} est la plus ancienne) ; le corps n'a pas pu être vérifié.`
    : `${format.plural(p.instances, { one: 'Le jeu ARC est valide', other: `Les ${format.number(p.instances)} jeux ARC sont valides` })} ; la plus ancienne signature de message encore valide est celle de l'instance ${p.oldestPass}.`;
}

/** Une clé de la chaîne n'a pas pu être récupérée (RFC 8617 §5.2, une erreur temporaire). */
export function arcLookupFailed(p: ArcParams['arc.temperror'], format: Format): string {
  return `La clé de l'instance ARC ${p.failedInstance} n'a pas pu être récupérée${p.problem ? ` (${lookupProblem(p.problem, format)})` : ''}`;
}

export const ARC_ABSENT = 'Le message ne porte aucun jeu ARC.';

export function arcSealingFix(p: FixParams['arc-sealing']): string {
  return `Pour la personne qui gère le relais${p.forwarder ? ` ${p.forwarder}` : ''} : ajouter des jeux ARC (RFC 8617) au courrier qu'il transfère, ou transférer sans modifier le message, pour que le destinataire puisse se fier à l'authentification qu'il a vue.`;
}

export const SIGN: Record<ForwardingSignKind, string> = {
  'arc-set': 'des jeux ARC',
  'resent-fields': 'des en-têtes Resent',
  'x-forwarded-to': 'un en-tête X-Forwarded-To',
  'x-forwarded-for': 'un en-tête X-Forwarded-For',
  'x-google-original-from': 'un en-tête X-Google-Original-From',
  'recipient-domain-change': 'un domaine destinataire qui change en cours de route',
  'list-headers': 'des en-têtes de liste de diffusion',
  'other': 'd\'autres indices',
};

export const arc: FindingTextsOf<ArcParams> = {
  'arc.pass': (p, format) => {
    const sealers = p.sealers.map((sealer) => sealer ?? '?');
    return {
      title: `La chaîne ARC de ${format.count(p.instances, { one: 'instance', other: 'instances' })} est valide`,
      explanation: `${arcVerified(p, format)} Scellée par ${format.list(sealers)}.${p.vouches ? ' Son premier relais a vu l\'authentification de l\'auteur réussir.' : ' Son premier relais n\'a pas noté d\'authentification réussie de l\'auteur.'}`,
    };
  },
  'arc.fail': (p) => ({
    title: 'La chaîne ARC est rompue',
    explanation: `${arcFailure(p.code)}${p.failedInstance !== null ? ` (instance ${p.failedInstance})` : ''}. On ne peut pas se fier aux résultats des relais.`,
  }),
  'arc.none': () => ({
    title: 'Le message a été transféré sans ARC',
    explanation: 'Le transfert casse SPF (l\'IP du relais n\'est pas dans l\'enregistrement de l\'auteur) et souvent DKIM. Sans jeux ARC, le destinataire ne peut pas voir que le message était authentique avant le transfert. Demandez au relais d\'ajouter ARC, ou de transférer sans modifier le message.',
  }),
  'arc.temperror': (p, format) => ({
    title: 'La chaîne ARC n\'a pas pu être vérifiée pour l\'instant',
    explanation: `${arcLookupFailed(p, format)} : une panne DNS, pas un jugement sur la chaîne.`,
  }),
  'forwarding.detected': (p, format) => ({
    title: 'Le message a été transféré',
    explanation: `Un intermédiaire a relayé le message : la vérification SPF du destinataire a donc jugé le serveur du relais, pas celui de l'auteur.${p.signs.length > 0 ? ` Indices : ${format.list(p.signs.map((sign) => SIGN[sign]))}.` : ''}${p.origin ? ` Le serveur de l'expéditeur d'origine (${p.origin.ip ?? '?'}${p.origin.helo ? `, HELO ${p.origin.helo}` : ''}) est vérifié aussi.` : ''} Les relais devraient garder la signature DKIM intacte et ajouter ARC.`,
  }),
};
