// English words of the spoofing-signs finding: the message's identities in unrelated organizations.
import type { IdentityParams, IdentitySign } from '../../report/params/identity';
import type { FindingTextsOf } from '../catalog';
import type { Format } from '../format';

function sign(s: IdentitySign, from: string, format: Format): string {
  if (s.kind === 'reply-to') return `Replies would go to ${s.domain}, not ${from}: the Reply-To field names another organization.`;
  const signed = s.dkimDomains.length > 0 ? `the DKIM signature is by ${format.list(s.dkimDomains)}` : 'no DKIM signature was found';
  return `Bounces go to ${s.returnPath}, ${signed}, and ${from}'s DMARC policy fails: nothing ties this message to ${from}.`;
}

export const identity: FindingTextsOf<IdentityParams> = {
  'identity.mismatch': (p, format) => ({
    title: p.signs.some((s) => s.kind === 'reply-to')
      ? `Replies would go to another organization than ${p.from}`
      : `Nothing ties this message to ${p.from}`,
    explanation: `${p.signs.map((s) => sign(s, p.from, format)).join(' ')} An impostor does this to receive the answers; a mailing list or a helpdesk tool may do it too. Check with the customer through an address you already know before acting on the message or replying to another address.`,
  }),
};
