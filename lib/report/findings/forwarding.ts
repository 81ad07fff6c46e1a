// The forwarding finding: when an intermediary passed the message on, SPF at the edge judged the
// forwarder, and the author's checks are repeated for the origin hop where one is found. The finding is
// data; lib/i18n/<lang>/arc.ts says it in words.
import { RECOMMENDATIONS } from '../recommendations';
import type { Evidence, FindingData, ForwardingSummary, OriginSummary } from '../types';

export function forwardingFindings(forwarding: ForwardingSummary, origin: OriginSummary | null): FindingData[] {
  if (!forwarding.detected) return [];
  return [{
    id: 'forwarding.detected',
    severity: 'info',
    params: { origin: origin ? { ip: origin.ip, helo: origin.helo } : null, signs: [...new Set(forwarding.signs.map((sign) => sign.kind))] },
    // The signs as facts; the catalogs word each with its line (lib/i18n/spf-trace.ts wordEvidence).
    evidence: forwarding.signs.map((sign): Evidence => ({ kind: 'note', text: '', sign })),
    recommendation: RECOMMENDATIONS.arc,
  }];
}
