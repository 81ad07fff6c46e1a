// The path section of the report: the hop chain, the edge (where the receiver accepted the message from
// outside), the origin when forwarded, and the forwarding signs. lib/path finds them; this shapes them.
import type { MessageModel } from '../message/model';
import type { PathHop } from '../path/build-hops';
import type { ForwardingClue } from '../path/detect-forwarding';
import { isSubmission } from '../path/find-edge';
import { organizationOf } from '../path/organization-of';
import { isExchangeOnlineHost, serviceMarks } from '../path/receiving-services';
import type { EdgeSummary, ForwardingSign, ForwardingSummary, Hop, OriginSummary } from './types';

export interface PathSection {
  hops: Hop[];
  edge: EdgeSummary | null;
  origin: OriginSummary | null;
  forwarding: ForwardingSummary;
  /** Registrable domains of the receiving system's hosts (the edge's "by" and every hop after it). */
  receiverOrganizations: string[];
  /**
   * Fields on lines before this one can have been written by the receiving system: everything above the
   * Received field of the hop before the edge. Receivers write their Authentication-Results either above
   * their own Received field or just below it (Gmail does the latter), so the edge hop's block counts.
   * null without an edge.
   */
  receiverWindowEnd: number | null;
  /** Where Exchange Online took the message in on the receiving side (its Received field's line), with its marks. */
  exchangeOnline: { line: number; marks: string[]; atEdge: boolean } | null;
}

/** The path as data; reasonText is worded by the catalog when the Report is assembled (lib/i18n path texts). */
export function readPath(model: MessageModel): PathSection {
  const edge = model.edge;
  const origin = model.origin;
  const receiverOrganizations = edge
    ? [...new Set([...model.hops.slice(edge.hopIndex).flatMap((hop) => organizationOf(hop.by?.name) ?? []), ...(organizationOf(edge.receiver) ?? [])])]
    : [];
  return {
    hops: model.hops.map((hop) => toHop(hop, edge ? hop.index >= edge.hopIndex : false)),
    edge: edge
      ? {
          hopIndex: edge.hopIndex, ip: edge.ip || null, helo: edge.helo, rdns: edge.reverseName, receiver: edge.receiver, receiverDomain: organizationOf(edge.receiver),
          reason: edge.reason, reasonText: '', inferred: edge.inferred, recipient: model.recipient?.address ?? null,
        }
      : null,
    origin: origin
      ? { hopIndex: origin.hopIndex, ip: origin.ip, helo: origin.helo, rdns: origin.reverseName, receiver: origin.receiver, forwarder: origin.reason.forwarder, reasonText: '' }
      : null,
    forwarding: { detected: model.forwarding.detected, signs: model.forwarding.signs.map(toSign) },
    receiverOrganizations,
    receiverWindowEnd: edge ? model.hops[edge.hopIndex - 1]?.line ?? Number.MAX_SAFE_INTEGER : null,
    exchangeOnline: exchangeOnlineIntake(model),
  };
}

/** The oldest receiving-side hop taken by an Exchange Online host, when the message carries its marks. */
function exchangeOnlineIntake(model: MessageModel): { line: number; marks: string[]; atEdge: boolean } | null {
  const edge = model.edge;
  if (!edge) return null;
  const intake = model.hops.slice(edge.hopIndex).find((hop) => isExchangeOnlineHost(hop.by?.name));
  const marks = serviceMarks(model.fields, 'exchange-online');
  return intake && marks.length > 0 ? { line: intake.line, marks, atEdge: intake.index === edge.hopIndex } : null;
}

function toHop(hop: PathHop, receivingSide: boolean): Hop {
  const scope = hop.from?.ipScope ?? null;
  return {
    index: hop.index,
    helo: hop.from?.helo ?? null,
    rdns: hop.from?.reverseName ?? null,
    ip: hop.from?.ip ?? null,
    by: hop.by?.name ?? null,
    with: hop.with,
    id: hop.id,
    for: hop.for,
    tls: hop.tls ? { version: hop.tls.version, cipher: hop.tls.cipher } : null,
    authenticated: hop.authenticated !== null,
    date: hop.date,
    delaySeconds: hop.delaySeconds,
    clockSkew: hop.clockSkew,
    internal: scope !== null && scope !== 'public' && scope !== 'documentation',
    receivingSide,
    submission: isSubmission(hop),
    line: hop.line,
    raw: hop.raw,
  };
}

/** The sign's facts; `description` is worded from them when the Report is assembled (lib/i18n path texts). */
function toSign(sign: ForwardingClue): ForwardingSign {
  const unworded = { description: '' };
  switch (sign.kind) {
    case 'arc-set':
      return { kind: 'arc-set', sealers: sign.sealers.map(({ domain, instance }) => ({ domain, instance })), line: sign.line, ...unworded };
    case 'resent-fields':
      return { kind: 'resent-fields', names: sign.names, line: sign.line, ...unworded };
    case 'x-forwarded-to':
    case 'x-forwarded-for':
    case 'x-google-original-from':
      return { kind: sign.kind, value: sign.value, line: sign.line, ...unworded };
    case 'recipient-domain-change':
      return { kind: 'recipient-domain-change', from: sign.from, to: sign.to, line: null, ...unworded };
  }
}
