// The forwarding finding: when an intermediary passed the message on, SPF at the edge judged the
// forwarder, and the author's checks are repeated for the origin hop where one is found.
import { note } from '../evidence';
import { RECOMMENDATIONS } from '../recommendations';
import type { BuiltFinding, ForwardingSummary, OriginSummary } from '../types';

export function forwardingFindings(forwarding: ForwardingSummary, origin: OriginSummary | null): BuiltFinding[] {
  if (!forwarding.detected) return [];
  return [{
    id: 'forwarding.detected',
    severity: 'info',
    title: 'The message was forwarded',
    explanation: `An intermediary passed the message on, so the receiver's SPF check judged the forwarder's server, not the author's.${origin ? ` The original sender's server (${origin.ip}${origin.helo ? `, HELO ${origin.helo}` : ''}) is checked as well.` : ''} Forwarders should keep the DKIM signature intact and add ARC.`,
    evidence: forwarding.signs.map((sign) => note(sign.line === null ? sign.description : `${sign.description} (line ${sign.line})`)),
    recommendation: RECOMMENDATIONS.arc,
  }];
}
