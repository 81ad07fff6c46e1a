// Inbound gateways and mailbox services that stand between the Internet and a recipient's mailboxes.
// A filtering service the recipient domain's MX points to is part of the receiving organization (design
// notes, "Judgement": the path), so the hop where it accepted the message is the edge, not the hop where
// it handed the message on. Each service is recognised by the registrable domains of its hosts and by
// the header fields it stamps on the messages it handles (as its public documentation describes them).
import type { HeaderField } from '../headers/header-field';
import { unfold } from '../headers/header-field';
import { isSameAddress } from '../net/ip-address';
import { organizationOf } from './organization-of';

export type ReceivingService = 'proofpoint' | 'mimecast' | 'ironport' | 'barracuda' | 'exchange-online' | 'exchange-on-premises';

interface ServiceSigns {
  name: string;
  /** Registrable domains of the service's hosted gateways. */
  organizations: readonly string[];
  /** Header field names (lower case) or name prefixes ending in "-" that the service adds. */
  fields: readonly string[];
}

export const SERVICES: Record<ReceivingService, ServiceSigns> = {
  proofpoint: { name: 'Proofpoint', organizations: ['pphosted.com', 'ppe-hosted.com'], fields: ['x-proofpoint-', 'authentication-results-original'] },
  mimecast: { name: 'Mimecast', organizations: ['mimecast.com', 'mimecast-offshore.com'], fields: ['x-mc-unique', 'x-mimecast-'] },
  ironport: { name: 'Cisco Secure Email (IronPort)', organizations: ['iphmx.com'], fields: ['x-ironport-', 'x-ipas-result'] },
  barracuda: { name: 'Barracuda', organizations: ['barracudanetworks.com'], fields: ['x-barracuda-', 'x-asg-debug-id'] },
  'exchange-online': { name: 'Exchange Online', organizations: ['outlook.com'], fields: ['x-ms-exchange-organization-', 'x-forefront-antispam-report'] },
  'exchange-on-premises': { name: 'Exchange Server (on premises)', organizations: [], fields: ['x-ms-exchange-crosspremises-'] },
};

/** The gateway services (not mailbox services): a hop from one of their hosts is a gateway handing on. */
export const GATEWAYS: readonly ReceivingService[] = ['proofpoint', 'mimecast', 'ironport', 'barracuda'];

/** Whether this receiving host (a Received field's by-name) is one of Exchange Online's. */
export function isExchangeOnlineHost(name: string | null | undefined): boolean {
  const organization = organizationOf(name);
  return organization !== null && SERVICES['exchange-online'].organizations.includes(organization);
}

/** The service whose hosted gateways live in this registrable domain. */
export function serviceOfOrganization(organization: string | null): ReceivingService | null {
  if (!organization) return null;
  return GATEWAYS.find((service) => SERVICES[service].organizations.includes(organization)) ?? null;
}

/** The names of the fields in the message that the service adds, each once, in header order. */
export function serviceMarks(fields: readonly HeaderField[], service: ReceivingService): string[] {
  const signs = SERVICES[service].fields;
  const marks: string[] = [];
  for (const field of fields) {
    if (!signs.some((sign) => (sign.endsWith('-') ? field.key.startsWith(sign) : field.key === sign))) continue;
    if (!marks.includes(field.name)) marks.push(field.name);
  }
  return marks;
}

/**
 * Exchange Online's own record that it took the message in from the Internet: the organization's
 * message directionality, the anti-spam report's DIR:INB and an anonymous (not tenant) sender. Marks the message carries when an
 * Exchange Online tenant received it, as opposed to one that only sent it.
 */
export function exchangeOnlineInboundMarks(fields: readonly HeaderField[]): string[] {
  const marks: string[] = [];
  for (const field of fields) {
    const value = unfold(field.value);
    if (field.key === 'x-ms-exchange-organization-messagedirectionality' && /^\s*incoming\b/i.test(value)) marks.push(`${field.name}: Incoming`);
    if (field.key === 'x-forefront-antispam-report' && /(?:^|;)\s*DIR:INB\b/i.test(value)) marks.push(`${field.name}: DIR:INB`);
    if (field.key === 'x-ms-exchange-organization-authas' && /^\s*anonymous\b/i.test(value)) marks.push(`${field.name}: Anonymous`);
    // Hybrid: the on-premises server that took the message from the Internet passes its view along.
    if (field.key === 'x-ms-exchange-crosspremises-authas' && /^\s*anonymous\b/i.test(value)) marks.push(`${field.name}: Anonymous`);
    if (field.key === 'x-ms-exchange-crosspremises-messagedirectionality' && /^\s*incoming\b/i.test(value)) marks.push(`${field.name}: Incoming`);
  }
  return [...new Set(marks)];
}

/**
 * The PTR name Exchange Online looked up for a client IP: X-Forefront-Antispam-Report's CIP and PTR
 * (the topmost report, the one Exchange Online wrote last). Null when the report is absent or about
 * another IP.
 */
export function exchangeOnlinePtr(fields: readonly HeaderField[], ip: string): string | null {
  const field = fields.find((candidate) => candidate.key === 'x-forefront-antispam-report');
  if (!field) return null;
  const value = unfold(field.value).slice(0, 4000);
  const cip = /(?:^|;)\s*CIP:([0-9A-Fa-f.:]+)/.exec(value)?.[1];
  const ptr = /(?:^|;)\s*PTR:([A-Za-z0-9.-]+)/.exec(value)?.[1];
  return cip && ptr && isSameAddress(cip, ip) ? ptr : null;
}
