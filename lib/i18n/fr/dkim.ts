// Mots français des constats DKIM (recommandation 4 de Zendesk) et des raisons d'une signature DKIM.
import { detailAdds, expirationText, ownDetail, keyName, signerLabel, type DkimParams, type DkimReasonCode, type DkimReasonFacts } from '../../report/params/dkim';
import type { FixParams } from '../../report/params/fixes';
import type { FindingTextsOf } from '../catalog';
import type { Format } from '../format';
import { parseProblems } from './parse-problems';
import { lookupProblem } from './shared';

/** Pourquoi une signature DKIM n'est pas valide (RFC 6376 §6.1, RFC 8301), d'après son code, puis son détail s'il y en a un. */
export function dkimReason(code: DkimReasonCode, p: DkimReasonFacts, format: Format): string {
  const reason = codeReason(code, p, format);
  return detailAdds(code, p) ? `${reason} : ${parseProblems.dkim(p.detail, format)}` : reason;
}

function codeReason(code: DkimReasonCode, p: DkimReasonFacts, format: Format): string {
  const key = keyName(p);
  switch (code) {
    case 'body-hash-mismatch':
      return 'Le hachage du corps ne correspond pas : le corps a été modifié après la signature';
    case 'signature-invalid':
      return 'La signature n\'est pas valide : un en-tête signé a changé, ou la clé ne correspond pas';
    case 'signature-expired':
      return p.expiration ? `La signature a expiré le ${expirationText(p.expiration)} (x=)` : 'La signature a expiré (x=)';
    case 'body-shorter-than-l':
      return 'Le corps est plus court que ne l\'indique sa balise l= : du contenu a été retiré après la signature';
    case 'syntax':
      return 'L\'en-tête DKIM-Signature est mal formé (RFC 6376 §3.5)';
    // Les codes dont le détail est leur propre fait en nomment ici les valeurs (ownDetail), et le disent une fois.
    case 'missing-tag': {
      const own = ownDetail(p, 'missing-tag');
      return own ? `La balise obligatoire « ${own.tag}= » de l'en-tête DKIM-Signature manque (RFC 6376 §3.5)` : 'Une balise obligatoire de l\'en-tête DKIM-Signature manque (RFC 6376 §3.5)';
    }
    case 'bad-base64': {
      const own = ownDetail(p, 'bad-base64');
      return own ? `La valeur base64 de la balise « ${own.tag}= » ne se décode pas` : 'Une valeur base64 de la signature (b= ou bh=) ne se décode pas';
    }
    case 'unsupported-version': {
      const own = ownDetail(p, 'unsupported-version');
      return own ? `La signature porte « v=${own.value} », et non la version 1 de DKIM` : 'La signature n\'est pas de la version 1 de DKIM (v=1)';
    }
    case 'from-not-signed':
      return 'h= ne contient pas From (RFC 6376 §5.4)';
    case 'auid-not-in-sdid': {
      const own = ownDetail(p, 'auid-not-in-sdid');
      return `L'identité i=${own?.auid ?? ''} n'est pas dans le domaine signataire d=${own?.d ?? p.d ?? '?'} (RFC 6376 §3.5)`;
    }
    case 'expiration-before-timestamp': {
      const own = ownDetail(p, 'expiration-before-timestamp');
      return own ? `L'expiration x=${own.expiration} n'est pas postérieure à l'horodatage t=${own.timestamp} (RFC 6376 §3.5)` : 'L\'expiration x= n\'est pas postérieure à l\'horodatage t= (RFC 6376 §3.5)';
    }
    case 'key-not-found':
      return `Aucune clé n'est publiée sur ${key}`;
    case 'key-revoked':
      return `La clé publiée sur ${key} est révoquée (p= vide)`;
    case 'key-syntax':
      return `L'enregistrement de clé sur ${key} est mal formé`;
    case 'key-multiple-records': {
      const own = ownDetail(p, 'several-keys');
      return `${key} a ${own ? format.number(own.count) : 'plusieurs'} enregistrements TXT ; un nom de clé ne doit en porter qu'un`;
    }
    case 'key-type-mismatch':
      return `Le type de la clé publiée sur ${key} ne correspond pas à l'algorithme de la signature (k=)`;
    case 'key-hash-not-allowed':
      return `La clé publiée sur ${key} n'autorise pas l'algorithme de hachage de la signature (h=)`;
    case 'key-not-for-email':
      return `La clé publiée sur ${key} n'est pas destinée à la messagerie (s=)`;
    case 'key-strict-auid':
      return `La clé publiée sur ${key} porte t=s : i= doit donc être dans d=${p.d ?? '?'} même, pas dans un sous-domaine`;
    case 'key-invalid':
      // Le détail, s'il dit plus que le refus de WebCrypto, dit pourquoi après les deux-points.
      return detailAdds(code, p) ? `La clé publiée sur ${key} est inutilisable` : `La clé publiée sur ${key} est inutilisable : elle n'a pas pu être importée`;
    case 'weak-key':
      return 'La signature se vérifie, mais sa clé RSA fait moins de 1024 bits (RFC 8301 §3.2)';
    case 'sha1':
      return 'La signature se vérifie, mais elle utilise rsa-sha1 (RFC 8301 §3.1)';
    case 'unsupported-algorithm':
      return `L'algorithme ${tagged('a', ownDetail(p, 'unsupported-algorithm'))} n'est pas connu de ce vérificateur`;
    case 'unsupported-canonicalization':
      return `La canonisation ${tagged('c', ownDetail(p, 'unsupported-canonicalization'))} ne vaut ni « simple » ni « relaxed »`;
    case 'unsupported-query-method':
      return `La méthode de requête ${tagged('q', ownDetail(p, 'unsupported-query-method'))} ne propose pas de recherche « dns/txt »`;
    case 'dns-failure':
    case 'dns-error':
      // La recherche échouée nomme elle-même le nom DNS de la clé (« TXT sel._domainkey.example.com : délai dépassé »).
      return p.problem ? `La recherche de la clé a échoué (${lookupProblem(p.problem, format)})` : `La recherche de la clé ${key} a échoué`;
  }
}

/** Une balise avec sa valeur telle qu'écrite (« c=loose/simple »), ou la balise seule entre parenthèses quand le rapport n'a pas de détail. */
function tagged(tag: string, own: { value: string } | undefined): string {
  return own ? `« ${tag}=${own.value} »` : `(${tag}=)`;
}

export function dkimKeyFix(p: FixParams['dkim-key']): string {
  return `Pour le propriétaire de ${p.domain} : publiez cet enregistrement TXT sur ${p.selector}._domainkey.${p.domain}, la clé publique du sélecteur avec lequel votre système d'envoi signe (s=${p.selector}).`;
}

const KEY_STATE = { 'nxdomain': 'n\'est pas publiée', 'no-record': 'n\'est pas publiée', 'revoked': 'est révoquée' } as const;

function keyGone(p: DkimParams['dkim.key-missing']): string {
  const key = keyName(p);
  return p.state === 'revoked' ? `La clé publiée sur ${key} est révoquée (p= vide)` : p.state === 'nxdomain' ? `Clé introuvable : ${key} n'existe pas (NXDOMAIN)` : `Clé introuvable : ${key} n'a aucun enregistrement TXT`;
}

const NOT_COUNTED = ' Elle ne compte pas comme une réussite et ne peut donc pas porter DMARC.';

export const dkim: FindingTextsOf<DkimParams> = {
  'dkim.pass': (p) => (p.body === 'header-only'
    ? { title: `La signature DKIM des en-têtes est valide (${signerLabel(p)})`, explanation: 'Les en-têtes signés se vérifient avec la clé publiée ; le corps n\'a pas pu être vérifié.' }
    : { title: `DKIM réussi (${signerLabel(p)})`, explanation: `La signature se vérifie avec la clé publique publiée sur ${keyName(p)}${p.keyBits ? ` (${p.keyBits} bits)` : ''}.` }),
  'dkim.none': (p) => {
    const dmarc = p.dmarc === 'passed-by-spf'
      ? 'DMARC réussit grâce à un SPF aligné, ce qui suffit pour l\'instant. '
      : p.dmarc === 'unchecked' ? 'DMARC n\'a pas été évalué : on n\'a donc pas pu vérifier si un SPF aligné porte le message. ' : '';
    return {
      title: 'Le message n\'a pas de signature DKIM',
      explanation: `${dmarc}Sans signature DKIM${p.fromDomain ? ` de ${p.fromDomain}` : ''}, seul SPF peut authentifier l'expéditeur, et SPF ne résiste pas au transfert du courrier. L'article demande aux expéditeurs de signer avec DKIM et de publier la clé publique dans le DNS.`,
    };
  },
  'dkim.fail': (p, format) => ({
    title: `La signature DKIM (${signerLabel(p)}) n'est pas valide`,
    explanation: `${dkimReason(p.code, p, format)}.${p.code === 'body-hash-mismatch' ? ' Un relais, un pied de page de liste de diffusion ou une réécriture en cours de route l\'a modifié.' : ''} Zendesk ne fait pas confiance à une signature DKIM invalide.`,
  }),
  'dkim.key-missing': (p) => (p.rotatedSince
    ? {
        title: `La clé DKIM ${keyName(p)} ${KEY_STATE[p.state]} aujourd'hui ; le destinataire a vérifié la signature à l'arrivée`,
        explanation: `${keyGone(p)}. L'en-tête Authentication-Results du destinataire indique dkim=pass pour ${p.d ?? '?'} : la clé était donc publiée à l'époque et a été remplacée depuis. C'est normal pour un ancien message, et cela ne compte pas contre lui.`,
      }
    : {
        title: `La clé DKIM ${keyName(p)} ${KEY_STATE[p.state]}`,
        explanation: `${keyGone(p)}. Sans la clé, la signature ne peut pas être vérifiée : publiez la clé publique du sélecteur sur ${keyName(p)}.`,
      }),
  'dkim.weak-key': (p) => ({
    title: `La clé DKIM de ${signerLabel(p)} ne fait que ${p.bits} bits`,
    explanation: `RFC 8301 §3.2 : les vérificateurs ne doivent pas accepter de clés RSA de moins de 1024 bits (une clé aussi petite peut être factorisée).${p.counted ? '' : NOT_COUNTED} Le propriétaire ${p.d ? `de ${p.d}` : 'du domaine signataire'} devrait publier une clé RSA de 2048 bits sous un nouveau sélecteur et signer avec elle.`,
  }),
  'dkim.sha1': (p) => ({
    title: `La signature DKIM (${signerLabel(p)}) utilise rsa-sha1`,
    explanation: `RFC 8301 §3.1 : les vérificateurs ne doivent plus accepter les signatures rsa-sha1.${p.counted ? '' : NOT_COUNTED} Le système d'envoi ${p.d ? `de ${p.d}` : 'du domaine signataire'} devrait signer en rsa-sha256.`,
  }),
  'dkim.unaligned': (p) => {
    const from = p.fromDomain ?? 'le domaine From';
    return {
      title: `La signature DKIM (${signerLabel(p)}) est valide mais n'est pas celle du domaine From`,
      explanation: p.beside === 'carried'
        ? `${p.d ?? '?'} n'est ni ${from} ni son domaine organisationnel : cette signature ne compte donc pas pour DMARC (RFC 7489 §3.1.1). Elle n'en a pas besoin : une réussite alignée authentifie déjà le message. Les prestataires de messagerie ajoutent souvent une signature à eux, comme celle-ci.`
        : `${p.d ?? '?'} n'est ni ${from} ni son domaine organisationnel : elle ne compte donc pas pour DMARC (RFC 7489 §3.1.1). Signez avec le domaine From.`,
    };
  },
  'dkim.body-unchecked': () => ({
    title: 'Le hachage du corps DKIM n\'a pas été vérifié',
    explanation: 'Seul le bloc d\'en-têtes a été fourni : le corps signé ne peut pas être comparé. Collez le message entier pour le vérifier.',
  }),
  'dkim.permerror': (p, format) => (p.outcome === 'neutral'
    ? { title: `La signature DKIM (${signerLabel(p)}) n'a pas pu être évaluée`, explanation: `${dkimReason(p.code, p, format)}.` }
    : { title: `La signature DKIM (${signerLabel(p)}) est inutilisable`, explanation: `${dkimReason(p.code, p, format)} (permerror selon la RFC 6376).` }),
  'dkim.temperror': (p, format) => ({
    title: `La clé DKIM de ${signerLabel(p)} n'a pas pu être récupérée pour l'instant`,
    explanation: `${dkimReason(p.code, p, format)} : une panne DNS, pas un jugement sur la signature.`,
  }),
};
