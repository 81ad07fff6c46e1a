// The edge: the hop at which the receiving organization accepted the message from outside. Its connecting
// IP and HELO are what the receiver's PTR, HELO and SPF checks were about. Found by walking the receiver's
// own hops from the top (the newest) and skipping those that are internal: no connecting IP, a private
// or loopback IP, a sender in the same organization as the receiving hosts seen so far, a hop taken by a
// loopback listener (a content filter such as amavis records the original client there, but only the
// host itself can reach 127.0.0.1), a mailbox retrieval (fetchmail's POP3/IMAP hop is no acceptance), or
// an authenticated submission (RFC 3848: a user handing mail to their own provider, not a relay).
// The receiving organization includes the inbound gateways in front of its mailboxes (design notes,
// "Judgement": the path): with the recipient domain's MX hosts known (online), the edge is the hop that
// reached one of them; offline, gateways are recognised from their hosts and header marks, and the edge
// says it was inferred. Everything below the edge was written by systems the receiver does not control.
import type { HeaderField } from '../headers/header-field';
import type { PathHop } from './build-hops';
import { classifyIp, isExternalScope } from '../net/classify-ip';
import { organizationOf } from './organization-of';
import type { Recipient } from './recipient';
import { exchangeOnlineInboundMarks, exchangeOnlinePtr, isExchangeOnlineHost, serviceMarks, serviceOfOrganization, type ReceivingService } from './receiving-services';

/** Why this hop is the edge: each reason is a fact the report states beside the edge. */
export type EdgeReason =
  /** The newest hop whose sender is outside the receiving hosts. */
  | { kind: 'first-external' }
  /** Every public sender was in the receiver's organization (mail between two users of one provider). */
  | { kind: 'same-organization' }
  /** The hop reached one of the recipient domain's MX hosts (looked up over DNS). */
  | { kind: 'mx-host'; domain: string; host: string }
  /** An inbound gateway of the recipient's organization accepted it here (no MX answer: inferred). */
  | { kind: 'inbound-gateway'; service: ReceivingService; recipientDomain: string | null; gateway: string | null; marks: string[] }
  /** Exchange Online took it in from the Internet here, by its own marks. */
  | { kind: 'mailbox-service'; service: 'exchange-online'; marks: string[] }
  /** No Received hop names a public sender; the receiver's Authentication-Results name the client. */
  | { kind: 'auth-results'; authservId: string; property: string; line: number };

export interface EdgeHop {
  hopIndex: number;
  ip: string;
  helo: string | null;
  reverseName: string | null;
  /** The receiving host (the hop's "by" name). */
  receiver: string | null;
  /** first-external or same-organization as before; the reason says more. */
  basis: 'first-external' | 'same-organization';
  reason: EdgeReason;
  /** True when the edge rests on recognised marks rather than the recipient domain's MX answer. */
  inferred: boolean;
}

export interface EdgeSearch {
  edge: EdgeHop | null;
  /** Registrable domains of the receiving system's hosts, as seen while walking down to the edge. */
  receiverOrganizations: string[];
}

/** What besides the hops helps place the edge. */
export interface EdgeContext {
  fields?: readonly HeaderField[];
  recipient?: Recipient | null;
  /** The recipient domain's MX hosts (online); null or absent offline or without an answer. */
  mx?: { domain: string; hosts: readonly string[] } | null;
  /** Registrable domain of the author (From), when known. */
  authorOrganization?: string | null;
}

/** Finds the edge hop in a chain ordered oldest -> newest; null when no hop names a public sender IP. */
export function findEdge(hops: PathHop[], context: EdgeContext = {}): EdgeSearch {
  return (context.mx && context.mx.hosts.length > 0 ? findMxEdge(hops, context.mx, context.fields ?? []) : null) ?? findInferredEdge(hops, context);
}

/**
 * Online: the newest hop received by one of the recipient's MX hosts from a server outside their
 * organizations. Every hop above it must be the receiving organization's own: a sender that the receiver
 * did not verify as an MX host's (by reverse DNS, or Exchange Online's PTR) and that is not in the same
 * organization as its receiver reached the receiver without passing the MX, and the MX answer then
 * places nothing (a HELO naming the gateway is the client's word).
 */
function findMxEdge(hops: PathHop[], mx: { domain: string; hosts: readonly string[] }, fields: readonly HeaderField[]): EdgeSearch | null {
  const hosts = mx.hosts.map((host) => host.toLowerCase().replace(/\.$/, ''));
  const mxOrganizations = new Set(hosts.flatMap((host) => organizationOf(host) ?? []));
  const receiverOrganizations = new Set<string>(mxOrganizations);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i];
    if (!hop) continue;
    const by = hop.by?.name?.toLowerCase().replace(/\.$/, '') ?? null;
    const byOrganization = organizationOf(by);
    if (byOrganization) receiverOrganizations.add(byOrganization);
    if (!isAcceptance(hop) || !by || !byOrganization) continue;
    if (!mxOrganizations.has(byOrganization)) {
      if (senderOrganization(hop) === byOrganization) continue;
      if (receiverOrganizations.has(verifiedSenderOrganization(hop, fields) ?? '')) continue;
      return null;
    }
    if (mxOrganizations.has(senderOrganization(hop) ?? '')) continue;
    const host = hosts.find((candidate) => candidate === by) ?? hosts.find((candidate) => organizationOf(candidate) === byOrganization) ?? by;
    return { edge: toEdge(hop, 'first-external', { kind: 'mx-host', domain: mx.domain, host }, false), receiverOrganizations: [...receiverOrganizations] };
  }
  return null;
}

/** Offline (or no MX hop found): walk down from the top, stepping past recognised inbound gateways. */
function findInferredEdge(hops: PathHop[], context: EdgeContext): EdgeSearch {
  const receiverOrganizations = new Set<string>();
  let sameOrganization: PathHop | null = null;
  let gateway: InboundGateway | null = null;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i];
    if (!hop) continue;
    const byOrganization = organizationOf(hop.by?.name);
    if (byOrganization) receiverOrganizations.add(byOrganization);
    if (!isAcceptance(hop)) continue;
    const sender = senderOrganization(hop);
    if (receiverOrganizations.has(sender ?? '')) {
      sameOrganization = hop;
      continue;
    }
    const found = inboundGateway(hop, context);
    if (found) {
      gateway = found;
      receiverOrganizations.add(found.organization);
      continue;
    }
    const reason: EdgeReason = gateway
      ? { kind: 'inbound-gateway', service: gateway.service, recipientDomain: context.recipient?.domain ?? null, gateway: gateway.host, marks: gateway.marks }
      : exchangeOnlineReason(hop, context) ?? { kind: 'first-external' };
    return { edge: toEdge(hop, 'first-external', reason, true), receiverOrganizations: [...receiverOrganizations] };
  }
  return { edge: sameOrganization ? toEdge(sameOrganization, 'same-organization', { kind: 'same-organization' }, true) : null, receiverOrganizations: [...receiverOrganizations] };
}

interface InboundGateway {
  service: ReceivingService;
  /** The gateway's registrable domain, as the receiving side verified it. */
  organization: string;
  host: string | null;
  marks: string[];
}

/**
 * Is this hop an inbound gateway of the recipient's organization handing the message on? The sender is a
 * hosted gateway service (by its hosts' domain) or a server in the recipient's own domain, and the
 * message went on into the recipient's side: a mailbox service that marks the message as incoming, or a
 * host in the recipient's domain. A gateway that hands mail to somewhere else is the sender's outbound one.
 */
function inboundGateway(hop: PathHop, context: EdgeContext): InboundGateway | null {
  const fields = context.fields ?? [];
  const recipientOrganization = organizationOf(context.recipient?.domain);
  // Only a name the receiving side looked up makes a sender a gateway: a HELO is the client's own word.
  const sender = verifiedSenderOrganization(hop, fields);
  if (!sender || !recipientOrganization) return null;
  const host = hop.from?.reverseName ?? hop.from?.helo ?? null;
  const intoExchangeOnline = isExchangeOnlineHost(hop.by?.name) ? exchangeOnlineInboundMarks(fields) : [];
  const intoRecipient = organizationOf(hop.by?.name) === recipientOrganization;
  const hosted = serviceOfOrganization(sender);
  if (hosted && (intoExchangeOnline.length > 0 || intoRecipient)) {
    return { service: hosted, organization: sender, host, marks: [...serviceMarks(fields, hosted), ...intoExchangeOnline] };
  }
  // The recipient's own server (on-premises Exchange in a hybrid setup, an appliance named in its domain)
  // relaying into its mailbox service; not when the author is in that organization too (internal mail).
  if (sender === recipientOrganization && sender !== context.authorOrganization && intoExchangeOnline.length > 0) {
    const appliance = (['ironport', 'barracuda', 'mimecast', 'proofpoint'] as const).find((service) => serviceMarks(fields, service).length > 0);
    const service: ReceivingService = appliance ?? 'exchange-on-premises';
    // The mark quotes the with-clause Exchange writes in its Received fields, as on the wire.
    const onPremises = /microsoft smtp server/i.test(hop.with ?? '') ? ['Received: with Microsoft SMTP Server'] : []; // protocol text
    return { service, organization: sender, host, marks: [...serviceMarks(fields, service), ...onPremises, ...intoExchangeOnline] };
  }
  return null;
}

/** An edge received by Exchange Online is said to rest on its own inbound marks, which the report names. */
function exchangeOnlineReason(hop: PathHop, context: EdgeContext): EdgeReason | null {
  if (!isExchangeOnlineHost(hop.by?.name)) return null;
  const marks = exchangeOnlineInboundMarks(context.fields ?? []);
  return marks.length > 0 ? { kind: 'mailbox-service', service: 'exchange-online', marks } : null;
}

/**
 * The sender's organization: from the reverse name the receiver looked up when there is one (a HELO is
 * whatever the client chose to say), otherwise from the HELO name.
 */
export function senderOrganization(hop: PathHop): string | null {
  return organizationOf(hop.from?.reverseName) ?? organizationOf(hop.from?.helo);
}

/**
 * The sender's organization as the receiving side verified it: the reverse-DNS name in its Received
 * field, or the PTR name Exchange Online recorded for the client IP. Null when only the HELO names it.
 */
function verifiedSenderOrganization(hop: PathHop, fields: readonly HeaderField[]): string | null {
  const ip = hop.from?.ip;
  return organizationOf(hop.from?.reverseName) ?? (ip ? organizationOf(exchangeOnlinePtr(fields, ip)) : null);
}

/** A hop where a server accepted the message over SMTP from a public address (an edge candidate). */
export function isAcceptance(hop: PathHop): boolean {
  const sender = hop.from;
  if (!sender?.ip || !sender.ipScope || !isExternalScope(sender.ipScope)) return false;
  return !isLoopbackListener(hop) && !isRetrieval(hop) && !isSubmission(hop);
}

function isLoopbackListener(hop: PathHop): boolean {
  return !!hop.by?.ip && classifyIp(hop.by.ip) === 'loopback';
}

const RETRIEVAL = new Set(['POP3', 'POP3S', 'IMAP', 'IMAPS']);

function isRetrieval(hop: PathHop): boolean {
  return hop.protocol !== null && RETRIEVAL.has(hop.protocol);
}

/**
 * RFC 3848 (ESMTPA, ESMTPSA, ...) or an "Authenticated sender" comment: the author's own client handing
 * the message to their provider. LMTPA is a local delivery with authentication, not a submission.
 */
export function isSubmission(hop: PathHop): boolean {
  return hop.authenticated !== null && !(hop.protocol ?? '').startsWith('LMTP');
}

function toEdge(hop: PathHop, basis: EdgeHop['basis'], reason: EdgeReason, inferred: boolean): EdgeHop {
  return {
    hopIndex: hop.index,
    ip: hop.from?.ip ?? '',
    helo: hop.from?.helo ?? null,
    reverseName: hop.from?.reverseName ?? null,
    receiver: hop.by?.name ?? null,
    basis,
    reason,
    inferred,
  };
}
