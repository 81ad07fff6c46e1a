// SPF of a sending hop's IP for the message's MAIL FROM (Zendesk recommendation 3, RFC 7208).
import { checkSpf } from '../auth/spf/check-spf';
import { spfFindings } from '../report/findings/spf';
import { notChecked, OFFLINE, PENDING, type HopCheckModule } from './check-module';

export const spfCheck: HopCheckModule<'spf'> = {
  name: 'spf',
  scope: 'hop',
  initial: (hop, _part, offline) => (offline ? OFFLINE : hop.ip ? PENDING : notChecked({ reason: 'no-ip', hop: hop.hop })),
  async run(hop, part, { resolver, now, signal }) {
    const sender = part.message.returnPath ?? part.message.from[0]?.address ?? '';
    const result = await checkSpf({ ip: hop.ip ?? '', sender, helo: hop.heloName ?? '' }, { resolver, now: () => now, ...(signal ? { signal } : {}) });
    return { ...result, hop: hop.hop };
  },
  findings: (result, context) => spfFindings(result, context),
};
