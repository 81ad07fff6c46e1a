// One message for each verdict level, with the zones that make it so, for tests that need "a trusted
// message", "a suspended one" and so on (the screenshot matrix, accessibility). Made at test time like
// messages.ts: the DKIM key is generated, published in a zone the test BIND serves, and signs the message.
//   trusted           aligned DKIM and SPF pass, DMARC p=reject passes, PTR and HELO are the sender's MX host
//   low-trust         the same authentication, sent from a server with no PTR that says HELO localhost
//   likely-suspended  DMARC p=reject fails: no DKIM signature, and SPF does not authorise the server
//   unknown           a header block cut short: Received fields but no From field
import { generateRsaKey, keyRecord, signDkim } from '../helpers/signer';
import { SOA, txt } from './messages';

export type VerdictLevelName = 'trusted' | 'low-trust' | 'likely-suspended' | 'unknown';

export interface VerdictMessages {
  zones: { origin: string; text: string }[];
  /** The raw message for each verdict level, in the order of VERDICT_LEVELS. */
  messages: Record<VerdictLevelName, string>;
}

export const VERDICT_LEVELS: readonly VerdictLevelName[] = ['trusted', 'low-trust', 'likely-suspended', 'unknown'];

// TEST-NET-3 (RFC 5737): .10 is the trusted sender's MX host, .30 a server with no PTR, .50 a stranger.
const MX_IP = '203.0.113.10';
const NO_PTR_IP = '203.0.113.30';
const STRANGER_IP = '203.0.113.50';
const SIGNED = ['from', 'to', 'subject', 'date', 'message-id'];

function received(helo: string, ip: string, id: string, date: string): string {
  return `Received: from ${helo} (${helo} [${ip}])\r\n\tby mx.receiver.test with ESMTPS id ${id}\r\n\t(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256)\r\n\tfor <agent@receiver.test>; ${date}`;
}

function message(from: string, subject: string, id: string, date: string): string {
  return `From: ${from}\r\nTo: agent@receiver.test\r\nSubject: ${subject}\r\nDate: ${date}\r\nMessage-ID: <${id}>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello,\r\n\r\nPlease see my question below.\r\n`;
}

export async function makeVerdictMessages(): Promise<VerdictMessages> {
  const key = await generateRsaKey(2048);
  const zones = [
    {
      origin: 'shop.test',
      text:
        `${SOA('shop.test')}@ A ${MX_IP}\n@ MX 10 mail\nmail A ${MX_IP}\n@ TXT "v=spf1 mx ip4:${NO_PTR_IP} -all"\n` +
        `_dmarc TXT "v=DMARC1; p=reject"\ns1._domainkey TXT ${txt(keyRecord(key))}\n`,
    },
    {
      origin: 'bank.test',
      text: `${SOA('bank.test')}@ A 203.0.113.60\n@ MX 10 mx\nmx A 203.0.113.60\n@ TXT "v=spf1 ip4:203.0.113.60 -all"\n_dmarc TXT "v=DMARC1; p=reject"\n`,
    },
    { origin: '113.0.203.in-addr.arpa', text: `${SOA('113.0.203.in-addr.arpa')}10 PTR mail.shop.test.\n50 PTR host-50.stranger.test.\n` },
    { origin: 'stranger.test', text: `${SOA('stranger.test')}host-50 A ${STRANGER_IP}\n` },
  ];
  const date = 'Fri, 27 Nov 2026 10:00:00 +0000';
  const arrived = 'Fri, 27 Nov 2026 10:00:04 +0000';
  const signed = (body: string) => signDkim(body, { key, domain: 'shop.test', selector: 's1', headers: SIGNED });
  const trusted = `Return-Path: <orders@shop.test>\r\n${received('mail.shop.test', MX_IP, 'T1', arrived)}\r\n` + (await signed(message('Shop <orders@shop.test>', 'Your order has shipped', 'shipped-1@shop.test', date)));
  const lowTrust = `Return-Path: <orders@shop.test>\r\n${received('localhost', NO_PTR_IP, 'L1', arrived)}\r\n` + (await signed(message('Shop <orders@shop.test>', 'Invoice 2026-114', 'invoice-114@shop.test', date)));
  const suspended = `Return-Path: <alerts@bank.test>\r\n${received('host-50.stranger.test', STRANGER_IP, 'S1', arrived)}\r\n` + message('Bank <alerts@bank.test>', 'Verify your account', 'verify@bank.test', date);
  // The top of a header block copied without its lower half: no From, no Subject.
  const unknown = `${received('mail.shop.test', MX_IP, 'U1', arrived)}\r\nReturn-Path: <orders@shop.test>\r\n`;
  return { zones, messages: { trusted, 'low-trust': lowTrust, 'likely-suspended': suspended, unknown } };
}
