// Mots français des constats SPF (recommandations 3 et 4 de Zendesk), des causes d'une vérification SPF et du correctif SPF.
import type { SpfCause } from '../../auth/spf/types';
import type { FixParams } from '../../report/params/fixes';
import type { SpfBeside, SpfParams } from '../../report/params/spf';
import type { FindingTextsOf } from '../catalog';
import type { Format } from '../format';
import { lookupProblem } from './shared';

/** Pourquoi une vérification SPF a donné none, permerror ou temperror (RFC 7208 §4). */
export function spfCause(cause: SpfCause, format: Format): string {
  switch (cause.kind) {
    case 'invalid-ip':
      return `« ${cause.ip} » n'est pas une adresse IPv4 ou IPv6 : il n'y a pas de client à autoriser`;
    case 'invalid-domain':
      return `« ${cause.domain} » n'est pas un nom de domaine valide : il n'y a pas d'enregistrement à interroger`;
    case 'nxdomain':
      return `${cause.domain} n'existe pas (NXDOMAIN)`;
    case 'no-record':
      return `${cause.domain} ne publie aucun enregistrement SPF (aucun enregistrement TXT ne commence par « v=spf1 »)`;
    case 'multiple-records':
      return `${cause.domain} publie ${format.number(cause.count)} enregistrements SPF ; un seul est permis (RFC 7208 §4.5)`;
    case 'lookup':
      return `L'enregistrement SPF n'a pas pu être interrogé (${lookupProblem(cause.problem, format)})`;
    case 'syntax':
      return `L'enregistrement SPF de ${cause.domain} est mal formé (RFC 7208 §4.6) ; la trace montre où`;
    case 'term':
      return cause.outcome === 'permerror'
        ? `Le terme ${cause.term} de l'enregistrement de ${cause.domain} ne peut pas être évalué ; la trace montre pourquoi`
        : `Le terme ${cause.term} de l'enregistrement de ${cause.domain} n'a pas pu être évalué pour l'instant ; la trace montre pourquoi`;
  }
}

/** RFC 7208 §6.2 : l'explication d'un échec quand le domaine n'en donne pas (exp=). */
export function spfDefaultExplanation(ip: string, domain: string): string {
  return `${ip} ne fait pas partie des serveurs de messagerie désignés par ${domain}`;
}

function after(p: { forwardedEdge: boolean; guessedSender: string | null }): string {
  return [
    ...(p.forwardedEdge ? [' Le message a été transféré : on a donc jugé l\'IP du relais au regard de l\'enregistrement de l\'auteur. C\'est attendu, et c\'est pourquoi les relais devraient ajouter ARC.'] : []),
    ...(p.guessedSender ? [` Pas d'en-tête Return-Path : le MAIL FROM est inconnu, on a donc vérifié ${p.guessedSender} (tiré de l'en-tête From) à sa place.`] : []),
  ].join('');
}

function carried(beside: SpfBeside): string {
  return beside === 'dmarc-passed-by-dkim' ? ' DMARC a réussi grâce à une signature DKIM alignée : cela ne réduit donc pas la confiance ; inscrire le serveur dans l\'enregistrement aide tout de même les destinataires qui ne regardent que SPF.' : '';
}

function softened(beside: SpfBeside): string {
  switch (beside) {
    case 'dmarc-passed-by-dkim':
      return ' DMARC a réussi grâce à DKIM (une signature alignée est valide), mais l\'article cite l\'échec de la vérification SPF parmi les raisons de ne pas faire confiance : autorisez ce serveur dans l\'enregistrement.';
    case 'aligned-dkim-pass':
      return ' Une signature DKIM alignée sur le domaine From est valide : DMARC peut donc encore réussir.';
    case 'nothing':
      return '';
  }
}

export const spf: FindingTextsOf<SpfParams> = {
  'spf.pass': (p) => ({ title: `SPF réussi : ${p.domain} autorise ${p.ip}`, explanation: `L'enregistrement de ${p.match.domain} correspond par « ${p.match.term} ».${after(p)}` }),
  'spf.fail': (p) => ({
    title: `${p.domain} n'autorise pas ${p.ip} dans son enregistrement SPF`,
    explanation: `L'enregistrement de ${p.match.domain} se termine par « ${p.match.term} » : le courrier venant de ${p.ip} n'est pas autorisé (${p.explanation ?? spfDefaultExplanation(p.ip, p.domain)}). Zendesk ne fait pas confiance au courrier qui échoue à SPF.${softened(p.beside)}${after(p)}`,
  }),
  'spf.softfail': (p) => ({
    title: `L'enregistrement SPF de ${p.domain} n'autorise pas vraiment ${p.ip} (softfail)`,
    explanation: `L'enregistrement correspond par « ${p.match.term} » : le domaine indique que ${p.ip} n'est probablement pas son serveur.${carried(p.beside)}${after(p)}`,
  }),
  'spf.neutral': (p) => ({
    title: `SPF neutre pour ${p.ip} et ${p.domain}`,
    explanation: `L'enregistrement ${p.match ? `correspond par « ${p.match.term} »` : 'n\'a aucun mécanisme correspondant'} : il ne dit rien de ${p.ip}, ce que les destinataires traitent comme une absence de SPF.${carried(p.beside)}${after(p)}`,
  }),
  'spf.none': (p, format) => ({
    title: `${p.domain} ne publie aucun enregistrement SPF`,
    explanation: `${spfCause(p.cause, format)}. L'article demande à chaque domaine d'envoi un enregistrement SPF qui autorise ses serveurs.${after(p)}`,
  }),
  'spf.permerror': (p, format) => ({
    title: `L'enregistrement SPF de ${p.domain} est invalide`,
    explanation: `${spfCause(p.cause, format)} (permerror selon la RFC 7208 : les destinataires le traitent comme un échec d'authentification).${after(p)}`,
  }),
  'spf.temperror': (p, format) => ({
    title: `Le SPF de ${p.domain} n'a pas pu être vérifié pour l'instant`,
    explanation: `${spfCause(p.cause, format)} : une panne DNS, pas un jugement sur l'expéditeur. Réessayez plus tard.${after(p)}`,
  }),
};

export function spfFix(p: FixParams['spf-record']): string {
  return p.replaces
    ? `Remplacez l'enregistrement SPF de ${p.domain} par celui-ci (l'enregistrement actuel, avec ${p.ip} ajoutée), ou ajoutez plutôt l'include: de votre prestataire s'il envoie pour vous.`
    : `Publiez cet enregistrement TXT sur ${p.domain}, en y listant chaque serveur qui envoie son courrier.`;
}
