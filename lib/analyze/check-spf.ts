// SPF of a sending hop's IP for the message's MAIL FROM (Zendesk recommendation 3, RFC 7208).
import { checkSpf } from '../auth/spf/check-spf';
import { spfFindings } from '../report/findings/spf';
import { catalogFor } from '../i18n/render';
import { wordSpfResult } from '../i18n/spf-trace';
import { notChecked, OFFLINE, PENDING, type HopCheckModule } from './check-module';

const ENGLISH = catalogFor('en');

export const spfCheck: HopCheckModule<'spf'> = {
  name: 'spf',
  scope: 'hop',
  initial: (hop, _part, offline) => (offline ? OFFLINE : hop.ip ? PENDING : notChecked({ reason: 'no-ip', hop: hop.hop })),
  async run(hop, part, { resolver, now, signal }) {
    const sender = part.message.returnPath ?? part.message.from[0]?.address ?? '';
    const result = await checkSpf({ ip: hop.ip ?? '', sender, helo: hop.heloName ?? '' }, { resolver, now: () => now, ...(signal ? { signal } : {}) });
    // The Report keeps the trace's English words beside its facts (schema 1 and 2 readers); pages word it again.
    return { ...wordSpfResult(result, ENGLISH), hop: hop.hop };
  },
  findings: (result, context) => spfFindings(result, context),
};
