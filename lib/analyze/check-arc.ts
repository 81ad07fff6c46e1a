// The ARC chain (Zendesk recommendation 5, RFC 8617): what forwarders saw, and whether they vouch for
// the author's authentication.
import { isAligned } from '../auth/dmarc/check-alignment';
import { collectArcSets } from '../auth/arc/collect-sets';
import type { ArcResult } from '../auth/arc/types';
import { verifyArc } from '../auth/arc/verify-arc';
import { arcFindings } from '../report/findings/arc';
import type { ArcCheck } from '../report/types';
import { OFFLINE, PENDING, type MessageCheckModule } from './check-module';
import { splitOf } from './message-split';

export const arcCheck: MessageCheckModule<'arc'> = {
  name: 'arc',
  scope: 'message',
  // Offline, a message that carries no ARC set at all says so from its headers alone (no key is needed to see that).
  initial: (part, offline) => (offline ? (collectArcSets(part.model.fields).kind === 'none' ? toArcCheck({ result: 'none', instances: [], recordQueries: [] }, null) : OFFLINE) : PENDING),
  run: async (part, { resolver }) => toArcCheck(await verifyArc(splitOf(part), { resolver }), part.fromDomain),
  findings: (result, context) => arcFindings(result, context),
};

function toArcCheck(result: ArcResult, fromDomain: string | null): ArcCheck {
  // `summary` is worded from the result's facts by the catalogs when the Report is assembled (localizeChecks).
  return { ...result, summary: '', vouches: arcVouches(result, fromDomain) } as ArcCheck;
}

/** RFC 8617 §7.2: the chain passed and its first sealer saw the author authenticated (DMARC, or an aligned DKIM pass). */
function arcVouches(arc: ArcResult, fromDomain: string | null): boolean {
  if (arc.result !== 'pass' && arc.result !== 'header-pass') return false;
  const first = arc.instances.find((instance) => instance.instance === 1)?.authResults;
  if (!first) return false;
  if (first.dmarc === 'pass') return true;
  return fromDomain !== null && first.dkim.some((d) => d.result === 'pass' && d.domain !== null && isAligned(d.domain, fromDomain, 'relaxed'));
}
