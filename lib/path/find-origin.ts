// The origin of a forwarded message: the first sender outside both the receiving system and the forwarder.
// SPF at the edge judged the forwarder; the origin is where the author's own systems handed the message on.
// An authenticated submission (RFC 3848) is the author's client handing the message to their own provider:
// shown in the hop chain, never the origin (its home or office IP is not a mail server to judge).
import type { PathHop } from './build-hops';
import { isExternalScope } from '../net/classify-ip';
import { isSubmission, senderOrganization, type EdgeHop } from './find-edge';
import { organizationOf } from './organization-of';

export interface OriginHop {
  hopIndex: number;
  ip: string;
  helo: string | null;
  reverseName: string | null;
  receiver: string | null;
  /** Why this hop: the forwarder's organization it was found below (the edge sender's), when known. */
  reason: { kind: 'first-outside-forwarder'; forwarder: string | null };
}

/**
 * The origin of a forwarded message: below the edge, walk the forwarder's hops (the edge sender's
 * organization and the hosts it names as receivers) down to the first sender outside them.
 */
export function findOrigin(hops: PathHop[], edge: EdgeHop, receiverOrganizations: string[]): OriginHop | null {
  const known = new Set(receiverOrganizations);
  const edgeHop = hops[edge.hopIndex];
  const forwarder = edgeHop ? senderOrganization(edgeHop) : null;
  if (forwarder) known.add(forwarder);
  for (let i = edge.hopIndex - 1; i >= 0; i--) {
    const hop = hops[i];
    if (!hop) continue;
    const byOrganization = organizationOf(hop.by?.name);
    if (byOrganization) known.add(byOrganization);
    const sender = hop.from;
    if (!sender?.ip || !sender.ipScope || !isExternalScope(sender.ipScope) || isSubmission(hop)) continue;
    if (known.has(senderOrganization(hop) ?? '')) continue;
    return { hopIndex: hop.index, ip: sender.ip, helo: sender.helo, reverseName: sender.reverseName, receiver: hop.by?.name ?? null, reason: { kind: 'first-outside-forwarder', forwarder } };
  }
  return null;
}
