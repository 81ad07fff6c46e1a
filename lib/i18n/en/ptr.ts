// English words of the PTR findings (Zendesk recommendation 1) and of the PTR fix.
import type { GenericSignal } from '../../auth/iprev/generic-name';
import type { FixParams } from '../../report/params/fixes';
import type { PtrParams } from '../../report/params/ptr';
import type { FindingTextsOf } from '../catalog';
import type { Format } from '../format';
import { basis, known, lookupProblem, ownerUnchecked, PROVIDER_ADVICE } from './shared';

function signal(entry: GenericSignal): string {
  switch (entry.kind) {
    case 'ip-digits':
      return `contains the IP's digits (${entry.matched})`;
    case 'ip-hex':
      return `contains the IP in hexadecimal (${entry.matched})`;
    case 'isp-word':
      return `contains the access-network word "${entry.word}"`;
  }
}

const names = (list: readonly string[], format: Format) => format.list(list);

export const ptr: FindingTextsOf<PtrParams> = {
  'ptr.pass': (p, format) => ({
    title: `${p.ip} has a PTR record that leads back to it`,
    explanation: `The PTR ${format.plural(p.names.length, { one: 'name', other: 'names' })} ${names(p.names, format)} ${format.plural(p.names.length, { one: 'resolves', other: 'resolve' })} back to ${p.ip}, as receivers expect of a mail server.`,
  }),
  'ptr.missing': (p) => (p.cause === 'invalid-ip'
    ? { title: `"${p.ip}" is not an IP address`, explanation: 'The Received field gives no IPv4 or IPv6 address for the sending server, so there is no PTR record to look up.' }
    : {
        title: `The sending IP ${p.ip} has no PTR record`,
        explanation: `${p.reverseName} returned ${p.rcode}. Receivers, Zendesk among them, give low trust to mail from an IP without a reverse DNS name.`,
      }),
  'ptr.generic': (p, format) => ({
    title: `The PTR name ${p.name} looks like a residential or dynamic address`,
    explanation: `The name ${format.list(p.signals.map(signal))}. Names like that mark end-user connections, which should not send mail directly; receivers give such mail low trust.`,
  }),
  'ptr.unconfirmed': (p, format) => ({
    title: `The PTR name of ${p.ip} does not lead back to it`,
    explanation: `${names(p.names, format)} ${p.names.length > 1 ? 'do' : 'does'} not resolve to ${p.ip} (RFC 8601 §3 iprev fails). A PTR name is only believed when its forward lookup confirms it.`,
  }),
  'ptr.foreign-domain': (p, format) => {
    switch (p.owner.kind) {
      case 'sender':
        return {
          title: `${p.ip} is a server of ${p.owner.basis.organization}, a provider sending for ${p.senderDomain}`,
          explanation: `Its PTR name ${names(p.names, format)} lies outside ${p.senderOrganizationalDomain}, but ${p.senderDomain} hands its mail to ${p.owner.basis.organization} (${basis(p.owner.basis)}). The provider names its own servers: there is nothing for the sender to change.${p.owner.basis.via === 'author' ? '' : ` ${PROVIDER_ADVICE}`}`,
        };
      case 'not-checked':
        return {
          title: `The PTR name of ${p.ip} is outside ${p.senderOrganizationalDomain}; whether its organization sends for it was not checked`,
          explanation: `${names(p.names, format)} is not in ${p.senderOrganizationalDomain}, and MailTrust could not tell whether ${p.senderDomain} hands its mail to it: ${ownerUnchecked(p.owner.reason, format)}. Not checked, so it does not lower trust here.`,
        };
      case 'another-domain':
        return {
          title: `The PTR name of ${p.ip} is in another domain (${p.owner.organization})`,
          explanation: `${names(p.names, format)} is neither in ${p.senderOrganizationalDomain} nor in an organization ${p.senderDomain} hands its mail to (${known(p.owner.known)}). The article asks for a PTR name inside the sender's domain; a name of another domain earns low trust however well it leads back to the IP.`,
        };
    }
  },
  'ptr.temperror': (p, format) => ({
    title: `The PTR record of ${p.ip} could not be looked up`,
    explanation: `${lookupProblem(p.problem, format)}. The receiver's view of this IP cannot be re-checked now; try again later.`,
  }),
};

export function ptrFix(p: FixParams['ptr-record'], name: string): string {
  return `Ask the owner of ${p.ip} (your hosting or mail provider) to set its PTR record (${p.reverseName}) to ${name}, and publish ${p.addressType} ${name} -> ${p.ip} so the name leads back to the IP.`;
}
