// English words of the From domain's MX findings (RFC 5321 §5.1, RFC 7505): can a reply reach the customer?
import type { MxParams } from '../../report/params/mx';
import type { FindingTextsOf } from '../catalog';
import { lookupProblem } from './shared';

export const mx: FindingTextsOf<MxParams> = {
  'mx.pass': (p, format) => ({
    title: `${p.domain} receives mail: replies can be delivered`,
    explanation: `Its MX ${format.plural(p.hosts.length, { one: 'host', other: 'hosts' })} ${format.list(p.hosts)} ${format.plural(p.hosts.length, { one: 'resolves', other: 'resolve' })} to an address, so an answer to this ticket can reach the sender.`,
  }),
  'mx.null': (p) => ({
    title: `${p.domain} accepts no mail: a reply to this ticket will bounce`,
    explanation: `The domain publishes the MX record "0 .", which says it receives no mail at all (RFC 7505). The message can be genuine, but an answer sent to its From address cannot be delivered: reach the customer another way, or ask them to write from an address that receives mail.`,
  }),
  'mx.none': (p, format) => (p.addresses.length > 0
    ? {
      title: `${p.domain} has no MX record; mail goes to its own address`,
      explanation: `Without an MX record, mail for the domain goes to the domain's own address (RFC 5321 §5.1): ${format.list(p.addresses)}. Replies can be delivered if a mail server listens there; most domains publish an MX record instead.`,
    }
    : {
      title: `${p.domain} has no MX record and no address: a reply to this ticket cannot be delivered`,
      explanation: 'The domain publishes neither an MX record nor an A or AAAA record, so no server receives its mail (RFC 5321 §5.1) and an answer to its From address will bounce. Reach the customer another way.',
    }),
  'mx.unresolvable': (p, format) => (p.resolving.length > 0
    ? {
      title: `Some MX hosts of ${p.domain} do not resolve`,
      explanation: `${format.list(p.unresolvable)} ${format.plural(p.unresolvable.length, { one: 'has', other: 'have' })} no address; replies still go to ${format.list(p.resolving)}. The domain owner should remove or fix the stale MX records.`,
    }
    : {
      title: `No MX host of ${p.domain} resolves: a reply to this ticket will bounce`,
      explanation: `The domain's MX ${format.plural(p.unresolvable.length, { one: 'record names', other: 'records name' })} ${format.list(p.unresolvable)}, and no address was found for ${format.plural(p.unresolvable.length, { one: 'it', other: 'any of them' })} (RFC 5321 §5.1), so an answer to the From address cannot be delivered.`,
    }),
  'mx.temperror': (p, format) => ({
    title: `Whether ${p.domain} receives mail was not checked`,
    explanation: `A DNS lookup failed (${p.problems.map((problem) => lookupProblem(problem, format)).join('; ')}). Not checked, so it says nothing about the message; try again later.`,
  }),
};
