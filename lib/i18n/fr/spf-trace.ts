// La trace de l'évaluation SPF en français : la raison de chaque terme, l'arrêt de chaque enregistrement,
// la sortie de `mailtrust spf`.
import type { SpfMacroError, SpfNameProblem, SpfResultCode, SpfStop, SpfSyntaxError, SpfTermWhy, SpfVoidLookup } from '../../auth/spf/types';
import type { Format } from '../format';
import type { SpfTraceTexts } from '../spf-trace';
import type { LookupProblem } from '../../dns/types';
import { dnsFailure } from './dns-failure';
import { spfCause } from './spf';

const RESULT_WORD: Record<SpfResultCode, string> = {
  pass: 'pass (autorisé)',
  fail: 'fail (refusé)',
  softfail: 'softfail (refus souple)',
  neutral: 'neutral (neutre)',
  none: 'none (aucun)',
  permerror: 'permerror (erreur permanente)',
  temperror: 'temperror (erreur temporaire)',
};

function nameProblem(p: SpfNameProblem): string {
  switch (p.kind) {
    case 'address-literal':
      return `« ${p.name} » est une adresse littérale, pas un nom de domaine`;
    case 'not-visible-ascii':
      return `« ${p.name} » contient des caractères hors de l'ASCII visible`;
    case 'numeric':
      return `« ${p.name} » est une adresse IP ou se termine par un label entièrement numérique : ce n'est pas un nom de domaine`;
    case 'empty':
      return 'le domaine est vide';
    case 'single-label':
      return `« ${p.name} » n'est pas un nom de domaine complet (un seul label)`;
    case 'empty-label':
      return `« ${p.name} » contient un label vide`;
    case 'too-long':
      return `« ${p.name} » dépasse ${p.max} caractères`;
    case 'label-too-long':
      return `« ${p.name} » contient un label de plus de ${p.max} caractères`;
  }
}

/** « la recherche A de x.example a échoué : délai dépassé après 3 s », « … a renvoyé SERVFAIL ». */
function lookupFailed(p: LookupProblem, format: Format): string {
  return `la recherche ${p.type} de ${p.name} ${p.kind === 'rcode' ? `a renvoyé ${p.rcode}` : `a échoué : ${dnsFailure.failure(p, format)}`}`;
}

function voidLookup(p: SpfVoidLookup): string {
  return p.rcode === 'NXDOMAIN' ? `${p.name} n'existe pas (NXDOMAIN)` : `${p.name} n'a aucun enregistrement ${p.type}`;
}

function macroError(p: SpfMacroError): string {
  switch (p.kind) {
    case 'character':
      return `le caractère ${p.char} est interdit dans une chaîne de macros (RFC 7208 §7.1)`;
    case 'bare-percent':
      return `« % » doit être suivi de « { », « % », « _ » ou « - » (RFC 7208 §7.1) dans « ${p.source} »`;
    case 'unterminated':
      return `macro non fermée dans « ${p.source} » (RFC 7208 §7.1)`;
    case 'letter-not-allowed':
      return `la macro « %{${p.macro}} » est interdite ${p.use === 'explain-string' ? 'dans un texte d\'explication' : 'dans un nom de domaine (domain-spec)'} (RFC 7208 §7.2)`;
    case 'delimiter':
      return `la macro « %{${p.macro}} » a un délimiteur invalide (RFC 7208 §7.1)`;
    case 'zero-parts':
      return `la macro « %{${p.macro}} » garde zéro partie (RFC 7208 §7.3)`;
  }
}

function syntaxError(p: SpfSyntaxError): string {
  switch (p.kind) {
    case 'no-version':
      return 'l\'enregistrement ne commence pas par « v=spf1 »';
    case 'duplicate-modifier':
      return `« ${p.name}= » apparaît plusieurs fois (RFC 7208 §6)`;
    case 'unknown-mechanism':
      return `mécanisme inconnu « ${p.term} » (RFC 7208 §5)`;
    case 'all-argument':
      return `« ${p.term} » : le mécanisme « all » ne prend pas d'argument (RFC 7208 §5.1)`;
    case 'needs-domain':
      return `« ${p.term} » : le mécanisme « ${p.mechanism} » exige « : » suivi d'un domaine (RFC 7208 §5.2, §5.7)`;
    case 'ptr-cidr':
      return `« ${p.term} » : le mécanisme « ptr » ne prend pas de longueur de préfixe CIDR (RFC 7208 §5.5)`;
    case 'address-mechanism':
      return `« ${p.term} » : mécanisme « ${p.mechanism} » invalide ; on attend « : » et un domaine, et/ou « / » préfixe IPv4 « // » préfixe IPv6 (RFC 7208 §5.3, §5.4)`;
    case 'cidr-length':
      return `« ${p.term} » : longueur de préfixe CIDR invalide (RFC 7208 §5.6)`;
    case 'network':
      return `« ${p.term} » : réseau ${p.mechanism} invalide (RFC 7208 §5.6)`;
    case 'empty-domain-spec':
      return `« ${p.term} » : le domaine est vide (RFC 7208 §7.1)`;
    case 'top-label':
      return `« ${p.term} » : « ${p.spec} » ne se termine pas par un domaine de premier niveau valide (RFC 7208 §7.1)`;
    case 'macro':
      return p.modifier ? `modificateur « ${p.term} » : ${macroError(p.error)}` : `« ${p.term} » : ${macroError(p.error)}`;
  }
}

function term(p: SpfTermWhy, format: Format): string {
  switch (p.kind) {
    case 'all':
      return '« all » correspond toujours';
    case 'network':
      return p.inside ? 'l\'adresse IP du client est dans ce réseau' : 'l\'adresse IP du client est hors de ce réseau';
    case 'addresses':
      return `${p.type} ${p.target} : ${format.count(p.count, { one: 'adresse', other: 'adresses' })}, ${p.matched ? 'l\'une d\'elles est' : 'aucune n\'est'} dans le préfixe /${p.prefix} de l'adresse IP du client`;
    case 'mx-host':
      return `le serveur MX ${p.exchange} a une adresse dans le préfixe /${p.prefix} de l'adresse IP du client`;
    case 'mx-hosts':
      return `aucune adresse ${p.hosts === 1 ? 'du serveur MX' : `des ${format.number(p.hosts)} serveurs MX`} de ${p.target} n'est dans le préfixe /${p.prefix} de l'adresse IP du client`;
    case 'too-many-mx':
      return `${p.target} a ${format.number(p.count)} enregistrements MX ; au plus ${p.max} peuvent être interrogés (RFC 7208 §4.6.4)`;
    case 'ptr-name':
      return `le nom validé ${p.name} est sous ${p.target}`;
    case 'ptr-names':
      return `${p.names.length > 0 ? `noms validés : ${p.names.join(', ')}` : 'aucun nom PTR de l\'adresse IP du client ne renvoie vers elle'} ; aucun n'est sous ${p.target}`;
    case 'ptr-lookup-failed':
      return `${lookupFailed(p.problem, format)} ; ptr ne correspond pas`;
    case 'exists':
      return `l'enregistrement A ${p.target} existe`;
    case 'evaluated':
      if (p.via === 'redirect') return `enregistrement de ${p.target} évalué : ${RESULT_WORD[p.result]}`;
      if (p.result === 'pass' || p.result === 'temperror' || p.result === 'permerror') return `l'enregistrement de ${p.target} donne ${RESULT_WORD[p.result]}`;
      return `l'enregistrement de ${p.target} donne ${RESULT_WORD[p.result]} : l'inclusion ne correspond donc pas`;
    case 'no-usable-record':
      return p.via === 'include'
        ? `${p.target} n'a pas d'enregistrement SPF utilisable (${stop(p.stop, format)}) ; la RFC 7208 §5.2 en fait une erreur permanente (permerror)`
        : `la cible de la redirection n'a pas d'enregistrement SPF utilisable (${stop(p.stop, format)}) ; la RFC 7208 §6.1 en fait une erreur permanente (permerror)`;
    case 'void':
      return `${voidLookup(p.lookup)} : recherche DNS sans réponse (void lookup)`;
    case 'void-limit':
      return `${voidLookup(p.lookup)} ; plus de ${p.max} recherches DNS sans réponse (void lookups) (RFC 7208 §4.6.4)`;
    case 'lookup-failed':
      return lookupFailed(p.problem, format);
    case 'term-limit':
      return `limite de ${p.max} requêtes DNS dépassée (RFC 7208 §4.6.4)`;
    case 'time-limit':
      return `la vérification a dépassé sa limite de temps de ${format.number(p.seconds)} s (RFC 7208 §4.6.4)`;
    case 'unusable-target':
      return `${nameProblem(p.problem)} ; aucune requête DNS n'est possible, donc pas de correspondance`;
  }
}

function stop(p: SpfStop, format: Format): string {
  switch (p.kind) {
    // The same facts as the result's cause, in the same words (spf.ts).
    case 'invalid-ip':
    case 'nxdomain':
    case 'no-record':
    case 'multiple-records':
      return spfCause(p, format);
    case 'invalid-domain':
      return p.identity ? `${p.identity === 'helo' ? 'nom HELO' : 'domaine de l\'expéditeur'} : ${nameProblem(p.problem)}` : nameProblem(p.problem);
    case 'lookup':
      return lookupFailed(p.problem, format);
    case 'syntax':
      return `${syntaxError(p.error)} (dans l'enregistrement de ${p.domain})`;
    case 'term':
      return `${p.term} (dans l'enregistrement de ${p.domain}) : ${term(p.why, format)}`;
    case 'default-neutral':
      return 'aucun mécanisme ne correspond ; le résultat par défaut est neutral (neutre) (RFC 7208 §4.7)';
  }
}

export const spfTrace: SpfTraceTexts = {
  term,
  stop,
  outcome: { match: 'correspond', 'no-match': 'ne correspond pas', permerror: 'erreur permanente', temperror: 'erreur temporaire' },
  command: {
    heading: (result, sender, ip) => `SPF ${RESULT_WORD[result]} pour ${sender} depuis ${ip}`,
    matched: (termText, domain) => `correspondance : ${termText} (dans l'enregistrement de ${domain})`,
    matchedNothing: 'correspondance : aucune ; le résultat par défaut est neutral (neutre)',
    reason: (reason) => `raison : ${reason}`,
    explanation: (text) => `explication : ${text}`,
    counts: (p, format) => `requêtes DNS : ${format.number(p.lookups)} sur ${format.number(p.maxLookups)}, recherches sans réponse (void lookups) : ${format.number(p.voidLookups)} sur ${format.number(p.maxVoid)}`,
    trace: 'trace :',
    noRecord: '(aucun enregistrement SPF)',
  },
};
