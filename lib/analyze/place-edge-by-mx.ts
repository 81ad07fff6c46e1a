// Online, the recipient domain's MX hosts say which servers are the receiving organization's front door
// (design notes, "Judgement": the path): an inbound gateway the MX points to is the receiver, not a
// sender. One MX query, through the analysis's shared resolver so it shows in the DNS log; a failed or
// empty answer keeps the edge found from the headers alone (which says it was inferred).
// The MX answer can only move the edge down to an older hop where a public server handed the message
// over; when there is none, the query is not made, so the checks start at once (the analysis's first
// wave of queries goes out together).
import type { Resolver } from '../dns/types';
import type { MessageModel } from '../message/model';
import { isAcceptance } from '../path/find-edge';
import { findPath } from '../path/find-path';

export async function placeEdgeByMx(model: MessageModel, resolver: Resolver, signal?: AbortSignal): Promise<MessageModel> {
  const domain = model.recipient?.domain;
  const edge = model.edge;
  if (!domain || !edge || edge.reason.kind === 'auth-results') return model;
  if (!model.hops.slice(0, edge.hopIndex).some((hop) => isAcceptance(hop))) return model;
  const answer = await resolver.query(domain, 'MX', { signal });
  if (answer.kind !== 'answer' || answer.rcode !== 'NOERROR') return model;
  const hosts = answer.answers.flatMap((record) => (record.type === 'MX' && record.exchange !== '' && record.exchange !== '.' ? [record.exchange] : []));
  if (hosts.length === 0) return model;
  const path = findPath({ fields: model.fields, hops: model.hops, authResults: model.authResults, authorOrganization: model.authorOrganization, mx: { domain, hosts } });
  if (path.edge?.reason.kind !== 'mx-host') return model;
  return { ...model, edge: path.edge, origin: path.origin, forwarding: path.forwarding };
}
