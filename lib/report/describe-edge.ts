// The edge's reason in words, for the report, Markdown and the CLI: the agent sees why this hop was taken
// as the place where the message entered the receiving organization.
import type { OriginHop } from '../path/find-origin';
import { SERVICES } from '../path/receiving-services';
import type { EdgeReason } from './types';

export function describeEdgeReason(reason: EdgeReason): string {
  switch (reason.kind) {
    case 'first-external':
      return 'the newest hop from a server outside the receiving hosts';
    case 'same-organization':
      return 'every sending server is in the receiver\'s own organization (mail between two of its users); the oldest public hop is taken';
    case 'mx-host':
      return `reached ${reason.host}, an MX host of ${reason.domain}`;
    case 'inbound-gateway': {
      const service = SERVICES[reason.service].name;
      const of = reason.recipientDomain ? ` of ${reason.recipientDomain}` : '';
      const marks = reason.marks.length > 0 ? `: ${reason.marks.join(', ')}` : '';
      return `entered at ${service}, the inbound gateway${of} (inferred from the headers${marks})`;
    }
    case 'mailbox-service':
      return `Exchange Online marks (${reason.marks.join(', ')})`;
    case 'auth-results':
      return `no Received hop names a public sender; ${reason.authservId}'s Authentication-Results name the client in ${reason.property}`;
  }
}

/** The origin's reason in words: where the forwarder's hops end below the edge. */
export function describeOriginReason(origin: Pick<OriginHop, 'reason' | 'receiver'>): string {
  const forwarder = origin.reason.forwarder ? ` (${origin.reason.forwarder})` : '';
  const by = origin.receiver ? `, handed to ${origin.receiver}` : '';
  return `the first sender below the edge outside the forwarder${forwarder} and the receiving organization${by}; authenticated submissions are not counted`;
}
