// One message per verdict level, for the tests of what an agent takes away (the note, the actions):
// - `verdictReports()`: built by the real engine over in-memory zones (the DNS re-check decides);
// - `offlineVerdictMessages()`: judged on header evidence alone (offline), where the edge receiver's own
//   Authentication-Results decide, for the end-to-end tests that run without a DNS server.
import { OfflineResolver } from '../../lib/dns/offline-resolver';
import type { Report, VerdictLevel } from '../../lib/report/types';
import { ACME, ACME_IP, acmeHeaders, acmeZone } from './acme-zones';
import { authorHeaders, message, RECEIVER, received, run, signed, zoneResolver } from '../analyze/scenario-kit';

export const LEVELS: readonly VerdictLevel[] = ['trusted', 'low-trust', 'likely-suspended', 'unknown'];

const OTHER_IP = '203.0.113.99';

function bounce(): string {
  const headers = [
    ...received([{ helo: `mail.${ACME}`, ip: ACME_IP, by: RECEIVER }]),
    'Return-Path: <>',
    `From: Mail Delivery System <postmaster@${ACME}>`,
    'To: support@helpdesk.zendesk-inbound.net',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Fri, 20 Nov 2026 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
  ];
  const body = ['--b1', 'Content-Type: text/plain', '', 'The message could not be delivered.', '--b1--', ''].join('\r\n');
  return message(headers, body);
}

/** The sender's message sent from a server its SPF does not authorise (http://… in the subject, as agents paste). */
function fromElsewhere(extra: string[] = []): string {
  return message([
    ...received([{ helo: 'relay.other-host.example', ip: OTHER_IP, by: RECEIVER }]),
    `Return-Path: <alice@${ACME}>`,
    ...authorHeaders(`alice@${ACME}`, ['Reply-To: <alice@acme-widgets.com>', ...extra]).map((line) => (line.startsWith('Subject:') ? 'Subject: Order page http://shop.example/orders is down' : line)),
  ]);
}

export async function verdictReports(): Promise<Record<VerdictLevel, Report>> {
  const zone = await acmeZone();
  // Low trust: DMARC fails under p=none (the domain only monitors).
  const monitoring = zoneResolver({ ...zone, [`_dmarc.${ACME}`]: { TXT: ['v=DMARC1; p=none'] } });
  return {
    trusted: await run(await signed(message(acmeHeaders()), ACME), zoneResolver(zone)),
    'low-trust': await run(fromElsewhere(), monitoring),
    'likely-suspended': await run(bounce(), zoneResolver(zone)),
    unknown: await run(message(acmeHeaders()), new OfflineResolver()),
  };
}

/** The edge receiver's own Authentication-Results, as it would record them (RFC 8601). */
function recorded(dmarc: string): string {
  return `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=${ACME}; dmarc=${dmarc} header.from=${ACME}`;
}

export function offlineVerdictMessages(): Record<VerdictLevel, string> {
  return {
    trusted: message([recorded('pass (p=REJECT)'), ...acmeHeaders()]),
    // The server greets with an IP literal: a HELO fix for the mail administrator, found without DNS.
    'low-trust': message([recorded('fail (p=NONE)'), ...received([{ helo: `[${OTHER_IP}]`, ip: OTHER_IP, by: RECEIVER }]), `Return-Path: <alice@${ACME}>`, ...authorHeaders(`alice@${ACME}`)]),
    'likely-suspended': bounce(),
    unknown: message(acmeHeaders()),
  };
}
