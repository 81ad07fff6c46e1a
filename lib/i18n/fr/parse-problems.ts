// Ce que les analyseurs n'ont pas pu lire, en français : une liste de balises, une signature DKIM ou son
// enregistrement de clé, les balises d'un enregistrement DMARC, un en-tête Authentication-Results. Les
// éléments du protocole restent tels quels, entre « ».
import type { DkimDetail } from '../../auth/dkim/types';
import type { DmarcTagExpectation, TagProblem } from '../../auth/dmarc/types';
import type { AuthResultsProblem } from '../../headers/parse-authentication-results';
import type { TagListError } from '../../headers/tag-list';
import type { Format } from '../format';
import type { ParseProblemTexts } from '../parse-problems';

function tagList(p: TagListError, format: Format): string {
  switch (p.problem) {
    case 'empty-list':
      return 'la liste de balises est vide';
    case 'empty-tag-spec':
      return `balise vide à la position ${format.number(p.offset)}`;
    case 'no-equals':
      return `« ${p.text} » n'a pas de « = »`;
    case 'bad-tag-name':
      return `« ${p.name} » n'est pas un nom de balise valide`;
    case 'duplicate-tag':
      return `la balise « ${p.tag}= » apparaît plusieurs fois`;
    case 'missing-tag':
      return `la balise obligatoire « ${p.tag}= » manque`;
    case 'bad-base64':
      return `la valeur de la balise « ${p.tag}= » n'est pas du base64 valide`;
  }
}

function dkim(p: DkimDetail, format: Format): string {
  switch (p.problem) {
    case 'unsupported-version':
      return `« v=${p.value} » n'est pas la version 1 de DKIM`;
    case 'from-not-signed':
      return 'la balise « h= » ne comprend pas l\'en-tête From (RFC 6376 §5.4)';
    case 'auid-without-at':
      return `« i=${p.auid} » n'est pas une identité (pas de « @ »)`;
    case 'auid-not-in-sdid':
      return `« i=${p.auid} » n'est pas dans « d=${p.d} » (RFC 6376 §3.5)`;
    case 'unsupported-query-method':
      return `« q=${p.value} » ne propose pas de recherche « dns/txt »`;
    case 'unsupported-algorithm':
      return `« a=${p.value} » n'est pas un algorithme connu de ce vérificateur`;
    case 'empty-signature':
      return 'la balise « b= » est vide';
    case 'unsupported-canonicalization':
      return `« c=${p.value} » ne vaut ni « simple » ni « relaxed »`;
    case 'bad-domain':
      return `« d=${p.value} » n'est pas un nom de domaine`;
    case 'bad-selector':
      return `« s=${p.value} » n'est pas un sélecteur valide`;
    case 'bad-field-name':
      return `« h=${p.value} » contient un nom de champ vide ou invalide`;
    case 'not-a-number':
      return `« ${p.tag}=${p.value} » n'est pas un nombre`;
    case 'expiration-before-timestamp':
      return `« x=${p.expiration} » n'est pas postérieur à « t=${p.timestamp} » (RFC 6376 §3.5)`;
    case 'key-version':
      return `« v=${p.value} » n'est pas DKIM1 en première balise`;
    case 'no-key':
      return p.rcode === 'NXDOMAIN' ? 'le nom n\'existe pas (NXDOMAIN)' : 'le nom n\'a aucun enregistrement TXT';
    case 'several-keys':
      return `${format.number(p.count)} enregistrements TXT ont été trouvés`;
    case 'lookup-rcode':
      return `le DNS a répondu ${p.rcode}`;
    case 'ed25519-length':
      return `une clé Ed25519 fait 32 octets, la balise « p= » en a ${format.number(p.octets)}`;
    case 'not-rsa-key':
      return 'la balise « p= » n\'est ni une SubjectPublicKeyInfo RSA ni une RSAPublicKey';
    case 'key-import':
      return 'WebCrypto a refusé de l\'importer';
    default:
      return tagList(p, format);
  }
}

function expected(e: DmarcTagExpectation, format: Format): string {
  switch (e.kind) {
    case 'policy':
      return '« none », « quarantine » ou « reject »';
    case 'alignment':
      return '« r » ou « s » ; « relaxed » s\'applique';
    case 'integer':
      return `un entier de 0 à ${format.number(e.max)} ; ${format.number(e.fallback)} s'applique`;
    case 'uri':
      return 'une URI comme « mailto:reports@example.com »';
    case 'colon-list':
      return `une liste séparée par des deux-points ; « ${e.fallback.join(':')} » s'applique`;
  }
}

function dmarcTag(p: TagProblem, format: Format): string {
  switch (p.issue) {
    case 'missing':
      return `la balise « ${p.tag}= » manque (RFC 7489 §6.3 : obligatoire dans un enregistrement DMARC de politique)`;
    case 'duplicate':
      return `la balise « ${p.tag}= » apparaît plusieurs fois ; seule la première compte`;
    case 'unknown-tag':
      return `la balise inconnue « ${p.tag}= » est ignorée`;
    case 'syntax':
      return `« ${p.tag} » n'est pas une paire balise=valeur ; ignoré`;
    case 'invalid-value':
      return `« ${p.tag}=${p.value ?? ''} » n'est pas valide : valeur attendue, ${expected(p.expected, format)}`;
  }
}

function authResults(p: AuthResultsProblem): string {
  switch (p.problem) {
    case 'text-after-authserv-id':
      return `texte inattendu après l'authserv-id : « ${p.text} »`;
    case 'no-method':
      return `nom de méthode attendu à « ${p.text} »`;
    case 'no-result':
      return `la méthode « ${p.method} » n'a pas de résultat`;
    case 'empty-result':
      return `la méthode « ${p.method} » a un résultat vide`;
    case 'not-a-result':
      return `« ${p.method}=${p.text} » n'est pas un résultat de méthode`;
    case 'unexpected-text':
      return `« ${p.text} » inattendu dans le résultat « ${p.method} »`;
    case 'property-without-value':
      return `la propriété « ${p.ptype}.${p.property} » n'a pas de valeur`;
    case 'stray-word':
      return `« ${p.word} » dans le résultat « ${p.method} » n'est ni une propriété ni une raison (reason)`;
    case 'no-instance':
      return 'pas de balise d\'instance « i= » avant les résultats';
  }
}

export const parseProblems: ParseProblemTexts = { tagList, dkim, dmarcTag, authResults };
