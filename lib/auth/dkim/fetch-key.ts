// Looks up a DKIM key record through the Resolver (RFC 6376 §3.6.2.2, §6.1.2).
import type { Resolver } from '../../dns/types';
import { parseKeyRecord, type DkimKeyRecord } from './key-record';
import type { DkimPermerrorCode, DkimTemperrorCode } from './types';

export type KeyLookup =
  | { ok: true; key: DkimKeyRecord; name: string; record: string }
  | { ok: false; result: 'temperror'; code: DkimTemperrorCode; message: string }
  | { ok: false; result: 'permerror'; code: DkimPermerrorCode; message: string };

export function keyName(selector: string, domain: string): string {
  return `${selector}._domainkey.${domain}`.toLowerCase();
}

export async function fetchKey(resolver: Resolver, selector: string, domain: string): Promise<KeyLookup> {
  const name = keyName(selector, domain);
  const answer = await resolver.query(name, 'TXT');
  if (answer.kind === 'failure') {
    return { ok: false, result: 'temperror', code: 'dns-failure', message: `the key lookup for ${name} failed: ${answer.reason}` };
  }
  // §6.1.2 step 2: a DNS error other than "no such name" is a temporary failure.
  if (answer.rcode === 'NXDOMAIN') return { ok: false, result: 'permerror', code: 'key-not-found', message: `key not found: ${name} does not exist (NXDOMAIN)` };
  if (answer.rcode !== 'NOERROR') return { ok: false, result: 'temperror', code: 'dns-error', message: `the key lookup for ${name} returned ${answer.rcode}` };
  const records = answer.answers.flatMap((record) => (record.type === 'TXT' ? [record.strings.join('')] : []));
  if (records.length === 0) return { ok: false, result: 'permerror', code: 'key-not-found', message: `key not found: ${name} has no TXT record` };
  if (records.length > 1) return { ok: false, result: 'permerror', code: 'key-multiple-records', message: `${name} has ${records.length} TXT records; a key name must hold one` };
  const record = records[0] ?? '';
  const parsed = parseKeyRecord(record);
  if (!parsed.ok) return { ok: false, result: 'permerror', code: 'key-syntax', message: `the key record at ${name} is malformed: ${parsed.message}` };
  // §3.6.1 p=: an empty value means the key has been revoked.
  if (parsed.key.publicKey.length === 0) return { ok: false, result: 'permerror', code: 'key-revoked', message: `the key at ${name} is revoked (empty p=)` };
  return { ok: true, key: parsed.key, name, record };
}
