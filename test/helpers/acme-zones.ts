// The zones of one well-run sender (acme-widgets.com: MX, SPF, a DKIM key, DMARC p=reject, a PTR) and of
// the receiver, as master-file text for the test BIND (startDnsServers' extraZones).
import type { Resolver } from '../../lib/dns/types';
import { authorHeaders, keyZone, RECEIVER, RECEIVER_ZONE, received, zoneResolver } from '../analyze/scenario-kit';

export const ACME = 'acme-widgets.com';
export const ACME_IP = '198.51.100.10';

/** A TXT value as master-file character-strings of at most 255 octets (RFC 1035 §3.3.14). */
function txt(value: string): string {
  return (value.match(/.{1,200}/g) ?? []).map((part) => `"${part}"`).join(' ');
}

export function acmeZones(publicKey: string): { origin: string; text: string }[] {
  const soa = (origin: string) => `$TTL 300\n@ IN SOA ns1.${origin}. hostmaster.${origin}. 1 3600 600 86400 60\n@ NS ns1.${origin}.\nns1 A 192.0.2.53\n`;
  return [
    {
      origin: ACME,
      text: `${soa(ACME)}@ MX 10 mail.${ACME}.\n@ TXT "v=spf1 ip4:${ACME_IP} -all"\nmail A ${ACME_IP}\n` +
        `sel1._domainkey TXT ${txt(`v=DKIM1; k=rsa; p=${publicKey}`)}\n_dmarc TXT "v=DMARC1; p=reject"\n`,
    },
    { origin: '100.51.198.in-addr.arpa', text: `${soa('100.51.198.in-addr.arpa')}10 PTR mail.${ACME}.\n` },
    { origin: 'zendesk-inbound.net', text: `${soa('zendesk-inbound.net')}@ MX 10 ${RECEIVER}.\nhelpdesk MX 10 ${RECEIVER}.\n` },
  ];
}

/** The same sender as in-memory zone data (the scenario kit's test key at sel1), to extend in a test. */
export async function acmeZone(): Promise<Record<string, unknown>> {
  return {
    ...RECEIVER_ZONE,
    ...(await keyZone(ACME)),
    [ACME]: { MX: [{ preference: 10, exchange: `mail.${ACME}` }], TXT: [`v=spf1 ip4:${ACME_IP} -all`] },
    [`_dmarc.${ACME}`]: { TXT: ['v=DMARC1; p=reject'] },
    [`mail.${ACME}`]: { A: [ACME_IP] },
    '10.100.51.198.in-addr.arpa': { PTR: [`mail.${ACME}`] },
  };
}

/** The same sender as an in-memory zone, for unit tests. */
export async function acmeZoneResolver(): Promise<Resolver> {
  return zoneResolver(await acmeZone());
}

/** A message from the sender through its own server to the receiver, with Return-Path (not signed). */
export function acmeHeaders(): string[] {
  return [...received([{ helo: `mail.${ACME}`, ip: ACME_IP, by: RECEIVER }]), `Return-Path: <alice@${ACME}>`, ...authorHeaders(`alice@${ACME}`)];
}
