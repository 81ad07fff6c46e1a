// English words of the HELO/EHLO findings (Zendesk recommendation 2) and of the HELO fix.
import type { HeloFacts, MalformedName } from '../../auth/helo/types';
import type { HeloParams } from '../../report/params/helo';
import type { FindingTextsOf } from '../catalog';
import { basis, known, lookupProblem, ownerUnchecked, PROVIDER_ADVICE } from './shared';

const RULE: Record<keyof HeloFacts, string> = {
  resolves: 'whether it resolves',
  leadsToConnectingIp: 'whether it leads to the sending IP',
  sameOrganization: 'whether it belongs to the sender\'s organization',
  matchesMx: 'whether it is an MX host of the sender\'s domain',
};

function malformed(reason: MalformedName, name: string): string {
  switch (reason.kind) {
    case 'empty':
      return 'The HELO name is empty';
    case 'bracketed-not-address':
      return `"${name}" is bracketed like an address literal but holds no IP address`;
    case 'too-long':
      return `The name is ${reason.length} characters long, over ${reason.max}`;
    case 'empty-label':
      return `"${name}" has an empty label`;
    case 'bad-label':
      return `"${reason.label}" is not a valid host name label`;
  }
}

export const helo: FindingTextsOf<HeloParams> = {
  'helo.pass': (p, format) => {
    const facts = [
      p.leadsTo ? `It resolves to ${p.leadsTo}` : 'It resolves',
      ...(p.sameOrganization ? ['belongs to the sender\'s organization'] : []),
      ...(p.matchesMx ? ['is one of its MX hosts'] : []),
    ];
    return { title: `The HELO name ${p.name} is valid`, explanation: `${format.list(facts)}.` };
  },
  'helo.ip-literal': (p) => ({
    title: `The server introduced itself with an IP address (${p.literal})`,
    explanation: 'RFC 5321 §4.1.1.1 reserves address literals for clients without a meaningful name; a mail server should give its own domain name. Receivers give such mail low trust.',
  }),
  'helo.localhost': (p) => (p.form === 'localhost'
    ? { title: 'The server introduced itself as "localhost"', explanation: 'localhost names the receiver\'s own machine (RFC 6761 §6.3), not the sender: a misconfigured server or script. Receivers give such mail low trust.' }
    : { title: `The HELO name "${p.name}" is a single label`, explanation: 'A name of one label cannot be resolved by anyone else: the server did not give a fully qualified domain name (RFC 5321 §4.1.1.1).' }),
  'helo.malformed': (p) => ({ title: `The HELO name "${p.name}" is not a domain name`, explanation: `${malformed(p.reason, p.name)} (RFC 5321 §4.1.2).` }),
  'helo.invalid-tld': (p) => ({
    title: `The HELO name ${p.name} cannot resolve: ".${p.tld}" is not a top-level domain`,
    explanation: 'The DNS in use gave no address for it, and its last label is not a top-level domain of the public DNS, so no receiver can resolve it (RFC 5321 §2.3.5). Receivers give such mail low trust.',
  }),
  'helo.unresolvable': (p) => ({
    title: `The HELO name ${p.name} does not resolve`,
    explanation: `Its A/AAAA lookup gave ${p.rcode}. RFC 5321 §2.3.5 requires a resolvable name; receivers give such mail low trust.`,
  }),
  'helo.ip-mismatch': (p, format) => ({
    title: `The HELO name ${p.name} does not resolve to the sending IP`,
    explanation: `It resolves to ${format.list(p.addresses)}, not ${p.connectingIp}.`,
  }),
  'helo.not-mx': (p, format) => ({
    title: `The HELO name ${p.name} is not an MX host of the sender's domain`,
    explanation: `MX hosts of ${format.list(p.mxDomains)}: ${p.mxHosts.length > 0 ? format.list(p.mxHosts) : 'none'}. The article suggests a HELO name that matches an MX record.`,
  }),
  'helo.foreign-domain': (p, format) => {
    switch (p.owner.kind) {
      case 'sender':
        return {
          title: `The HELO name ${p.name} is a server of ${p.owner.basis.organization}, a provider sending for ${p.senderDomain}`,
          explanation: `${p.senderDomain} hands its mail to ${p.owner.basis.organization} (${basis(p.owner.basis)}), so this server is on the sender's side. The provider names its own servers: there is nothing for the sender to change; the article's ideal (a HELO name inside the sender's domain) applies to servers the sender runs itself.${p.owner.basis.via === 'author' ? '' : ` ${PROVIDER_ADVICE}`}`,
        };
      case 'another-domain':
        return {
          title: `The HELO name ${p.name} is in another domain (${p.organizationalDomain})`,
          explanation: `${p.organizationalDomain} is neither ${p.senderOrganizationalDomain} nor an organization ${p.senderDomain} hands its mail to (${known(p.owner.known)}). This is the article's example of low trust, "HELO mail.otherdomain.com", however well the name's A and PTR records agree.`,
        };
      case 'not-checked':
        return {
          title: `The HELO name ${p.name} is outside ${p.senderOrganizationalDomain}; whether ${p.organizationalDomain} sends for it was not checked`,
          explanation: `MailTrust could not tell whether ${p.senderDomain} hands its mail to ${p.organizationalDomain}: ${ownerUnchecked(p.owner.reason, format)}. Not checked, so it does not lower trust here.`,
        };
    }
  },
  'helo.temperror': (p, format) => ({
    title: `Part of the HELO check of ${p.name} could not be done`,
    explanation: p.unchecked.length > 0
      ? `${p.unchecked.map((entry) => `${RULE[entry.rule]} (${lookupProblem(entry.problem, format)})`).join('; ')}: not checked. Try again later.`
      : 'A DNS lookup failed.',
  }),
};

export const heloFix = (p: { domain: string; connectingIp: string | null }, name: string): string => {
  const ip = p.connectingIp ?? 'the sending IP';
  return `For whoever runs the server at ${ip}: configure it to greet with "EHLO ${name}" (any name inside ${p.domain} will do). The owner of ${p.domain} publishes an address record for ${name} pointing to ${ip}, and the owner of ${ip} sets its PTR record to ${name}, so the name leads to the IP and back.`;
};
