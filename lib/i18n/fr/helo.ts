// Mots français des constats HELO/EHLO (recommandation 2 de Zendesk) et du correctif HELO.
import type { HeloFacts, MalformedName } from '../../auth/helo/types';
import type { HeloParams } from '../../report/params/helo';
import type { FindingTextsOf } from '../catalog';
import { basis, known, lookupProblem, ownerUnchecked, PROVIDER_ADVICE } from './shared';

const RULE: Record<keyof HeloFacts, string> = {
  resolves: 'si le nom se résout',
  leadsToConnectingIp: 'si le nom mène à l\'IP d\'envoi',
  sameOrganization: 'si le nom appartient à l\'organisation de l\'expéditeur',
  matchesMx: 'si le nom est un hôte MX du domaine de l\'expéditeur',
};

function malformed(reason: MalformedName, name: string): string {
  switch (reason.kind) {
    case 'empty':
      return 'Le nom HELO est vide';
    case 'bracketed-not-address':
      return `« ${name} » est entre crochets comme une adresse littérale, mais ne contient pas d'adresse IP`;
    case 'too-long':
      return `Le nom fait ${reason.length} caractères, au-delà de ${reason.max}`;
    case 'empty-label':
      return `« ${name} » contient un label vide`;
    case 'bad-label':
      return `« ${reason.label} » n'est pas un label de nom d'hôte valide`;
  }
}

export const helo: FindingTextsOf<HeloParams> = {
  'helo.pass': (p, format) => {
    const facts = [
      p.leadsTo ? `Il se résout en ${p.leadsTo}` : 'Il se résout',
      ...(p.sameOrganization ? ['appartient à l\'organisation de l\'expéditeur'] : []),
      ...(p.matchesMx ? ['est l\'un de ses hôtes MX'] : []),
    ];
    return { title: `La salutation HELO ${p.name} est valide`, explanation: `${format.list(facts)}.` };
  },
  'helo.ip-literal': (p) => ({
    title: `Le serveur s'est présenté avec une adresse IP (${p.literal})`,
    explanation: 'La RFC 5321 §4.1.1.1 réserve les adresses littérales aux clients sans nom significatif ; un serveur de messagerie doit donner son propre nom de domaine. Les destinataires accordent à ce courrier un niveau de confiance faible.',
  }),
  'helo.localhost': (p) => (p.form === 'localhost'
    ? { title: 'Le serveur s\'est présenté comme « localhost »', explanation: 'localhost désigne la propre machine du destinataire (RFC 6761 §6.3), pas l\'expéditeur : un serveur ou un script mal configuré. Les destinataires accordent à ce courrier un niveau de confiance faible.' }
    : { title: `Le nom HELO « ${p.name} » n'a qu'un seul label`, explanation: 'Un nom d\'un seul label ne peut être résolu par personne d\'autre : le serveur n\'a pas donné de nom de domaine complet (RFC 5321 §4.1.1.1).' }),
  'helo.malformed': (p) => ({ title: `Le nom HELO « ${p.name} » n'est pas un nom de domaine`, explanation: `${malformed(p.reason, p.name)} (RFC 5321 §4.1.2).` }),
  'helo.invalid-tld': (p) => ({
    title: `Le nom HELO ${p.name} ne peut pas se résoudre : « .${p.tld} » n'est pas un domaine de premier niveau`,
    explanation: 'Le DNS utilisé n\'a donné aucune adresse pour ce nom, et son dernier label n\'est pas un domaine de premier niveau du DNS public : aucun destinataire ne peut le résoudre (RFC 5321 §2.3.5). Les destinataires accordent à ce courrier un niveau de confiance faible.',
  }),
  'helo.unresolvable': (p) => ({
    title: `Le nom HELO ${p.name} ne se résout pas`,
    explanation: `Sa recherche A/AAAA a donné ${p.rcode}. La RFC 5321 §2.3.5 exige un nom résolvable ; les destinataires accordent à ce courrier un niveau de confiance faible.`,
  }),
  'helo.ip-mismatch': (p, format) => ({
    title: `Le nom HELO ${p.name} ne se résout pas en l'IP d'envoi`,
    explanation: `Il se résout en ${format.list(p.addresses)}, et non en ${p.connectingIp}.`,
  }),
  'helo.not-mx': (p, format) => ({
    title: `Le nom HELO ${p.name} n'est pas un hôte MX du domaine de l'expéditeur`,
    explanation: `Hôtes MX de ${format.list(p.mxDomains)} : ${p.mxHosts.length > 0 ? format.list(p.mxHosts) : 'aucun'}. L'article recommande un nom HELO qui correspond à un enregistrement MX.`,
  }),
  'helo.foreign-domain': (p, format) => {
    switch (p.owner.kind) {
      case 'sender':
        return {
          title: `Le nom HELO ${p.name} est un serveur de ${p.owner.basis.organization}, un prestataire qui envoie pour ${p.senderDomain}`,
          explanation: `${p.senderDomain} confie son courrier à ${p.owner.basis.organization} (${basis(p.owner.basis)}) : ce serveur est donc du côté de l'expéditeur. Le prestataire nomme ses propres serveurs : l'expéditeur n'a rien à changer ; l'idéal de l'article (un nom HELO dans le domaine de l'expéditeur) vaut pour les serveurs que l'expéditeur gère lui-même.${p.owner.basis.via === 'author' ? '' : ` ${PROVIDER_ADVICE}`}`,
        };
      case 'another-domain':
        return {
          title: `Le nom HELO ${p.name} est dans un autre domaine (${p.organizationalDomain})`,
          explanation: `${p.organizationalDomain} n'est ni ${p.senderOrganizationalDomain} ni une organisation à laquelle ${p.senderDomain} confie son courrier (${known(p.owner.known)}). C'est l'exemple de confiance faible donné par l'article, « HELO mail.otherdomain.com », aussi bien que concordent les enregistrements A et PTR du nom.`,
        };
      case 'not-checked':
        return {
          title: `Le nom HELO ${p.name} est hors de ${p.senderOrganizationalDomain} ; on n'a pas pu vérifier si ${p.organizationalDomain} envoie pour ce domaine`,
          explanation: `MailTrust n'a pas pu savoir si ${p.senderDomain} confie son courrier à ${p.organizationalDomain} : ${ownerUnchecked(p.owner.reason, format)}. Non vérifié, cela ne réduit donc pas la confiance ici.`,
        };
    }
  },
  'helo.temperror': (p, format) => ({
    title: `Une partie de la vérification HELO de ${p.name} n'a pas pu être faite`,
    explanation: p.unchecked.length > 0
      ? `${p.unchecked.map((entry) => `${RULE[entry.rule]} (${lookupProblem(entry.problem, format)})`).join(' ; ')} : non vérifié. Réessayez plus tard.`
      : 'Une requête DNS a échoué.',
  }),
};

export const heloFix = (p: { domain: string; connectingIp: string | null }, name: string): string => {
  const ip = p.connectingIp ?? 'l\'IP d\'envoi';
  return `Pour la personne qui gère le serveur ${ip} : le configurer pour qu'il se présente avec « EHLO ${name} » (tout nom dans ${p.domain} convient). Le propriétaire de ${p.domain} publie un enregistrement d'adresse pour ${name} qui pointe vers ${ip}, et le propriétaire de ${ip} règle son enregistrement PTR sur ${name} : le nom mène à l'IP et l'IP au nom.`;
};
