// The HELO/EHLO name of a sending hop (Zendesk recommendation 2, RFC 5321 §2.3.5).
import { checkHelo, checkHeloOffline } from '../auth/helo/check-helo';
import type { HeloResult } from '../auth/helo/types';
import { heloFindings } from '../report/findings/helo';
import type { HeloCheck } from '../report/types';
import { notChecked, OFFLINE, PENDING, type HopCheckModule } from './check-module';
import { senderDomainOf } from './sender-domain';

export const heloCheck: HopCheckModule<'helo'> = {
  name: 'helo',
  scope: 'hop',
  initial(hop, _part, offline) {
    // Offline, the HELO tests that need no DNS still run (an IP literal, localhost): the mode never hides header evidence.
    if (offline) {
      const result = hop.heloName ? checkHeloOffline({ helo: hop.heloName, ...(hop.ip ? { ip: hop.ip } : {}) }) : null;
      return result ? toHeloCheck(result, hop.hop) : OFFLINE;
    }
    return hop.heloName ? PENDING : notChecked({ reason: 'no-helo', hop: hop.hop });
  },
  async run(hop, part, { resolver, signal }) {
    const senderDomain = senderDomainOf(hop, part);
    const result = await checkHelo({ helo: hop.heloName ?? '', ...(hop.ip ? { ip: hop.ip } : {}), ...(senderDomain ? { senderDomain } : {}) }, resolver, { signal });
    return toHeloCheck(result, hop.hop);
  },
  findings: (result, context) => heloFindings(result, context),
};

function toHeloCheck(result: HeloResult, hop: 'edge' | 'origin'): HeloCheck {
  return { ...result, hop, resolves: result.facts.resolves, matchesMx: result.facts.matchesMx, sameOrganization: result.facts.sameOrganization };
}
