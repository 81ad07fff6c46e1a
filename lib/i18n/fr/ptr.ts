// Mots français des constats PTR (recommandation 1 de Zendesk) et du correctif PTR.
import type { GenericSignal } from '../../auth/iprev/generic-name';
import type { FixParams } from '../../report/params/fixes';
import type { PtrParams } from '../../report/params/ptr';
import type { FindingTextsOf } from '../catalog';
import { basis, known, lookupProblem, ownerUnchecked, PROVIDER_ADVICE } from './shared';

function signal(entry: GenericSignal): string {
  switch (entry.kind) {
    case 'ip-digits':
      return `contient les chiffres de l'IP (${entry.matched})`;
    case 'ip-hex':
      return `contient l'IP en hexadécimal (${entry.matched})`;
    case 'isp-word':
      return `contient le mot « ${entry.word} », typique d'un réseau d'accès`;
  }
}

export const ptr: FindingTextsOf<PtrParams> = {
  'ptr.pass': (p, format) => ({
    title: `${p.ip} a un enregistrement PTR dont le nom ramène à cette IP`,
    explanation: `${format.plural(p.names.length, { one: 'Le nom PTR', other: 'Les noms PTR' })} ${format.list(p.names)} ${format.plural(p.names.length, { one: 'se résout', other: 'se résolvent' })} bien en ${p.ip}, comme les destinataires l'attendent d'un serveur de messagerie.`,
  }),
  'ptr.missing': (p) => (p.cause === 'invalid-ip'
    ? { title: `« ${p.ip} » n'est pas une adresse IP`, explanation: 'L\'en-tête Received ne donne aucune adresse IPv4 ou IPv6 pour le serveur d\'envoi : il n\'y a donc aucun enregistrement PTR à interroger.' }
    : {
        title: `L'IP d'envoi ${p.ip} n'a pas d'enregistrement PTR`,
        explanation: `${p.reverseName} a répondu ${p.rcode}. Les destinataires, dont Zendesk, accordent un niveau de confiance faible au courrier venant d'une IP sans nom DNS inverse.`,
      }),
  'ptr.generic': (p, format) => ({
    title: `Le nom PTR ${p.name} ressemble à une adresse résidentielle ou dynamique`,
    explanation: `Ce nom ${format.list(p.signals.map(signal))}. De tels noms désignent des connexions d'abonnés, qui ne devraient pas envoyer de courrier directement ; les destinataires lui accordent un niveau de confiance faible.`,
  }),
  'ptr.unconfirmed': (p, format) => ({
    title: `Le nom PTR de ${p.ip} ne ramène pas à cette IP`,
    explanation: `${format.list(p.names)} ne ${p.names.length > 1 ? 'se résolvent' : 'se résout'} pas en ${p.ip} (échec iprev, RFC 8601 §3). Un nom PTR n'est cru que si sa recherche directe le confirme.`,
  }),
  'ptr.foreign-domain': (p, format) => {
    switch (p.owner.kind) {
      case 'sender':
        return {
          title: `${p.ip} est un serveur de ${p.owner.basis.organization}, un prestataire qui envoie pour ${p.senderDomain}`,
          explanation: `Son nom PTR ${format.list(p.names)} est hors de ${p.senderOrganizationalDomain}, mais ${p.senderDomain} confie son courrier à ${p.owner.basis.organization} (${basis(p.owner.basis)}). Le prestataire nomme ses propres serveurs : l'expéditeur n'a rien à changer.${p.owner.basis.via === 'author' ? '' : ` ${PROVIDER_ADVICE}`}`,
        };
      case 'not-checked':
        return {
          title: `Le nom PTR de ${p.ip} est hors de ${p.senderOrganizationalDomain} ; on n'a pas pu vérifier si son organisation envoie pour ce domaine`,
          explanation: `${format.list(p.names)} n'est pas dans ${p.senderOrganizationalDomain}, et MailTrust n'a pas pu savoir si ${p.senderDomain} lui confie son courrier : ${ownerUnchecked(p.owner.reason, format)}. Non vérifié, cela ne réduit donc pas la confiance ici.`,
        };
      case 'another-domain':
        return {
          title: `Le nom PTR de ${p.ip} est dans un autre domaine (${p.owner.organization})`,
          explanation: `${format.list(p.names)} n'est ni dans ${p.senderOrganizationalDomain} ni dans une organisation à laquelle ${p.senderDomain} confie son courrier (${known(p.owner.known)}). L'article demande un nom PTR dans le domaine de l'expéditeur ; un nom d'un autre domaine vaut un niveau de confiance faible, même s'il ramène bien à l'IP.`,
        };
    }
  },
  'ptr.temperror': (p, format) => ({
    title: `L'enregistrement PTR de ${p.ip} n'a pas pu être interrogé`,
    explanation: `${lookupProblem(p.problem, format)}. On ne peut pas revérifier maintenant ce que le destinataire a vu de cette IP ; réessayez plus tard.`,
  }),
};

export function ptrFix(p: FixParams['ptr-record'], name: string): string {
  return `Demandez au propriétaire de ${p.ip} (votre hébergeur ou prestataire de messagerie) de régler son enregistrement PTR (${p.reverseName}) sur ${name}, et publiez ${p.addressType} ${name} -> ${p.ip} pour que le nom ramène à l'IP.`;
}
