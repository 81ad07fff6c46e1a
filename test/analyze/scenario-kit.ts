// Building blocks for the scenario tests: a message with its Received chain, an in-memory zone, keys
// generated per test run, and analyze() over a zone resolver. Nothing here decides an expected value.
import { analyze } from '../../lib/analyze';
import { parseZone } from '../../lib/dns/zone';
import { ZoneResolver } from '../../lib/dns/zone-resolver';
import type { Resolver } from '../../lib/dns/types';
import type { Report } from '../../lib/report/types';
import { generateRsaKey, keyRecord, signDkim, type SigningKey } from '../helpers/signer';

export const RECEIVER = 'mx1.zendesk-inbound.net';
export const NOW = new Date('2026-11-20T12:00:00Z');

export interface Hop {
  helo: string;
  ip: string;
  rdns?: string;
  by: string;
  date?: string;
  /** The recipient in the "for" clause. */
  for?: string;
}

/** Received fields, newest (top) first as a message carries them. */
export function received(hops: Hop[]): string[] {
  return hops.map((hop, index) => {
    const rdns = hop.rdns ?? hop.helo;
    const date = hop.date ?? `Fri, 20 Nov 2026 10:00:${String(30 - index).padStart(2, '0')} +0000`;
    const recipient = hop.for ? ` for <${hop.for}>` : '';
    return `Received: from ${hop.helo} (${rdns} [${hop.ip}])\r\n\tby ${hop.by} with ESMTPS id a${index}b${index}c${recipient}; ${date}`;
  });
}

export function message(headers: string[], body: string | null = 'Hello,\r\n\r\nThis is a test message.\r\n'): string {
  return body === null ? `${headers.join('\r\n')}\r\n` : `${headers.join('\r\n')}\r\n\r\n${body}`;
}

export function authorHeaders(from: string, extra: string[] = []): string[] {
  return [
    `From: Alice Example <${from}>`,
    'To: Support <support@helpdesk.zendesk-inbound.net>',
    'Subject: Question about my order',
    'Date: Fri, 20 Nov 2026 10:00:00 +0000',
    `Message-ID: <m1@${from.split('@')[1]}>`,
    ...extra,
  ];
}

export function zoneResolver(zone: Record<string, unknown>): Resolver {
  const parsed = parseZone(zone);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return new ZoneResolver(parsed.zone);
}

/** The receiver's own domain exists (the To domain is checked for existence too). */
export const RECEIVER_ZONE = {
  'helpdesk.zendesk-inbound.net': { MX: [{ preference: 10, exchange: RECEIVER }] },
  'zendesk-inbound.net': { MX: [{ preference: 10, exchange: RECEIVER }] },
};

let cachedKey: SigningKey | undefined;
export async function testKey(): Promise<SigningKey> {
  cachedKey ??= await generateRsaKey(2048);
  return cachedKey;
}

export async function signed(text: string, domain: string, selector = 'sel1'): Promise<string> {
  return signDkim(text, { key: await testKey(), domain, selector, headers: ['from', 'to', 'subject', 'date', 'message-id'] });
}

export async function keyZone(domain: string, selector = 'sel1'): Promise<Record<string, unknown>> {
  return { [`${selector}._domainkey.${domain}`]: { TXT: [keyRecord(await testKey())] } };
}

export function run(raw: string, resolver: Resolver, extra: Partial<Parameters<typeof analyze>[1]> = {}): Promise<Report> {
  return analyze(raw, { resolver, now: NOW, ...extra });
}

export function ids(report: Report): string[] {
  return report.findings.map((finding) => finding.id);
}

export function finding(report: Report, id: string) {
  const found = report.findings.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no finding ${id}; have ${ids(report).join(', ')}`);
  return found;
}
