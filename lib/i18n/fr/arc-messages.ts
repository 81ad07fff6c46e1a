// Les messages de la chaîne ARC en français : pourquoi un sceau ou une signature de message ne se vérifie
// pas, pourquoi la chaîne est rompue.
import type { ArcFailure, ArcKeyCode, ArcFieldName, ArcSignatureProblem, ArcUnchecked } from '../../auth/arc/types';
import type { ArcMessageTexts } from '../arc-messages';
import type { Format } from '../format';

/** Le champ avec son article : « le champ ARC-Seal ». */
const FIELD: Record<ArcFieldName, string> = {
  'ARC-Authentication-Results': 'le champ ARC-Authentication-Results',
  'ARC-Message-Signature': 'la signature de message (ARC-Message-Signature)',
  'ARC-Seal': 'le sceau (ARC-Seal)',
};

function keyProblem(code: ArcKeyCode, name: string): string {
  switch (code) {
    case 'dns-failure':
    case 'dns-error':
      return `la recherche de la clé publique ${name} a échoué`;
    case 'key-not-found':
      return `clé introuvable : rien n'est publié à ${name}`;
    case 'key-multiple-records':
      return `${name} a plusieurs enregistrements TXT ; un nom de clé ne doit en porter qu'un`;
    case 'key-syntax':
      return `l'enregistrement de clé à ${name} est mal formé`;
    case 'key-revoked':
      return `la clé à ${name} est révoquée (p= vide)`;
  }
}

function signature(p: ArcSignatureProblem, format: Format): string {
  switch (p.kind) {
    case 'malformed':
      return 'ses balises sont illisibles, ou une balise obligatoire manque (RFC 8617 §4.1)';
    case 'unsupported-algorithm':
      return `a=${p.value ?? ''} n'est pas un algorithme ARC`;
    case 'unsupported-canonicalization':
      return 'c= ne vaut ni simple ni relaxed';
    case 'seal-has-h':
      return 'le sceau ARC-Seal porte une balise h=, interdite dans un sceau';
    case 'seal-cv':
      return `cv=${p.value ?? ''} ne vaut ni none, ni pass, ni fail`;
    case 'no-signer':
      return 'd= ou s= est vide';
    case 'ams-signs-seal':
      return 'h= inclut ARC-Seal, qu\'une signature ARC-Message-Signature ne doit pas signer';
    case 'body-length':
      return `l=${format.number(p.l)} dépasse la longueur du corps`;
    // Ce qui a changé, sans redire « ne se vérifie pas » : l'étiquette de la carte et l'échec de la chaîne le disent déjà.
    case 'body-hash':
      return 'son empreinte du corps ne correspond pas : le corps a été modifié après que ce relais l\'a signé';
    case 'signature':
      return 'un champ d\'en-tête signé a été modifié après que ce relais l\'a signé';
    case 'seal':
      return 'un champ ARC de ce relais ou d\'un relais précédent a été modifié';
    case 'sha1':
      return 'il utilise rsa-sha1, que la RFC 8301 §3.1 interdit d\'accepter (le relais doit signer en rsa-sha256)';
    case 'key':
      return keyProblem(p.code, p.name);
    case 'key-not-for-email':
      return `la clé à ${p.name} n'est pas destinée à la messagerie (s=)`;
    case 'key-type':
      return `la signature exige une clé ${p.wanted} ; ${p.name} publie k=${p.published}`;
    case 'key-hash':
      return `la clé à ${p.name} n'autorise pas ${p.hash}`;
    case 'key-unusable':
      return `la clé à ${p.name} est inutilisable : elle n'a pas pu être importée`;
    case 'key-too-small':
      return `la clé à ${p.name} ne fait que ${format.number(p.bits)} bits, et la RFC 8301 §3.2 interdit d'accepter les clés RSA de moins de ${format.number(p.min)} bits (le relais doit publier une clé de 2048 bits)`;
  }
}

function failure(p: ArcFailure, format: Format): string {
  switch (p.code) {
    case 'malformed':
      return `le champ ${p.field} de la ligne ${format.number(p.line)} n'a pas d'instance i= lisible`;
    case 'instance-out-of-range':
      return `le champ ${p.field} porte i=${p.instance} ; les instances vont de 1 à ${p.max}`;
    case 'duplicate-instance':
      return `${format.number(p.count)} champs ${p.field} portent i=${p.instance}`;
    case 'instance-gap':
      return `l'instance ${p.instance} manque entre 1 et ${p.highest}`;
    case 'incomplete-set':
      return `il manque à l'instance ${p.instance} ${FIELD[p.missing]}`;
    case 'cv-fail':
      return `le sceau ARC-Seal de l'instance ${p.instance} porte cv=fail : ce relais a trouvé la chaîne déjà rompue`;
    case 'first-cv-not-none':
      return `le sceau ARC-Seal de l'instance 1 porte cv=${p.cv ?? '(illisible)'} ; le premier relais doit indiquer cv=none`;
    case 'cv-not-pass':
      return `le sceau ARC-Seal de l'instance ${p.instance} porte cv=${p.cv ?? '(illisible)'} ; les relais suivants doivent indiquer cv=pass`;
    case 'ams-invalid':
      return `la signature de message (ARC-Message-Signature) de l'instance ${p.instance} ne se vérifie pas : ${signature(p.problem, format)}`;
    case 'seal-invalid':
      return `le sceau (ARC-Seal) de l'instance ${p.instance} ne se vérifie pas : ${signature(p.problem, format)}`;
  }
}

function unchecked(p: ArcUnchecked, format: Format): string {
  const what = `la clé publique ${p.field === 'ARC-Seal' ? 'du sceau (ARC-Seal)' : 'de la signature de message (ARC-Message-Signature)'} de l'instance ${p.instance}`;
  // Une recherche échouée est le « n'a pas pu être récupérée » lui-même : le nom de la clé, pas deux fois le même fait.
  if (p.problem.kind === 'key' && (p.problem.code === 'dns-failure' || p.problem.code === 'dns-error')) return `${what} (${p.problem.name}) n'a pas pu être récupérée`;
  return `${what} n'a pas pu être récupérée : ${signature(p.problem, format)}`;
}

export const arcMessages: ArcMessageTexts = { signature, failure, unchecked };
