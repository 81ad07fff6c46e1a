// English words of the spoofing-signs finding: the message's identities in unrelated organizations, or a
// mailing list's Reply-To, said as a note.
import type { IdentityParams, IdentitySign } from '../../report/params/identity';
import type { FindingTextsOf } from '../catalog';
import type { Format } from '../format';

function sign(s: IdentitySign, from: string, format: Format): string {
  switch (s.kind) {
    case 'reply-to':
      return `Replies would go to ${s.domain}, not ${from}: the Reply-To field names another organization.`;
    case 'list-reply':
      return s.repliesTo === 'list'
        ? `Replies go to the mailing list ${s.list} (${s.domain}), as many lists set it.`
        : `Replies go to the author at ${s.domain}, as mailing lists do: the list ${s.list} put its own address in From.`;
    case 'envelope': {
      const signed = s.dkimDomains.length > 0 ? `the DKIM signature is by ${format.list(s.dkimDomains)}` : 'no DKIM signature was found';
      return `Bounces go to ${s.returnPath}, ${signed}, and ${from}'s DMARC policy fails: nothing ties this message to ${from}.`;
    }
  }
}

function title(p: IdentityParams['identity.mismatch']): string {
  if (p.signs.some((s) => s.kind === 'reply-to')) return `Replies would go to another organization than ${p.from}`;
  if (p.signs.some((s) => s.kind === 'envelope')) return `Nothing ties this message to ${p.from}`;
  return 'A mailing list sets where replies go';
}

export const identity: FindingTextsOf<IdentityParams> = {
  'identity.mismatch': (p, format) => ({
    title: title(p),
    explanation: `${p.signs.map((s) => sign(s, p.from, format)).join(' ')} ${p.signs.every((s) => s.kind === 'list-reply')
      ? 'The list is authenticated: this is no spoofing sign.'
      : 'An impostor does this to receive the answers; a mailing list or a helpdesk tool may do it too. Check with the customer through an address you already know before acting on the message or replying to another address.'}`,
  }),
};
