// Looks up a DKIM key record through the Resolver (RFC 6376 §3.6.2.2, §6.1.2). A failure is a code and its
// facts (`detail`); a failed query's own problem is in the recorded queries (lastProblem). The catalogs word them.
import type { Resolver } from '../../dns/types';
import { parseKeyRecord, type DkimKeyRecord } from './key-record';
import type { DkimKeyProblem, DkimPermerrorCode, DkimTemperrorCode } from './types';

export type KeyLookup =
  | { ok: true; key: DkimKeyRecord; name: string; record: string }
  | { ok: false; result: 'temperror'; code: DkimTemperrorCode; name: string; detail?: DkimKeyProblem }
  | { ok: false; result: 'permerror'; code: DkimPermerrorCode; name: string; detail?: DkimKeyProblem };

export function keyName(selector: string, domain: string): string {
  return `${selector}._domainkey.${domain}`.toLowerCase();
}

export async function fetchKey(resolver: Resolver, selector: string, domain: string): Promise<KeyLookup> {
  const name = keyName(selector, domain);
  const answer = await resolver.query(name, 'TXT');
  if (answer.kind === 'failure') return { ok: false, result: 'temperror', code: 'dns-failure', name };
  // §6.1.2 step 2: a DNS error other than "no such name" is a temporary failure.
  if (answer.rcode === 'NXDOMAIN') return { ok: false, result: 'permerror', code: 'key-not-found', name, detail: { problem: 'no-key', rcode: 'NXDOMAIN' } };
  if (answer.rcode !== 'NOERROR') return { ok: false, result: 'temperror', code: 'dns-error', name, detail: { problem: 'lookup-rcode', rcode: answer.rcode } };
  const records = answer.answers.flatMap((record) => (record.type === 'TXT' ? [record.strings.join('')] : []));
  if (records.length === 0) return { ok: false, result: 'permerror', code: 'key-not-found', name, detail: { problem: 'no-key', rcode: 'NODATA' } };
  if (records.length > 1) return { ok: false, result: 'permerror', code: 'key-multiple-records', name, detail: { problem: 'several-keys', count: records.length } };
  const record = records[0] ?? '';
  const parsed = parseKeyRecord(record);
  if (!parsed.ok) return { ok: false, result: 'permerror', code: 'key-syntax', name, detail: parsed.problem };
  // §3.6.1 p=: an empty value means the key has been revoked.
  if (parsed.key.publicKey.length === 0) return { ok: false, result: 'permerror', code: 'key-revoked', name };
  return { ok: true, key: parsed.key, name, record };
}
