// PTR / iprev of a sending hop's IP (Zendesk recommendation 1, RFC 8601 §3).
import { checkIprev } from '../auth/iprev/check-iprev';
import { ptrFindings } from '../report/findings/ptr';
import { notChecked, OFFLINE, PENDING, type HopCheckModule } from './check-module';
import { senderDomainOf } from './sender-domain';

export const iprevCheck: HopCheckModule<'iprev'> = {
  name: 'iprev',
  scope: 'hop',
  initial: (hop, _part, offline) => (offline ? OFFLINE : hop.ip ? PENDING : notChecked({ reason: 'no-ip', hop: hop.hop })),
  async run(hop, part, { resolver, signal }) {
    const result = await checkIprev(hop.ip ?? '', resolver, { senderDomain: senderDomainOf(hop, part), signal });
    return { ...result, hop: hop.hop, forwardConfirmed: result.result === 'pass', generic: result.problems.some((p) => p.kind === 'generic') };
  },
  findings: (result, context) => ptrFindings(result, context),
};
