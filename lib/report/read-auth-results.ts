// Which Authentication-Results to believe (RFC 8601 §5): anyone on the path can write the field, so
// only those written by the receiver found at the edge (its hosts' organizational domain), in the part
// of the header the receiver wrote, plus the authserv-ids the user trusts, count as what the receiver
// saw then. RFC 8601 §5 has receivers delete incoming fields that carry their own authserv-id, so a
// field with the receiver's id in its block is the receiver's.
// The others are shown as claims. ARC-Authentication-Results are a forwarder's word, vouched for by
// the ARC chain, not by this rule.
import type { MessageModel } from '../message/model';
import { isSameAddress } from '../net/ip-address';
import { organizationOf } from '../path/organization-of';
import type { AuthMethodResult } from '../headers/parse-authentication-results';
import type { DmarcPolicy } from '../auth/dmarc/types';
import type { AuthMethodSummary, AuthResultsEntry, AuthResultsTrust } from './types';

export interface TrustContext {
  /** The edge's client, for Received-SPF: only a result about the edge's IP (or HELO) is the edge receiver's. */
  edge?: { ip: string | null; helo: string | null } | null;
  /** Where Exchange Online took the message in on the receiving side, and the marks it left. */
  exchangeOnline?: { line: number; marks: string[]; atEdge: boolean } | null;
  /** Fields from this line down were written before the message reached the receiver. null without an edge. */
  receiverWindowEnd: number | null;
  /** The receiving system's organizational domains (the edge's "by" host and the hops above it). */
  receiverOrganizations: string[];
  /** authserv-ids (or their domains) the user trusts. */
  trustedAuthservIds: readonly string[];
}

export function readAuthResults(model: MessageModel, context: TrustContext): AuthResultsEntry[] {
  const rawAt = (line: number) => model.fields.find((field) => field.line === line)?.raw ?? '';
  const entries: AuthResultsEntry[] = [];
  for (const parsed of model.authResults) {
    const trust = parsed.authservId === null ? exchangeOnlineTrust(parsed, context) : decideTrust(parsed.authservId, parsed.line, context);
    entries.push({
      authservId: parsed.authservId,
      trusted: trust !== 'claim',
      trust,
      ...(trust === 'exchange-online' && context.exchangeOnline ? { trustMarks: context.exchangeOnline.marks } : {}),
      source: 'authentication-results',
      methods: parsed.methods.map(summarizeMethod),
      line: parsed.line,
      raw: rawAt(parsed.line),
    });
  }
  for (const parsed of model.arcAuthResults) {
    entries.push({
      authservId: parsed.results.authservId,
      trusted: false,
      trust: 'claim',
      source: 'arc',
      ...(parsed.instance !== null ? { arcInstance: parsed.instance } : {}),
      methods: parsed.results.methods.map(summarizeMethod),
      line: parsed.line,
      raw: rawAt(parsed.line),
    });
  }
  for (const parsed of model.receivedSpf) {
    const trusted = receivedSpfTrusted(parsed, context);
    entries.push({
      authservId: parsed.receiver,
      trusted,
      trust: trusted ? 'edge-receiver' : 'claim',
      source: 'received-spf',
      methods: [{
        method: 'spf',
        result: parsed.result === 'unknown' ? parsed.resultText : parsed.result,
        reason: parsed.comment,
        properties: [
          ...(parsed.envelopeFrom ? [{ ptype: 'smtp', property: 'mailfrom', value: parsed.envelopeFrom }] : []),
          ...(parsed.helo ? [{ ptype: 'smtp', property: 'helo', value: parsed.helo }] : []),
          ...(parsed.clientIp ? [{ ptype: 'policy', property: 'client-ip', value: parsed.clientIp }] : []),
        ],
      }],
      line: parsed.line,
      raw: rawAt(parsed.line),
    });
  }
  return entries.sort((a, b) => a.line - b.line);
}

/**
 * RFC 7208 §9.1: the receiver prepends Received-SPF, so it must sit in the receiver's block; and since any
 * host on the path can add one, it is the edge receiver's only when it is about the edge: its client-ip
 * is the edge IP (or, without client-ip, its HELO is the edge's), and its receiver= (when stated) is a
 * host of the receiving organization.
 */
function receivedSpfTrusted(parsed: MessageModel['receivedSpf'][number], context: TrustContext): boolean {
  if (context.receiverWindowEnd === null || parsed.line >= context.receiverWindowEnd || !context.edge) return false;
  const receiver = organizationOf(parsed.receiver);
  if (parsed.receiver && receiver !== null && !context.receiverOrganizations.includes(receiver)) return false;
  if (parsed.clientIp) return context.edge.ip !== null && isSameAddress(parsed.clientIp, context.edge.ip);
  return parsed.helo !== null && context.edge.helo !== null && parsed.helo.toLowerCase() === context.edge.helo.toLowerCase();
}

/**
 * Exchange Online (RFC 8601 §2.5 asks for an authserv-id; Microsoft writes none): believed only in the
 * receiving organization's own block, above the Received field of its intake, with its marks present,
 * and only when it judged the edge's client: its "sender IP is ..." (or client-ip property) is the edge
 * IP, or, naming none, Exchange Online took the message in at the edge. Behind an inbound gateway it
 * judged the gateway, which says nothing about the sender.
 */
function exchangeOnlineTrust(parsed: MessageModel['authResults'][number], context: TrustContext): AuthResultsTrust {
  const exo = context.exchangeOnline;
  const inWindow = context.receiverWindowEnd !== null && parsed.line < context.receiverWindowEnd;
  if (!exo || !inWindow || parsed.line >= exo.line || exo.marks.length === 0) return 'claim';
  const client = recordedClientIp(parsed.methods);
  const edgeIp = context.edge?.ip ?? null;
  const aboutEdge = client !== null ? edgeIp !== null && isSameAddress(client, edgeIp) : exo.atEdge;
  return aboutEdge ? 'exchange-online' : 'claim';
}

/** The client IP an Authentication-Results field says it judged: a property, or Microsoft's "sender IP is X" comment. */
function recordedClientIp(methods: readonly AuthMethodResult[]): string | null {
  for (const method of methods) {
    const property = method.properties.find((p) => ['smtp.remote-ip', 'policy.iprev', 'smtp.client-ip'].includes(`${p.ptype}.${p.property}`.toLowerCase()));
    if (property) return property.value;
    for (const comment of method.comments) {
      const match = /sender IP is ([0-9A-Fa-f.:]{2,45})/i.exec(comment);
      if (match?.[1]) return match[1];
    }
  }
  return null;
}

function decideTrust(authservId: string, line: number, context: TrustContext): AuthResultsTrust {
  const id = authservId.toLowerCase().replace(/\.$/, '');
  const trustedByUser = context.trustedAuthservIds.some((trusted) => {
    const want = trusted.toLowerCase().replace(/\.$/, '');
    return id === want || organizationOf(id) === want;
  });
  if (trustedByUser) return 'user-trusted';
  if (context.receiverWindowEnd === null || line >= context.receiverWindowEnd) return 'claim';
  const organization = organizationOf(id);
  return organization !== null && context.receiverOrganizations.includes(organization) ? 'edge-receiver' : 'claim';
}

/** One method of an Authentication-Results payload as the Report carries it (an unknown result keeps its text). */
function summarizeMethod(method: AuthMethodResult): AuthMethodSummary {
  const policy = method.method === 'dmarc' ? recordedPolicy(method) : null;
  return {
    ...(policy ? { policy } : {}),
    method: method.method,
    result: method.result === 'unknown' ? method.resultText : method.result,
    reason: method.reason,
    properties: method.properties.map((p) => ({ ptype: p.ptype, property: p.property, value: p.value })),
  };
}

/**
 * The DMARC policy a receiver wrote beside its dmarc result, so a recorded failure weighs by it (design
 * notes, "Judgement"): Google's comment "(p=NONE sp=NONE dis=NONE)", Microsoft's action= (what it
 * applied: "oreject" is reject overridden), or a policy.dmarc / policy.published-domain-policy property.
 * For a subdomain From (header.from), sp= applies when written (RFC 7489 §6.3).
 */
function recordedPolicy(method: AuthMethodResult): DmarcPolicy | null {
  const word = (text: string | undefined): DmarcPolicy | null => {
    const lower = text?.toLowerCase() ?? '';
    return lower.includes('reject') ? 'reject' : lower.includes('quarantine') ? 'quarantine' : lower.includes('none') ? 'none' : null;
  };
  const property = method.properties.find((p) => p.ptype === 'policy' && (p.property === 'dmarc' || p.property === 'published-domain-policy'));
  if (property) return word(property.value);
  const comment = method.comments.join(' ');
  const p = /(?:^|[\s(])p=(\w+)/i.exec(comment)?.[1];
  const sp = /(?:^|[\s(])sp=(\w+)/i.exec(comment)?.[1];
  const from = method.properties.find((candidate) => candidate.ptype === 'header' && candidate.property === 'from')?.value.toLowerCase();
  const subdomain = from !== undefined && organizationOf(from) !== null && organizationOf(from) !== from;
  if (p) return word(subdomain && sp ? sp : p);
  const action = method.extensions.find((extension) => extension.name === 'action')?.value;
  return word(action);
}
