// The ARC chain (Zendesk recommendation 5, RFC 8617): what forwarders saw, and whether they vouch for
// the author's authentication.
import { isAligned } from '../auth/dmarc/check-alignment';
import { collectArcSets } from '../auth/arc/collect-sets';
import type { ArcResult } from '../auth/arc/types';
import { verifyArc } from '../auth/arc/verify-arc';
import { arcFindings } from '../report/findings/arc';
import { wordArcResult } from '../i18n/arc-messages';
import { catalogFor } from '../i18n/render';
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

const ENGLISH = catalogFor('en');

function toArcCheck(checked: ArcResult, fromDomain: string | null): ArcCheck {
  // The Report keeps the messages' English words beside their facts (schema 1 and 2 readers); pages word them again.
  // `summary` is worded from the result's facts by the catalogs when the Report is assembled (localizeChecks).
  const result = wordArcResult(checked, ENGLISH);
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
