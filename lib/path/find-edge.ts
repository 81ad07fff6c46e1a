// The edge: the hop at which the receiving system accepted the message from outside. Its connecting IP
// and HELO are what the receiver's PTR, HELO and SPF checks were about. Found by walking the receiver's
// own hops from the top (the newest) and skipping those that are internal: no connecting IP, a private
// or loopback IP, a sender in the same organization as the receiving hosts seen so far, a hop taken by a
// loopback listener (a content filter such as amavis records the original client there, but only the
// host itself can reach 127.0.0.1), or a mailbox retrieval (fetchmail's POP3/IMAP hop is no acceptance).
// Everything below the edge was written by systems the receiver does not control.
import type { Hop } from './build-hops';
import { classifyIp, isExternalScope } from '../net/classify-ip';
import { organizationOf } from './organization-of';

export interface EdgeHop {
  hopIndex: number;
  ip: string;
  helo: string | null;
  reverseName: string | null;
  /** The receiving host (the hop's "by" name). */
  receiver: string | null;
  /**
   * first-external: the newest hop whose sender is outside the receiver's organization;
   * same-organization: every public sender was in the receiver's organization (mail between two users of
   * one provider), so the oldest of those is taken.
   */
  basis: 'first-external' | 'same-organization';
}

export interface EdgeSearch {
  edge: EdgeHop | null;
  /** Registrable domains of the receiving system's hosts, as seen while walking down to the edge. */
  receiverOrganizations: string[];
}

/** Finds the edge hop in a chain ordered oldest -> newest; null when no hop names a public sender IP. */
export function findEdge(hops: Hop[]): EdgeSearch {
  const receiverOrganizations = new Set<string>();
  let sameOrganization: Hop | null = null;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i];
    if (!hop) continue;
    const byOrganization = organizationOf(hop.by?.name);
    if (byOrganization) receiverOrganizations.add(byOrganization);
    const sender = hop.from;
    if (!sender?.ip || !sender.ipScope || !isExternalScope(sender.ipScope)) continue;
    if (isLoopbackListener(hop) || isRetrieval(hop)) continue;
    if (receiverOrganizations.has(senderOrganization(hop) ?? '')) {
      sameOrganization = hop;
      continue;
    }
    return { edge: toEdge(hop, 'first-external'), receiverOrganizations: [...receiverOrganizations] };
  }
  return { edge: sameOrganization ? toEdge(sameOrganization, 'same-organization') : null, receiverOrganizations: [...receiverOrganizations] };
}

/**
 * The sender's organization: from the reverse name the receiver looked up when there is one (a HELO is
 * whatever the client chose to say), otherwise from the HELO name.
 */
export function senderOrganization(hop: Hop): string | null {
  return organizationOf(hop.from?.reverseName) ?? organizationOf(hop.from?.helo);
}

function isLoopbackListener(hop: Hop): boolean {
  return !!hop.by?.ip && classifyIp(hop.by.ip) === 'loopback';
}

const RETRIEVAL = new Set(['POP3', 'POP3S', 'IMAP', 'IMAPS']);

function isRetrieval(hop: Hop): boolean {
  return hop.protocol !== null && RETRIEVAL.has(hop.protocol);
}

function toEdge(hop: Hop, basis: EdgeHop['basis']): EdgeHop {
  return {
    hopIndex: hop.index,
    ip: hop.from?.ip ?? '',
    helo: hop.from?.helo ?? null,
    reverseName: hop.from?.reverseName ?? null,
    receiver: hop.by?.name ?? null,
    basis,
  };
}
