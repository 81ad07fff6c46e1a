// The whole path decision in one place: recipient, edge (from the MX hosts when known, else inferred;
// from the receiver's Authentication-Results when no Received hop is public), forwarding signs, origin,
// and the author's authenticated submission. parseMessage runs it offline; analyze() runs it again with
// the recipient domain's MX answer when DNS is in use.
import type { HeaderField } from '../headers/header-field';
import type { PathHop } from './build-hops';
import { detectForwarding, type Forwarding } from './detect-forwarding';
import { edgeFromAuthResults, type LocatedResults } from './edge-from-auth-results';
import { findEdge, isSubmission, type EdgeHop } from './find-edge';
import { findOrigin, type OriginHop } from './find-origin';
import { organizationOf } from './organization-of';
import { findRecipient, type Recipient } from './recipient';

export interface PathInput {
  fields: readonly HeaderField[];
  hops: PathHop[];
  authResults: readonly LocatedResults[];
  /** Registrable domain of the From address, when known. */
  authorOrganization: string | null;
  /** The recipient domain's MX hosts, when looked up. */
  mx?: { domain: string; hosts: readonly string[] } | null;
}

export interface PathDecision {
  recipient: Recipient | null;
  edge: EdgeHop | null;
  origin: OriginHop | null;
  forwarding: Forwarding;
  receiverOrganizations: string[];
  /** Index of the newest authenticated submission hop (the author handing the message to their provider). */
  submissionHopIndex: number | null;
}

export function findPath(input: PathInput): PathDecision {
  const recipient = findRecipient(input.fields, input.hops);
  const search = findEdge(input.hops, { fields: input.fields, recipient, mx: input.mx ?? null, authorOrganization: input.authorOrganization });
  const receiverOrganizations = [...search.receiverOrganizations];
  if (input.mx) for (const host of input.mx.hosts) addOnce(receiverOrganizations, organizationOf(host));
  const edge = search.edge ?? edgeFromAuthResults(input.hops, receiverOrganizations, input.authResults);
  const forwarding = detectForwarding([...input.fields], input.hops, { receiverOrganizations, authorOrganization: input.authorOrganization });
  const origin = edge && forwarding.detected && edge.reason.kind !== 'auth-results' ? findOrigin(input.hops, edge, receiverOrganizations) : null;
  const submission = [...input.hops].reverse().find((hop) => isSubmission(hop));
  return { recipient, edge, origin, forwarding, receiverOrganizations, submissionHopIndex: submission?.index ?? null };
}

function addOnce(list: string[], value: string | null): void {
  if (value && !list.includes(value)) list.push(value);
}
