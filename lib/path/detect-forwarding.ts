// Signs that a message was forwarded (and so that SPF at the edge judged the forwarder, not the author):
// ARC sets added by an intermediary (RFC 8617), Resent-* fields (RFC 5322 §3.6.6), X-Forwarded-To /
// X-Forwarded-For, Gmail's X-Google-Original-From, and a change of recipient domain along the hops.
import type { HeaderField } from '../headers/header-field';
import { unfold } from '../headers/header-field';
import type { PathHop } from './build-hops';
import { isAcceptance, senderOrganization } from './find-edge';
import { organizationOf } from './organization-of';

export interface ArcSealer {
  instance: number | null;
  /** The sealing domain (d= of ARC-Seal). */
  domain: string | null;
}

export type ForwardingClue =
  | { kind: 'arc-set'; sealers: ArcSealer[]; line: number }
  | { kind: 'resent-fields'; names: string[]; line: number }
  | { kind: 'x-forwarded-to'; value: string; line: number }
  | { kind: 'x-forwarded-for'; value: string; line: number }
  | { kind: 'x-google-original-from'; value: string; line: number }
  | { kind: 'recipient-domain-change'; from: string; to: string; hopIndex: number };

export interface Forwarding {
  /** True when a sign points to an intermediary other than the author's and the receiver's own systems. */
  detected: boolean;
  signs: ForwardingClue[];
}

// Minimal reads of two ARC-Seal tags (RFC 8617 §4.1.3); the full tag-list parse belongs to lib/headers/tag-list.
const ARC_INSTANCE = /(?:^|;)[ \t]*i[ \t]*=[ \t]*(\d{1,3})/;
const ARC_DOMAIN = /(?:^|;)[ \t]*d[ \t]*=[ \t]*([A-Za-z0-9._-]{1,253})/;

export interface ForwardingContext {
  /** Registrable domains of the receiving system (from the edge search). */
  receiverOrganizations: string[];
  /** Registrable domain of the From address, when known. */
  authorOrganization: string | null;
}

export function detectForwarding(fields: HeaderField[], hops: PathHop[], context: ForwardingContext): Forwarding {
  const signs: ForwardingClue[] = [];
  let detected = false;
  const own = new Set([...context.receiverOrganizations, ...(context.authorOrganization ? [context.authorOrganization] : [])]);

  const seals = fields.filter((field) => field.key === 'arc-seal');
  if (seals.length) {
    const sealers = seals.map((field) => {
      const value = unfold(field.value);
      const instance = ARC_INSTANCE.exec(value)?.[1];
      return { instance: instance ? Number(instance) : null, domain: ARC_DOMAIN.exec(value)?.[1]?.toLowerCase() ?? null };
    });
    signs.push({ kind: 'arc-set', sealers, line: seals[0]?.line ?? 0 });
    // A seal by the receiver itself, or by the author's own outbound system, is not a forwarder's. The
    // author's system is known by the seal's d= (the author's organization) or by where the seal sits:
    // below the Received field of the hop where the message first left one organization for another, it
    // was added before the message left the author's organization or its mail provider (Microsoft 365
    // seals outbound mail with d=microsoft.com).
    const departure = departureLine(hops);
    const forwarderSeal = seals.some((field, index) => {
      const sealer = sealers[index];
      const beforeDeparture = departure !== null && field.line > departure;
      return !beforeDeparture && !own.has(organizationOf(sealer?.domain) ?? '');
    });
    if (forwarderSeal) detected = true;
  }

  const resent = fields.filter((field) => field.key.startsWith('resent-'));
  if (resent.length) {
    signs.push({ kind: 'resent-fields', names: [...new Set(resent.map((field) => field.name))], line: resent[0]?.line ?? 0 });
    detected = true;
  }
  for (const field of fields) {
    const kind = field.key === 'x-forwarded-to' || field.key === 'x-forwarded-for' || field.key === 'x-google-original-from' ? field.key : null;
    if (!kind) continue;
    signs.push({ kind, value: unfold(field.value), line: field.line });
    detected = true;
  }

  let previous: { domain: string; organization: string } | null = null;
  for (const hop of hops) {
    const domain = hop.for ? domainOf(hop.for) : null;
    const organization = organizationOf(domain);
    if (!domain || !organization) continue;
    if (previous && previous.organization !== organization) {
      signs.push({ kind: 'recipient-domain-change', from: previous.domain, to: domain, hopIndex: hop.index });
      detected = true;
    }
    previous = { domain, organization };
  }
  return { detected, signs };
}

/**
 * The line of the Received field of the oldest hop that crossed from one organization to another over a
 * public address (not an authenticated submission): where the message left the author's side.
 */
function departureLine(hops: readonly PathHop[]): number | null {
  for (const hop of hops) {
    if (!isAcceptance(hop)) continue;
    const sender = senderOrganization(hop);
    if (sender !== null && sender === organizationOf(hop.by?.name)) continue;
    return hop.line;
  }
  return null;
}

function domainOf(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  let domain = address.slice(at + 1);
  while (domain.endsWith('>') || domain.endsWith(';') || domain.endsWith(',')) domain = domain.slice(0, -1);
  return domain.toLowerCase();
}
