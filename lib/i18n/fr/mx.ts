// Mots français des constats MX du domaine de l'expéditeur (RFC 5321 §5.1, RFC 7505) : une réponse peut-elle
// parvenir au client ?
import type { MxParams } from '../../report/params/mx';
import type { FindingTextsOf } from '../catalog';
import { lookupProblem } from './shared';

export const mx: FindingTextsOf<MxParams> = {
  'mx.pass': (p, format) => ({
    title: `${p.domain} reçoit du courrier : les réponses peuvent être remises`,
    explanation: `${format.plural(p.hosts.length, { one: 'Son hôte MX', other: 'Ses hôtes MX' })} ${format.list(p.hosts)} ${format.plural(p.hosts.length, { one: 'a une adresse', other: 'ont une adresse' })} : une réponse à ce ticket peut parvenir à l'expéditeur.`,
  }),
  'mx.null': (p) => ({
    title: `${p.domain} n'accepte aucun courrier (MX nul) : une réponse à ce ticket ne pourra pas être remise`,
    explanation: 'Le domaine publie l\'enregistrement MX « 0 . », qui indique qu\'il ne reçoit aucun courrier (RFC 7505). Le message peut être authentique, mais une réponse envoyée à son adresse d\'expéditeur ne peut pas être remise : contactez le client par un autre moyen, ou demandez-lui d\'écrire depuis une adresse qui reçoit du courrier.',
  }),
  'mx.none': (p, format) => (p.addresses.length > 0
    ? {
      title: `${p.domain} n'a pas d'enregistrement MX ; son courrier va à sa propre adresse`,
      explanation: `Sans enregistrement MX, le courrier du domaine va à l'adresse du domaine lui-même (RFC 5321 §5.1) : ${format.list(p.addresses)}. Les réponses peuvent être remises si un serveur de messagerie y écoute ; la plupart des domaines publient plutôt un enregistrement MX.`,
    }
    : {
      title: `${p.domain} n'a ni enregistrement MX ni adresse : une réponse à ce ticket ne peut pas être remise`,
      explanation: 'Le domaine ne publie ni enregistrement MX ni enregistrement A ou AAAA : aucun serveur ne reçoit son courrier (RFC 5321 §5.1), et une réponse à son adresse d\'expéditeur ne pourra pas être remise. Contactez le client par un autre moyen.',
    }),
  'mx.unresolvable': (p, format) => (p.resolving.length > 0
    ? {
      title: `Certains hôtes MX de ${p.domain} ne se résolvent pas`,
      explanation: `${format.list(p.unresolvable)} ${format.plural(p.unresolvable.length, { one: 'n\'a', other: 'n\'ont' })} aucune adresse ; les réponses partent quand même vers ${format.list(p.resolving)}. Le propriétaire du domaine devrait supprimer ou corriger ces enregistrements MX périmés.`,
    }
    : {
      title: `Aucun hôte MX de ${p.domain} ne se résout : une réponse à ce ticket ne pourra pas être remise`,
      explanation: `${format.plural(p.unresolvable.length, { one: 'L\'enregistrement MX du domaine désigne', other: 'Les enregistrements MX du domaine désignent' })} ${format.list(p.unresolvable)}, sans aucune adresse trouvée (RFC 5321 §5.1) : une réponse à l'adresse de l'expéditeur ne peut pas être remise.`,
    }),
  'mx.temperror': (p, format) => ({
    title: `On n'a pas pu vérifier si ${p.domain} reçoit du courrier`,
    explanation: `Une requête DNS a échoué (${p.problems.map((problem) => lookupProblem(problem, format)).join(' ; ')}). Non vérifié : cela ne dit rien du message ; réessayez plus tard.`,
  }),
};
