// Mots français communs à plusieurs domaines : une requête DNS en échec, à qui appartient un serveur.
import type { MailOrganization } from '../../auth/mail-provider/find-mail-organizations';
import type { LookupProblem } from '../../dns/types';
import type { OwnerUnchecked } from '../../report/params/server-owner';
import type { Format } from '../format';
import { dnsFailure } from './dns-failure';

/** The unit of a time limit, shared with the words of a timeout. */
export { seconds } from './dns-failure';

/** « TXT example.com : délai dépassé après 3 s », « MX example.com : SERVFAIL ». */
export function lookupProblem(problem: LookupProblem, format: Format): string {
  return `${problem.type} ${problem.name} : ${problem.kind === 'rcode' ? problem.rcode : dnsFailure.failure(problem, format)}`;
}

/** « son hôte MX smtp.google.com » / « son enregistrement SPF mène à _spf.google.com ». */
export function basis(entry: MailOrganization): string {
  switch (entry.via) {
    case 'author':
      return 'sa propre organisation';
    case 'mx':
      return `son hôte MX ${entry.name}`;
    case 'spf':
      return `son enregistrement SPF mène à ${entry.name}`;
  }
}

/** Les organisations auxquelles le domaine de l'auteur confie son courrier, pour le texte « autre domaine ». */
export function known(entries: readonly MailOrganization[]): string {
  return entries.map((entry) => (entry.via === 'author' ? entry.organization : `${entry.organization} (${basis(entry)})`)).join(', ');
}

/** Pour le serveur d'un prestataire : ce que le client maîtrise à la place des noms du serveur. */
export const PROVIDER_ADVICE = 'Ce que le client peut faire à la place : demander au prestataire de signer en DKIM sous le domaine du client et inscrire le prestataire dans l\'enregistrement SPF du domaine, pour que DMARC réussisse quel que soit le nom des serveurs du prestataire.';

/** Pourquoi on n'a pas pu vérifier à qui appartient un serveur. */
export function ownerUnchecked(reason: OwnerUnchecked, format: Format): string {
  return reason.kind === 'not-looked-up'
    ? 'les enregistrements MX et SPF du domaine de l\'auteur n\'ont pas été interrogés'
    : reason.problems.map((problem) => lookupProblem(problem, format)).join(' ; ');
}
