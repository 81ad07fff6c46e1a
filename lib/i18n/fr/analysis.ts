// Mots français de ce que l'analyse n'a pas pu faire : un texte qui n'est pas un e-mail ou semble tronqué,
// aucun serveur d'envoi trouvé, pas de DNS, un délai dépassé, une panne du programme.
import type { InputProblem } from '../../message/check-input';
import type { AnalysisParams } from '../../report/params/analysis';
import type { CheckName } from '../../report/types';
import type { FindingTextsOf } from '../catalog';
import type { Format } from '../format';
import { seconds } from './shared';

export const CHECK_NAMES: Record<CheckName, string> = { iprev: 'PTR', helo: 'HELO', spf: 'SPF', dkim: 'DKIM', dmarc: 'DMARC', arc: 'ARC', domains: 'domaines des en-têtes', mx: 'MX' };

/** Les octets exacts, avec les Mio à côté pour l'ordre de grandeur : « 41 944 064 octets (40,001 Mio) ». */
function bytes(count: number, format: Format): string {
  const mib = count / 1024 / 1024;
  return `${format.number(count)} octets (${format.number(Number.isInteger(mib) ? mib : Number(mib.toFixed(3)))} Mio)`;
}

/** Pourquoi le texte n'est pas un e-mail, en une phrase. */
export function inputProblem(problem: InputProblem, format: Format): string {
  switch (problem.reason) {
    case 'empty':
      return 'Le texte est vide : collez la source du message ou son bloc d\'en-têtes.';
    case 'too-large':
      return problem.stoppedAt
        ? `Le texte dépasse ${bytes(problem.limitBytes, format)}, la limite ; la lecture s'est arrêtée après ${bytes(problem.bytes, format)}.`
        : `Le texte fait ${bytes(problem.bytes, format)}, au-delà de la limite de ${bytes(problem.limitBytes, format)}.`;
    case 'binary':
      return `Le texte ressemble à des données binaires (un caractère de contrôle à la position ${format.number(problem.offset)}), et non au texte d'un e-mail.`;
    case 'no-header-lines':
      return 'Aucune ligne d\'en-tête (« Nom: valeur ») n\'a été trouvée : cela ne ressemble ni à un message ni à un bloc d\'en-têtes.';
    case 'no-email-fields':
      return `${fieldLines(problem, format)}, mais ${problem.count === 1 ? 'ce n\'est pas' : 'aucune n\'est'} un champ d'e-mail (comme From, Date, Subject ou Received) : cela ne ressemble ni à un message ni à un bloc d'en-têtes.`;
  }
}

/** « Le texte a 2 lignes de la forme « Nom: valeur » (« Note », « conditions ») » */
function fieldLines(problem: { names: string[]; count: number }, format: Format): string {
  const names = problem.names.map((name) => `« ${name} »`);
  if (problem.count > problem.names.length) names.push(`${format.number(problem.count - problem.names.length)} autres`);
  return `Le texte a ${format.count(problem.count, { one: 'ligne', other: 'lignes' })} de la forme « Nom: valeur » (${format.list(names)})`;
}

const TRY_AGAIN = 'Le verdict est inconnu, pas « fiable » : réessayez, ou choisissez un autre résolveur.';

const HOW_TO_COPY = 'Dans Gmail : ouvrez le message, choisissez ⋮ (Plus) > Afficher l\'original, puis Copier dans le presse-papiers. Dans Outlook sur le web : ouvrez le message, choisissez … (Autres actions) > Afficher > Afficher les détails du message, et copiez tout. Dans Outlook pour Windows : ouvrez le message, Fichier > Propriétés, et copiez toute la zone « En-têtes Internet ».';

export const analysis: FindingTextsOf<AnalysisParams> = {
  'input.not-email': (p, format) => ({ title: 'Ce n\'est pas un e-mail', explanation: inputProblem(p.problem, format) }),
  'edge.not-found': (p) => ({
    title: 'Aucun serveur d\'envoi n\'a été trouvé dans les champs Received',
    explanation: p.hops === 0
      ? 'Le message n\'a aucun champ Received : l\'IP d\'envoi et le nom HELO sont inconnus, et PTR, HELO et SPF ne peuvent pas être revérifiés. Collez la source complète telle que le serveur de réception l\'a vue.'
      : 'Chaque champ Received provient de l\'intérieur d\'un même système (adresses privées ou pas d\'IP) : le serveur qui a transmis le message est inconnu.',
  }),
  'dns.offline': (p) => ({
    title: 'Hors ligne : rien n\'a été revérifié par DNS',
    explanation: `Ce rapport repose uniquement sur les en-têtes. ${p.receiverDecides ? 'Le verdict suit les en-têtes Authentication-Results du serveur de réception ; ' : 'Les en-têtes Authentication-Results du serveur de réception montrent ce qu\'il a vu à l\'arrivée ; '}PTR, HELO, SPF, DKIM, DMARC et ARC n'ont pas été revérifiés.`,
  }),
  'dns.unavailable': (p, format) => (p.cause === 'cancelled'
    ? { title: 'L\'analyse a été annulée avant la réponse du DNS', explanation: 'La vérification a été interrompue : rien n\'a été revérifié. Le verdict est inconnu, pas « fiable ».' }
    : { title: 'Le DNS est injoignable', explanation: `${p.queries === 1 ? 'La seule requête' : `Les ${format.number(p.queries)} requêtes`} vers ${p.resolver} ${format.plural(p.queries, { one: 'a échoué', other: 'ont échoué' })} : rien n'a pu être revérifié. ${TRY_AGAIN}` }),
  'analysis.fault': (p) => ({
    title: 'MailTrust n\'a pas pu terminer l\'analyse',
    explanation: `Une erreur interne a arrêté l'analyse (${p.error}). C'est une panne de MailTrust, pas un défaut du message : signalez-la en joignant la source du message.`,
  }),
  'analysis.time-limit': (p, format) => ({
    title: `Non vérifié à temps : ${format.list(p.checks.map((check) => CHECK_NAMES[check]))}`,
    explanation: `La vérification a une limite de temps${p.limitMs === null ? '' : ` (${seconds(p.limitMs, format)})`}, et le DNS n'a pas répondu à ces vérifications avant son expiration. ${TRY_AGAIN}`,
  }),
  'input.incomplete': (p) => ({
    title: 'Le texte collé semble tronqué',
    explanation: `${{
      'starts-mid-field': 'Le texte commence au milieu d\'un en-tête : les lignes au-dessus n\'ont pas été copiées.',
      'no-message-fields': 'Il contient des champs Received, mais pas d\'en-tête From ni de Date ou de Subject : la partie du bloc d\'en-têtes qui les contient n\'a pas été copiée.',
      'no-received': 'Il n\'a aucun champ Received, que chaque serveur ayant accepté le message ajoute : ce n\'est donc pas la source telle que reçue, mais une partie du bloc d\'en-têtes, ou le résumé qu\'un logiciel de messagerie affiche en tête d\'un message transféré.',
    }[p.sign]} Des en-têtes absents d'une copie partielle ne disent rien du message : aucun verdict n'est rendu sur eux. ${HOW_TO_COPY}`,
  }),
};
