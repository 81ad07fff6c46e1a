// English words of the checks' own results as the cards show them, from the areas' catalogs.
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
  iprevUnconfirmed: (ip) => `No PTR name of ${ip} resolves back to it`,
  iprevLookupFailed: (problem, format) => `A lookup failed: ${lookupProblem(problem, format)}`,
  iprevNoPtr: (ip, reverseName, rcode) => `No PTR record for ${ip} (${reverseName}: ${rcode})`,
  iprevInvalidIp: (ip) => `"${ip}" is not an IPv4 or IPv6 address`,
  domainsOverLimit: (limit, format) => `not checked: over the limit of ${format.number(limit)} domains`,
};
