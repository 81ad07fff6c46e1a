// The messages and zones the end-to-end tests analyse, made at test time: DKIM and ARC keys are generated,
// published in zones the test BIND serves, and used to sign the messages, so every signature is real.
import { generateEd25519Key, generateRsaKey, keyRecord, sealArc, signDkim, type SigningKey } from '../helpers/signer';

/** The XSS payload: if any of it ran, window.__mailtrustPwned would be set. */
export const PAYLOAD_SCRIPT = '<script>window.__mailtrustPwned=1</script>';
export const PAYLOAD_IMG = '<img src=x onerror="window.__mailtrustPwned=2">';

// Addresses from the test zones: 192.0.2.10 has PTR signed.test and signed.test has A 192.0.2.10
// (test/helpers/test-zones.ts); 198.51.100.7 gets its PTR from the reverse zone below.
export const EDGE_IP = '192.0.2.10';
export const ORIGIN_IP = '198.51.100.7';

export interface E2eFixtures {
  zones: { origin: string; text: string }[];
  /** 30 hops, three DKIM signatures (two by the author, one by the forwarder), forwarded once with an ARC set. */
  forwarded: string;
  /** Sent directly from signed.test: SPF passes, PTR forward-confirmed, no DKIM. */
  direct: string;
  /** Subject, From display name and the From domain's DMARC record carry script and HTML. */
  hostile: string;
  /** From typo.test, whose DMARC record has a typo in p= (read as p=none, RFC 7489 §6.6.3), pct=150 and an unknown tag. */
  recordTypos: string;
}

/** typo.test's DMARC record: what its mail admin must see on the DMARC card. */
export const TYPO_RECORD = 'v=DMARC1; p=rejct; pct=150; rua=mailto:dmarc@typo.test; foo=bar';

export const SOA = (zone: string) => `$TTL 300\n@ 300 IN SOA ns1.${zone}. hostmaster.${zone}. 1 3600 600 86400 60\n@ NS ns1\nns1 A 127.0.0.1\n`;

/** A TXT value as master-file character-strings of at most 255 octets (RFC 1035 §3.3.14). */
export function txt(value: string): string {
  const parts: string[] = [];
  for (let at = 0; at < value.length; at += 200) parts.push(`"${value.slice(at, at + 200).replace(/["\\]/g, '\\$&')}"`);
  return parts.join(' ');
}

function date(base: number, offsetSeconds: number): string {
  return new Date(base + offsetSeconds * 1000).toUTCString().replace('GMT', '+0000');
}

export async function makeFixtures(): Promise<E2eFixtures> {
  const [authorRsa, authorEd, fwdKey, arcKey] = await Promise.all([generateRsaKey(2048), generateEd25519Key(), generateRsaKey(2048), generateRsaKey(2048)]);
  const zones = [
    {
      origin: 'author.test',
      text: `${SOA('author.test')}@ A ${ORIGIN_IP}\n@ MX 10 mail\nmail A ${ORIGIN_IP}\n@ TXT "v=spf1 ip4:198.51.100.0/24 -all"\n_dmarc TXT "v=DMARC1; p=reject; adkim=r; aspf=r"\nrsa._domainkey TXT ${txt(keyRecord(authorRsa))}\ned._domainkey TXT ${txt(keyRecord(authorEd))}\n`,
    },
    {
      origin: 'forwarder.test',
      text: `${SOA('forwarder.test')}@ TXT "v=spf1 ip4:192.0.2.0/24 -all"\nfwd._domainkey TXT ${txt(keyRecord(fwdKey))}\narc._domainkey TXT ${txt(keyRecord(arcKey))}\n`,
    },
    {
      origin: 'xss.test',
      text: `${SOA('xss.test')}@ A 192.0.2.40\n@ TXT "v=spf1 ip4:192.0.2.0/24 -all"\n_dmarc TXT ${txt(`v=DMARC1; p=none; x=${PAYLOAD_SCRIPT}${PAYLOAD_IMG.replace(/;/g, ',')}`)}\n`,
    },
    {
      origin: 'typo.test',
      text: `${SOA('typo.test')}@ A 192.0.2.41\n@ TXT "v=spf1 ip4:192.0.2.0/24 -all"\n_dmarc TXT ${txt(TYPO_RECORD)}\n`,
    },
    { origin: '100.51.198.in-addr.arpa', text: `${SOA('100.51.198.in-addr.arpa')}7 PTR mail.author.test.\n` },
  ];
  return { zones, forwarded: await forwardedMessage(authorRsa, authorEd, fwdKey, arcKey), direct: directMessage(), hostile: hostileMessage(), recordTypos: recordTyposMessage() };
}

async function forwardedMessage(authorRsa: SigningKey, authorEd: SigningKey, fwdKey: SigningKey, arcKey: SigningKey): Promise<string> {
  const base = Date.UTC(2026, 10, 27, 9, 0, 0);
  const body = 'Hello,\r\n\r\nMy order #4411 has not arrived. Can you check?\r\n\r\nAlice\r\n';
  let message =
    `From: Alice Example <alice@author.test>\r\nTo: help@support.forwarder.test\r\nSubject: Order #4411 did not arrive\r\n` +
    `Date: ${date(base, 0)}\r\nMessage-ID: <order-4411@author.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}`;
  const signed = ['from', 'to', 'subject', 'date', 'message-id'];
  message = await signDkim(message, { key: authorRsa, domain: 'author.test', selector: 'rsa', headers: signed });
  message = await signDkim(message, { key: authorEd, domain: 'author.test', selector: 'ed', headers: signed });
  // Inside the author's system: 8 hops on private addresses, one of them with a clock 40 s behind.
  const received: string[] = [];
  let t = 2;
  for (let i = 0; i < 8; i++) {
    t += i === 5 ? -40 : 3 + i;
    received.unshift(`Received: from app${i}.author.test (app${i}.author.test [10.0.${i}.5])\r\n\tby relay${i}.author.test with ESMTP id A${i}; ${date(base, t)}`);
  }
  t += 4;
  // The forwarder receives it from the author's outbound server: the origin hop.
  received.unshift(`Received: from mail.author.test (mail.author.test [${ORIGIN_IP}])\r\n\tby in.forwarder.test with ESMTPS id F0\r\n\t(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384)\r\n\tfor <help@support.forwarder.test>; ${date(base, t)}`);
  for (let i = 1; i <= 8; i++) {
    t += 2;
    received.unshift(`Received: from hop${i}.forwarder.test ([172.16.${i}.9])\r\n\tby hop${i + 1}.forwarder.test with LMTP id F${i}; ${date(base, t)}`);
  }
  message = received.join('\r\n') + '\r\n' + message;
  message = await sealArc(message, {
    instance: 1,
    cv: 'none',
    key: arcKey,
    domain: 'forwarder.test',
    selector: 'arc',
    authResults: `in.forwarder.test; spf=pass smtp.mailfrom=author.test; dkim=pass header.d=author.test; dmarc=pass header.from=author.test`,
  });
  message = `X-Forwarded-To: agent@receiver.test\r\nX-Forwarded-For: help@support.forwarder.test agent@receiver.test\r\n` + message;
  message = await signDkim(message, { key: fwdKey, domain: 'forwarder.test', selector: 'fwd', headers: signed });
  // The receiver: the edge hop from the forwarder's outbound server, then 12 internal hops (30 in all).
  t += 61;
  const top: string[] = [`Received: from signed.test (signed.test [${EDGE_IP}])\r\n\tby mx.receiver.test with ESMTPS id R0\r\n\t(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256)\r\n\tfor <agent@receiver.test>; ${date(base, t)}`];
  for (let i = 1; i <= 12; i++) {
    t += i === 4 ? 95 : 1;
    top.unshift(`Received: from mx${i}.receiver.test ([10.9.${i}.2])\r\n\tby mx${i + 1}.receiver.test with ESMTP id R${i}; ${date(base, t)}`);
  }
  const authResults = `Authentication-Results: mx.receiver.test; spf=pass smtp.mailfrom=signed.test; dkim=pass header.d=forwarder.test; dkim=pass header.d=author.test; arc=pass; dmarc=pass header.from=author.test`;
  return [`Return-Path: <bounce@signed.test>`, `Delivered-To: agent@receiver.test`, ...top, authResults].join('\r\n') + '\r\n' + message;
}

function directMessage(): string {
  return [
    'Return-Path: <news@signed.test>',
    `Received: from signed.test (signed.test [${EDGE_IP}])\r\n\tby mx.receiver.test with ESMTPS id D1\r\n\t(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256)\r\n\tfor <agent@receiver.test>; Fri, 27 Nov 2026 10:00:05 +0000`,
    'From: Newsletter <news@signed.test>',
    'To: agent@receiver.test',
    'Subject: Monthly update',
    'Date: Fri, 27 Nov 2026 10:00:00 +0000',
    'Message-ID: <monthly@signed.test>',
    '',
    'Hello.',
    '',
  ].join('\r\n');
}

/** Sent from signed.test's server, which typo.test's SPF lists: SPF passes aligned, so DMARC passes. */
function recordTyposMessage(): string {
  return directMessage().replace(/news@signed\.test/g, 'news@typo.test').replace('<monthly@signed.test>', '<monthly@typo.test>');
}

function hostileMessage(): string {
  return [
    'Return-Path: <x@xss.test>',
    `Received: from signed.test (signed.test [${EDGE_IP}])\r\n\tby mx.receiver.test with ESMTPS id X1; Fri, 27 Nov 2026 11:00:05 +0000`,
    `From: "${PAYLOAD_IMG.replace(/"/g, "'")}" <x@xss.test>`,
    'To: agent@receiver.test',
    `Subject: ${PAYLOAD_SCRIPT} ${PAYLOAD_IMG}`,
    'Date: Fri, 27 Nov 2026 11:00:00 +0000',
    'Message-ID: <xss@xss.test>',
    '',
    'Body.',
    '',
  ].join('\r\n');
}
