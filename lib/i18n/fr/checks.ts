// Mots français des résultats des vérifications tels que les cartes les montrent, tirés des catalogues de chaque domaine.
import type { CheckTexts } from '../checks';
import { ARC_ABSENT, arcFailure, arcLookupFailed, arcVerified } from './arc';
import { dkimReason } from './dkim';
import { dmarcAbsent, dmarcLookupFailed, dmarcNoPass, dmarcPassing, dmarcPolicy, dmarcUnusable } from './dmarc';
import { lookupProblem } from './shared';
import { spfCause, spfDefaultExplanation } from './spf';

export const checks: CheckTexts = {
  spfCause,
  spfDefaultExplanation,
  dkimReason,
  dmarcPassing,
  dmarcNoPass,
  dmarcAbsent,
  dmarcLookupFailed,
  dmarcUnusable,
  dmarcPolicy,
  arcVerified,
  arcAbsent: ARC_ABSENT,
  arcFailure,
  arcLookupFailed,
  iprevUnconfirmed: (ip) => `Aucun nom PTR de ${ip} ne ramène à cette IP`,
  iprevLookupFailed: (problem, format) => `Une requête a échoué : ${lookupProblem(problem, format)}`,
  iprevNoPtr: (ip, reverseName, rcode) => `Aucun enregistrement PTR pour ${ip} (${reverseName} : ${rcode})`,
  iprevInvalidIp: (ip) => `« ${ip} » n'est pas une adresse IPv4 ou IPv6`,
  domainsOverLimit: (limit, format) => `non vérifié : au-delà de la limite de ${format.number(limit)} domaines`,
};
